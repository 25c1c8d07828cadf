import type { AskGroup } from './who-acts.ts';

export { askGroupOf, describeWhoActs, type AskGroup } from './who-acts.ts';

/**
 * What the SR says per kind of failure (see `AskGroup`). Loaded with the SR screen only; who
 * acts, which cards show too, lives in `who-acts.ts` so the first screen stays small.
 */
export interface AskWording {
  /** A few words naming the failure, after the codes: "Codes 18, 0: edge denial". */
  readonly name: string;
  /** The incident statement's verb phrase, for an SR whose references are all of this kind. */
  readonly statement: string;
  /** The summary's symptom. */
  readonly symptom: string;
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
    // Whether the calls should pass is Oracle's call: the ask does not presume the block is wrong.
    ask: 'tell us which rule denied these calls (WAF, IP allowlist, geo, bot or rate control) and whether they should pass; if an allowlist is the cause, tell us what to change{egress}.',
    askShort:
      'which rule (WAF, IP allowlist, geo, bot, rate) denied them; should they pass? If an allowlist, what to change{egress}.',
    guidance:
      'Ask which rule denied a path your caller should reach; include your egress IP or CIDR if an inbound allowlist may be the cause.',
  },
  'origin-timeout': {
    name: 'origin timeout',
    statement: "Oracle's origin does not answer Akamai in time",
    symptom: 'Akamai timed out waiting for origin',
    ask: 'tell us why the origin did not answer these calls in time, and whether a smaller request would.',
    askShort: 'why the origin did not answer in time.',
    guidance:
      "Oracle's side to fix. Note the payload size and how long the call ran; file the SR now.",
  },
  'origin-failure': {
    name: 'origin unreachable',
    statement: "Akamai cannot get an answer from Oracle's origin",
    symptom: 'Akamai could not reach origin',
    ask: 'tell us why Akamai got no usable answer from the origin (connection refused, empty response or redirect loop) and when it will.',
    askShort: 'why Akamai got no usable answer from the origin.',
    guidance:
      "Oracle's side to fix. Check whether every call fails or only some, and file the SR now.",
  },
  'origin-tls': {
    name: 'origin TLS',
    statement: "Akamai cannot complete TLS with Oracle's origin",
    symptom: 'Akamai TLS failure towards origin',
    ask: "check the origin's TLS certificate (expiry, chain, names) and SNI towards Akamai.",
    askShort: "what fails in the origin's TLS (certificate expiry, chain, names, SNI).",
    guidance: "Oracle's certificate or SNI towards Akamai, not yours. File the SR now.",
  },
  'origin-dns': {
    name: 'origin DNS',
    statement: "Akamai cannot resolve Oracle's origin",
    symptom: 'Akamai could not resolve origin',
    ask: "check the origin hostname's DNS records and Akamai's forward hostname.",
    askShort: 'why the origin hostname did not resolve.',
    guidance: "Oracle's side to fix; your DNS is not involved. File the SR now.",
  },
  'dns-host': {
    name: 'unknown host',
    statement: 'Akamai does not serve the hostname our calls use',
    symptom: 'Invalid URL at Akamai edge',
    ask: 'confirm the hostname we should call for this environment.',
    askShort: 'the hostname to call for this environment.',
    guidance:
      'Check the endpoint in your integration against the Cloud Service Console first; file only if it is right.',
  },
  'malformed-request': {
    name: 'malformed request',
    statement: 'Akamai cannot parse our requests',
    symptom: 'Bad Request at Akamai edge',
    ask: 'tell us what in these requests Akamai could not parse; our own checks found nothing.',
    askShort: 'what Akamai could not parse.',
    guidance:
      'Fix the caller first (check URL encoding and headers with curl -v); an SR may not be needed.',
  },
  'edge-internal': {
    name: 'edge error',
    statement: "Akamai's edge fails our calls",
    symptom: 'Akamai edge error',
    ask: 'tell us what the edge logged for these calls.',
    askShort: 'what the edge logged.',
    guidance: "Only Oracle's lookup of the reference can tell the cause.",
  },
  unknown: {
    name: 'meaning unpublished',
    statement: 'Akamai fails our calls with a code whose meaning is unpublished',
    symptom: 'Akamai error',
    ask: "tell us what Akamai's logs say for these calls.",
    askShort: "what Akamai's logs say (meaning unpublished).",
    guidance: "Only Oracle's lookup of the reference can tell the cause. File the SR now.",
  },
};
