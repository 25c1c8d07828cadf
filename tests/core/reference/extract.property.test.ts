import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../src/core/index.ts';
import { FIXED_NOW } from '../corpus.ts';

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

/**
 * Hostile shapes at 2 MB. How long they take is measured by `npm run bench` (2 MB against
 * 256 KB: linear gives 8, quadratic 64), never timed here: this machine is shared and noisy.
 */
describe('extractReferences on hostile input', () => {
  it.each([
    ['dotted quads', '1.1.1.1.'],
    ['encoded dots', '&#46;'],
    ['nested entities', '&amp;amp;#46;'],
    ['label look-alikes', 'Reference #1.'],
    ['near misses', '18.4c96df17.1644609140.'],
  ])('%s: 2 MB of it holds no reference and is answered', (_name, unit) => {
    const text = unit.repeat(Math.ceil((2 * 1024 * 1024) / unit.length));
    const result = extractReferences(text, { now: FIXED_NOW });
    expect(result.references).toEqual([]);
    for (const rejected of result.rejected) expect(rejected.reason).not.toBe('');
  });
});
