import { describe, expect, it } from 'vitest';
import { LINK_REFERENCE_LIMIT, describeResults } from '../../../src/core/share/index.ts';
import {
  batchFromExtraction,
  buildTimeline,
  describeTimeline,
  SR_REFERENCE_LIMIT,
} from '../../../src/core/triage/index.ts';
import { analysePastedText } from '../../../src/core/index.ts';
import { FIXED_NOW } from '../corpus.ts';

/** `count` error references one minute apart from 2022-02-11 19:00 UTC, code 18 then 97. */
function batch(count: number, grns = 0) {
  const lines = Array.from({ length: count }, (_, index) => {
    const code = index % 3 === 0 ? 97 : 18;
    return `GET https://ccs.example.com/rest/x 403 Reference #${code}.4c96df17.${1644606000 + index * 60}.${(index + 1).toString(16)}`;
  });
  const grnLines = Array.from(
    { length: grns },
    (_, index) => `Akamai-GRN: 0.4c96df17.${1644606000 + index * 60}.${(index + 1).toString(16)}`,
  );
  const { found } = analysePastedText([...lines, ...grnLines].join('\n'), { now: FIXED_NOW });
  return batchFromExtraction('pasted text', { found, rejected: [] });
}

describe('describeResults: what the decode screen says about its references', () => {
  it('counts, offers a link and one SR, and keeps the first request of each reference', () => {
    const entries = batch(3);
    const results = describeResults(entries, 1);
    expect(results.status).toBe('Found 3 references; 1 not valid.');
    expect(results.link.label).toBe('Copy a link to all 3 references');
    expect(results.link.references).toHaveLength(3);
    expect(results.serviceRequest?.label).toBe('Draft one SR for all 3 references');
    // Freshest first: the SR lists what Akamai still holds.
    expect(results.serviceRequest?.references[0]).toBe(entries.at(-1)?.reference.reference);
    expect(results.requests.get(entries[0]?.reference.reference ?? '')?.path).toBe('/rest/x');
  });

  it('says one reference in the singular and offers no SR for fewer than two errors', () => {
    const results = describeResults(batch(1, 1), 0);
    expect(results.status).toBe('Found 2 references.');
    expect(results.serviceRequest).toBeNull();
    expect(describeResults(batch(1), 0).status).toBe('Found 1 reference.');
  });

  it('caps the link and says so', () => {
    const results = describeResults(batch(LINK_REFERENCE_LIMIT + 5), 0);
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
    const words = describeTimeline(buildTimeline(batch(30)));
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
