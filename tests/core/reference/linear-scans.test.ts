import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePastedText, decodeReference } from '../../../src/core/index.ts';
import { FIXED_NOW } from '../corpus.ts';

/**
 * Hostile shapes that used to take seconds (a regex retried from every position, a line
 * searched whole for every reference). Timing is the benchmark's job (`npm run bench`); these
 * check that the bounded scans give the same answers as before, on the same hostile inputs.
 */

const REFERENCE = '18.4c96df17.1644609140.2a155db';

function records(count: number): { url: string; reference: string; text: string }[] {
  return Array.from({ length: count }, (_, index) => {
    const url = `https://ccs.example.com/rest/apis/customer/v1/accounts/${index}`;
    const reference = `18.${(0x2000bda1 + index).toString(16)}.1644609140.${index.toString(16)}`;
    const text = `{"method":"POST","url":"${url}","status":403,"reference":"${reference}"}`;
    return { url, reference, text };
  });
}

describe('many references on one long line', () => {
  it('each gets its own request, exactly as when the records sit on separate lines', () => {
    const list = records(3000);
    const oneLine = analysePastedText(list.map((record) => record.text).join(','), {
      now: FIXED_NOW,
    });
    const separate = analysePastedText(list.map((record) => record.text).join('\n'), {
      now: FIXED_NOW,
    });
    const pairs = (analysis: typeof oneLine) =>
      analysis.found.map((found) => [found.reference.reference, found.request?.url ?? null]);
    expect(pairs(oneLine)).toEqual(list.map((record) => [record.reference, record.url]));
    expect(pairs(oneLine)).toEqual(pairs(separate));
    expect(oneLine.found.every((found) => found.request?.status === 403)).toBe(true);
  });

  it('a reference on a 1 MB line without a request gets none, not a far-away URL', () => {
    const text = `GET https://far.example.com/x 403 ${'a'.repeat(1_000_000)} Reference #${REFERENCE}`;
    const { found } = analysePastedText(text, { now: FIXED_NOW });
    expect(found.map((entry) => [entry.reference.reference, entry.request])).toEqual([
      [REFERENCE, null],
    ]);
  });
});

describe('decodeReference with long runs of punctuation', () => {
  it('forgives a deep link followed by 60,000 dots', () => {
    const result = decodeReference(`${REFERENCE}${'.'.repeat(60_000)}`, { now: FIXED_NOW });
    expect(result).toMatchObject({ ok: true, reference: { reference: REFERENCE } });
  });

  it('names what is wrong when 60,000 dots end in a letter', () => {
    const result = decodeReference(`${'.'.repeat(60_000)}x`, { now: FIXED_NOW });
    expect(result.ok).toBe(false);
  });

  it('drops any stray punctuation around a reference, and only that', () => {
    const leading = fc.array(fc.constantFrom(' ', '"', "'", '`', '(', '<', '[', '{', '*', '\t'));
    const trailing = fc.array(
      fc.constantFrom(' ', '"', "'", '`', ')', '>', ']', '}', '*', ',', ';', ':', '!', '?', '.'),
    );
    fc.assert(
      fc.property(leading, trailing, (before, after) => {
        const result = decodeReference(`${before.join('')}${REFERENCE}${after.join('')}`, {
          now: FIXED_NOW,
        });
        expect(result).toMatchObject({ ok: true, reference: { asWritten: REFERENCE } });
      }),
      { numRuns: 300 },
    );
  });
});
