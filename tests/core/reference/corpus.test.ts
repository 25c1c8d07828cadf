import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../src/core/index.ts';
import { corpus, FIXED_NOW } from '../corpus.ts';

describe('the reference corpus (real strings as found in public text)', () => {
  it('has entries with and without references', () => {
    expect(corpus.length).toBeGreaterThan(50);
    expect(corpus.some((entry) => entry.expected.length === 0)).toBe(true);
  });

  it.each(corpus.map((entry, index) => [index, entry.raw.slice(0, 70), entry] as const))(
    'entry %i (%s) yields exactly its expected references, decoded',
    (_index, _preview, entry) => {
      const { references } = extractReferences(entry.raw, { now: FIXED_NOW });
      expect(
        references.map(
          ({ reference, reasonCode, edgeIp, utc, epochSeconds, requestIdHex, requestId }) => ({
            reference,
            reasonCode,
            edgeIp,
            utc,
            epochSeconds,
            requestIdHex,
            requestId,
          }),
        ),
      ).toEqual(entry.expected_decoded);
      expect(references.map((r) => r.asWritten.toLowerCase())).toEqual(
        entry.expected.map((e) => e.toLowerCase()),
      );
    },
  );
});
