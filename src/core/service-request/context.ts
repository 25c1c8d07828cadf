/** What the user tells us about the failing calls. Every field is optional. */
export interface ServiceRequestContext {
  readonly service?: OracleServiceId;
  /** When `service` is 'other': the service's name as the user writes it. */
  readonly otherService?: string;
  /** Oracle Utilities environment name: PROD, TEST01, DEV ... */
  readonly environment?: string;
  /** From the Cloud Service Console; not a secret. */
  readonly tenantId?: string;
  /** A path (`/rest/apis/...`) or a full URL. */
  readonly affectedUrl?: string;
  /** Query strings can carry personal data: kept only when the user asks. */
  readonly keepQueryString?: boolean;
  readonly httpMethod?: string;
  readonly httpStatus?: string;
  readonly connectivity?: Connectivity;
  /** The caller's egress IP or CIDR, left out of the text unless `includeEgressIp`. */
  readonly egressIp?: string;
  readonly includeEgressIp?: boolean;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly frequency?: string;
  readonly impact?: BusinessImpact;
  readonly businessImpact?: string;
  readonly stepsToReproduce?: string;
  /** From Menu > Tools > Prepare Issue Details in the Oracle Utilities application. */
  readonly issueId?: string;
  readonly contactTimeZone?: string;
}

/** The Oracle Utilities cloud services behind Akamai, with the short names their users write. */
export const ORACLE_SERVICES = {
  'customer-cloud-service': { name: 'Oracle Utilities Customer Cloud Service', short: 'CCS' },
  'meter-solution': { name: 'Oracle Utilities Meter Solution Cloud Service', short: 'MSCS' },
  'work-and-asset': { name: 'Oracle Utilities Work and Asset Cloud Service', short: 'WACS' },
  'customer-care-and-billing': {
    name: 'Oracle Utilities Customer Care and Billing Cloud Service',
    short: 'CC&B',
  },
  billing: { name: 'Oracle Utilities Billing Cloud Service', short: 'Billing' },
  rate: { name: 'Oracle Utilities Rate Cloud Service', short: 'Rate' },
  'market-settlements': {
    name: 'Oracle Utilities Market Settlements Cloud Service',
    short: 'Market Settlements',
  },
  'digital-asset': { name: 'Oracle Utilities Digital Asset Cloud Service', short: 'Digital Asset' },
  other: { name: 'Another service', short: '' },
} as const;
export type OracleServiceId = keyof typeof ORACLE_SERVICES;

export const CONNECTIVITY = {
  'public-internet': 'Public internet',
  'vpn-connect': 'VPN Connect',
  fastconnect: 'FastConnect',
} as const;
export type Connectivity = keyof typeof CONNECTIVITY;

/** Oracle's severity definitions, in the user's words. */
export const BUSINESS_IMPACT = {
  'production-down': 'Production stopped or unusable; no workaround',
  'major-no-workaround': 'Important function unavailable; no acceptable workaround',
  'minor-workaround': 'Inconvenient; a workaround exists',
  question: 'A question or a scheduled change; no loss of service',
} as const;
export type BusinessImpact = keyof typeof BUSINESS_IMPACT;

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/** What each field is called on screen and in messages: one source for the form and the draft. */
export const CONTEXT_FIELD_LABELS: Readonly<Record<keyof ServiceRequestContext, string>> = {
  service: 'Service',
  otherService: 'Other service name',
  environment: 'Environment name',
  tenantId: 'Tenant ID',
  affectedUrl: 'Affected URL or path',
  keepQueryString: 'Keep the query string in the draft',
  httpMethod: 'HTTP method',
  httpStatus: 'HTTP status seen',
  connectivity: 'Connectivity',
  egressIp: "Caller's egress IP or CIDR",
  includeEgressIp: 'Include the egress IP in the draft',
  firstSeen: 'First seen',
  lastSeen: 'Last seen',
  frequency: 'How often',
  impact: 'Business impact level',
  businessImpact: 'Business impact, in words',
  stepsToReproduce: 'Steps to reproduce',
  issueId: 'Issue ID from Prepare Issue Details',
  contactTimeZone: 'Contact time zone',
};

export interface ContextProblem {
  readonly field: keyof ServiceRequestContext;
  readonly message: string;
}

const IPV4_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_OR_CIDR = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}(?:/(?:3[0-2]|[12]?\\d))?$`);
const ENVIRONMENT = /^[A-Za-z][A-Za-z0-9_-]{0,29}$/;
const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
/** Longer typed text is trimmed in the description with a notice, never refused: this only stops absurd pastes. */
const MAX_FREE_TEXT = 10_000;

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function checkUrl(value: string): string | null {
  if (value.startsWith('/')) return /\s/.test(value) ? 'a path cannot contain spaces' : null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? null
      : `a URL must start with https:// (this one starts with ${url.protocol})`;
  } catch {
    return 'enter a path starting with / or a full URL starting with https://';
  }
}

type Check = (value: string) => string | null;

const FIELD_CHECKS: Partial<Record<keyof ServiceRequestContext, Check>> = {
  environment: (value) =>
    ENVIRONMENT.test(value)
      ? null
      : 'use the environment name as Oracle shows it: letters, digits, - or _, up to 30 (e.g. PROD, TEST01)',
  tenantId: (value) =>
    TENANT_ID.test(value) ? null : 'letters, digits and . _ : - only, up to 100 characters',
  affectedUrl: checkUrl,
  httpMethod: (value) =>
    (HTTP_METHODS as readonly string[]).includes(value.toUpperCase())
      ? null
      : `use one of ${HTTP_METHODS.join(', ')}`,
  httpStatus: (value) =>
    /^[1-5]\d\d$/.test(value) ? null : 'an HTTP status is a three-digit number from 100 to 599',
  egressIp: (value) =>
    IPV4_OR_CIDR.test(value)
      ? null
      : 'enter an IPv4 address or CIDR block, e.g. 203.0.113.10 or 203.0.113.0/24',
  contactTimeZone: (value) =>
    isValidTimeZone(value)
      ? null
      : `'${value}' is not a time zone name; use one like Europe/London`,
  otherService: (value) => (value.length <= 100 ? null : 'at most 100 characters'),
  issueId: (value) => (value.length <= 100 ? null : 'at most 100 characters'),
  frequency: (value) => (value.length <= 200 ? null : 'at most 200 characters'),
  firstSeen: (value) => (value.length <= 100 ? null : 'at most 100 characters'),
  lastSeen: (value) => (value.length <= 100 ? null : 'at most 100 characters'),
  businessImpact: (value) =>
    value.length <= MAX_FREE_TEXT ? null : `at most ${MAX_FREE_TEXT} characters`,
  stepsToReproduce: (value) =>
    value.length <= MAX_FREE_TEXT ? null : `at most ${MAX_FREE_TEXT} characters`,
};

/** Every field that breaks its rule, with what is wrong. Empty fields are fine: all are optional. */
export function validateContext(context: ServiceRequestContext): ContextProblem[] {
  const problems: ContextProblem[] = [];
  for (const [field, check] of Object.entries(FIELD_CHECKS) as [
    keyof ServiceRequestContext,
    Check,
  ][]) {
    const value = context[field];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const message = check(value.trim());
    if (message !== null) problems.push({ field, message });
  }
  const { firstSeen, lastSeen } = context;
  if (firstSeen && lastSeen && firstSeen > lastSeen) {
    problems.push({ field: 'lastSeen', message: 'last seen is before first seen' });
  }
  return problems;
}

/** Production environments get production severities; Oracle rarely accepts 1 elsewhere. */
export function isProductionEnvironment(environment: string | undefined): boolean {
  return environment !== undefined && /^(prod|prd|production)\b/i.test(environment.trim());
}

const STRING_FIELDS = [
  'otherService',
  'environment',
  'tenantId',
  'affectedUrl',
  'httpMethod',
  'httpStatus',
  'egressIp',
  'firstSeen',
  'lastSeen',
  'frequency',
  'businessImpact',
  'stepsToReproduce',
  'issueId',
  'contactTimeZone',
] as const;
const BOOLEAN_FIELDS = ['keepQueryString', 'includeEgressIp'] as const;

function oneOf<T extends string>(
  choices: Readonly<Record<T, unknown>>,
  value: unknown,
): T | undefined {
  return typeof value === 'string' && Object.hasOwn(choices, value) ? (value as T) : undefined;
}

/**
 * A context read back from storage, keeping only known fields of the right type. Returns null
 * for anything that is not an object, so a corrupt store starts clean instead of crashing.
 */
export function parseStoredContext(stored: unknown): ServiceRequestContext | null {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
  const record = stored as Record<string, unknown>;
  const context: Record<string, unknown> = {};
  for (const field of STRING_FIELDS) {
    const value = record[field];
    if (typeof value === 'string') context[field] = value.slice(0, MAX_FREE_TEXT);
  }
  for (const field of BOOLEAN_FIELDS) {
    if (typeof record[field] === 'boolean') context[field] = record[field];
  }
  context.service = oneOf(ORACLE_SERVICES, record.service);
  context.connectivity = oneOf(CONNECTIVITY, record.connectivity);
  context.impact = oneOf(BUSINESS_IMPACT, record.impact);
  return Object.fromEntries(
    Object.entries(context).filter(([, value]) => value !== undefined),
  ) as ServiceRequestContext;
}
