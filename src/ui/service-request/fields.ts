import {
  BUSINESS_IMPACT,
  CONTEXT_FIELD_LABELS,
  CONNECTIVITY,
  HTTP_METHODS,
  ORACLE_SERVICES,
} from '../../core/service-request/index.ts';
import { type ServiceRequestContext } from '../../core/index.ts';

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
    label: CONTEXT_FIELD_LABELS.service,
    options: Object.entries(ORACLE_SERVICES).map(([value, { name }]) => [value, name]),
  },
  {
    kind: 'text',
    field: 'otherService',
    label: CONTEXT_FIELD_LABELS.otherService,
    hint: 'Only if you chose "Another service".',
  },
  {
    kind: 'text',
    field: 'environment',
    label: CONTEXT_FIELD_LABELS.environment,
    hint: 'As Oracle shows it: PROD, TEST01, DEV ...',
  },
  {
    kind: 'text',
    field: 'tenantId',
    label: CONTEXT_FIELD_LABELS.tenantId,
    hint: 'From the Cloud Service Console; not a secret.',
  },
  {
    kind: 'text',
    field: 'affectedUrl',
    label: CONTEXT_FIELD_LABELS.affectedUrl,
    hint: 'e.g. /rest/apis/customer/v1/accounts',
  },
  {
    kind: 'checkbox',
    field: 'keepQueryString',
    label: CONTEXT_FIELD_LABELS.keepQueryString,
    hint: 'Query strings can carry personal data; they are left out unless ticked.',
  },
  {
    kind: 'select',
    field: 'httpMethod',
    label: CONTEXT_FIELD_LABELS.httpMethod,
    options: HTTP_METHODS.map((method) => [method, method]),
  },
  { kind: 'text', field: 'httpStatus', label: CONTEXT_FIELD_LABELS.httpStatus, hint: 'e.g. 403' },
  {
    kind: 'select',
    field: 'connectivity',
    label: CONTEXT_FIELD_LABELS.connectivity,
    options: Object.entries(CONNECTIVITY),
  },
  {
    kind: 'text',
    field: 'egressIp',
    label: CONTEXT_FIELD_LABELS.egressIp,
    hint: 'e.g. 203.0.113.0/24',
  },
  {
    kind: 'checkbox',
    field: 'includeEgressIp',
    label: CONTEXT_FIELD_LABELS.includeEgressIp,
    hint: 'An IP address is personal data: include it only where an allowlist may be the cause.',
  },
  {
    kind: 'text',
    field: 'firstSeen',
    label: CONTEXT_FIELD_LABELS.firstSeen,
    hint: 'e.g. 2026-11-28 09:10 UTC',
  },
  {
    kind: 'text',
    field: 'lastSeen',
    label: CONTEXT_FIELD_LABELS.lastSeen,
    hint: 'e.g. 2026-11-28 10:05 UTC',
  },
  {
    kind: 'text',
    field: 'frequency',
    label: CONTEXT_FIELD_LABELS.frequency,
    hint: 'e.g. every call, about 1 in 10 calls',
  },
  {
    kind: 'select',
    field: 'impact',
    label: CONTEXT_FIELD_LABELS.impact,
    options: Object.entries(BUSINESS_IMPACT),
  },
  { kind: 'textarea', field: 'businessImpact', label: CONTEXT_FIELD_LABELS.businessImpact },
  { kind: 'textarea', field: 'stepsToReproduce', label: CONTEXT_FIELD_LABELS.stepsToReproduce },
  {
    kind: 'text',
    field: 'issueId',
    label: CONTEXT_FIELD_LABELS.issueId,
    hint: 'Menu > Tools > Prepare Issue Details in the application, if the problem shows there.',
  },
  {
    kind: 'text',
    field: 'contactTimeZone',
    label: CONTEXT_FIELD_LABELS.contactTimeZone,
    hint: 'e.g. Europe/London',
  },
];

/** A stable field and its value in a few words, for the "from your last draft" offer. */
export function describeStableField(field: string, value: unknown): string {
  const label = CONTEXT_FIELD_LABELS[field as keyof ServiceRequestContext] ?? field;
  if (field === 'service' && typeof value === 'string' && value in ORACLE_SERVICES) {
    return ORACLE_SERVICES[value as keyof typeof ORACLE_SERVICES].name;
  }
  if (field === 'connectivity' && typeof value === 'string' && value in CONNECTIVITY) {
    return `${label}: ${CONNECTIVITY[value as keyof typeof CONNECTIVITY]}`;
  }
  if (typeof value === 'boolean') return value ? label : `not: ${label}`;
  return `${label}: ${String(value)}`;
}
