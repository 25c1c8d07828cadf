import { describe, expect, it } from 'vitest';
import {
  LINK_REFERENCE_LIMIT,
  describeResultStatus,
  describeOffers,
  describeSelectionOffer,
} from '../../../src/core/share/index.ts';
import {
  batchFromExtraction,
  buildTimeline,
  akamaiCodeName,
  BatchHost,
  describeLogWindow,
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
/** The digest the decode screen reads, of a batch of `count` errors and `grns` GRNs. */
function digestOf(count: number, grns = 0) {
  const host = new BatchHost(akamaiCodeName);
  host.setPasted(foundReferences(count, grns));
  return host.digest(FIXED_NOW);
}

describe('describeOffers: what the decode screen says about its references', () => {
  it('offers a link and one SR for all, freshest first', () => {
    const results = describeOffers(digestOf(3));
    expect(results.link.label).toBe('Copy a link to all 3 references');
    expect(results.link.references).toHaveLength(3);
    expect(results.serviceRequest?.label).toBe('Draft one SR for all 3 references');
    // Freshest first: the SR lists what Akamai still holds.
    expect(results.serviceRequest?.references[0]).toBe(entriesOf(3).at(-1)?.reference.reference);
  });

  it('says the status in the singular and plural, with what was not valid', () => {
    expect(describeResultStatus(3, 1)).toBe('Found 3 references; 1 not valid.');
    expect(describeResultStatus(1_000_000, 1200)).toBe(
      'Found 1,000,000 references; 1,200 not valid.',
    );
    expect(describeResultStatus(1, 0)).toBe('Found 1 reference.');
  });

  it('offers no SR for fewer than two errors (a GRN is not an error)', () => {
    expect(describeOffers(digestOf(1, 1)).serviceRequest).toBeNull();
  });

  it('caps the link and says so', () => {
    const results = describeOffers(digestOf(LINK_REFERENCE_LIMIT + 5));
    // The freshest errors, as the SR takes: the oldest are the first Akamai's logs lose.
    expect(results.link.references).toEqual(results.serviceRequest?.references);
    expect(results.link.references).toHaveLength(LINK_REFERENCE_LIMIT);
    expect(results.link.label).toBe(`Copy a link to the freshest ${LINK_REFERENCE_LIMIT} errors`);
    // A batch of GRNs alone has no errors to link: then the first references seen.
    expect(describeOffers(digestOf(0, LINK_REFERENCE_LIMIT + 5)).link.label).toBe(
      `Copy a link to the first ${LINK_REFERENCE_LIMIT} references`,
    );
    // The SR takes the freshest within its own limit, and says it left the rest out.
    expect(results.serviceRequest?.label).toBe(
      `Draft one SR for the freshest ${SR_REFERENCE_LIMIT} references`,
    );
  });
});

describe('describeSelectionOffer: the table selection SR link', () => {
  it('names how many it drafts for, and past the limit how many were selected', () => {
    const scale = null;
    expect(describeSelectionOffer({ references: [], leftOut: 0, grnsLeftOut: 1, scale })).toEqual({
      label: null,
      notes: ['1 selected GRN is left out: a GRN names a response, not a refusal.'],
    });
    expect(
      describeSelectionOffer({ references: ['a'], leftOut: 0, grnsLeftOut: 0, scale }).label,
    ).toBe('Draft an SR for 1 selected reference');
    const many = describeSelectionOffer({
      references: Array.from({ length: SR_REFERENCE_LIMIT }, (_, index) => String(index)),
      leftOut: 4067,
      grnsLeftOut: 2,
      scale,
    });
    expect(many.label).toBe(
      `Draft an SR for the freshest ${SR_REFERENCE_LIMIT} of 4,167 selected errors`,
    );
    expect(many.notes).toEqual([
      `An SR link carries at most ${SR_REFERENCE_LIMIT} references: the freshest ${SR_REFERENCE_LIMIT} are used; attach "Selected as CSV" for the other 4,067.`,
      '2 selected GRNs are left out: a GRN names a response, not a refusal.',
    ]);
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

describe('describeLogWindow: the batch summary says what Oracle can still look up', () => {
  it('gives both counts only when the 24-hour one adds references', () => {
    expect(
      describeLogWindow({ errors: 45, within6Hours: 45, within24Hours: 45, future: 0 }),
    ).toEqual({
      fresh: true,
      text: "45 of 45 errors are younger than 6 hours: Oracle can still look those up in Akamai's logs. Draft the SR now, with the freshest references.",
    });
    expect(
      describeLogWindow({ errors: 46, within6Hours: 40, within24Hours: 45, future: 0 }).text,
    ).toMatch(/^40 of 46 errors are younger than 6 hours, 45 younger than 24 hours: /);
  });

  it('says the logs are probably gone past 24 hours, and counts clocks ahead', () => {
    const words = describeLogWindow({ errors: 3, within6Hours: 0, within24Hours: 0, future: 1 });
    expect(words.fresh).toBe(false);
    expect(words.text).toBe(
      "All 3 errors are older than 24 hours: Akamai's logs are probably gone. If the error still happens, take a fresh reference. 1 is stamped ahead of this device's clock.",
    );
  });
});
