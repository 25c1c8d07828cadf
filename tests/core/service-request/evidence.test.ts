import { describe, expect, it } from 'vitest';
import {
  analyseHar,
  batchFromExtraction,
  requestFromCurlSession,
} from '../../../src/core/triage/index.ts';
import {
  deriveEvidence,
  describeWhoActs,
  prefillFromEvidence,
} from '../../../src/core/service-request/index.ts';
import { describeMeaning, lookupReasonCode } from '../../../src/core/codes/index.ts';
import { draftServiceRequest } from '../../../src/core/index.ts';
import { FIXED_NOW } from '../corpus.ts';
import { INCIDENT_NOW, entriesFrom, srFixture } from './service-request-fixtures.ts';
import { triageFixture } from '../triage/triage-fixtures.ts';

describe('the request context, derived from the evidence', () => {
  it('reads method, URL, status and edge address from a curl -v paste', () => {
    const entries = entriesFrom(srFixture('curl-session.txt'));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.requests).toEqual([
      {
        method: 'POST',
        url: 'https://ccs-prod.example-utility.com/rest/apis/customer/v1/accounts',
        host: 'ccs-prod.example-utility.com',
        path: '/rest/apis/customer/v1/accounts',
        status: 403,
        startedUtc: null,
        serverIp: '23.223.150.76',
        from: 'curl-verbose',
      },
    ]);
    const evidence = deriveEvidence(entries);
    expect(evidence.prefill).toEqual({
      affectedUrl: 'https://ccs-prod.example-utility.com/rest/apis/customer/v1/accounts',
      httpMethod: 'POST',
      httpStatus: '403',
      firstSeen: '2026-11-29 05:35:02 UTC',
      lastSeen: '2026-11-29 05:35:02 UTC',
      frequency: 'once so far',
    });
    expect(JSON.stringify(evidence)).not.toContain('FAKE-CURL-BEARER');
  });

  it('ties a reference after the end of a curl exchange to nothing in it', () => {
    const text = `${srFixture('curl-session.txt')}\nlater: gateway refused the call, Reference #97.0f5e6b68.1795930600.3d0009`;
    const entries = entriesFrom(text);
    const later = entries.find((entry) => entry.reference.reasonCode === 97);
    expect(later?.requests.map((request) => request.from)).not.toContain('curl-verbose');
    expect(later?.requests.every((request) => request.method === null)).toBe(true);
  });

  it('reads the request of the nearest exchange when a transcript has several', () => {
    const first = srFixture('curl-session.txt');
    const second = first
      .replaceAll('POST', 'GET')
      .replace('/rest/apis/customer/v1/accounts HTTP', '/rest/apis/meter/v1/reads HTTP')
      .replaceAll('1795930502', '1795930562');
    const text = first.replace('* Closing connection\n', '') + second;
    const found = requestFromCurlSession(text, text.lastIndexOf('Reference'));
    expect(found).toMatchObject({ method: 'GET', path: '/rest/apis/meter/v1/reads', status: 403 });
  });

  it('reads method, URL, status and server address from a HAR, without credentials', () => {
    const result = analyseHar(new TextDecoder().decode(triageFixture('incident.har')), {
      now: FIXED_NOW,
    });
    if (!result.ok) throw new Error(result.reason);
    const entries = batchFromExtraction('incident.har', result.analysis);
    const evidence = deriveEvidence(entries);
    expect(evidence.requests[0]).toMatchObject({
      method: expect.stringMatching(/^(GET|PUT)$/),
      host: 'api.example-utility.com',
      status: 403,
      from: 'har',
    });
    expect(evidence.serverIps).toContain('23.223.150.76');
    expect(evidence.sources).toEqual(['har']);
    const text = JSON.stringify(evidence);
    for (const secret of ['FAKE-ACCESS-TOKEN-123', 'FAKE-SESSION-COOKIE', 'FAKE-BEARER-TOKEN']) {
      expect(text).not.toContain(secret);
    }
  });

  it('reads method, URL and status from a log line', () => {
    const line =
      '2026-11-29T05:12:40Z WARN gw-2 PUT https://ccs-prod.example-utility.com/rest/apis/customer/v1/contacts?sid=FAKE-SID-42 403 9ms Reference #18.4c96df17.1795929160.1a2b40';
    const evidence = deriveEvidence(entriesFrom(line));
    expect(evidence.prefill).toMatchObject({
      affectedUrl: 'https://ccs-prod.example-utility.com/rest/apis/customer/v1/contacts',
      httpMethod: 'PUT',
      httpStatus: '403',
      firstSeen: '2026-11-29 05:12:40 UTC',
    });
    expect(evidence.sources).toEqual(['log-line']);
    expect(JSON.stringify(evidence)).not.toContain('FAKE-SID-42');
  });

  it('counts an incident: most frequent call first, first and last seen, how often', () => {
    const evidence = deriveEvidence(entriesFrom(srFixture('gateway.log')));
    expect(
      evidence.requests.map((group) => [group.method, group.path, group.status, group.count]),
    ).toEqual([
      ['POST', '/rest/apis/customer/v1/accounts', 403, 2],
      ['GET', '/rest/apis/meter/v1/reads', 504, 1],
      ['POST', '/rest/apis/customer/v1/accounts', 503, 1],
      ['GET', '/rest/apis/meter/v1/reads', 502, 1],
    ]);
    expect(evidence.prefill.frequency).toBe('5 failed calls in 19 minutes');
    expect(evidence.paths).toEqual([
      '/rest/apis/customer/v1/accounts',
      '/rest/apis/meter/v1/reads',
    ]);
  });

  it('fills no call when no call is at least half of them (one of many would misstate it)', () => {
    const lines = Array.from(
      { length: 10 },
      (_, index) =>
        `2026-11-29T05:12:${String(10 + index)}Z WARN ${index % 2 === 0 ? 'GET' : 'PUT'} https://ccs-prod.example-utility.com/rest/apis/customer/v1/accounts/${index} ${index % 3 === 0 ? 502 : 403} Reference #18.4c96df17.${1795929130 + index}.${(index + 1).toString(16)}`,
    ).join('\n');
    const { prefill, requests } = deriveEvidence(entriesFrom(lines));
    // Ten accounts are one call per method and status: record ids read {id}.
    expect(requests.map((group) => [group.method, group.path, group.status, group.count])).toEqual([
      ['PUT', '/rest/apis/customer/v1/accounts/{id}', 403, 3],
      ['GET', '/rest/apis/customer/v1/accounts/{id}', 403, 3],
      ['GET', '/rest/apis/customer/v1/accounts/{id}', 502, 2],
      ['PUT', '/rest/apis/customer/v1/accounts/{id}', 502, 2],
    ]);
    expect(prefill.affectedUrl).toBeUndefined();
    expect(prefill.httpMethod).toBeUndefined();
    expect(prefill.httpStatus).toBeUndefined();
    expect(prefill.frequency).toBe('10 failed calls in 9 seconds');
  });

  it('lists one call to many records once, as {id}, never escaped', () => {
    const lines = [0, 1, 2, 3, 4]
      .map(
        (index) =>
          `GET https://ccs.example.com/rest/apis/customer/v1/accounts/${4400 + index} 403 Reference #18.4c96df17.${1795929000 + index}.${(index + 1).toString(16)}`,
      )
      .join('\n');
    const entries = entriesFrom(lines);
    const evidence = deriveEvidence(entries);
    expect(evidence.prefill.affectedUrl).toBe(
      'https://ccs.example.com/rest/apis/customer/v1/accounts/{id}',
    );
    const draft = draftServiceRequest({
      references: entries.map((entry) => entry.reference),
      context: prefillFromEvidence({}, evidence).context,
      evidence,
      now: INCIDENT_NOW,
    });
    const calls = draft.description.split('\n').filter((line) => line.startsWith('- GET'));
    expect(calls).toEqual(['- GET /rest/apis/customer/v1/accounts/{id} -> HTTP 403 x5']);
    expect(draft.description + draft.summary + draft.attachment).not.toContain('%7B');
  });

  it('counts the whole incident when the SR carries its freshest few', () => {
    // The three freshest of 200,002 errors that began five hours before them.
    const lines = [0, 1, 2]
      .map(
        (index) =>
          `2026-11-29T05:40:0${index}Z WARN GET https://ccs-prod.example-utility.com/rest/x 403 Reference #18.4c96df17.${1795930800 + index}.${(index + 1).toString(16)}`,
      )
      .join('\n');
    const entries = entriesFrom(lines);
    const scale = {
      errors: 200_002,
      firstEpoch: 1795930802 - 5 * 3600,
      lastEpoch: 1795930802,
      codes: [18],
    };
    const evidence = deriveEvidence(entries, scale);
    expect(evidence.prefill).toMatchObject({
      firstSeen: '2026-11-29 00:40:02 UTC',
      lastSeen: '2026-11-29 05:40:02 UTC',
      frequency: '200,002 failed calls in 5 hours',
    });
    const draft = draftServiceRequest({
      references: entries.map((entry) => entry.reference),
      context: prefillFromEvidence({}, evidence).context,
      evidence,
      now: INCIDENT_NOW,
    });
    expect(draft.summary).toContain('200,002x');
    expect(draft.description).toMatch(
      /since 2026-11-29 00:40:02 UTC, last 05:40:02 UTC; 200,002 failed calls in 5 hours\./,
    );
    expect(draft.warnings.map((warning) => warning.kind)).toContain('sample-of-incident');
    // The freshest three are all code 18, but most of the incident is code 102: the summary and
    // the statement name the incident's codes, not the sample's.
    const wider = deriveEvidence(entries, { ...scale, codes: [102, 18] });
    const widerDraft = draftServiceRequest({
      references: entries.map((entry) => entry.reference),
      context: prefillFromEvidence({}, wider).context,
      evidence: wider,
      now: INCIDENT_NOW,
    });
    expect(widerDraft.summary).toMatch(/^200,002 Akamai errors, codes 102, 18, /);
    expect(widerDraft.description).toContain('Akamai fails our calls (codes 102, 18) since');
    // Without the scale (or with one no larger than the references), the sample is the incident.
    expect(deriveEvidence(entries, { ...scale, errors: 3 }).prefill.frequency).toBe(
      '3 failed calls in 2 seconds',
    );
  });

  it('fills only what the user left untouched, keeps what they cleared, and says which came from it', () => {
    const evidence = deriveEvidence(entriesFrom(srFixture('curl-session.txt')));
    const { context, fromEvidence } = prefillFromEvidence(
      { httpMethod: 'PUT', affectedUrl: '' },
      evidence,
    );
    expect(context).toMatchObject({ httpMethod: 'PUT', affectedUrl: '', httpStatus: '403' });
    expect(fromEvidence).toEqual(['httpStatus', 'firstSeen', 'lastSeen', 'frequency']);
    const draft = draftServiceRequest({
      references: entriesFrom(srFixture('curl-session.txt')).map((entry) => entry.reference),
      evidence,
      context: { httpMethod: 'PUT', affectedUrl: '' },
      now: INCIDENT_NOW,
    });
    expect(draft.description).toContain('- PUT (URL not known) -> HTTP 403');
    // The screen says which fields the evidence filled; the SR text does not repeat it.
    expect(draft.description).not.toContain('From our');
  });

  it('names the Akamai edge the evidence shows when VPN Connect is chosen', () => {
    const entries = entriesFrom(srFixture('curl-session.txt'));
    const draft = draftServiceRequest({
      references: entries.map((entry) => entry.reference),
      evidence: deriveEvidence(entries),
      context: { connectivity: 'vpn-connect' },
      now: INCIDENT_NOW,
    });
    expect(draft.warnings.find((warning) => warning.kind === 'vpn-public-path')?.message).toContain(
      'The evidence shows connections to 23.223.150.76',
    );
  });
});

describe('one wording per code, everywhere', () => {
  it('calls a named but undescribed code unpublished, with the name’s confidence', () => {
    const meaning = describeMeaning(lookupReasonCode(203));
    expect(meaning).toMatchObject({ published: false, confidence: 'high' });
    expect(meaning.text).toMatch(
      /^Unpublished: Akamai's table names this code ERR_FWD_CAE_HEADERS/,
    );
    expect(describeMeaning(lookupReasonCode(250))).toMatchObject({ published: false });
    expect(describeMeaning(lookupReasonCode(18))).toMatchObject({ published: true });
  });

  it('says who acts in words specific to each kind of failure', () => {
    const words = [18, 1, 6, 30, 11, 9, 7, 203].map(describeWhoActs);
    expect(new Set(words).size).toBe(words.length);
    expect(describeWhoActs(9)).toMatch(/^You: /);
    expect(describeWhoActs(7)).toMatch(/^The caller: /);
    expect(describeWhoActs(30)).toMatch(/TLS/);
  });
});

describe('how long an incident lasted, as the form and the statement say it', () => {
  const spanOf = (seconds: number) =>
    deriveEvidence(
      entriesFrom(
        [1644609140, 1644609140 + seconds]
          .map((epoch, index) => `Reference #18.4c96df17.${epoch}.${index + 1}`)
          .join('\n'),
      ),
    ).prefill.frequency;

  it.each([
    [1, '2 failed calls in 1 second'],
    [25, '2 failed calls in 25 seconds'],
    [60, '2 failed calls in 1 minute'],
    [3600 + 300, '2 failed calls in 1 hour 5 min'],
    [30 * 3600, '2 failed calls in 30 hours'],
    [47 * 3600 + 59 * 60, '2 failed calls in 47 hours 59 min'],
    [48 * 3600, '2 failed calls in 2 days'],
  ])('%i seconds: %s', (seconds, said) => {
    expect(spanOf(seconds)).toBe(said);
  });
});
