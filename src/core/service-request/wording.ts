import type { CodeFamily } from '../code-types.ts';
import { lookupReasonCode } from '../reason-codes.ts';

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

export interface AskWording {
  /** A few words naming the failure, after the codes: "Codes 18, 0: edge denial". */
  readonly name: string;
  /** The incident statement's verb phrase, for an SR whose references are all of this kind. */
  readonly statement: string;
  /** The summary's symptom. */
  readonly symptom: string;
  /** Who must act, and why, in a support engineer's words. */
  readonly whoActs: string;
  /** What the SR asks Oracle; `{egress}` becomes the caller's egress IP when the user shares it. */
  readonly ask: string;
  /** The ask in a few words, after "tell us", for a description short of room. */
  readonly askShort: string;
  /** What the user should know before filing, after the codes and the name. */
  readonly guidance: string;
}

export const ASK_WORDING: Readonly<Record<AskGroup, AskWording>> = {
  'edge-denial': {
    name: 'edge denial',
    statement: "Akamai's edge denies our calls",
    symptom: 'Access Denied at Akamai edge',
    whoActs:
      "Oracle: a security rule on Oracle's Akamai property (WAF, inbound allowlist, bot or rate control) denied the call. Raise an SR; name your egress IP if an allowlist may apply.",
    ask: 'tell us which rule denied these calls (inbound allowlist, WAF, bot or rate control) and allow them{egress}, or tell us what to change on our side.',
    askShort: 'which rule denied them, and allow them{egress} or say what to change.',
    guidance:
      'Ask which rule denied a path your caller should reach; include your egress IP or CIDR if an inbound allowlist may be the cause.',
  },
  'origin-timeout': {
    name: 'origin timeout',
    statement: "Oracle's origin does not answer Akamai in time",
    symptom: 'Akamai timed out waiting for origin',
    whoActs:
      'Oracle: its service did not answer Akamai in time. Raise an SR; meanwhile a smaller request (fewer records) may get through.',
    ask: 'tell us why the origin did not answer these calls in time, and whether a smaller request would.',
    askShort: 'why the origin did not answer in time.',
    guidance:
      "Oracle's side to fix. Note the payload size and how long the call ran; file the SR now.",
  },
  'origin-failure': {
    name: 'origin unreachable',
    statement: "Akamai cannot get an answer from Oracle's origin",
    symptom: 'Akamai could not reach origin',
    whoActs:
      "Oracle: Akamai could not connect to Oracle's origin or got no usable answer. Raise an SR; nothing on your side changes it.",
    ask: 'tell us why Akamai got no usable answer from the origin (connection refused, empty response or redirect loop) and when it will.',
    askShort: 'why Akamai got no usable answer from the origin.',
    guidance:
      "Oracle's side to fix. Check whether every call fails or only some, and file the SR now.",
  },
  'origin-tls': {
    name: 'origin TLS',
    statement: "Akamai cannot complete TLS with Oracle's origin",
    symptom: 'Akamai TLS failure towards origin',
    whoActs:
      "Oracle: the TLS handshake between Akamai and Oracle's origin failed (expired certificate, broken chain or SNI). Raise an SR; your own certificate is not involved.",
    ask: "check the origin's TLS certificate (expiry, chain, names) and SNI towards Akamai.",
    askShort: "what fails in the origin's TLS (certificate expiry, chain, names, SNI).",
    guidance: "Oracle's certificate or SNI towards Akamai, not yours. File the SR now.",
  },
  'origin-dns': {
    name: 'origin DNS',
    statement: "Akamai cannot resolve Oracle's origin",
    symptom: 'Akamai could not resolve origin',
    whoActs:
      "Oracle: Akamai could not resolve the name of Oracle's origin in DNS. Raise an SR; your DNS is not involved.",
    ask: "check the origin hostname's DNS records and Akamai's forward hostname.",
    askShort: 'why the origin hostname did not resolve.',
    guidance: "Oracle's side to fix; your DNS is not involved. File the SR now.",
  },
  'dns-host': {
    name: 'unknown host',
    statement: 'Akamai does not serve the hostname our calls use',
    symptom: 'Invalid URL at Akamai edge',
    whoActs:
      'You: the hostname your integration calls is not served by Akamai for this service. Check the endpoint and any hosts-file or proxy override; raise an SR only if the hostname is right.',
    ask: 'confirm the hostname we should call for this environment.',
    askShort: 'the hostname to call for this environment.',
    guidance:
      'Check the endpoint in your integration against the Cloud Service Console first; file only if it is right.',
  },
  'malformed-request': {
    name: 'malformed request',
    statement: 'Akamai cannot parse our requests',
    symptom: 'Bad Request at Akamai edge',
    whoActs:
      'The caller: Akamai could not parse the request (URL encoding, headers, body framing). Fix the request first; an SR is rarely needed.',
    ask: 'tell us what in these requests Akamai could not parse; our own checks found nothing.',
    askShort: 'what Akamai could not parse.',
    guidance:
      'Fix the caller first (check URL encoding and headers with curl -v); an SR may not be needed.',
  },
  'edge-internal': {
    name: 'edge error',
    statement: "Akamai's edge fails our calls",
    symptom: 'Akamai edge error',
    whoActs:
      "Oracle, through Akamai: the edge itself failed or the client went away; only Oracle's lookup of the reference tells which. Raise an SR if it repeats.",
    ask: 'tell us what the edge logged for these calls.',
    askShort: 'what the edge logged.',
    guidance: "Only Oracle's lookup of the reference can tell the cause.",
  },
  unknown: {
    name: 'meaning unpublished',
    statement: 'Akamai fails our calls with a code whose meaning is unpublished',
    symptom: 'Akamai error',
    whoActs:
      "Oracle: this code's meaning is unpublished, so only Oracle's lookup of the reference in Akamai's logs can tell the cause and who fixes it. Raise an SR.",
    ask: "tell us what Akamai's logs say for these calls.",
    askShort: "what Akamai's logs say (meaning unpublished).",
    guidance: "Only Oracle's lookup of the reference can tell the cause. File the SR now.",
  },
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
  return ASK_WORDING[askGroupOf(code)].whoActs;
}
