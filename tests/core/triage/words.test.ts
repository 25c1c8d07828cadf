import { describe, expect, it } from 'vitest';
import {
  LINK_REFERENCE_LIMIT,
  describeResultStatus,
  describeResults,
} from '../../../src/core/share/index.ts';
import {
  batchFromExtraction,
  buildTimeline,
  collectFound,
  describeTimeline,
  SR_REFERENCE_LIMIT,
} from '../../../src/core/triage/index.ts';
import { analysePastedText } from '../../../src/core/index.ts';
import { FIXED_NOW } from '../corpus.ts';

/** `count` error references one minute apart from 2022-02-11 19:00 UTC, code 18 then 97. */
function foundReferences(count: number, grns = 0) {
  const lines = Array.from({ length: count }, (_, index) => {
    const code = index % 3 === 0 ? 97 : 18;
    return `GET https://ccs.example.com/rest/x 403 Reference #${code}.4c96df17.${1644606000 + index * 60}.${(index + 1).toString(16)}`;
  });
  const grnLines = Array.from(
    { length: grns },
    (_, index) => `Akamai-GRN: 0.4c96df17.${1644606000 + index * 60}.${(index + 1).toString(16)}`,
  );
  return analysePastedText([...lines, ...grnLines].join('\n'), { now: FIXED_NOW }).found;
}

const entriesOf = (count: number, grns = 0) =>
  batchFromExtraction('pasted text', { found: foundReferences(count, grns), rejected: [] });
const collected = (count: number, grns = 0) =>
  collectFound('pasted text', foundReferences(count, grns));

describe('describeResults: what the decode screen says about its references', () => {
  it('offers a link and one SR for all, freshest first', () => {
    const results = describeResults(collected(3));
    expect(results.link.label).toBe('Copy a link to all 3 references');
    expect(results.link.references).toHaveLength(3);
    expect(results.serviceRequest?.label).toBe('Draft one SR for all 3 references');
    // Freshest first: the SR lists what Akamai still holds.
    expect(results.serviceRequest?.references[0]).toBe(entriesOf(3).at(-1)?.reference.reference);
  });

  it('says the status in the singular and plural, with what was not valid', () => {
    expect(describeResultStatus(3, 1)).toBe('Found 3 references; 1 not valid.');
    expect(describeResultStatus(1, 0)).toBe('Found 1 reference.');
  });

  it('offers no SR for fewer than two errors (a GRN is not an error)', () => {
    expect(describeResults(collected(1, 1)).serviceRequest).toBeNull();
  });

  it('caps the link and says so', () => {
    const results = describeResults(collected(LINK_REFERENCE_LIMIT + 5));
    expect(results.link.references).toHaveLength(LINK_REFERENCE_LIMIT);
    expect(results.link.label).toBe(`Copy a link to the first ${LINK_REFERENCE_LIMIT} references`);
    // The SR takes the freshest within its own limit, and says it left the rest out.
    expect(results.serviceRequest?.label).toBe(
      `Draft one SR for the freshest ${SR_REFERENCE_LIMIT} references`,
    );
  });
});

describe('describeTimeline: the chart in words', () => {
  it('describes the bars, the busiest one and the codes; axis ends within one day', () => {
    const words = describeTimeline(buildTimeline(entriesOf(30)));
    expect(words.description).toMatch(
      /^30 errors from 2022-02-11 19:00:00 UTC to .*one bar per 1 minute\. The busiest bar starts 2022-02-11 19:00:00 UTC with 1\. By code: /,
    );
    expect(words.axis).toEqual({ start: '19:00', end: '19:30' });
    expect(words.seriesHeadings).toEqual(['Code 18', 'Code 97']);
    expect(words.bucketStarts[0]).toBe('2022-02-11 19:00:00 UTC');
    expect(words.outliers).toBeNull();
  });

  it('says when there is nothing to chart', () => {
    const words = describeTimeline(buildTimeline([]));
    expect(words.description).toBe('No errors to chart.');
    expect(words.axis).toBeNull();
  });
});
