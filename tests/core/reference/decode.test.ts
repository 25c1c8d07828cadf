import { describe, expect, it } from 'vitest';
import { decodeReference, decodeReferenceList } from '../../../src/core/index.ts';
import { FIXED_NOW } from '../corpus.ts';

const SEED = '18.4c96df17.1644609140.2a155db';

describe('decodeReference', () => {
  it.each([
    SEED,
    ` ${SEED.toUpperCase()} `,
    `Reference #${SEED}`,
    `#${SEED}`,
    `https://errors.edgesuite.net/${SEED}`,
    `"${SEED}".`,
    'Reference&#32;&#35;18&#46;4c96df17&#46;1644609140&#46;2a155db',
  ])('decodes %j', (input) => {
    const result = decodeReference(input, { now: FIXED_NOW });
    expect(result).toMatchObject({
      ok: true,
      reference: { reference: SEED, edgeIp: '23.223.150.76', requestId: 44127707 },
    });
  });

  it('reads an Akamai-GRN label as a request id', () => {
    const result = decodeReference('Akamai-GRN: 0.85d02e17.1759886344.c1909522', {
      now: FIXED_NOW,
    });
    expect(result).toMatchObject({ ok: true, reference: { kind: 'grn', edgeIp: '23.46.208.133' } });
  });

  it.each([
    ['', 'Nothing to decode: a reference looks like 18.4c96df17.1644609140.2a155db'],
    ['   ', 'Nothing to decode: a reference looks like 18.4c96df17.1644609140.2a155db'],
    [
      `${SEED} ${SEED}`,
      'Expected one reference but found several words: paste the text in the main box to find every reference in it',
    ],
    ['999.4c96df17.1644609140.2a155db', 'reason code 999 is outside 0-255'],
    [
      '18.4c96df17.1644609140',
      "'18.4c96df17.1644609140' is incomplete: it has 3 of the 4 fields (code.edge-ip.timestamp.request-id)",
    ],
    ['x8.4c96df17.1644609140.2a155db', "reason code 'x8' is not a decimal number"],
    ['18.4c96df17.16446O9140.2a155db', "timestamp '16446O9140' is not a whole number of seconds"],
  ])('rejects %j: %s', (input, reason) => {
    expect(decodeReference(input, { now: FIXED_NOW })).toEqual({ ok: false, reason });
  });
});

describe('decodeReferenceList (an SR link)', () => {
  it('decodes each entry and keeps each bad one with its reason', () => {
    const { references, invalid } = decodeReferenceList(
      `${SEED},,18.4c96df17.1644609140.knfjvdun, 30.74c47b68.1626182696.201415a4`,
      { now: FIXED_NOW },
    );
    expect(references.map((r) => r.reference)).toEqual([SEED, '30.74c47b68.1626182696.201415a4']);
    expect(invalid).toEqual([
      {
        input: '18.4c96df17.1644609140.knfjvdun',
        reason: "request id 'knfjvdun' is not hexadecimal",
      },
    ]);
  });

  it('gives nothing for an empty list', () => {
    expect(decodeReferenceList('')).toEqual({ references: [], invalid: [] });
  });
});
