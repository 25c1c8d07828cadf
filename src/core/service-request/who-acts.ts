import { type CodeFamily, lookupReasonCode } from '../codes/index.ts';

/**
 * The SR speaks per kind of failure, finer than the code families: an origin timeout and an
 * origin certificate failure need different checks from Oracle, and a wrong hostname is ours.
 */
export type AskGroup =
  | 'edge-denial'
  | 'origin-timeout'
  | 'origin-failure'
  | 'origin-tls'
  | 'origin-dns'
  | 'dns-host'
  | 'malformed-request'
  | 'edge-internal'
  | 'unknown';

/** Who must act, and why, in a support engineer's words: on cards, code pages and in the SR. */
const WHO_ACTS: Readonly<Record<AskGroup, string>> = {
  'edge-denial':
    "Oracle: a security rule on Oracle's Akamai property (WAF, inbound allowlist, bot or rate control) denied the call. Raise an SR; name your egress IP if an allowlist may apply.",
  'origin-timeout':
    'Oracle: its service did not answer Akamai in time. Raise an SR; meanwhile a smaller request (fewer records) may get through.',
  'origin-failure':
    "Oracle: Akamai could not connect to Oracle's origin or got no usable answer. Raise an SR; nothing on your side changes it.",
  'origin-tls':
    "Oracle: the TLS handshake between Akamai and Oracle's origin failed (expired certificate, broken chain or SNI). Raise an SR; your own certificate is not involved.",
  'origin-dns':
    "Oracle: Akamai could not resolve the name of Oracle's origin in DNS. Raise an SR; your DNS is not involved.",
  'dns-host':
    'You: the hostname your integration calls is not served by Akamai for this service. Check the endpoint and any hosts-file or proxy override; raise an SR only if the hostname is right.',
  'malformed-request':
    'The caller: Akamai could not parse the request (URL encoding, headers, body framing). Fix the request first; an SR is rarely needed.',
  'edge-internal':
    "Oracle, through Akamai: the edge itself failed or the client went away; only Oracle's lookup of the reference tells which. Raise an SR if it repeats.",
  unknown:
    "Oracle: this code's meaning is unpublished, so only Oracle's lookup of the reference in Akamai's logs can tell the cause and who fixes it. Raise an SR.",
};

const GROUP_BY_CODE: Readonly<Partial<Record<number, AskGroup>>> = {
  1: 'origin-timeout',
  221: 'origin-timeout',
  11: 'origin-dns',
  99: 'origin-dns',
  119: 'origin-dns',
  29: 'origin-tls',
  30: 'origin-tls',
  31: 'origin-tls',
  38: 'origin-tls',
  39: 'origin-tls',
  42: 'origin-tls',
  54: 'origin-tls',
  55: 'origin-tls',
  56: 'origin-tls',
};

const GROUP_BY_FAMILY: Readonly<Record<CodeFamily, AskGroup>> = {
  'edge-denial': 'edge-denial',
  origin: 'origin-failure',
  hostname: 'dns-host',
  'malformed-request': 'malformed-request',
  'edge-internal': 'edge-internal',
  unknown: 'unknown',
};

export function askGroupOf(code: number): AskGroup {
  return GROUP_BY_CODE[code] ?? GROUP_BY_FAMILY[lookupReasonCode(code).family];
}

/** Who must act for this code, specific to its kind of failure. */
export function describeWhoActs(code: number): string {
  return WHO_ACTS[askGroupOf(code)];
}
