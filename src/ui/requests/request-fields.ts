import { CONNECTIVITY, ORACLE_SERVICES } from '../../core/service-request/index.ts';
import { type AllowlistRequestKind } from '../../core/network/index.ts';

type Options = readonly (readonly [value: string, label: string])[];

export type RequestField =
  | {
      readonly kind: 'text' | 'textarea';
      readonly field: string;
      readonly label: string;
      readonly hint?: string;
    }
  | {
      readonly kind: 'lines';
      readonly field: 'sources' | 'paths' | 'targets';
      readonly label: string;
      readonly hint: string;
    }
  | {
      readonly kind: 'select';
      readonly field: string;
      readonly label: string;
      readonly hint?: string;
      readonly options: Options;
      /** The option chosen when none is, or null for "Not given". */
      readonly fallback: string | null;
    };

const ACTION: RequestField = {
  kind: 'select',
  field: 'action',
  label: 'Change',
  options: [
    ['add', 'Add'],
    ['remove', 'Remove'],
  ],
  fallback: 'add',
};
const ENVIRONMENT: RequestField = {
  kind: 'text',
  field: 'environment',
  label: 'Environment name',
  hint: 'As Oracle shows it: PROD, TEST01, DEV ... Each environment has its own allowlists.',
};
const SERVICE: RequestField = {
  kind: 'select',
  field: 'service',
  label: 'Service',
  options: Object.entries(ORACLE_SERVICES)
    .filter(([value]) => value !== 'other')
    .map(([value, { name }]) => [value, name]),
  fallback: null,
};
const connectivity = (hint: string): RequestField => ({
  kind: 'select',
  field: 'connectivity',
  label: 'Connectivity',
  hint,
  options: Object.entries(CONNECTIVITY),
  fallback: null,
});
const JUSTIFICATION: RequestField = {
  kind: 'textarea',
  field: 'justification',
  label: 'Justification',
  hint: 'Why the change is needed: Oracle asks for it on every allowlist ticket.',
};

/** Each request kind's form, as data, in the order a support engineer fills it. */
export const REQUEST_FIELDS: Readonly<Record<AllowlistRequestKind, readonly RequestField[]>> = {
  inbound: [
    ACTION,
    ENVIRONMENT,
    SERVICE,
    connectivity(
      'How the callers reach Oracle: it decides whether a private range or a VCN OCID can match.',
    ),
    {
      kind: 'lines',
      field: 'sources',
      label: 'Sources, one per line',
      hint: 'CIDR blocks (52.10.20.0/28), single IP addresses, IPv6 blocks, or VCN OCIDs for calls through your service gateway. Text after # is a comment.',
    },
    { kind: 'text', field: 'sourceGroup', label: 'Name for this group of sources (optional)' },
    {
      kind: 'lines',
      field: 'paths',
      label: 'Paths these sources may reach, one per line (optional)',
      hint: '/rest/apis/ for all REST services, /rest/busSvc/K1 for a group, or one path. Leave empty for every path.',
    },
    { kind: 'text', field: 'pathGroup', label: 'Name for this group of paths (optional)' },
    JUSTIFICATION,
  ],
  outbound: [
    ACTION,
    ENVIRONMENT,
    SERVICE,
    {
      kind: 'lines',
      field: 'targets',
      label: 'Targets, one per line',
      hint: 'https URLs or DNS names of the external APIs Oracle must call, on port 443.',
    },
    JUSTIFICATION,
  ],
  'home-region': [
    ENVIRONMENT,
    SERVICE,
    connectivity('Home-region IP addresses are for VPN Connect and FastConnect.'),
    {
      kind: 'text',
      field: 'tenancy',
      label: 'Tenancy name or OCID',
      hint: 'OCI Console: Governance > Tenancy details.',
    },
    {
      kind: 'text',
      field: 'region',
      label: 'Home region',
      hint: 'The region identifier, like us-ashburn-1 or eu-frankfurt-1.',
    },
    {
      kind: 'textarea',
      field: 'justification',
      label: 'Anything else Oracle should know (optional)',
    },
  ],
};

/** What each kind saves: its form fields, plus the pasted certificate or DNS answer. */
export const SAVED_FIELDS: Readonly<Record<AllowlistRequestKind, readonly string[]>> = {
  inbound: REQUEST_FIELDS.inbound.map((spec) => spec.field),
  outbound: [
    ...REQUEST_FIELDS.outbound.map((spec) => spec.field),
    'certificateHost',
    'certificatePem',
  ],
  'home-region': [...REQUEST_FIELDS['home-region'].map((spec) => spec.field), 'dnsAnswer'],
};

export const REQUEST_KINDS: readonly {
  readonly kind: AllowlistRequestKind;
  readonly label: string;
  readonly purpose: string;
}[] = [
  {
    kind: 'inbound',
    label: 'Inbound allowlist',
    purpose:
      'Which sources may call the environment’s web services, and which paths each may reach. Sources are CIDR blocks, or VCN OCIDs for calls through your service gateway.',
  },
  {
    kind: 'outbound',
    label: 'Outbound target',
    purpose:
      'Which external APIs the environment may call. Oracle calls only https on port 443, to public addresses, with a valid CA-issued certificate.',
  },
  {
    kind: 'home-region',
    label: 'Home-region IPs',
    purpose:
      'With VPN Connect or FastConnect, service names must resolve to the home-region IP addresses, not to Akamai. Oracle gives those addresses through an SR.',
  },
];
