import {
  akamaiCodeName,
  BatchCollection,
  type BatchEntry,
  batchFromExtraction,
  BatchOrder,
  buildTimeline,
  combineSources,
  countByCode,
  countByStatus,
  countInsideLogWindow,
  filterBatch,
  filterPositions,
  type FoundReference,
  referencesForServiceRequest,
  sortBatch,
  summariseBatch,
} from '../../../src/core/triage/index.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePastedText } from '../../../src/core/index.ts';
import { FIXED_NOW } from '../corpus.ts';
import { SORT_KEYS, requestContext, sightingLine } from './batch-arbitraries.ts';

const sighting = sightingLine;
const request = requestContext;

/** Sightings with requests (some none), cut into pieces of two sources, as files stream in. */
const batch = fc
  .record({
    lines: fc.array(sighting, { minLength: 8, maxLength: 160, size: 'large' }),
    requests: fc.array(fc.option(request, { nil: null }), { minLength: 1, maxLength: 8 }),
    cuts: fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 6 }),
    splitAt: fc.integer({ min: 0, max: 120 }),
  })
  .map(({ lines, requests, cuts, splitAt }) => {
    // Each source read apart: a GRN in one and its error in the other are tied by the batch.
    const sightings = (part: readonly string[]): FoundReference[] =>
      analysePastedText(part.join('\n'), { now: FIXED_NOW }).found.map((seen, index) => ({
        reference: seen.reference,
        request: requests[index % requests.length] ?? null,
      }));
    const first = sightings(lines.slice(0, splitAt));
    const second = sightings(lines.slice(splitAt));
    const pieces = (list: FoundReference[]) => {
      const points = [...new Set(cuts.map((cut) => Math.min(cut, list.length)))].sort(
        (a, b) => a - b,
      );
      return [0, ...points, list.length]
        .slice(0, -1)
        .map((start, index, starts) => list.slice(start, starts[index + 1] ?? list.length));
    };
    return { first, second, firstPieces: pieces(first), secondPieces: pieces(second) };
  });

const canonical = (entries: readonly BatchEntry[]) =>
  entries.map((entry) => entry.reference.reference);

describe('BatchCollection: summarising in pieces', () => {
  it('gives exactly what summarising the whole batch at once gives', () => {
    fc.assert(
      fc.property(batch, ({ first, second, firstPieces, secondPieces }) => {
        const whole = combineSources([
          batchFromExtraction('a.log', { found: first, rejected: [] }),
          batchFromExtraction('b.har', { found: second, rejected: [] }),
        ]);
        const collection = new BatchCollection();
        const orders = SORT_KEYS.map((key) => new BatchOrder(key, 'descending'));
        for (const [source, pieces] of [
          ['a.log', firstPieces],
          ['b.har', secondPieces],
        ] as const) {
          for (const piece of pieces) {
            collection.addFound(source, piece);
            // Brought up to date between pieces, as the table is between renders.
            for (const order of orders) order.positions(collection);
          }
        }
        const entries = collection.entries();
        expect(entries).toEqual(whole);
        expect(collection.summary(akamaiCodeName)).toEqual(summariseBatch(whole));
        expect(collection.timeline(akamaiCodeName)).toEqual(buildTimeline(whole));
        expect(collection.codes(akamaiCodeName)).toEqual(countByCode(whole));
        expect(collection.statuses()).toEqual(countByStatus(whole));
        expect(collection.logWindow(FIXED_NOW)).toEqual(countInsideLogWindow(whole, FIXED_NOW));
        expect(collection.forServiceRequest()).toEqual(referencesForServiceRequest(whole));
        for (const order of orders) {
          const sorted = sortBatch(whole, order.key, order.direction);
          const positions = order.positions(collection);
          expect(positions.map((at) => entries[at]?.reference.reference)).toEqual(
            canonical(sorted),
          );
        }
        const filter = { text: 'example.com/y', reasonCode: null, httpStatus: 403 };
        const time = new BatchOrder('time', 'ascending');
        expect(
          filterPositions(collection, time.positions(collection), filter).map(
            (at) => entries[at]?.reference.reference,
          ),
        ).toEqual(canonical(filterBatch(sortBatch(whole, 'time', 'ascending'), filter)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('BatchOrder', () => {
  it('merges new rows in without sorting the whole batch again', () => {
    const lines = Array.from(
      { length: 2000 },
      (_, index) =>
        `Reference #18.4c96df17.${1_764_000_000 + (index % 97) * 13}.${index.toString(16)}`,
    );
    const { found } = analysePastedText(lines.join('\n'), { now: FIXED_NOW });
    const collection = new BatchCollection();
    const order = new BatchOrder('time', 'ascending');
    for (let start = 0; start < found.length; start += 100) {
      collection.addFound('big.log', found.slice(start, start + 100));
      order.positions(collection);
    }
    // Each row placed once: twenty full sorts would have placed 21,000.
    expect(order.placed).toBe(found.length);
    expect(order.positions(collection)).toHaveLength(2000);
  });

  it('sorts a batch again when it is a different batch', () => {
    const { found } = analysePastedText('18.4c96df17.1764000000.1 18.4c96df17.1764000001.2', {
      now: FIXED_NOW,
    });
    const order = new BatchOrder('time', 'descending');
    const one = new BatchCollection();
    one.addFound('a', found);
    order.positions(one);
    const other = new BatchCollection();
    other.addFound('b', found.slice(0, 1));
    expect(order.positions(other)).toEqual([0]);
  });
});

describe('BatchCollection.forServiceRequest', () => {
  it('keeps the freshest errors when one of them turns out to be a GRN', () => {
    const error = analysePastedText('Reference #0.4c96df17.1764000000.1', { now: FIXED_NOW }).found;
    const grn = analysePastedText('Akamai-GRN: 0.4c96df17.1764000000.1', { now: FIXED_NOW }).found;
    const older = analysePastedText('Reference #18.4c96df17.1763000000.2', {
      now: FIXED_NOW,
    }).found;
    const collection = new BatchCollection();
    collection.addFound('a', [...error, ...older]);
    expect(collection.forServiceRequest().references).toHaveLength(2);
    collection.addFound('b', grn);
    const whole = combineSources([
      batchFromExtraction('a', { found: [...error, ...older], rejected: [] }),
      batchFromExtraction('b', { found: grn, rejected: [] }),
    ]);
    expect(collection.forServiceRequest()).toEqual(referencesForServiceRequest(whole));
  });
});

describe('BatchCollection: a partner chosen across sources', () => {
  const found = (text: string) => analysePastedText(text, { now: FIXED_NOW }).found;
  const error = 'Reference #18.4c96df17.1764000000.2a155db';
  const grn = 'Akamai-GRN: 0.4c96df17.1764000000.2a155db';

  it('keeps the GRN it tied to an error when that error is seen again on its own', () => {
    const collection = new BatchCollection();
    collection.addFound('a.log', found(error));
    collection.addFound('b.har', found(grn));
    collection.addFound('b.har', found(error));
    const whole = combineSources([
      batchFromExtraction('a.log', { found: found(error), rejected: [] }),
      batchFromExtraction('b.har', { found: [...found(grn), ...found(error)], rejected: [] }),
    ]);
    expect(collection.entries()).toEqual(whole);
    expect(collection.get('18.4c96df17.1764000000.2a155db')?.reference.relatedReference).toBe(
      '0.4c96df17.1764000000.2a155db',
    );
  });
});
