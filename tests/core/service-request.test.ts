import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_LIMIT,
  SUMMARY_LIMIT,
  decodeReference,
  draftServiceRequest,
  extractReferences,
  type DecodedReference,
  type ServiceRequestContext,
} from '../../src/core/index.ts';
import { readFixture } from './corpus.ts';

const ISSUED = 1644609140; // 2022-02-11 19:52:20 UTC
const TWO_HOURS_LATER = (ISSUED + 2 * 3600) * 1000;

function reference(code: number, offsetSeconds = 0, requestId = 0x2a155db): DecodedReference {
  const result = decodeReference(
    `${code}.4c96df17.${ISSUED + offsetSeconds}.${requestId.toString(16)}`,
    { now: TWO_HOURS_LATER + offsetSeconds * 1000 },
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

function expectWithinLimits(draft: ReturnType<typeof draftServiceRequest>) {
  expect(draft.summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
  expect(draft.description.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
  expect(draft.figures.summaryLength).toBe(draft.summary.length);
  expect(draft.figures.descriptionLength).toBe(draft.description.length);
}

describe('draftServiceRequest: the golden case', () => {
  it('drafts a complete SR for one code-18 reference with full context', () => {
    const draft = draftServiceRequest({
      references: [reference(18)],
      context: FULL_CONTEXT,
      now: TWO_HOURS_LATER,
    });
    expect(draft.summary).toBe(
      'CCS PROD: HTTP 403 Access Denied at Akamai edge (Akamai code 18), ref 18.4c96df17.1644609140.2a155db',
    );
    expect(draft.description).toBe(
      [
        'Akamai refused or failed our calls to Oracle Utilities Customer Cloud Service environment PROD (Tenant ID TENANT01).',
        'Request: POST /rest/apis/customer/v1/accounts -> HTTP 403.',
        'Connectivity: Public internet.',
        '',
        'Akamai references (UTC, oldest first):',
        '- 18.4c96df17.1644609140.2a155db | 2022-02-11 19:52:20 UTC | 18 ERR_ACCESS_DENIED | edge 23.223.150.76',
        'Code 18: The edge denied the request.',
        '',
        'What we ask:',
        "- Please look the references up in Akamai's logs (Edge Diagnostics, Translate Error String) and tell us which rule denied the requests: the inbound allowlist or a WAF rule (or bot or rate control). The path should be reachable from our network (our egress IP or CIDR: 203.0.113.0/24); please adjust the rule or tell us what to change.",
        'Urgency: Akamai keeps these logs only 6 to 24 hours; the oldest reference is 2 hours old.',
        'Contact time zone: Europe/London',
        'Business impact: Meter reads cannot be uploaded from the field system.',
      ].join('\n'),
    );
    expect(draft.severity).toMatchObject({ level: 1, suggested: 1, overridden: false });
    expect(draft.severity.reminders[0]).toMatch(/24x7.*English/);
    expect(draft.warnings).toEqual([]);
    expect(draft.attachmentFileName).toBe('akamai-service-request-20220211-2152.txt');
    expectWithinLimits(draft);
  });
});

describe('draftServiceRequest: every code family asks the right thing', () => {
  it.each([
    [18, /inbound allowlist or a WAF rule/, /Access Denied at Akamai edge/],
    [0, /inbound allowlist or a WAF rule/, /Access Denied at Akamai edge/],
    [1, /read timeout/, /could not reach origin/],
    [6, /accepts connections from Akamai's edge/, /could not reach origin/],
    [11, /DNS records/, /could not reach origin/],
    [15, /empty responses/, /could not reach origin/],
    [25, /redirect loop/, /could not reach origin/],
    [30, /TLS certificate \(expiry, chain, names\) and SNI/, /could not reach origin/],
    [97, /firewall dropping edge connections/, /could not reach origin/],
    [99, /DNS servers/, /could not reach origin/],
    [102, /marked every origin address unhealthy/, /could not reach origin/],
    [119, /forward hostnames/, /could not reach origin/],
    [221, /first byte/, /could not reach origin/],
    [9, /confirm the hostname/, /Invalid URL at Akamai edge/],
    [7, /could not parse/, /Bad Request at Akamai edge/],
    [21, /tell us the cause/, /Akamai error/],
  ])('code %i', (code, ask, symptom) => {
    const draft = draftServiceRequest({
      references: [reference(code)],
      context: { environment: 'TEST01' },
      now: TWO_HOURS_LATER,
    });
    expect(draft.description).toMatch(ask);
    expect(draft.summary).toMatch(symptom);
    expect(draft.description).toContain(`${code}.4c96df17.1644609140.2a155db`);
    expect(draft.guidance.length).toBe(1);
    expectWithinLimits(draft);
  });

  it('says an SR may not be needed for a malformed request, and suggests severity 4', () => {
    const draft = draftServiceRequest({ references: [reference(7)], now: TWO_HOURS_LATER });
    expect(draft.warnings.map((w) => w.kind)).toContain('sr-may-not-be-needed');
    expect(draft.severity.level).toBe(4);
  });
});

describe('draftServiceRequest: context', () => {
  it('works with no context at all', () => {
    const draft = draftServiceRequest({ references: [reference(30)], now: TWO_HOURS_LATER });
    expect(draft.summary).toBe(
      'Akamai could not reach origin (Akamai code 30), ref 30.4c96df17.1644609140.2a155db',
    );
    expect(draft.description).toMatch(
      /^Akamai refused or failed our calls to the Oracle Utilities cloud service\./,
    );
    expect(draft.severity).toMatchObject({ level: 3 });
    expect(draft.severity.reason).toMatch(/No business impact given/);
    expectWithinLimits(draft);
  });

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
    expect(draft.contextProblems).toEqual([
      { field: 'environment', message: expect.stringMatching(/letters, digits/) },
      {
        field: 'affectedUrl',
        message: 'a URL must start with https:// (this one starts with ftp:)',
      },
      { field: 'httpMethod', message: expect.stringMatching(/^use one of GET, POST/) },
      { field: 'httpStatus', message: 'an HTTP status is a three-digit number from 100 to 599' },
      { field: 'egressIp', message: expect.stringMatching(/IPv4 address or CIDR/) },
      {
        field: 'contactTimeZone',
        message: "'Mars/Olympus' is not a time zone name; use one like Europe/London",
      },
    ]);
    for (const bad of ['PROD 01!', '4033', '300.1.2.3', 'Mars/Olympus', 'ftp://', 'FETCH']) {
      expect(draft.description).not.toContain(bad);
      expect(draft.attachment).not.toContain(bad);
    }
    expect(draft.warnings.find((w) => w.kind === 'invalid-context')?.message).toBe(
      'Left out of the draft until corrected: Environment name, Affected URL or path, HTTP method, HTTP status seen, Caller’s egress IP or CIDR, Contact time zone.'.replace(
        '’',
        "'",
      ),
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
  });

  it('shortens long free text to fit, and says so', () => {
    const draft = draftServiceRequest({
      references: [reference(18)],
      context: {
        ...FULL_CONTEXT,
        businessImpact: 'x '.repeat(299),
        stepsToReproduce: 'step '.repeat(119),
      },
      now: TWO_HOURS_LATER,
    });
    expectWithinLimits(draft);
    expect(draft.description).toContain('[continued in the attached file]');
    expect(draft.attachment).toContain('step '.repeat(119).trim());
    expect(draft.warnings.map((w) => w.kind)).toContain('shortened');
  });
});

describe('draftServiceRequest: 1, 5 and 50 references', () => {
  const many = (count: number, codes: readonly number[] = [18]) =>
    Array.from({ length: count }, (_, index) =>
      reference(codes[index % codes.length] ?? 18, index * 7, 0x1000 + index),
    );

  it.each([1, 5])('%i references: all listed verbatim with UTC time, code and edge IP', (count) => {
    const references = many(count);
    const draft = draftServiceRequest({ references, context: FULL_CONTEXT, now: TWO_HOURS_LATER });
    for (const r of references) {
      expect(draft.description).toContain(
        `- ${r.reference} | ${r.utc.replace('T', ' ').replace('Z', ' UTC')} | 18 ERR_ACCESS_DENIED | edge 23.223.150.76`,
      );
    }
    expect(draft.figures.referencesInDescription).toBe(count);
    if (count > 1) expect(draft.summary).toMatch(new RegExp(`\\+${count - 1} more$`));
    expectWithinLimits(draft);
  });

  it('50 references: a compact list within 1,500 characters, every one in the attachment', () => {
    const references = many(50, [18, 30]);
    const draft = draftServiceRequest({ references, context: FULL_CONTEXT, now: TWO_HOURS_LATER });
    expectWithinLimits(draft);
    expect(draft.description).toContain(
      '50 references, 2022-02-11 19:52:20 UTC to 2022-02-11 19:58:03 UTC: 25 x code 18, 25 x code 30.',
    );
    const listed = draft.figures.referencesInDescription;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(50);
    expect(draft.description).toContain(
      `- and ${50 - listed} more: full list in the attached file`,
    );
    for (const r of references) expect(draft.attachment).toContain(r.reference);
    expect(draft.summary).toMatch(/\+49 more$/);
    expect(draft.warnings.map((w) => w.kind)).toContain('shortened');
  });

  it('never cuts a reference, even with many distinct codes and long text', () => {
    const references = many(
      50,
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    const draft = draftServiceRequest({
      references,
      context: {
        ...FULL_CONTEXT,
        businessImpact: 'y'.repeat(600),
        stepsToReproduce: 'z'.repeat(600),
      },
      now: TWO_HOURS_LATER,
    });
    expectWithinLimits(draft);
    const referenceLines = draft.description.split('\n').filter((line) => /^- \d/.test(line));
    expect(referenceLines.length).toBeGreaterThan(0);
    for (const line of referenceLines) {
      expect(references.map((r) => r.reference)).toContain(line.slice(2).split(' | ')[0]);
    }
  });
});

describe('draftServiceRequest: urgency and time', () => {
  it.each([
    [1, []],
    [8, ['logs-may-be-gone']],
    [30, ['logs-probably-gone']],
  ])('a reference %i hours old', (hours, kinds) => {
    const draft = draftServiceRequest({
      references: [reference(18)],
      now: (ISSUED + hours * 3600) * 1000,
    });
    expect(draft.warnings.map((w) => w.kind)).toEqual(kinds);
    expect(draft.description).toContain(`the oldest reference is ${hours} hours old`);
  });

  it('counts old references in days', () => {
    const draft = draftServiceRequest({
      references: [reference(18)],
      now: (ISSUED + 50 * 86_400) * 1000,
    });
    expect(draft.description).toContain('the oldest reference is 50 days old');
  });

  it('points out future timestamps', () => {
    const draft = draftServiceRequest({ references: [reference(18)], now: (ISSUED - 600) * 1000 });
    expect(draft.warnings.map((w) => w.kind)).toEqual(['future-timestamp']);
  });

  it('lists references oldest first, with GRNs as request ids', () => {
    const page = `Akamai-GRN: 0.4c96df17.1644609140.2a155db\nReference #18.4c96df17.1644609200.2a155dc\n${readFixture('akamai-access-denied.html')}`;
    const { references } = extractReferences(page, { now: TWO_HOURS_LATER });
    const draft = draftServiceRequest({ references, now: TWO_HOURS_LATER });
    const first = draft.description.indexOf('18.4c96df17.1644609140.2a155db |');
    const second = draft.description.indexOf('18.4c96df17.1644609200.2a155dc |');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(draft.description).toContain('Akamai-GRN request ids: 0.4c96df17.1644609140.2a155db');
    expect(draft.figures.referencesTotal).toBe(2);
  });

  it('says there is nothing to report without an error reference', () => {
    const grnOnly = extractReferences('Akamai-GRN: 0.4c96df17.1644609140.2a155db').references;
    const draft = draftServiceRequest({ references: grnOnly, now: TWO_HOURS_LATER });
    expect(draft.warnings[0]?.message).toMatch(/Only Akamai-GRN request ids/);
    expect(draft.summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
  });
});
