import {
  BUSINESS_IMPACT,
  CONNECTIVITY,
  HTTP_METHODS,
  ORACLE_SERVICES,
  type ServiceRequestContext,
} from '../../core/index.ts';

type TextField = {
  readonly kind: 'text' | 'textarea';
  readonly field: keyof ServiceRequestContext;
  readonly label: string;
  readonly hint?: string;
};
type SelectField = {
  readonly kind: 'select';
  readonly field: keyof ServiceRequestContext;
  readonly label: string;
  readonly hint?: string;
  readonly options: readonly (readonly [value: string, label: string])[];
};
type CheckboxField = {
  readonly kind: 'checkbox';
  readonly field: 'keepQueryString' | 'includeEgressIp';
  readonly label: string;
  readonly hint?: string;
};
export type FormField = TextField | SelectField | CheckboxField;

/** The context form, as data: one entry per field, in the order a support engineer fills it. */
export const FORM_FIELDS: readonly FormField[] = [
  {
    kind: 'select',
    field: 'service',
    label: 'Service',
    options: Object.entries(ORACLE_SERVICES).map(([value, { name }]) => [value, name]),
  },
  {
    kind: 'text',
    field: 'otherService',
    label: 'Other service name',
    hint: 'Only if you chose "Another service".',
  },
  {
    kind: 'text',
    field: 'environment',
    label: 'Environment name',
    hint: 'As Oracle shows it: PROD, TEST01, DEV ...',
  },
  {
    kind: 'text',
    field: 'tenantId',
    label: 'Tenant ID',
    hint: 'From the Cloud Service Console; not a secret.',
  },
  {
    kind: 'text',
    field: 'affectedUrl',
    label: 'Affected URL or path',
    hint: 'e.g. /rest/apis/customer/v1/accounts',
  },
  {
    kind: 'checkbox',
    field: 'keepQueryString',
    label: 'Keep the query string in the draft',
    hint: 'Query strings can carry personal data; they are left out unless ticked.',
  },
  {
    kind: 'select',
    field: 'httpMethod',
    label: 'HTTP method',
    options: HTTP_METHODS.map((method) => [method, method]),
  },
  { kind: 'text', field: 'httpStatus', label: 'HTTP status seen', hint: 'e.g. 403' },
  {
    kind: 'select',
    field: 'connectivity',
    label: 'Connectivity',
    options: Object.entries(CONNECTIVITY),
  },
  {
    kind: 'text',
    field: 'egressIp',
    label: "Caller's egress IP or CIDR",
    hint: 'e.g. 203.0.113.0/24',
  },
  {
    kind: 'checkbox',
    field: 'includeEgressIp',
    label: 'Include the egress IP in the draft',
    hint: 'An IP address is personal data: include it only where an allowlist may be the cause.',
  },
  { kind: 'text', field: 'firstSeen', label: 'First seen', hint: 'e.g. 2026-11-28 09:10 UTC' },
  { kind: 'text', field: 'lastSeen', label: 'Last seen', hint: 'e.g. 2026-11-28 10:05 UTC' },
  {
    kind: 'text',
    field: 'frequency',
    label: 'How often',
    hint: 'e.g. every call, about 1 in 10 calls',
  },
  {
    kind: 'select',
    field: 'impact',
    label: 'Business impact level',
    options: Object.entries(BUSINESS_IMPACT),
  },
  { kind: 'textarea', field: 'businessImpact', label: 'Business impact, in words' },
  { kind: 'textarea', field: 'stepsToReproduce', label: 'Steps to reproduce' },
  {
    kind: 'text',
    field: 'issueId',
    label: 'Issue ID from Prepare Issue Details',
    hint: 'Menu > Tools > Prepare Issue Details in the application, if the problem shows there.',
  },
  {
    kind: 'text',
    field: 'contactTimeZone',
    label: 'Contact time zone',
    hint: 'e.g. Europe/London',
  },
];
