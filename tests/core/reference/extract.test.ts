import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../src/core/index.ts';
import { FIXED_NOW, readFixture } from '../corpus.ts';

const SEED = '18.4c96df17.1644609140.2a155db';
const found = (text: string): string[] =>
  extractReferences(text, { now: FIXED_NOW }).references.map((r) => r.reference);
const rejectedReasons = (text: string): string[] =>
  extractReferences(text, { now: FIXED_NOW }).rejected.map((r) => r.reason);

describe('extractReferences: the seed reference', () => {
  it('decodes code, edge IP (little-endian), time and request id', () => {
    const [reference] = extractReferences(`Reference #${SEED}`, { now: FIXED_NOW }).references;
    expect(reference).toMatchObject({
      reference: SEED,
      reasonCode: 18,
      edgeIp: '23.223.150.76',
      edgeHostname: 'a23-223-150-76.deploy.akamaitechnologies.com',
      epochSeconds: 1644609140,
      utc: '2022-02-11T19:52:20Z',
      requestIdHex: '2a155db',
      requestId: 44127707,
      kind: 'error',
      label: 'Reference #',
      occurrences: 1,
      errorsUrl: `https://errors.edgesuite.net/${SEED}`,
      warnings: [],
    });
  });
});

describe('extractReferences: text as people paste it', () => {
  it('finds the one reference of a whole entity-encoded Akamai error page, seen twice', () => {
    const { references, rejected } = extractReferences(readFixture('akamai-access-denied.html'), {
      now: FIXED_NOW,
    });
    expect(references).toHaveLength(1);
    expect(references[0]).toMatchObject({
      reference: SEED,
      occurrences: 2,
      labels: ['Reference #', 'errors.edgesuite.net/'],
    });
    expect(rejected).toEqual([]);
  });

  it.each([
    [
      'double-encoded entities',
      'Reference&amp;#32;&amp;#35;18&amp;#46;4c96df17&amp;#46;1644609140&amp;#46;2a155db',
    ],
    ['hex entities', 'Reference&#x20;&#x23;18&#x2E;4c96df17&#x2e;1644609140&#x2E;2a155db'],
    ['mixed encoding', 'Reference&#32;&#35;18.4c96df17.1644609140.2a155db'],
    [
      'a JSON string with escapes',
      '{"body":"Access Denied\\nReference #18.4c96df17.1644609140.2a155db\\n"}',
    ],
    [
      'a source string with \\r\\n',
      'const page = "Reference #18.4c96df17.1644609140.2a155db\\r\\n";',
    ],
    ['a JSON unicode escape', '"Reference #18\\u002e4c96df17\\u002e1644609140\\u002e2a155db"'],
    [
      'a log line',
      '2022-02-11T19:52:21Z WARN gateway 403 ref=18.4c96df17.1644609140.2a155db path=/rest',
    ],
    ['a response header', 'x-reference-error: 18.4c96df17.1644609140.2a155db'],
    [
      'a URL-encoded link',
      'https://wiki.example/search?q=Reference%20%2318.4c96df17.1644609140.2a155db',
    ],
    ['a double URL-encoded link', 'q=%252318%252E4c96df17%252E1644609140%252E2a155db'],
    ['upper case', 'REFERENCE #18.4C96DF17.1644609140.2A155DB'],
    ['zero-width characters', 'Reference #18.\u200b4c96df17.1644\u200d609140.\ufeff2a155db'],
    ['a soft hyphen', 'Reference #18.4c96df17.16446\u00ad09140.2a155db'],
    ['punctuation glued on both sides', '(#18.4c96df17.1644609140.2a155db).'],
    ['markdown code', '`Reference #18.4c96df17.1644609140.2a155db`*'],
    ['HTML tags around it', '<p>Reference #18.4c96df17.1644609140.2a155db</p><br/>'],
    ['a file path', 'C:\\Temp\\18.4c96df17.1644609140.2a155db.json'],
    ['a sentence ending in a dot', 'The reference was 18.4c96df17.1644609140.2a155db.'],
    [
      'an e-mail source with quoted-printable soft line breaks',
      'Content-Transfer-Encoding: quoted-printable\r\n\r\nWe got Reference #18=2E4c96df17.16446=\r\n09140.2a155db today',
    ],
    [
      'a quoted-printable body without headers, wrapped at 76 columns',
      // A 74-character line, then the encoder's `=`: the reference is split across the wrap.
      `${'Access Denied: no permission for this path.'.padEnd(45, ' ')} Reference #18.4c96df17.16446=\n09140.2a155db`,
    ],
  ])('finds it in %s', (_form, text) => {
    expect(found(text)).toEqual([SEED]);
  });

  it('finds several references on one line, in order', () => {
    expect(
      found(
        '#1.136bdc17.1666816860.528d7d3c, #30.74c47b68.1626182696.201415a4;#97.a79a645f.1561277697.611f285',
      ),
    ).toEqual([
      '1.136bdc17.1666816860.528d7d3c',
      '30.74c47b68.1626182696.201415a4',
      '97.a79a645f.1561277697.611f285',
    ]);
  });

  it('does not join a line ending in `key=` to the next line outside quoted-printable', () => {
    expect(found(`ref=\n${SEED}`)).toEqual([SEED]);
  });

  it('keeps the spelling seen and canonicalises a zero-padded code', () => {
    const [reference] = extractReferences('Reference #00.4C96DF17.1644609140.2A155DB', {
      now: FIXED_NOW,
    }).references;
    expect(reference?.reference).toBe('0.4c96df17.1644609140.2a155db');
    expect(reference?.asWritten).toBe('00.4C96DF17.1644609140.2A155DB');
  });

  it('does not take a reference glued to a word, number or dotted chain', () => {
    expect(found(`abc${SEED}`)).toEqual([]);
    expect(found(`7${SEED}`)).toEqual([]);
    expect(found(`host.${SEED}`)).toEqual([]);
    expect(found(`${SEED}.7`)).toEqual([]);
    expect(found(`${SEED}x`)).toEqual([]);
  });

  it('ignores IP addresses, versions and dates', () => {
    expect(
      extractReferences('ip 23.223.150.76 v1.2.3.4 2022.02.11 1.1.1.1', { now: FIXED_NOW }),
    ).toEqual({ references: [], rejected: [] });
  });
});

describe('extractReferences: GRN and error of one response', () => {
  const headers = [
    'HTTP/1.1 403 Forbidden',
    'Akamai-GRN: 0.4c96df17.1644609140.2a155db',
    '',
    `Reference #${SEED}`,
  ].join('\n');

  it('marks the labelled 0. string as a GRN and ties it to the error', () => {
    const { references } = extractReferences(headers, { now: FIXED_NOW });
    expect(references.map((r) => [r.reference, r.kind, r.label, r.relatedReference])).toEqual([
      ['0.4c96df17.1644609140.2a155db', 'grn', 'Akamai-GRN', SEED],
      [SEED, 'error', 'Reference #', '0.4c96df17.1644609140.2a155db'],
    ]);
    expect(references[0]?.errorsUrl).toBeNull();
    expect(references[0]?.warnings).toEqual([]);
  });

  it('warns that an unlabelled 0. string may be a GRN', () => {
    const [reference] = extractReferences('ref 0.4c96df17.1644609140.2a155db', {
      now: FIXED_NOW,
    }).references;
    expect(reference?.kind).toBe('error');
    expect(reference?.warnings.map((w) => w.code)).toEqual(['grn-or-custom-deny']);
  });
});

describe('extractReferences: look-alikes are rejected with the field and the rule', () => {
  const nowSeconds = FIXED_NOW / 1000;

  it.each([
    ['Reference #312.4c96df17.1644609140.2a155db', 'reason code 312 is outside 0-255'],
    ['Reference ID: 18.4f6c1a3b.1756192800.knfjvdun', "request id 'knfjvdun' is not hexadecimal"],
    [
      `Reference #18.4c96df17.${nowSeconds + 41 * 86_400 + 60}.2a155db`,
      'timestamp is 41 days in the future',
    ],
    [
      `Reference #18.4c96df17.${nowSeconds + 30 * 3600}.2a155db`,
      'timestamp is 30 hours in the future',
    ],
    [
      'Reference #18.4c96df17.999999999.2a155db',
      'timestamp 999999999 is before 2005, older than any Akamai reference',
    ],
    ['Reference #18.4c96dg17.1644609140.2a155db', "edge IP '4c96dg17' is not hexadecimal"],
    [
      'Reference #18.14c96df17.1644609140.2a155db',
      "edge IP '14c96df17' has 9 hex digits; at most 8 are possible",
    ],
    ['Reference #30.xxxx.xxxxxxxxxx.xxxxxxxx', "edge IP 'xxxx' is a placeholder, not a value"],
    [
      'Reference #18.4c96df17.',
      "'18.4c96df17' is incomplete: it has 2 of the 4 fields (code.edge-ip.timestamp.request-id)",
    ],
    [
      'Reference #18.4c96df17.1644609140.2a155db.5',
      "'18.4c96df17.1644609140.2a155db.5' has 5 fields; a reference has exactly 4",
    ],
  ])('%s', (text, reason) => {
    expect(found(text)).toEqual([]);
    expect(rejectedReasons(text)).toEqual([reason]);
  });

  it('explains a labelled reference glued to its label', () => {
    expect(found(`ReferenceID${SEED}`)).toEqual([]);
    expect(rejectedReasons(`ReferenceID${SEED}`)).toEqual([
      `'${SEED}' is glued to the text around it, so it cannot be told apart from it`,
    ]);
  });

  it('accepts a timestamp slightly ahead of the clock, with a warning', () => {
    const { references } = extractReferences(`#18.4c96df17.${nowSeconds + 600}.2a155db`, {
      now: FIXED_NOW,
    });
    expect(references[0]?.warnings.map((w) => w.code)).toEqual(['future-timestamp']);
  });

  it('reports nothing for a reference split across two string literals', () => {
    const text = '"Reference #18.4c96df17." +\n "1644609140.2a155db"';
    expect(found(text)).toEqual([]);
  });

  it('warns when the edge IP decodes to a private address', () => {
    const [reference] = extractReferences('#18.100a8c0.1644609140.2a155db', {
      now: FIXED_NOW,
    }).references;
    expect(reference?.edgeIp).toBe('192.168.0.1');
    expect(reference?.warnings.map((w) => w.code)).toEqual(['reserved-edge-ip']);
  });

  it('says when a code is not in Akamai’s table, and when it is Oracle’s only', () => {
    const codes = (text: string) =>
      extractReferences(text, { now: FIXED_NOW }).references[0]?.warnings.map((w) => w.code);
    expect(codes('#21.4c96df17.1644609140.2a155db')).toEqual(['not-in-akamai-table']);
    expect(codes('#25.4c96df17.1644609140.2a155db')).toEqual(['oracle-only-code']);
  });
});
