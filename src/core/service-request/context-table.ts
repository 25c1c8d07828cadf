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
