import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/core/index.ts';
import { FIXED_NOW } from './corpus.ts';

const EARLIEST = Date.UTC(2005, 0, 1) / 1000;
const LATEST = FIXED_NOW / 1000;

/** An independent oracle for the little-endian edge IP: the low byte is the first octet. */
const littleEndianIp = (value: number): string =>
  [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24].join('.');

const validReference = fc.record({
  reasonCode: fc.integer({ min: 1, max: 255 }),
  edgeIp: fc.integer({ min: 0x01000001, max: 0xffffffff }),
  epochSeconds: fc.integer({ min: EARLIEST, max: LATEST }),
  requestId: fc.integer({ min: 0, max: 0xffffffff }),
  upper: fc.boolean(),
});

// Filler never glues to the reference: it is separated by a character that is no part of one.
const separator = fc.constantFrom(
  ' ',
  '\n',
  '\t',
  '"',
  "'",
  '(',
  ')',
  '<',
  '>',
  '/',
  ':',
  '#',
  ',',
);
const filler = fc.string({ maxLength: 60 });

describe('extractReferences properties', () => {
  it('finds and decodes any valid reference embedded in random text', () => {
    fc.assert(
      fc.property(
        validReference,
        filler,
        separator,
        separator,
        filler,
        (ref, before, left, right, after) => {
          const written = [
            ref.reasonCode,
            ref.edgeIp.toString(16),
            ref.epochSeconds,
            ref.requestId.toString(16),
          ].join('.');
          const text = `${before}${left}${ref.upper ? written.toUpperCase() : written}${right}${after}`;
          const decoded = extractReferences(text, { now: FIXED_NOW }).references.find(
            (r) => r.reference === written,
          );
          expect(decoded).toMatchObject({
            reasonCode: ref.reasonCode,
            edgeIp: littleEndianIp(ref.edgeIp),
            epochSeconds: ref.epochSeconds,
            requestId: ref.requestId,
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  const hostileAtoms = fc.constantFrom(
    '&#46;',
    '&amp;',
    '&#',
    '&#x2e;',
    '.',
    '1',
    '0',
    'a',
    'f',
    'x',
    '#',
    'Reference #',
    'Akamai-GRN: ',
    'errors.edgesuite.net/',
    '\\n',
    '\\u002e',
    '\\',
    '%2E',
    '%25',
    '%',
    '=\n',
    '=',
    '\u200b',
    '<ts>',
    '1644609140',
    '4c96df17',
    '\r\n',
    ' ',
  );

  it('never throws, on any string or on hostile mixtures of reference-like atoms', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(hostileAtoms).map((a) => a.join('')),
        ),
        (text) => {
          const result = extractReferences(text, { now: FIXED_NOW });
          expect(Array.isArray(result.references)).toBe(true);
          for (const rejected of result.rejected) expect(rejected.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
