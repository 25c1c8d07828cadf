import type { CodeGuidance, SourcedText } from './code-types.ts';
import { LOG_WINDOW_TEXT } from '../time/index.ts';

const akamai = (text: string): SourcedText => ({
  text,
  source: 'akamai-techdocs',
  confidence: 'high',
});
const observed = (text: string, confidence: SourcedText['confidence'] = 'medium'): SourcedText => ({
  text,
  source: 'field-observation',
  confidence,
});
const oracle = (text: string): SourcedText => ({ text, source: 'oracle-guide', confidence: 'low' });

const LOOK_UP_REFERENCE = `Raise a My Oracle Support SR with the reference and its UTC time now: only Oracle can look it up in Akamai's logs, which are kept ${LOG_WINDOW_TEXT}.`;

/**
 * Guidance for the codes support engineers meet, in our own words. Each claim carries its
 * source and confidence; `oracle-guide` claims are quoted beside Akamai's where they differ.
 */
export const CODE_GUIDANCE: readonly CodeGuidance[] = [
  {
    code: 0,
    family: 'edge-denial',
    meaning: akamai(
      'A security rule at the edge denied the request and served a custom deny page. The same leading 0 also starts every Akamai GRN (a request id in the Akamai-GRN header), which is not an error.',
    ),
    usualStatus: observed('Set by the rule: usually 403, sometimes 418 or another code'),
    likelyCauses: [
      'A WAF or bot-management rule with a custom deny action',
      'Not an error at all if the value came from an Akamai-GRN response header',
    ],
    whoActs: 'oracle',
    nextSteps: [
      'Check where the value came from: in an Akamai-GRN header it only identifies the request.',
      'If a page showed it as an error, ' + LOOK_UP_REFERENCE.toLowerCase(),
    ],
  },
  {
    code: 1,
    family: 'origin',
    meaning: akamai(
      "The edge reached Oracle's origin, but the origin did not answer within the read timeout.",
    ),
    usualStatus: observed('504 Gateway Timeout', 'high'),
    likelyCauses: [
      'A slow or hung service call on the origin (long-running query, batch, lock)',
      'The request asks for more work than fits in the read timeout (often 120 s)',
      'Origin overload during peak or maintenance',
    ],
    whoActs: 'oracle',
    nextSteps: [
      'Note the exact endpoint, payload size and how long the call ran before failing.',
      'Retry once with a smaller request (fewer records, narrower date range) to see if size matters.',
      LOOK_UP_REFERENCE,
    ],
  },
  {
    code: 6,
    family: 'origin',
    meaning: akamai("The edge could not open a connection to Oracle's origin."),
    usualStatus: observed('503 Service Unavailable ("Fail to connect")', 'high'),
    likelyCauses: [
      'The origin is down or restarting',
      "An origin firewall refuses Akamai's edge addresses",
      'Wrong origin port in the delivery configuration',
    ],
    whoActs: 'oracle',
    nextSteps: [
      'Check whether every call fails or only some (one edge, one region).',
      LOOK_UP_REFERENCE,
    ],
  },
  {
    code: 7,
    family: 'malformed-request',
    meaning: akamai(
      'The edge could not parse the request: bad bytes, a malformed request line or headers. The request id is 0 because the request never got that far.',
    ),
    usualStatus: observed('400 Bad Request', 'high'),
    likelyCauses: [
      'Invalid characters in the URL or headers (unencoded spaces, control characters)',
      'Oversized or duplicated headers, a broken Content-Length or chunked body',
      'A client or proxy speaking something other than HTTP to the HTTPS port',
    ],
    whoActs: 'caller',
    nextSteps: [
      'Fix the caller first: capture the raw request (curl -v or a HAR) and check the URL encoding and headers.',
      'An SR is usually not needed: Oracle cannot fix a request the caller malformed.',
    ],
  },
  {
    code: 9,
    family: 'hostname',
    meaning: akamai(
      'The Host the request named is not served by this Akamai network, so the edge refused it as an invalid URL.',
    ),
    usualStatus: observed('400 Bad Request ("Invalid URL")', 'high'),
    likelyCauses: [
      'A typo or outdated hostname in the integration endpoint',
      'Calling an Akamai edge IP directly, or a hosts-file entry pinning an old address',
      'A proxy rewriting the Host header',
    ],
    whoActs: 'customer-config',
    nextSteps: [
      "Compare the hostname in your integration settings with the environment's URL from the Cloud Service Console.",
      'Remove any hosts-file or proxy override and resolve the name through public DNS.',
      'Raise an SR only if the hostname is right and it still fails.',
    ],
  },
  {
    code: 11,
    family: 'origin',
    meaning: akamai("The edge could not resolve the origin's hostname in DNS."),
    usualStatus: observed('503 Service Unavailable ("DNS failure")', 'high'),
    likelyCauses: ["Origin DNS records missing or broken on Oracle's side"],
    whoActs: 'oracle',
    nextSteps: [LOOK_UP_REFERENCE],
  },
  {
    code: 15,
    family: 'origin',
    meaning: akamai('The origin answered with an empty response (zero bytes).'),
    usualStatus: observed('503 Service Unavailable ("Zero size object")', 'high'),
    likelyCauses: [
      'The origin closed the connection without answering',
      'A load balancer failover on the origin side',
    ],
    whoActs: 'oracle',
    nextSteps: ['Note whether it repeats for the same call.', LOOK_UP_REFERENCE],
  },
  {
    code: 18,
    family: 'edge-denial',
    meaning: akamai(
      "The edge denied the request. Akamai uses this code for every kind of edge denial: WAF rules, IP or geographic allowlists, bot management, rate controls, token checks. Only the lookup in Akamai's logs tells which rule fired.",
    ),
    usualStatus: observed('403 Forbidden ("Access Denied")', 'high'),
    likelyCauses: [
      "The caller's egress IP is not on the environment's inbound allowlist for that path",
      'A WAF rule matched the payload (SQL- or script-like content, large bodies, unusual headers)',
      'Rate controls or bot detection',
    ],
    whoActs: 'oracle',
    nextSteps: [
      'If the path should be reachable from your network, ask in the SR whether the inbound allowlist or a WAF rule denied it, and give your egress IP or CIDR.',
      'If an allowlist change is needed, request it as a scheduled allowlist SR for the environment.',
      LOOK_UP_REFERENCE,
    ],
    disagreement: oracle(
      'Oracle\'s guide says 18 means "blocked by WAF". Akamai\'s code is wider: every kind of edge denial, WAF being only the most common. Do not assume WAF; ask Oracle which rule denied it.',
    ),
  },
  {
    code: 25,
    family: 'origin',
    meaning: oracle(
      "Per Oracle's guide: Max Redirect Chase, the request went round a loop of 3xx redirects.",
    ),
    usualStatus: observed('Not published', 'low'),
    likelyCauses: ['A redirect loop between the edge and the origin (per Oracle)'],
    whoActs: 'oracle',
    nextSteps: ['Check the URL with curl -v -L to see the redirect chain.', LOOK_UP_REFERENCE],
    disagreement: oracle(
      "Code 25 is absent from Akamai's published table; only Oracle's guide describes it. Treat the meaning as Oracle's.",
    ),
  },
  {
    code: 30,
    family: 'origin',
    meaning: akamai(
      "The TLS handshake from the edge to Oracle's origin failed, so the edge could not forward the request.",
    ),
    usualStatus: observed('503 Service Unavailable', 'high'),
    likelyCauses: [
      'An expired or untrusted origin certificate (incomplete chain)',
      'Certificate names that do not match the origin hostname',
      'SNI not configured on the origin',
    ],
    whoActs: 'oracle',
    nextSteps: ['Ask Oracle to check the origin certificate and SNI.', LOOK_UP_REFERENCE],
  },
  {
    code: 97,
    family: 'origin',
    meaning: akamai("The TCP connection from the edge to Oracle's origin timed out."),
    usualStatus: observed('503 or 504', 'medium'),
    likelyCauses: ['The origin is down', 'A firewall silently dropping the edge connections'],
    whoActs: 'oracle',
    nextSteps: [LOOK_UP_REFERENCE],
  },
  {
    code: 99,
    family: 'origin',
    meaning: akamai("Looking up the origin's hostname in DNS took too long."),
    usualStatus: observed('503 Service Unavailable', 'low'),
    likelyCauses: ["Slow or unreachable authoritative DNS for Oracle's origin"],
    whoActs: 'oracle',
    nextSteps: [LOOK_UP_REFERENCE],
  },
  {
    code: 102,
    family: 'origin',
    meaning: akamai(
      'The edge did not even try the origin: after repeated failures it had marked every origin address unhealthy. It clears by itself when the origin recovers.',
    ),
    usualStatus: observed('503 Service Unavailable', 'high'),
    likelyCauses: [
      'Earlier origin failures (connect timeouts, refused connections, read timeouts)',
      'An origin outage or maintenance window',
    ],
    whoActs: 'oracle',
    nextSteps: [
      'Look for earlier references with codes 1, 6 or 97: they show what failed first.',
      LOOK_UP_REFERENCE,
    ],
    disagreement: oracle(
      "Oracle's guide says 102 means \"the origin isn't resolving in DNS\". Akamai's table says the origin was marked unhealthy after failures; DNS failures have their own codes (11, 99, 119).",
    ),
  },
  {
    code: 119,
    family: 'origin',
    meaning: akamai('No forward (origin) hostname could be resolved.'),
    usualStatus: observed('503 Service Unavailable', 'low'),
    likelyCauses: ["Origin DNS or map names broken on Oracle's side"],
    whoActs: 'oracle',
    nextSteps: [LOOK_UP_REFERENCE],
  },
  {
    code: 221,
    family: 'origin',
    meaning: akamai("Oracle's origin took too long to send the first byte of its response."),
    usualStatus: observed('503 or 504', 'low'),
    likelyCauses: ['A slow origin under load', 'A long-running request'],
    whoActs: 'oracle',
    nextSteps: ['Note how long the call ran before failing.', LOOK_UP_REFERENCE],
  },
];
