import { HTTP_METHODS } from './context-options.ts';

/** A field's rule: null when the (trimmed, non-empty) value is fine, else what is wrong. */
export type Check = (value: string) => string | null;

const IPV4_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_OR_CIDR = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}(?:/(?:3[0-2]|[12]?\\d))?$`);
const ENVIRONMENT = /^[A-Za-z][A-Za-z0-9_-]{0,29}$/;
const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
/** Longer typed text is trimmed in the description with a notice, never refused: this only stops absurd pastes. */
export const MAX_FREE_TEXT = 10_000;

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const checkUrl: Check = (value) => {
  if (value.startsWith('/')) return /\s/.test(value) ? 'a path cannot contain spaces' : null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? null
      : `a URL must start with https:// (this one starts with ${url.protocol})`;
  } catch {
    return 'enter a path starting with / or a full URL starting with https://';
  }
};

export const atMost =
  (limit: number): Check =>
  (value) =>
    value.length <= limit ? null : `at most ${limit} characters`;

export const checkEnvironment: Check = (value) =>
  ENVIRONMENT.test(value)
    ? null
    : 'use the environment name as Oracle shows it: letters, digits, - or _, up to 30 (e.g. PROD, TEST01)';

export const checkTenantId: Check = (value) =>
  TENANT_ID.test(value) ? null : 'letters, digits and . _ : - only, up to 100 characters';

export const checkHttpMethod: Check = (value) =>
  (HTTP_METHODS as readonly string[]).includes(value.toUpperCase())
    ? null
    : `use one of ${HTTP_METHODS.join(', ')}`;

export const checkHttpStatus: Check = (value) =>
  /^[1-5]\d\d$/.test(value) ? null : 'an HTTP status is a three-digit number from 100 to 599';

export const checkEgressIp: Check = (value) =>
  IPV4_OR_CIDR.test(value)
    ? null
    : 'enter an IPv4 address or CIDR block, e.g. 203.0.113.10 or 203.0.113.0/24';

export const checkTimeZone: Check = (value) =>
  isValidTimeZone(value) ? null : 'not a time zone name; use one like Europe/London';
