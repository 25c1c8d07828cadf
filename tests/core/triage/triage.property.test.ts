import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReferences, type DecodedReference } from '../../../src/core/index.ts';
import { FIXED_NOW } from '../corpus.ts';
import { analyse, fileFrom } from './triage-fixtures.ts';

const reference = fc
  .record({
    code: fc.integer({ min: 1, max: 255 }),
    ip: fc.integer({ min: 0x01000001, max: 0xffffffff }),
    epoch: fc.integer({ min: 1_500_000_000, max: FIXED_NOW / 1000 }),
    rid: fc.integer({ min: 0, max: 0xffffff }),
  })
  .map(({ code, ip, epoch, rid }) => `${code}.${ip.toString(16)}.${epoch}.${rid.toString(16)}`);

const line = fc
  .tuple(fc.string({ maxLength: 30 }), fc.option(reference), fc.string({ maxLength: 30 }))
  .map(
    ([before, found, after]) =>
      `${before.replace(/[\r\n]/g, '')} ${found === null ? '' : `Reference #${found}`} ${after.replace(/[\r\n]/g, '')}`,
  );

describe('reading a file in chunks', () => {
  it('finds exactly what decoding the whole text at once finds, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 40 }),
        fc.integer({ min: 512, max: 4096 }),
        async (lines, chunkBytes) => {
          const text = lines.join('\n');
          const whole = extractReferences(text, { now: FIXED_NOW }).references;
          const { entries } = await analyse(fileFrom('random.log', text), { chunkBytes });
          const summary = (references: { reference: string; occurrences: number }[]) =>
            references
              .map(({ reference: canonical, occurrences }) => [canonical, occurrences])
              .sort();
          expect(summary(entries.map((entry) => entry.reference))).toEqual(summary(whole));
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** Pieces glued with no newline or space between them: the reader has to cut somewhere. */
const piece = fc.oneof(
  reference,
  reference.map((found) => `Reference #${found}`),
  reference.map((found) => `Akamai-GRN:${found}`),
  reference.map((found) => `x-reference-error: "${found}"`),
  reference.map((found) => found.replace(/\./g, '&#46;')),
  reference.map((found) => found.replace(/\./g, '%2E')),
  fc.constantFrom(
    ',',
    '"',
    ':',
    '/',
    ';',
    '.',
    '-',
    '_',
    '&amp;',
    'é',
    '日本',
    '\n',
    ' ',
    '18.',
    '#',
  ),
  // Quoted-printable (`=` at a line end) is decided per text: kept out of the random part.
  fc.string({ maxLength: 6 }).map((text) => text.replace(/=/g, '')),
);

const summary = (references: readonly DecodedReference[]) =>
  references
    .map(({ reference: canonical, occurrences, kind, labels }) =>
      [canonical, occurrences, kind, [...labels].sort().join('|')].join(' '),
    )
    .sort();

describe('reading a file in chunks never splits a reference', () => {
  it('any text, any chunk size of 64 bytes or more: the same references as reading it whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 120 }),
        fc.integer({ min: 64, max: 600 }),
        async (pieces, chunkBytes) => {
          const text = pieces.join('');
          const whole = extractReferences(text, { now: FIXED_NOW }).references;
          const { entries } = await analyse(fileFrom('glued.log', text), { chunkBytes });
          expect(summary(entries.map((entry) => entry.reference))).toEqual(summary(whole));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a minified line of 2,000 references read in 64-byte chunks loses and invents none', async () => {
    const references = Array.from(
      { length: 2000 },
      (_, index) => `18.${(0x2000bda1 + index).toString(16)}.1644609140.${index.toString(16)}`,
    );
    const text = references.map((found) => `{"ref":"${found}"}`).join(',');
    expect(text).not.toMatch(/[\n ]/);
    const { entries } = await analyse(fileFrom('minified.json', text), { chunkBytes: 64 });
    expect(entries.map((entry) => entry.reference.reference).sort()).toEqual(
      [...references].sort(),
    );
  });
});
