import type { CodeFamily } from '../code-types.ts';

/**
 * What the SR asks Oracle to do, by code family: the same ask serves every code in a family.
 * `{egress}` is replaced by the caller's egress IP when the user chose to include it.
 */
export const FAMILY_ASKS: Readonly<Record<CodeFamily, string>> = {
  'edge-denial':
    "Please look the references up in Akamai's logs (Edge Diagnostics, Translate Error String) and tell us which rule denied the requests: the inbound allowlist or a WAF rule (or bot or rate control). The path should be reachable from our network{egress}; please adjust the rule or tell us what to change.",
  origin:
    "Please look the references up in Akamai's logs: Akamai could not get a good answer from the Oracle origin, which is on Oracle's side to fix.",
  hostname:
    'Please confirm the hostname we should call for this environment: Akamai did not recognise the Host of the request.',
  'malformed-request':
    'Please tell us what in the request Akamai could not parse, if our own checks of the request find nothing.',
  'edge-internal': "Please look the references up in Akamai's logs and tell us the cause.",
  unknown: "Please look the references up in Akamai's logs and tell us the cause.",
};

/** The origin check Oracle should make, by code. */
export const ORIGIN_CHECKS: Readonly<Partial<Record<number, string>>> = {
  1: 'check why the origin did not answer within the read timeout',
  6: "check that the origin accepts connections from Akamai's edge",
  11: "check the origin hostname's DNS records",
  15: 'check why the origin closed connections with empty responses',
  25: 'check the redirect loop between the edge and the origin',
  30: "check the origin's TLS certificate (expiry, chain, names) and SNI",
  97: 'check origin health and any firewall dropping edge connections',
  99: "check the origin's DNS servers (lookups timed out)",
  102: 'check origin health: the edge had marked every origin address unhealthy',
  119: "check the origin's DNS and forward hostnames",
  221: 'check why the origin was slow to send its first byte',
};

/** Guidance for the user, shown on screen and kept in the draft. */
export const FAMILY_GUIDANCE: Readonly<Record<CodeFamily, string>> = {
  'edge-denial':
    'Code 18/0 on a path your caller should reach: ask whether the inbound allowlist or a WAF rule denied it. Include your egress IP or CIDR if allowlisting may be the cause.',
  origin:
    "Origin-side codes (1, 6, 11, 15, 30, 97, 99, 102, 119, 221): Oracle's side to fix; file the SR now.",
  hostname:
    'Code 9: the hostname is wrong or not served by Akamai. Check the endpoint in your integration first; file only if it is right.',
  'malformed-request':
    'Code 7: the request was malformed. Fix the caller first (check URL encoding and headers with curl -v); an SR may not be needed.',
  'edge-internal': "Only Oracle's lookup of the reference can tell the cause.",
  unknown:
    "This code has no published meaning: only Oracle's lookup of the reference can tell the cause.",
};
