import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  analysePastedText,
  batchFromExtraction,
  analyseHar,
  buildTimeline,
  checkFile,
  describeDropped,
  guessTextEncoding,
  requestFromLogLine,
  summariseBatch,
} from '../../../src/core/triage/index.ts';
import { cleanUrl } from '../../../src/core/privacy/index.ts';
import { FIXED_NOW } from '../corpus.ts';
import { analyse, analyseAll, fileFrom, triageFixture } from './triage-fixtures.ts';

const E = 1764320400; // 2025-11-28T09:00:00Z, the hand-counted log's origin
const FAKE_SECRETS = [
  'FAKE-ACCESS-TOKEN-123',
  'FAKE-SESSION-COOKIE-abc',
  'FAKE-BEARER-TOKEN-xyz',
  'FAKE-SET-COOKIE-def',
  'FAKE-PASSWORD-999',
  'FAKE-X-AUTH-TOKEN-777',
];

describe('the hand-counted log', () => {
  it('yields the summary counted by hand', async () => {
    const entries = await analyseAll([fileFrom('hand-counted.log')]);
    const summary = summariseBatch(entries);
    expect(summary.refusals).toBe(8);
    expect(summary.grns).toBe(1);
    expect(summary.occurrences).toBe(9); // 18.4c96df17.…070 is on two lines
    expect(summary.byCode).toEqual([
      { reasonCode: 18, name: expect.any(String), count: 4 },
      { reasonCode: 30, name: expect.any(String), count: 2 },
      { reasonCode: 1, name: expect.any(String), count: 1 },
      { reasonCode: 97, name: expect.any(String), count: 1 },
    ]);
    expect(summary.byEdgeIp.map(({ edgeIp, count }) => [edgeIp, count])).toEqual([
      ['23.223.150.76', 4],
      ['23.28.240.162', 2],
      ['104.107.94.15', 2],
    ]);
    expect(summary.byHostPath).toEqual([
      { host: 'api.example-utility.com', path: '/rest/apis/customer/v1/accounts', count: 3 },
      { host: 'api.example-utility.com', path: '/rest/apis/meter/v1/reads', count: 3 },
      { host: null, path: '/rest/apis/customer/v1/contacts', count: 1 },
    ]);
    expect(summary.withoutRequest).toBe(1);
    expect(summary.firstSeenUtc).toBe('2025-11-28T09:01:10Z');
    expect(summary.lastSeenUtc).toBe('2025-11-28T10:59:00Z');
    expect(summary.spanSeconds).toBe(7070);
  });

  it('yields the timeline counted by hand: 5-minute bars from 09:00, stacked 18, 30, 1, 97', async () => {
    const timeline = buildTimeline(await analyseAll([fileFrom('hand-counted.log')]));
    expect(timeline.bucketSeconds).toBe(300);
    expect(timeline.bucketLabel).toBe('5 minutes');
    expect(timeline.series.map((series) => [series.key, series.total])).toEqual([
      [18, 4],
      [30, 2],
      [1, 1],
      [97, 1],
    ]);
    expect(timeline.buckets).toHaveLength(24);
    expect(timeline.buckets[0]?.startUtc).toBe('2025-11-28T09:00:00Z');
    expect(timeline.buckets[23]?.endUtc).toBe('2025-11-28T11:00:00Z');
    const nonEmpty = Object.fromEntries(
      timeline.buckets.flatMap((bucket, index) =>
        bucket.total > 0 ? [[index, bucket.counts]] : [],
      ),
    );
    expect(nonEmpty).toEqual({
      0: [2, 0, 0, 0],
      1: [1, 0, 0, 0],
      3: [0, 1, 0, 0],
      12: [1, 0, 0, 1],
      23: [0, 1, 1, 0],
    });
  });

  it('ties each reference to the request on its line, without the query string', async () => {
    const { entries } = await analyse(fileFrom('hand-counted.log'));
    const byReference = new Map(entries.map((entry) => [entry.reference.reference, entry]));
    expect(byReference.get(`18.4c96df17.${E + 70}.1a2b3c`)?.requests).toEqual([
      {
        method: 'POST',
        url: 'https://api.example-utility.com/rest/apis/customer/v1/accounts',
        host: 'api.example-utility.com',
        path: '/rest/apis/customer/v1/accounts',
        status: 403,
        startedUtc: null,
        serverIp: null,
        from: 'log-line',
      },
    ]);
    const combinedLog = byReference.get(`1.0f5e6b68.${E + 7000}.4e0002`)?.requests[0];
    expect(combinedLog).toMatchObject({ method: 'PUT', host: null, status: 403 });
    expect(byReference.get(`97.0f5e6b68.${E + 3700}.3d0001`)?.requests).toEqual([]);
    expect(JSON.stringify(entries)).not.toContain('FAKE-LOG-TOKEN');
  });

  it('gives the same references whatever the chunk size', async () => {
    const whole = await analyse(fileFrom('hand-counted.log'));
    // Longer than any line (as 4 MB is for real logs), shorter than two.
    const chunked = await analyse(fileFrom('hand-counted.log'), { chunkBytes: 200 });
    expect(chunked.progress.length).toBeGreaterThan(5);
    expect(chunked.entries).toEqual(whole.entries);
    expect(chunked.outcome).toEqual(whole.outcome);
  });
});

describe('HAR files', () => {
  it('ties references to method, URL, status, start time and server IP', async () => {
    const { outcome, entries } = await analyse(fileFrom('incident.har'));
    expect(outcome).toMatchObject({ ok: true, format: 'har', references: 3, notes: [] });
    const rows = entries.map((entry) => [
      entry.reference.reference,
      entry.reference.kind,
      entry.requests.map((r) => [r.method, r.url, r.status, r.startedUtc, r.serverIp]),
    ]);
    const T0 = E + 9000;
    expect(rows).toEqual([
      [
        `18.4c96df17.${T0}.5e6f70`,
        'error',
        [
          [
            'GET',
            'https://api.example-utility.com/rest/apis/customer/v1/accounts',
            403,
            '2025-11-28T11:30:00Z',
            '23.223.150.76',
          ],
        ],
      ],
      [
        `0.a2f01c17.${T0 + 60}.77aa88`,
        'grn',
        [
          [
            'POST',
            'https://api.example-utility.com/rest/apis/meter/v1/reads',
            200,
            '2025-11-28T11:31:00Z',
            '2600:1408:ec00:36::1730:a2f0',
          ],
        ],
      ],
      [
        `30.a2f01c17.${T0 + 120}.99bb00`,
        'error',
        [
          [
            'PUT',
            'https://api.example-utility.com/rest/apis/customer/v1/contacts',
            403,
            '2025-11-28T11:32:00Z',
            '23.28.240.162',
          ],
        ],
      ],
    ]);
    // Found in the x-reference-error header and in the body: one reference, seen twice.
    expect(entries[0]?.reference.occurrences).toBe(2);
  });

  it('drops cookies, Authorization, tokens and request bodies, and says how many', async () => {
    const { outcome, entries } = await analyse(fileFrom('incident.har'));
    if (!outcome.ok || outcome.dropped === null) throw new Error('not decoded');
    expect(outcome.dropped).toEqual({
      cookies: 4,
      authorizationHeaders: 1,
      tokens: 2,
      requestBodies: 1,
    });
    expect(describeDropped(outcome.dropped)).toBe(
      '4 cookies, 1 Authorization header, 2 token-looking values and 1 request body',
    );
    const everything = JSON.stringify({ outcome, entries });
    for (const secret of FAKE_SECRETS) expect(everything).not.toContain(secret);
  });

  it('keeps the query string only when asked, and even then without secret parameters', async () => {
    const { entries } = await analyse(fileFrom('incident.har'), { keepQuery: true });
    expect(entries[0]?.requests[0]?.url).toBe(
      'https://api.example-utility.com/rest/apis/customer/v1/accounts?access_token=%5Bremoved%5D&page=2',
    );
  });

  it('reads a HAR saved with a .json name as a HAR', async () => {
    const { outcome } = await analyse(fileFrom('recording.json', triageFixture('incident.har')));
    expect(outcome).toMatchObject({ ok: true, format: 'har', references: 3 });
  });

  it.each([
    ['{"log": {"entries": [', /^not valid JSON \(.+\), so it cannot be read as a HAR$/],
    ['[1, 2]', /^is JSON but not a HAR: it has no "log" object$/],
    ['{"log": {"version": "1.2"}}', /"log\.entries" is missing or not a list/],
    [
      '{"log": {"entries": [{"request": {"url": "https://a/"}}]}}',
      /has no readable entry: entry 1 has no response/,
    ],
    ['{"log": {"entries": [{"response": {}}]}}', /entry 1 has no request/],
    ['{"log": {"entries": [7]}}', /entry 1 is not an object/],
  ])('names what is wrong with a malformed HAR: %s', (text, reason) => {
    const result = analyseHar(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('reads the good entries of a partly broken HAR and names the broken ones', async () => {
    const har = JSON.parse(new TextDecoder().decode(triageFixture('incident.har'))) as {
      log: { entries: unknown[] };
    };
    har.log.entries.push({ request: { method: 'GET', url: 'https://x/' } }, 'junk');
    const { outcome } = await analyse(fileFrom('broken.har', JSON.stringify(har)));
    expect(outcome).toMatchObject({
      ok: true,
      references: 3,
      notes: [
        '2 of 6 entries could not be read: entry 5 has no response; entry 6 is not an object',
      ],
    });
  });
});

describe('e-mail and error pages', () => {
  it('joins quoted-printable soft breaks in an .eml, even inside the reference', async () => {
    const { entries, outcome } = await analyse(fileFrom('forwarded.eml'));
    expect(outcome).toMatchObject({ ok: true, format: 'email', references: 1 });
    expect(entries[0]?.reference.reference).toBe(`18.0f5e6b68.${E + 9300}.abcd12`);
    expect(entries[0]?.requests[0]).toMatchObject({
      url: 'https://api.example-utility.com/rest/apis/meter/v1/upload',
      from: 'error-page',
    });
  });

  it('ties an Akamai error page reference to the URL the page names', async () => {
    const html = fileFrom('access-denied.html', triageFixture('../akamai-access-denied.html'));
    const { entries } = await analyse(html);
    expect(entries.map((entry) => [entry.reference.reference, entry.requests[0]?.url])).toEqual([
      [
        '18.4c96df17.1644609140.2a155db',
        'http://ccs-prod.example.oraclecloud.com/rest/apis/customer/v1/accounts',
      ],
    ]);
  });
});

describe('files that cannot be read', () => {
  it('refuses a file over 50 MB before reading it', () => {
    const check = checkFile({ name: 'big.log', size: MAX_FILE_BYTES + 1 });
    expect(check).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^is 50\.0 MB \(52,428,801 bytes\); files over 50\.0 MB \(52,428,800 bytes\) are not read/,
      ),
    });
    expect(checkFile({ name: 'big.log', size: MAX_FILE_BYTES })).toMatchObject({ ok: true });
  });

  it('reads an unlisted extension as text and says so', async () => {
    const { outcome } = await analyse(
      fileFrom('catalina.out', 'Reference #18.4c96df17.1644609140.2a155db'),
    );
    expect(outcome).toMatchObject({
      ok: true,
      references: 1,
      notes: ['.out is not a listed type: read as plain text'],
    });
  });

  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 1, 2], /ZIP archive/],
    [[0x1f, 0x8b, 8, 0], /^is not a complete gzip file \(.+\): it may be cut short or damaged$/],
    [[0x25, 0x50, 0x44, 0x46, 0x2d], /PDF/],
    [[0x41, 0x00, 0x42, 0x00, 0x43], /not text \(it holds binary data\)/],
  ])('refuses binary content with the reason (%#)', async (bytes, reason) => {
    const { outcome } = await analyse(fileFrom('capture.log', new Uint8Array(bytes)));
    expect(outcome).toMatchObject({ ok: false, cancelled: false });
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
  });

  it('reads UTF-16 (Windows PowerShell) and Latin-1 logs', async () => {
    const line = 'Zugriff verweigert – Reference #18.4c96df17.1644609140.2a155db';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(line, 'utf16le'))]);
    expect((await analyse(fileFrom('ps.log', utf16))).outcome).toMatchObject({ references: 1 });
    const latin1 = new Uint8Array(
      Buffer.from('Café refusé: Reference #18.4c96df17.1644609140.2a155db', 'latin1'),
    );
    expect(guessTextEncoding(latin1)).toEqual({ ok: true, encoding: 'windows-1252' });
    expect((await analyse(fileFrom('old.log', latin1))).outcome).toMatchObject({
      references: 1,
      notes: ['not UTF-8: read as Windows-1252'],
    });
  });

  it('reads an empty file as no references', async () => {
    expect((await analyse(fileFrom('empty.txt', ''))).outcome).toMatchObject({
      ok: true,
      references: 0,
    });
  });

  it('stops when cancelled', async () => {
    let chunks = 0;
    const { analyseFile } = await import('../../../src/core/index.ts');
    const outcome = await analyseFile(fileFrom('hand-counted.log'), {
      now: FIXED_NOW,
      chunkBytes: 100,
      onProgress: () => {
        chunks += 1;
      },
      isCancelled: () => chunks >= 2,
    });
    expect(outcome).toMatchObject({ ok: false, cancelled: true });
    expect(chunks).toBe(2);
  });
});

describe('requests named on a log line', () => {
  it.each([
    [
      'POST https://h.example/a/b?x=1 403 12ms',
      { method: 'POST', url: 'https://h.example/a/b', status: 403 },
    ],
    [
      '"GET /a/b?token=s HTTP/1.1" 403 12 "-"',
      { method: 'GET', url: '/a/b', host: null, status: 403 },
    ],
    [
      'status=503 url=https://h.example/x',
      { method: null, url: 'https://h.example/x', status: 503 },
    ],
    [
      'see https://errors.edgesuite.net/18.1.2.3 and https://h.example/p',
      { url: 'https://h.example/p' },
    ],
    ['GET https://user:pw@h.example/p#frag 200', { url: 'https://h.example/p', status: 200 }],
  ])('%s', (line, expected) => {
    expect(requestFromLogLine(line)).toMatchObject(expected);
  });

  it('finds no request on a line without one', () => {
    expect(requestFromLogLine('Reference #18.4c96df17.1644609140.2a155db at 403 ms')).toBeNull();
    expect(
      requestFromLogLine('only https://errors.edgesuite.net/18.4c96df17.1644609140.2a155db'),
    ).toBeNull();
  });

  it('never keeps credentials in a cleaned URL', () => {
    expect(cleanUrl('https://u:p@h.example/p?password=x&q=1#f', { keepQuery: true })).toEqual({
      url: 'https://h.example/p?password=%5Bremoved%5D&q=1',
      host: 'h.example',
      path: '/p',
      removedParameters: 1,
      removedUserinfo: true,
    });
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('the summary by host and path', () => {
  it('counts calls to one kind of record together: ids in the path read {id}', () => {
    const lines = [
      'POST https://ccs.example.com/rest/apis/customer/v1/accounts/4471 403 Reference #18.4c96df17.1764000000.1',
      'POST https://ccs.example.com/rest/apis/customer/v1/accounts/9102 403 Reference #18.4c96df17.1764000001.2',
      'GET https://ccs.example.com/rest/apis/customer/v1/accounts/0f5e6b68-2a15-4db1-9c3e-7f0003a1b2c4/bills 403 Reference #18.4c96df17.1764000002.3',
      'GET https://ccs.example.com/rest/apis/meter/v1/reads 403 Reference #18.4c96df17.1764000003.4',
    ].join('\n');
    const { found } = analysePastedText(lines, { now: FIXED_NOW });
    const summary = summariseBatch(batchFromExtraction('pasted text', { found, rejected: [] }));
    expect(summary.byHostPath.map(({ path, count }) => [path, count])).toEqual([
      ['/rest/apis/customer/v1/accounts/{id}', 2],
      ['/rest/apis/customer/v1/accounts/{id}/bills', 1],
      ['/rest/apis/meter/v1/reads', 1],
    ]);
  });
});
