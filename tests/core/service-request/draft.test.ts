import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_LIMIT,
  MIN_REFERENCES_LISTED,
  SUMMARY_LIMIT,
  TRIMMED_MARK,
} from '../../../src/core/service-request/index.ts';
import {
  decodeReference,
  draftServiceRequest,
  extractReferences,
  type DecodedReference,
  type ServiceRequestContext,
  type ServiceRequestDraft,
} from '../../../src/core/index.ts';
import { formatUtc } from '../../../src/core/time/index.ts';
import { readFixture } from '../corpus.ts';

const ISSUED = 1644609140; // 2022-02-11 19:52:20 UTC
const TWO_HOURS_LATER = (ISSUED + 2 * 3600) * 1000;

function reference(code: number, offsetSeconds = 0, requestId = 0x2a155db): DecodedReference {
  const result = decodeReference(
    `${code}.4c96df17.${ISSUED + offsetSeconds}.${requestId.toString(16)}`,
    { now: TWO_HOURS_LATER },
  );
  if (!result.ok) throw new Error(result.reason);
  return result.reference;
}

const FULL_CONTEXT: ServiceRequestContext = {
  service: 'customer-cloud-service',
  environment: 'PROD',
  tenantId: 'TENANT01',
  affectedUrl: '/rest/apis/customer/v1/accounts?accountId=4711',
  httpMethod: 'post',
  httpStatus: '403',
  connectivity: 'public-internet',
  egressIp: '203.0.113.0/24',
  includeEgressIp: true,
  impact: 'production-down',
  businessImpact: 'Meter reads cannot be uploaded from the field system.',
  contactTimeZone: 'Europe/London',
};

function expectWithinLimits(draft: ServiceRequestDraft) {
  expect(draft.summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
  expect(draft.description.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
  expect(draft.figures.summaryLength).toBe(draft.summary.length);
  expect(draft.figures.descriptionLength).toBe(draft.description.length);
}

describe('draftServiceRequest: one reference', () => {
  it('drafts a complete SR for one code-18 reference with full context', () => {
    const draft = draftServiceRequest({
      references: [reference(18)],
      context: FULL_CONTEXT,
      now: TWO_HOURS_LATER,
    });
    expect(draft.summary).toBe(
      'CCS PROD: HTTP 403 Access Denied at Akamai edge (code 18), ref 18.4c96df17.1644609140.2a155db',
    );
    expect(draft.description).toBe(
      [
        "Oracle Utilities Customer Cloud Service PROD (Tenant ID TENANT01): Akamai's edge denies our calls since 2022-02-11 19:52:20 UTC; once so far.",
        'Failing calls:',
        '- POST /rest/apis/customer/v1/accounts -> HTTP 403',
        'Akamai references (UTC, freshest first):',
        '18.4c96df17.1644609140.2a155db 2022-02-11 19:52:20',
        "What we ask: please look the reference up in Akamai's logs and tell us which rule denied these calls (WAF, IP allowlist, geo, bot or rate control) and whether they should pass; if an allowlist is the cause, tell us what to change (our egress IP/CIDR: 203.0.113.0/24).",
        'Urgency: Akamai keeps these logs only 6 to 24 hours; the reference is from 19:52:20 UTC (drafted 2022-02-11 21:52 UTC).',
        'Code 18 (ERR_ACCESS_DENIED): The edge denied the request.',
        'Connectivity: public internet.',
        'Contact time zone: Europe/London',
        'Business impact: Production stopped or unusable; no workaround. Meter reads cannot be uploaded from the field system.',
      ].join('\n'),
    );
    expect(draft.severity).toMatchObject({ level: 1, suggested: 1, overridden: false });
    expect(draft.severity.reminders[0]).toMatch(/24x7.*English/);
    expect(draft.warnings).toEqual([]);
    expect(draft.fromEvidence).toEqual([]);
    expect(draft.attachmentFileName).toBe('akamai-service-request-20220211-2152Z.txt');
    expectWithinLimits(draft);
  });

  it('works with no context at all', () => {
    const draft = draftServiceRequest({ references: [reference(30)], now: TWO_HOURS_LATER });
    expect(draft.summary).toBe(
      'Akamai TLS failure towards origin (code 30), ref 30.4c96df17.1644609140.2a155db',
    );
    expect(draft.description).toMatch(
      /^Oracle Utilities cloud service: Akamai cannot complete TLS with Oracle's origin since 2022-02-11 19:52:20 UTC; once so far\./,
    );
    expect(draft.severity).toMatchObject({ level: 3 });
    expect(draft.severity.reason).toMatch(/No business impact given/);
    expectWithinLimits(draft);
  });
});

describe('draftServiceRequest: the summary, what Oracle routes on', () => {
  it('names the environment, the count, the codes most frequent first, the call and the latest reference', () => {
    const draft = draftServiceRequest({
      // Code 6 is the freshest, code 18 the most frequent.
      references: [reference(6), reference(18, -60), reference(18, -120), reference(30, -180)],
      context: { environment: 'TEST', affectedUrl: '/rest/x', httpMethod: 'get' },
      now: TWO_HOURS_LATER,
    });
    expect(draft.summary).toBe(
      'TEST: 4 Akamai errors, codes 18, 6, 30, GET /rest/x, latest 6.4c96df17.1644609140.2a155db',
    );
  });

  it('cuts the codes with "+N" to keep the call, then drops the call, never the latest reference', () => {
    const codes = [18, 6, 30, 1, 203, 97, 9, 11];
    const references = codes.map((code, index) => reference(code, -60 * index));
    const context: ServiceRequestContext = {
      service: 'customer-cloud-service',
      environment: 'PROD',
      affectedUrl: '/api/reads',
      httpMethod: 'post',
    };
    const withCall = draftServiceRequest({ references, context, now: TWO_HOURS_LATER });
    expect(withCall.summary).toBe(
      'CCS PROD: 8 Akamai errors, codes 18, 6 +6, POST /api/reads, latest 18.4c96df17.1644609140.2a155db',
    );
    expect(withCall.summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);

    const longPath = `/rest/apis/${'very-long-segment/'.repeat(4)}x`;
    const withoutCall = draftServiceRequest({
      references,
      context: { ...context, affectedUrl: longPath },
      now: TWO_HOURS_LATER,
    });
    expect(withoutCall.summary).toBe(
      'CCS PROD: 8 Akamai errors, codes 18, 6, 30, 1, 203, 97, 9, 11, latest 18.4c96df17.1644609140.2a155db',
    );
  });
});

describe('draftServiceRequest: the code-18 ask does not presume the block is wrong', () => {
  const denied = [reference(18), reference(18, -60)];
  const where: ServiceRequestContext = {
    service: 'customer-cloud-service',
    environment: 'PROD',
    tenantId: 'TENANT01',
  };

  it('asks which rule denied the calls and whether they should pass, and what to change if an allowlist', () => {
    const draft = draftServiceRequest({ references: denied, context: where, now: TWO_HOURS_LATER });
    expect(draft.description).toContain(
      "What we ask: please look these references up in Akamai's logs and tell us which rule denied these calls (WAF, IP allowlist, geo, bot or rate control) and whether they should pass; if an allowlist is the cause, tell us what to change.",
    );
    expect(draft.description).not.toMatch(/allow them|egress/);
  });

  it('names the egress IP only when the user chose to include it', () => {
    const withIp = draftServiceRequest({
      references: denied,
      context: { ...where, egressIp: '198.51.100.7', includeEgressIp: true },
      now: TWO_HOURS_LATER,
    });
    expect(withIp.description).toContain(
      'if an allowlist is the cause, tell us what to change (our egress IP/CIDR: 198.51.100.7).',
    );
    const withoutIp = draftServiceRequest({
      references: denied,
      context: { ...where, egressIp: '198.51.100.7', includeEgressIp: false },
      now: TWO_HOURS_LATER,
    });
    expect(withoutIp.description).not.toContain('198.51.100.7');
  });

  it('keeps the same questions in the short, per-code ask', () => {
    const draft = draftServiceRequest({
      // Five kinds of failure and long typed text: the asks go per code, in fewer words.
      references: [18, 203, 30, 6, 1].map((code, index) => reference(code, -60 * index)),
      context: { ...where, businessImpact: 'Meter reads wait. '.repeat(50) },
      now: TWO_HOURS_LATER,
    });
    expect(draft.description).toContain('by code:');
    const short = draft.description.match(/^- 18: .*$/m)?.[0] ?? '';
    expect(short).toMatch(/which rule \(WAF, IP allowlist, geo, bot, rate\) denied them/);
    expect(short).toMatch(/should they pass\?/);
    expect(short).toMatch(/If an allowlist, what to change\.$/);
  });
});

describe('draftServiceRequest: where the SR is', () => {
  it('warns when the environment or the Tenant ID is missing: Oracle cannot route it', () => {
    const missingBoth = draftServiceRequest({
      references: [reference(18)],
      context: { service: 'customer-cloud-service' },
      now: TWO_HOURS_LATER,
    });
    const warning = missingBoth.warnings.find((w) => w.kind === 'missing-routing');
    expect(warning?.message).toMatch(/^Missing Environment name, Tenant ID: Oracle routes an SR/);
    // A warning for the screen, not words in the SR.
    expect(missingBoth.description).not.toContain('Missing');

    const missingTenant = draftServiceRequest({
      references: [reference(18)],
      context: { service: 'customer-cloud-service', environment: 'PROD' },
      now: TWO_HOURS_LATER,
    });
    expect(missingTenant.warnings.find((w) => w.kind === 'missing-routing')?.message).toMatch(
      /^Missing Tenant ID:/,
    );

    const nothing = draftServiceRequest({ references: [reference(18)], now: TWO_HOURS_LATER });
    expect(nothing.warnings.find((w) => w.kind === 'missing-routing')?.message).toMatch(
      /^Missing Service, Environment name, Tenant ID:.*"Oracle Utilities cloud service"/,
    );
  });

  it('does not warn when service, environment and Tenant ID are given, nor twice for an invalid one', () => {
    const complete = draftServiceRequest({
      references: [reference(18)],
      context: { service: 'customer-cloud-service', environment: 'PROD', tenantId: 'T1' },
      now: TWO_HOURS_LATER,
    });
    expect(complete.warnings.map((w) => w.kind)).not.toContain('missing-routing');
    const invalid = draftServiceRequest({
      references: [reference(18)],
      context: { service: 'customer-cloud-service', environment: 'PROD 01!', tenantId: 'T1' },
      now: TWO_HOURS_LATER,
    });
    expect(invalid.warnings.map((w) => w.kind)).toContain('invalid-context');
    expect(invalid.warnings.map((w) => w.kind)).not.toContain('missing-routing');
  });
});

describe('draftServiceRequest: every kind of failure asks its own thing', () => {
  it.each([
    [
      18,
      /which rule denied these calls/,
      /Access Denied at Akamai edge/,
      /\(edge denial\): Ask which rule/,
    ],
    [
      0,
      /which rule denied these calls/,
      /Access Denied at Akamai edge/,
      /\(edge denial\): Ask which rule/,
    ],
    [1, /did not answer these calls in time/, /timed out waiting for origin/, /\(origin timeout\)/],
    [
      221,
      /did not answer these calls in time/,
      /timed out waiting for origin/,
      /\(origin timeout\)/,
    ],
    [6, /no usable answer from the origin/, /could not reach origin/, /\(origin unreachable\)/],
    [15, /no usable answer from the origin/, /could not reach origin/, /\(origin unreachable\)/],
    [25, /redirect loop/, /could not reach origin/, /\(origin unreachable\)/],
    [97, /no usable answer from the origin/, /could not reach origin/, /\(origin unreachable\)/],
    [102, /no usable answer from the origin/, /could not reach origin/, /\(origin unreachable\)/],
    [
      30,
      /certificate \(expiry, chain, names\) and SNI/,
      /TLS failure towards origin/,
      /\(origin TLS\)/,
    ],
    [11, /DNS records/, /could not resolve origin/, /\(origin DNS\)/],
    [99, /DNS records/, /could not resolve origin/, /\(origin DNS\)/],
    [119, /DNS records/, /could not resolve origin/, /\(origin DNS\)/],
    [
      9,
      /confirm the hostname/,
      /Invalid URL at Akamai edge/,
      /\(unknown host\): Check the endpoint/,
    ],
    [7, /could not parse/, /Bad Request at Akamai edge/, /\(malformed request\): Fix the caller/],
    [203, /what Akamai's logs say/, /Akamai error/, /\(meaning unpublished\): Only Oracle/],
    [250, /what Akamai's logs say/, /Akamai error/, /\(meaning unpublished\): Only Oracle/],
  ])('code %i', (code, ask, symptom, guidance) => {
    const draft = draftServiceRequest({
      references: [reference(code)],
      context: { environment: 'TEST01' },
      now: TWO_HOURS_LATER,
    });
    expect(draft.description).toMatch(ask);
    expect(draft.summary).toMatch(symptom);
    expect(draft.description).toContain(`${code}.4c96df17.1644609140.2a155db`);
    expect(draft.guidance).toHaveLength(1);
    expect(draft.guidance[0]).toMatch(new RegExp(`^Code ${code} \\(`));
    expect(draft.guidance[0]).toMatch(guidance);
    expect(draft.guidance[0]).not.toMatch(/18\/0/);
    expectWithinLimits(draft);
  });

  it('names a clear 18 as an edge denial, not "refused or failed"', () => {
    const draft = draftServiceRequest({ references: [reference(18)], now: TWO_HOURS_LATER });
    expect(draft.description).toContain("Akamai's edge denies our calls");
    expect(draft.description).not.toMatch(/refused or failed/);
  });

  it('says an unpublished meaning is unpublished, in the attachment too', () => {
    const draft = draftServiceRequest({ references: [reference(203)], now: TWO_HOURS_LATER });
    expect(draft.attachment).toContain(
      "Code 203 (ERR_FWD_CAE_HEADERS): Unpublished: Akamai's table names this code ERR_FWD_CAE_HEADERS but describes no meaning",
    );
    expect(draft.attachment).toContain('[high confidence]');
    expect(draft.attachment).not.toMatch(/no published meaning/);
  });

  it('says an SR may not be needed for a malformed request, and suggests severity 4', () => {
    const draft = draftServiceRequest({ references: [reference(7)], now: TWO_HOURS_LATER });
    expect(draft.warnings.map((w) => w.kind)).toContain('sr-may-not-be-needed');
    expect(draft.severity.level).toBe(4);
  });
});

describe('draftServiceRequest: context', () => {
  it('names every invalid field and leaves it out of the draft', () => {
    const draft = draftServiceRequest({
      references: [reference(18)],
      context: {
        environment: 'PROD 01!',
        httpStatus: '4033',
        egressIp: '300.1.2.3',
        includeEgressIp: true,
        contactTimeZone: 'Mars/Olympus',
        affectedUrl: 'ftp://example.com/x',
        httpMethod: 'FETCH',
      },
      now: TWO_HOURS_LATER,
    });
    expect(draft.contextProblems.map((problem) => problem.field)).toEqual([
      'environment',
      'affectedUrl',
      'httpMethod',
      'httpStatus',
      'egressIp',
      'contactTimeZone',
    ]);
    for (const bad of ['PROD 01!', '4033', '300.1.2.3', 'Mars/Olympus', 'ftp://', 'FETCH']) {
      expect(draft.description).not.toContain(bad);
      expect(draft.attachment).not.toContain(bad);
    }
    expect(draft.warnings.find((w) => w.kind === 'invalid-context')?.message).toBe(
      "Left out of the draft until corrected: Environment name, Affected URL or path, HTTP method, HTTP status seen, Caller's egress IP or CIDR, Contact time zone.",
    );
  });

  it('leaves the egress IP out unless the user opts in, and trims query strings unless kept', () => {
    const withoutOptIn = draftServiceRequest({
      references: [reference(18)],
      context: { ...FULL_CONTEXT, includeEgressIp: false },
      now: TWO_HOURS_LATER,
    });
    expect(withoutOptIn.description).not.toContain('203.0.113.0/24');
    expect(withoutOptIn.attachment).not.toContain('203.0.113.0/24');
    expect(withoutOptIn.description).not.toContain('accountId=4711');
    const kept = draftServiceRequest({
      references: [reference(18)],
      context: { ...FULL_CONTEXT, keepQueryString: true },
      now: TWO_HOURS_LATER,
    });
    expect(kept.description).toContain('/rest/apis/customer/v1/accounts?accountId=4711');
  });

  it('removes credential-looking query parameters even when the query is kept', () => {
    const draft = draftServiceRequest({
      references: [reference(18)],
      context: {
        affectedUrl: 'https://api.example.com/rest/x?access_token=FAKE-TOKEN-991&page=2',
        keepQueryString: true,
      },
      now: TWO_HOURS_LATER,
    });
    expect(draft.description).toContain('page=2');
    for (const text of [draft.description, draft.summary, draft.attachment]) {
      expect(text).not.toContain('FAKE-TOKEN-991');
    }
  });

  it('points out that VPN Connect or FastConnect traffic should not meet Akamai', () => {
    for (const connectivity of ['vpn-connect', 'fastconnect'] as const) {
      const draft = draftServiceRequest({
        references: [reference(18)],
        context: { connectivity },
        now: TWO_HOURS_LATER,
      });
      const warning = draft.warnings.find((w) => w.kind === 'vpn-public-path');
      expect(warning?.message).toMatch(/home region IPs.*public internet/);
      expect(draft.description).toMatch(
        /went over the public internet.*DNS resolution to the home region IPs/,
      );
    }
  });

  it('suggests severity from the impact, and never 1 outside production', () => {
    const severity = (context: ServiceRequestContext) =>
      draftServiceRequest({ references: [reference(18)], context, now: TWO_HOURS_LATER }).severity;
    expect(severity({ impact: 'production-down', environment: 'PROD' }).level).toBe(1);
    expect(severity({ impact: 'production-down', environment: 'TEST01' })).toMatchObject({
      level: 2,
      reason: expect.stringMatching(/non-production/),
    });
    expect(severity({ impact: 'major-no-workaround' }).level).toBe(2);
    expect(severity({ impact: 'minor-workaround' }).level).toBe(3);
    expect(severity({ impact: 'question' }).level).toBe(4);
  });

  it('lets the user override the severity, with the 24x7 reminder for 1', () => {
    const draft = draftServiceRequest({
      references: [reference(18)],
      context: { impact: 'minor-workaround' },
      now: TWO_HOURS_LATER,
      severityOverride: 1,
    });
    expect(draft.severity).toMatchObject({ level: 1, suggested: 3, overridden: true });
    expect(draft.severity.reminders).toHaveLength(1);
    // Chosen, the attached file states it; not chosen, it says it is a suggestion and why.
    expect(draft.attachment).toMatch(/^Severity: Severity 1[^\n(]*$/m);
    const suggested = draftServiceRequest({
      references: [reference(18)],
      context: {},
      now: TWO_HOURS_LATER,
    });
    expect(suggested.attachment).toContain(
      `Severity: ${suggested.severity.label} (suggested: ${suggested.severity.reason})`,
    );
  });

  it('trims long steps with a visible notice instead of refusing them', () => {
    const steps = Array.from({ length: 90 }, (_, i) => `step${i}`).join(' ');
    expect(steps.length).toBeGreaterThan(600);
    const draft = draftServiceRequest({
      references: [reference(18)],
      context: { ...FULL_CONTEXT, stepsToReproduce: steps, businessImpact: 'x '.repeat(400) },
      now: TWO_HOURS_LATER,
    });
    expectWithinLimits(draft);
    expect(draft.contextProblems).toEqual([]);
    expect(draft.description).toContain(TRIMMED_MARK);
    expect(draft.attachment).toContain(steps);
    const trimmed = draft.warnings.filter((w) => w.kind === 'trimmed').map((w) => w.message);
    expect(trimmed.some((message) => message.startsWith('Steps to reproduce was trimmed'))).toBe(
      true,
    );
    expect(draft.movedToAttachment).toContain('the full steps to reproduce');
  });
});

describe('draftServiceRequest: urgency and time', () => {
  // Where the SR is, so that only the urgency warnings show.
  const WHERE: ServiceRequestContext = {
    service: 'customer-cloud-service',
    environment: 'PROD',
    tenantId: 'TENANT01',
  };

  it.each([
    [23 * 60, 'the reference is from 19:52:20 UTC (drafted 2022-02-11 20:15 UTC).', []],
    [3600, 'the reference is from 19:52:20 UTC (drafted 2022-02-11 20:52 UTC).', []],
    [
      8 * 3600,
      'the reference is from 2022-02-11 19:52:20 UTC (drafted 2022-02-12 03:52 UTC).',
      ['logs-may-be-gone'],
    ],
    [
      30 * 3600,
      'the reference is from 2022-02-11 19:52:20 UTC (drafted 2022-02-13 01:52 UTC), past that window.',
      ['logs-probably-gone'],
    ],
    [
      50 * 86_400,
      'the reference is from 2022-02-11 19:52:20 UTC (drafted 2022-04-02 19:52 UTC), past that window.',
      ['logs-probably-gone'],
    ],
  ])('a reference %i seconds old: the urgency line in absolute times', (seconds, text, kinds) => {
    const draft = draftServiceRequest({
      references: [reference(18)],
      context: WHERE,
      now: (ISSUED + seconds) * 1000,
    });
    expect(draft.warnings.map((w) => w.kind)).toEqual(kinds);
    expect(draft.description).toContain(
      `Urgency: Akamai keeps these logs only 6 to 24 hours; ${text}`,
    );
    // An age would be stale by the time Oracle reads the SR.
    expect(draft.description).not.toMatch(/\bold\b/);
  });

  it('with several references, names when the freshest happened and when the draft was written', () => {
    const draft = draftServiceRequest({
      references: [reference(18, -600), reference(6), reference(18, -1200)],
      context: WHERE,
      now: (ISSUED + 12 * 60) * 1000,
    });
    expect(draft.description).toContain(
      'Urgency: Akamai keeps logs 6 to 24 hours; the freshest reference is from 19:52:20 UTC (drafted 2022-02-11 20:04 UTC).',
    );
    expect(draft.description).toMatch(
      /^What we ask: please look these references up in Akamai's logs and then:$/m,
    );
  });

  it('when every reference is past the log window, asks what Oracle can still check instead of a lookup', () => {
    const references = [reference(18, -600), reference(6), reference(18, -1200)];
    const now = (ISSUED + 30 * 3600) * 1000;
    for (const refs of [references, references.slice(1, 2)]) {
      const draft = draftServiceRequest({ references: refs, context: WHERE, now });
      expect(draft.description).not.toMatch(/look (the|these|each) references? up/);
      expect(draft.description).toMatch(
        /older than Akamai's log window \(6 to 24 hours\): please tell us what you can still check, and we will reproduce the error and send a fresh reference/,
      );
      expect(draft.description).toMatch(/\(drafted 2022-02-13 01:52 UTC\), past that window\.$/m);
      const gone = draft.warnings.find((w) => w.kind === 'logs-probably-gone');
      expect(gone?.message).toMatch(/add a fresh reference/);
    }
  });

  it('still asks for a lookup when only the oldest reference is past the window', () => {
    const draft = draftServiceRequest({
      references: [reference(18, -30 * 3600), reference(6)],
      context: WHERE,
      now: (ISSUED + 600) * 1000,
    });
    expect(draft.description).toContain("please look these references up in Akamai's logs");
    expect(draft.description).not.toContain('what you can still check');
  });

  it('points out future timestamps', () => {
    const draft = draftServiceRequest({
      references: [reference(18)],
      context: WHERE,
      now: (ISSUED - 600) * 1000,
    });
    expect(draft.warnings.map((w) => w.kind)).toEqual(['future-timestamp']);
  });

  it('lists references freshest first, with GRNs as request ids', () => {
    const page = `Akamai-GRN: 0.4c96df17.1644609140.2a155db\nReference #18.4c96df17.1644609200.2a155dc\n${readFixture('akamai-access-denied.html')}`;
    const { references } = extractReferences(page, { now: TWO_HOURS_LATER });
    const draft = draftServiceRequest({ references, now: TWO_HOURS_LATER });
    const older = draft.description.indexOf('18.4c96df17.1644609140.2a155db 19:52:20');
    const newer = draft.description.indexOf('18.4c96df17.1644609200.2a155dc 2022-02-11 19:53:20');
    expect(newer).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newer);
    expect(draft.description).toContain('Akamai-GRN request ids: 0.4c96df17.1644609140.2a155db');
    expect(draft.figures.referencesTotal).toBe(2);
    expect(draft.summary).toContain('latest 18.4c96df17.1644609200.2a155dc');
  });

  it('says there is nothing to report without an error reference', () => {
    const grnOnly = extractReferences('Akamai-GRN: 0.4c96df17.1644609140.2a155db').references;
    const draft = draftServiceRequest({ references: grnOnly, now: TWO_HOURS_LATER });
    expect(draft.warnings[0]?.message).toMatch(/Only Akamai-GRN request ids/);
    expect(draft.summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
  });

  it('keeps the call, the trimmed impact and steps, and the eight freshest references when the typed text is long', () => {
    expect(MIN_REFERENCES_LISTED).toBe(8);
    const references = Array.from({ length: 40 }, (_, i) => reference(18, i * 60, 0x1000 + i));
    const draft = draftServiceRequest({
      references,
      context: {
        ...FULL_CONTEXT,
        businessImpact: 'y '.repeat(2000),
        stepsToReproduce: 'z '.repeat(2000),
      },
      now: TWO_HOURS_LATER,
    });
    expectWithinLimits(draft);
    expect(draft.figures.referencesInDescription).toBeGreaterThanOrEqual(8);
    expect(draft.description).toContain(
      'Failing calls:\n- POST /rest/apis/customer/v1/accounts -> HTTP 403',
    );
    expect(draft.description).toMatch(/^Business impact: Production stopped.* y y .*\[trimmed;/m);
    expect(draft.description).toMatch(/^Steps to reproduce: z z .*\[trimmed;/m);
    expect(draft.warnings.filter((warning) => warning.kind === 'trimmed')).toHaveLength(2);
    const freshest = [...references].sort((a, b) => b.epochSeconds - a.epochSeconds);
    for (const [index, r] of freshest.slice(0, 8).entries()) {
      const [date, time] = formatUtc(r.epochSeconds).split(' ');
      expect(draft.description).toContain(
        index === 0 ? `${r.reference} ${date} ${time}` : `${r.reference} ${time}`,
      );
    }
  });
});
