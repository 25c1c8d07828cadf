import { describe, expect, it } from 'vitest';
import {
  MAX_LISTED_OUTLIERS,
  batchFromExtraction,
  buildTimeline,
  countInsideLogWindow,
  filterBatch,
} from '../../../src/core/triage/index.ts';
import { analysePastedText } from '../../../src/core/index.ts';
import {
  filterReasonCodes,
  listReasonCodes,
  plainHeadline,
  describeMeaning,
} from '../../../src/core/codes/index.ts';

const E = 1764320400; // 2025-11-28T09:00:00Z

/** A log with one line per reference: `[code, epochSeconds, status]`. */
function entriesFrom(lines: readonly (readonly [number, number, number?])[]) {
  const text = lines
    .map(
      ([code, epoch, status], index) =>
        `WARN GET https://api.example-utility.com/rest/apis/v1/item/${index} ${status ?? 403} 9ms Reference #${code}.4c96df17.${epoch}.${(0x1000 + index).toString(16)}`,
    )
    .join('\n');
  return batchFromExtraction('test.log', { found: analysePastedText(text).found, rejected: [] });
}

describe('countInsideLogWindow', () => {
  it('counts error references younger than 6 and 24 hours, GRNs left out', () => {
    const now = (E + 30 * 3600) * 1000;
    const entries = [
      ...entriesFrom([
        [18, E + 29 * 3600], // 1 h old
        [18, E + 25 * 3600], // 5 h old
        [30, E + 20 * 3600], // 10 h old
        [18, E], // 30 h old
        [18, E + 31 * 3600], // ahead of the clock
      ]),
      ...batchFromExtraction('grn', {
        found: analysePastedText(`Akamai-GRN: 0.4c96df17.${E + 29 * 3600}.abc`).found,
        rejected: [],
      }),
    ];
    expect(countInsideLogWindow(entries, now)).toEqual({
      errors: 5,
      within6Hours: 2,
      within24Hours: 3,
      future: 1,
    });
  });
});

describe('the timeline axis', () => {
  it('lists a reference far from the rest apart instead of stretching the axis', () => {
    const burst = Array.from({ length: 45 }, (_, index) => [18, E + index * 80] as const);
    const timeline = buildTimeline(entriesFrom([[30, E - 30 * 3600], ...burst]));
    expect(timeline.outlierCount).toBe(1);
    expect(timeline.outliers).toEqual([
      expect.objectContaining({
        reasonCode: 30,
        epochSeconds: E - 30 * 3600,
        utc: '2025-11-27T03:00:00Z',
      }),
    ]);
    expect(timeline.bucketLabel).toBe('5 minutes');
    expect(timeline.buckets.reduce((sum, bucket) => sum + bucket.total, 0)).toBe(45);
    expect(timeline.buckets[0]?.startUtc).toBe('2025-11-28T09:00:00Z');
  });

  it('charts two equal clusters whole: neither is an outlier', () => {
    const yesterday = Array.from(
      { length: 10 },
      (_, index) => [18, E - 24 * 3600 + index * 60] as const,
    );
    const today = Array.from({ length: 10 }, (_, index) => [18, E + index * 60] as const);
    const timeline = buildTimeline(entriesFrom([...yesterday, ...today]));
    expect(timeline.outlierCount).toBe(0);
    expect(timeline.buckets.reduce((sum, bucket) => sum + bucket.total, 0)).toBe(20);
  });

  it('lists at most a handful of outliers and counts them all', () => {
    const burst = Array.from({ length: 200 }, (_, index) => [18, E + index * 10] as const);
    const far = Array.from({ length: 12 }, (_, index) => [18, E - 40 * 3600 - index] as const);
    const timeline = buildTimeline(entriesFrom([...far, ...burst]));
    expect(timeline.outlierCount).toBe(12);
    expect(timeline.outliers).toHaveLength(MAX_LISTED_OUTLIERS);
  });

  it('names the other codes once, in plain words', () => {
    const timeline = buildTimeline(
      entriesFrom([
        [18, E],
        [30, E],
        [97, E],
        [1, E],
        [22, E],
        [84, E],
        [3, E],
      ]),
    );
    expect(timeline.series.at(-1)?.label).toBe('3 other codes');
  });
});

describe('filtering by HTTP status', () => {
  it('finds the reason codes that answer 403 when the code table is filtered by "403"', () => {
    const codes = filterReasonCodes(listReasonCodes(), '403');
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.map((info) => info.code)).toContain(18);
    expect(codes.every((info) => /\b403\b/.test(info.guidance?.usualStatus.text ?? ''))).toBe(true);
  });

  it('still finds a reason code by its number', () => {
    expect(filterReasonCodes(listReasonCodes(), '18').map((info) => info.code)).toEqual([18]);
  });

  it('keeps the batch rows whose request answered the chosen status', () => {
    const entries = entriesFrom([
      [18, E, 403],
      [30, E + 60, 503],
      [18, E + 120, 503],
    ]);
    const rows = filterBatch(entries, { text: '', reasonCode: null, httpStatus: 503 });
    expect(rows.map((row) => row.reference.reasonCode)).toEqual([30, 18]);
  });
});

describe('plain words on a card', () => {
  it('leads with what happened, the code after', () => {
    const codes = listReasonCodes();
    const info = (code: number) => codes.find((entry) => entry.code === code);
    const eighteen = info(18);
    const one = info(1);
    if (eighteen === undefined || one === undefined) throw new Error('codes 18 and 1 are listed');
    expect(plainHeadline(eighteen)).toBe('Refused by a rule at Akamai’s edge (code 18)');
    expect(plainHeadline(one)).toBe(
      'Oracle’s server behind Akamai did not answer properly (code 1)',
    );
    expect(describeMeaning(one).text).toMatch(/read timeout/);
  });
});

describe('status for log rows', () => {
  it('keeps the status a log line names even when it names no URL', () => {
    const text = [
      `2025-11-28T09:00:00Z ERROR upstream answered HTTP 403 Reference #18.4c96df17.${E}.a1`,
      `2025-11-28T09:00:01Z ERROR 503 Service Unavailable Reference #97.4c96df17.${E + 1}.a2`,
      `2025-11-28T09:00:02Z ERROR gateway refused the call: Reference #97.4c96df17.${E + 2}.a3`,
    ].join('\n');
    const statuses = analysePastedText(text).found.map((found) => [
      found.reference.reference,
      found.request?.status ?? null,
      found.request?.url ?? null,
    ]);
    expect(statuses).toEqual([
      [`18.4c96df17.${E}.a1`, 403, null],
      [`97.4c96df17.${E + 1}.a2`, 503, null],
      [`97.4c96df17.${E + 2}.a3`, null, null],
    ]);
  });
});
