import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BatchHost,
  FIRST_ENTRIES_KEPT,
  akamaiCodeName,
  analysePastedText,
  batchFromExtraction,
  buildTimeline,
  combineSources,
  countByCode,
  countByStatus,
  countInsideLogWindow,
  filterBatch,
  referencesForServiceRequest,
  referencesToCsv,
  referencesToJson,
  sortBatch,
  summariseBatch,
  summaryToCsv,
  summaryToJson,
  type BatchEntry,
  type BatchRejected,
  type FoundReference,
  type SortDirection,
  type TableQuery,
} from '../../../src/core/triage/index.ts';
import { FIXED_NOW } from '../corpus.ts';
import { SORT_KEYS, requestContext, sightingLine } from './batch-arbitraries.ts';

// Mostly reference lines, a few that only look like one.
const sighting = fc.oneof(
  { weight: 20, arbitrary: sightingLine },
  // Not references: the files' rejected candidates.
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Reference #18.gg96df17.1764000000.1',
      'Reference #18.4c96df17.1764000000',
    ),
  },
);

const request = requestContext;

type BatchFilter = TableQuery['filter'];

interface Source {
  readonly found: FoundReference[];
  readonly rejected: ReturnType<typeof analysePastedText>['extraction']['rejected'];
}

/** One text read as a source: each reference with a request (or none), as a log line gives. */
const source = fc
  .record({
    lines: fc.array(sighting, { maxLength: 40 }),
    requests: fc.array(fc.option(request, { nil: null }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ lines, requests }): Source => {
    const { found, extraction } = analysePastedText(lines.join('\n'), { now: FIXED_NOW });
    return {
      found: found.map((seen, index) => ({
        reference: seen.reference,
        request: requests[index % requests.length] ?? null,
      })),
      rejected: extraction.rejected,
    };
  });

const filterArbitrary: fc.Arbitrary<BatchFilter> = fc.oneof(
  // No filter: then the rows are the kept order itself, grown in place.
  fc.constant({ text: '', reasonCode: null }),
  fc.record({
    text: fc.constantFrom('', '', 'example.com/y', '4c96df18', 'b.har', 'post', 'pasted', ' 403 '),
    reasonCode: fc.constantFrom(null, null, 18, 30, 97),
    httpStatus: fc.constantFrom(undefined, null, 403, 503),
  }),
);

const DIRECTIONS: readonly SortDirection[] = ['ascending', 'descending'];

const tableQuery: fc.Arbitrary<TableQuery> = fc.record({
  sortKey: fc.constantFrom(...SORT_KEYS),
  direction: fc.constantFrom(...DIRECTIONS),
  filter: filterArbitrary,
  limit: fc.integer({ min: 0, max: 60 }),
});

type Step =
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly source: Source;
      readonly cuts: number[];
    }
  | { readonly kind: 'paste'; readonly source: Source | null }
  | { readonly kind: 'clear' }
  | { readonly kind: 'pick'; readonly picks: number[]; readonly on: boolean }
  | { readonly kind: 'match'; readonly filter: BatchFilter; readonly on: boolean }
  | { readonly kind: 'none' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('file' as const),
      name: fc.constantFrom('a.log', 'b.har', 'c.txt'),
      source,
      cuts: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('paste' as const),
      source: fc.option(source, { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('pick' as const),
      // Indices into the batch as it stands then.
      picks: fc.array(fc.nat(60), { maxLength: 6 }),
      on: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('match' as const),
      filter: filterArbitrary,
      on: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
);

/** A file's findings cut into chunks, as the worker streams them. */
function chunks(list: readonly FoundReference[], cuts: readonly number[]): FoundReference[][] {
  const points = [...new Set(cuts.map((cut) => Math.min(cut, list.length)))].sort((a, b) => a - b);
  return [0, ...points, list.length]
    .slice(0, -1)
    .map((start, index, starts) => list.slice(start, starts[index + 1] ?? list.length));
}

/** The batch as the whole-list functions see it, made from scratch after every step. */
class Model {
  pasted: readonly FoundReference[] = [];
  files: { name: string; found: FoundReference[] }[] = [];
  rejected: BatchRejected[] = [];
  readonly selection = new Set<string>();

  addChunk(name: string, chunk: readonly FoundReference[], first: boolean): void {
    if (first) this.files.push({ name, found: [] });
    this.files.at(-1)?.found.push(...chunk);
  }

  addRejected(name: string, source: Source): void {
    for (const candidate of source.rejected) {
      if (!this.rejected.some((seen) => seen.source === name && seen.text === candidate.text))
        this.rejected.push({ ...candidate, source: name });
    }
  }

  clear(): void {
    this.files = [];
    this.rejected = [];
    this.selection.clear();
  }

  select(references: readonly string[], on: boolean): void {
    for (const reference of references) {
      if (on) this.selection.add(reference);
      else this.selection.delete(reference);
    }
  }

  /** The pasted text first, then each file's chunks as they came. */
  entries(): BatchEntry[] {
    return combineSources([
      batchFromExtraction('pasted text', { found: this.pasted, rejected: [] }),
      ...this.files.map(({ name, found }) => batchFromExtraction(name, { found, rejected: [] })),
    ]);
  }
}

const names = (entries: readonly BatchEntry[]) => entries.map((entry) => entry.reference.reference);

function expectTable(
  host: BatchHost,
  model: Model,
  whole: readonly BatchEntry[],
  query: TableQuery,
): void {
  const page = host.answer({ kind: 'table', question: query });
  const expected = sortBatch(filterBatch(whole, query.filter), query.sortKey, query.direction);
  const isSelected = (entry: BatchEntry) => model.selection.has(entry.reference.reference);
  expect(page.rows).toEqual(
    expected.slice(0, query.limit).map((entry) => ({ entry, selected: isSelected(entry) })),
  );
  expect(page.matching).toBe(expected.length);
  expect(page.total).toBe(whole.length);
  const selected = whole.filter(isSelected);
  const pick = referencesForServiceRequest(selected);
  expect(page.selected).toBe(selected.length);
  expect(page.allMatchingSelected).toBe(expected.length > 0 && expected.every(isSelected));
  expect(page.selectionPick).toEqual(pick);
  expect(page.selectionEntries).toEqual(
    pick.references.map((reference) => selected.find((e) => e.reference.reference === reference)),
  );
}

function expectDigest(host: BatchHost, model: Model, whole: readonly BatchEntry[]): void {
  const digest = host.digest(FIXED_NOW);
  const pick = referencesForServiceRequest(whole);
  expect(digest.size).toBe(whole.length);
  expect(digest.summary).toEqual(summariseBatch(whole));
  expect(digest.timeline).toEqual(buildTimeline(whole));
  expect(digest.codes).toEqual(countByCode(whole));
  expect(digest.statuses).toEqual(countByStatus(whole));
  expect(digest.logWindow).toEqual(countInsideLogWindow(whole, FIXED_NOW));
  expect(digest.nowMs).toBe(FIXED_NOW);
  expect(digest.serviceRequest).toEqual(pick);
  expect(names(digest.serviceRequestEntries)).toEqual(pick.references);
  expect(digest.serviceRequestEntries).toEqual(
    pick.references.map((reference) => whole.find((e) => e.reference.reference === reference)),
  );
  expect(digest.first).toEqual(whole.slice(0, FIRST_ENTRIES_KEPT));
  expect(digest.rejected).toEqual(model.rejected);
}

describe('BatchHost: a batch grown by files and a paste answers as one made from scratch', () => {
  it('gives every table page and the digest the whole-list functions give', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 12 }),
        fc.array(tableQuery, { minLength: 1, maxLength: 8 }),
        filterArbitrary,
        fc.nat(120),
        (steps, queries, finalFilter, cards) => {
          const host = new BatchHost(akamaiCodeName);
          const model = new Model();
          let asked = 0;
          const check = () => {
            const whole = model.entries();
            // The last question again, then a new one: a page kept from before must not come back.
            expectTable(host, model, whole, queries[asked % queries.length] as TableQuery);
            asked += 1;
            expectTable(host, model, whole, queries[asked % queries.length] as TableQuery);
            expectDigest(host, model, whole);
          };
          for (const next of steps) {
            if (next.kind === 'file') {
              chunks(next.source.found, next.cuts).forEach((chunk, index) => {
                host.addFound(next.name, chunk, []);
                model.addChunk(next.name, chunk, index === 0);
                check();
              });
              // The rejected come with the file's last message, as the worker sends them.
              host.addFound(next.name, [], next.source.rejected);
              model.addRejected(next.name, next.source);
              check();
            } else if (next.kind === 'paste') {
              const found = next.source?.found ?? [];
              host.setPasted(found);
              model.pasted = found;
              check();
            } else if (next.kind === 'clear') {
              host.clearFiles();
              model.clear();
              check();
            } else if (next.kind === 'pick') {
              const references = names(model.entries());
              const chosen = next.picks.map(
                // Past the end: a reference that may come later (selected before it is seen).
                (at) => references[at] ?? `18.4c96df17.${1_764_000_000 + (at % 41)}.${at % 6}`,
              );
              model.select(chosen, next.on);
              const count = host.answer({
                kind: 'select',
                question: { references: chosen, on: next.on },
              });
              expect(count).toBe(references.filter((r) => model.selection.has(r)).length);
              check();
            } else if (next.kind === 'match') {
              const whole = model.entries();
              model.select(names(filterBatch(whole, next.filter)), next.on);
              const count = host.answer({
                kind: 'select',
                question: { matching: next.filter, on: next.on },
              });
              expect(count).toBe(
                whole.filter((e) => model.selection.has(e.reference.reference)).length,
              );
              check();
            } else {
              model.selection.clear();
              expect(host.answer({ kind: 'select', question: { none: true } })).toBe(0);
              check();
            }
          }
          const whole = model.entries();
          for (const sortKey of SORT_KEYS) {
            for (const direction of DIRECTIONS) {
              for (const filter of [finalFilter, { text: '', reasonCode: null }]) {
                expectTable(host, model, whole, {
                  sortKey,
                  direction,
                  filter,
                  limit: whole.length + 1,
                });
              }
            }
          }
          // Cards and exports read the batch first seen first, as the whole-list functions do.
          expect(host.answer({ kind: 'cards', question: { count: cards } })).toEqual(
            whole.slice(0, cards),
          );
          const exported = (what: 'references' | 'summary', format: 'csv' | 'json') =>
            host.answer({ kind: 'export', question: { what, format, nowMs: FIXED_NOW } });
          expect(exported('references', 'csv')).toBe(referencesToCsv(whole));
          expect(exported('references', 'json')).toBe(referencesToJson(whole, FIXED_NOW));
          const summary = summariseBatch(whole);
          expect(exported('summary', 'csv')).toBe(summaryToCsv(summary));
          expect(exported('summary', 'json')).toBe(
            summaryToJson(summary, buildTimeline(whole), FIXED_NOW),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
