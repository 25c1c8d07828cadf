import type { Cleaning } from '../privacy/index.ts';
import {
  MAX_FREE_TEXT,
  atMost,
  checkEgressIp,
  checkEnvironment,
  checkHttpMethod,
  checkHttpStatus,
  checkTenantId,
  checkTimeZone,
  checkUrl,
  type Check,
} from './context-checks.ts';
import { BUSINESS_IMPACT, CONNECTIVITY, HTTP_METHODS, ORACLE_SERVICES } from './context-options.ts';

/**
 * The SR context fields, as one table: what each is called, how it is entered, its rule, how
 * credentials are removed from it, whether it stays the same from one incident to the next,
 * and whether evidence (curl -v, HAR, logs) can fill it in. The context type, the labels, the
 * validation, the cleaning, the stored drafts and the form are all read from here, in this
 * order (the order a support engineer fills the form).
 */

interface FieldCommon {
  readonly label: string;
  /** What to enter, shown under the field. */
  readonly hint?: string;
  /** Stays true from one incident to the next (who and where, not what failed): offered again. */
  readonly stable?: true;
}
interface TextFieldSpec extends FieldCommon {
  readonly kind: 'text' | 'textarea';
  readonly check: Check;
  /** Which credential remover runs on it: a URL keeps its shape, free text gets a marker. */
  readonly cleaning: Cleaning;
  /** Evidence can fill it in; the word says what the draft's "From ..." line calls it. */
  readonly evidence?: string;
}
interface SelectFieldSpec extends FieldCommon {
  readonly kind: 'select';
  /** Stored value to what the user reads. */
  readonly options: Readonly<Record<string, string>>;
  /** The stored value is free text checked by `check` (evidence may bring any method). */
  readonly check?: Check;
  readonly evidence?: string;
}
interface CheckboxFieldSpec extends FieldCommon {
  readonly kind: 'checkbox';
}
export type ContextFieldSpec = TextFieldSpec | SelectFieldSpec | CheckboxFieldSpec;

const serviceNames = Object.fromEntries(
  Object.entries(ORACLE_SERVICES).map(([id, { name }]) => [id, name]),
) as { readonly [K in keyof typeof ORACLE_SERVICES]: string };
const methods = Object.fromEntries(HTTP_METHODS.map((method) => [method, method])) as Readonly<
  Record<string, string>
>;

export const CONTEXT_FIELDS = {
  service: { kind: 'select', label: 'Service', options: serviceNames, stable: true },
  otherService: {
    kind: 'text',
    label: 'Other service name',
    hint: 'Only if you chose "Another service".',
    check: atMost(100),
    cleaning: 'text',
    stable: true,
  },
  environment: {
    kind: 'text',
    label: 'Environment name',
    hint: 'As Oracle shows it: PROD, TEST01, DEV ...',
    check: checkEnvironment,
    cleaning: 'text',
    stable: true,
  },
  tenantId: {
    kind: 'text',
    label: 'Tenant ID',
    hint: 'From the Cloud Service Console; not a secret.',
    check: checkTenantId,
    cleaning: 'text',
    stable: true,
  },
  affectedUrl: {
    kind: 'text',
    label: 'Affected URL or path',
    hint: 'e.g. /rest/apis/customer/v1/accounts',
    check: checkUrl,
    cleaning: 'url',
    evidence: 'URL',
  },
  keepQueryString: {
    kind: 'checkbox',
    label: 'Keep the query string in the draft',
    hint: 'Query strings can carry personal data; they are left out unless ticked.',
  },
  httpMethod: {
    kind: 'select',
    label: 'HTTP method',
    options: methods,
    check: checkHttpMethod,
    evidence: 'method',
  },
  httpStatus: {
    kind: 'text',
    label: 'HTTP status seen',
    hint: 'e.g. 403',
    check: checkHttpStatus,
    cleaning: 'text',
    evidence: 'status',
  },
  connectivity: {
    kind: 'select',
    label: 'Connectivity',
    options: CONNECTIVITY,
    stable: true,
  },
  egressIp: {
    kind: 'text',
    label: "Caller's egress IP or CIDR",
    hint: 'e.g. 203.0.113.0/24',
    check: checkEgressIp,
    cleaning: 'text',
    stable: true,
  },
  includeEgressIp: {
    kind: 'checkbox',
    label: 'Include the egress IP in the draft',
    hint: 'An IP address is personal data: include it only where an allowlist may be the cause.',
    stable: true,
  },
  firstSeen: {
    kind: 'text',
    label: 'First seen',
    hint: 'e.g. 2026-11-28 09:10 UTC',
    check: atMost(100),
    cleaning: 'text',
    evidence: 'times',
  },
  lastSeen: {
    kind: 'text',
    label: 'Last seen',
    hint: 'e.g. 2026-11-28 10:05 UTC',
    check: atMost(100),
    cleaning: 'text',
    evidence: 'times',
  },
  frequency: {
    kind: 'text',
    label: 'How often',
    hint: 'e.g. every call, about 1 in 10 calls',
    check: atMost(200),
    cleaning: 'text',
    evidence: 'count',
  },
  impact: { kind: 'select', label: 'Business impact level', options: BUSINESS_IMPACT },
  businessImpact: {
    kind: 'textarea',
    label: 'Business impact, in words',
    check: atMost(MAX_FREE_TEXT),
    cleaning: 'text',
  },
  stepsToReproduce: {
    kind: 'textarea',
    label: 'Steps to reproduce',
    check: atMost(MAX_FREE_TEXT),
    cleaning: 'text',
  },
  issueId: {
    kind: 'text',
    label: 'Issue ID from Prepare Issue Details',
    hint: 'Menu > Tools > Prepare Issue Details in the application, if the problem shows there.',
    check: atMost(100),
    cleaning: 'text',
  },
  contactTimeZone: {
    kind: 'text',
    label: 'Contact time zone',
    hint: 'e.g. Europe/London',
    check: checkTimeZone,
    cleaning: 'text',
    stable: true,
  },
} as const satisfies Readonly<Record<string, ContextFieldSpec>>;

type Table = typeof CONTEXT_FIELDS;
export type ContextField = keyof Table;

/** A checkbox holds a yes/no, a select with its own choices one of them, anything else text. */
type ValueOf<Spec> = Spec extends { readonly kind: 'checkbox' }
  ? boolean
  : Spec extends { readonly kind: 'select'; readonly check: Check }
    ? string
    : Spec extends { readonly kind: 'select'; readonly options: infer Options }
      ? keyof Options & string
      : string;

/** What the user tells us about the failing calls. Every field is optional. */
export type ServiceRequestContext = { readonly [K in ContextField]?: ValueOf<Table[K]> };

type FieldsWhere<Flag> = {
  [K in ContextField]: Table[K] extends Flag ? K : never;
}[ContextField];
export type StableField = FieldsWhere<{ readonly stable: true }>;
export type EvidenceField = FieldsWhere<{ readonly evidence: string }>;

/** The table's rows, in form order, each with its field name. */
export const CONTEXT_FIELD_LIST = Object.entries(CONTEXT_FIELDS).map(([field, spec]) => ({
  field: field as ContextField,
  ...(spec as ContextFieldSpec),
}));
export type ContextFieldRow = (typeof CONTEXT_FIELD_LIST)[number];

/** What each field is called on screen and in messages. */
export const CONTEXT_FIELD_LABELS = Object.fromEntries(
  CONTEXT_FIELD_LIST.map(({ field, label }) => [field, label]),
) as Readonly<Record<ContextField, string>>;

export const STABLE_FIELDS = CONTEXT_FIELD_LIST.filter((row) => row.stable).map(
  (row) => row.field as StableField,
);

export const EVIDENCE_FIELDS = CONTEXT_FIELD_LIST.filter(
  (row) => 'evidence' in row && row.evidence !== undefined,
).map((row) => row.field as EvidenceField);

/** How the draft's "From our HAR: URL, method." line names an evidence field. */
export function evidenceWord(field: EvidenceField): string {
  const spec: ContextFieldSpec = CONTEXT_FIELDS[field];
  return 'evidence' in spec && spec.evidence !== undefined ? spec.evidence : field;
}

/** How credentials are removed from a field, or null for a choice or a checkbox. */
export function cleaningOf(field: string): Cleaning | null {
  if (!Object.hasOwn(CONTEXT_FIELDS, field)) return null;
  const spec: ContextFieldSpec = CONTEXT_FIELDS[field as ContextField];
  return 'cleaning' in spec ? spec.cleaning : null;
}

/** A field and its value in a few words, for the "from your last draft" offer. */
export function describeFieldValue(field: ContextField, value: unknown): string {
  const spec: ContextFieldSpec = CONTEXT_FIELDS[field];
  if (typeof value === 'boolean') return value ? spec.label : `not: ${spec.label}`;
  if (spec.kind === 'select' && typeof value === 'string' && Object.hasOwn(spec.options, value)) {
    const choice = spec.options[value];
    // A service is known by its name alone.
    return field === 'service' ? String(choice) : `${spec.label}: ${choice}`;
  }
  return `${spec.label}: ${String(value)}`;
}
