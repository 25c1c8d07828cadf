import { lookupReasonCode } from '../codes/index.ts';
import type { BatchEntry } from './batch.ts';
import { fresherFirst, tallyOf, type StatusCount } from './batch-tally.ts';
import { compareText, edgeIpOrder } from './compare.ts';

export type { StatusCount } from './batch-tally.ts';

export type BatchSortKey = 'time' | 'reasonCode' | 'edgeIp' | 'request' | 'status' | 'occurrences';
export type SortDirection = 'ascending' | 'descending';

export interface BatchFilter {
  /** Words to find in the reference, edge IP or host name, URL, method, code name, source. */
  readonly text: string;
  /** Only this reason code, or every code when null. */
  readonly reasonCode: number | null;
  /** Only references whose request answered this HTTP status (what the caller saw), or any. */
  readonly httpStatus?: number | null;
}

function requestText(entry: BatchEntry): string {
  const request = entry.requests[0];
  return request === undefined ? '' : `${request.url ?? ''} ${request.method ?? ''}`;
}

/** Each column's sort key, computed once per row: comparators that parse are too slow at 50,000. */
export const SORT_KEYS: Readonly<Record<BatchSortKey, (entry: BatchEntry) => number | string>> = {
  time: (entry) => entry.reference.epochSeconds,
  reasonCode: (entry) => entry.reference.reasonCode,
  edgeIp: (entry) => edgeIpOrder(entry.reference.edgeIpHex),
  request: requestText,
  status: (entry) => entry.requests[0]?.status ?? 0,
  occurrences: (entry) => entry.reference.occurrences,
};

export function compareKeys(a: number | string, b: number | string): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b));
}

/** A stable order; equal rows keep time order so the table never jumps. */
export function sortBatch(
  entries: readonly BatchEntry[],
  key: BatchSortKey,
  direction: SortDirection,
): BatchEntry[] {
  const keyOf = SORT_KEYS[key];
  const sign = direction === 'ascending' ? 1 : -1;
  return entries
    .map((entry) => ({ entry, key: keyOf(entry) }))
    .sort(
      (a, b) =>
        sign * compareKeys(a.key, b.key) ||
        a.entry.reference.epochSeconds - b.entry.reference.epochSeconds ||
        compareText(a.entry.reference.reference, b.entry.reference.reference),
    )
    .map(({ entry }) => entry);
}

function searchText(entry: BatchEntry): string {
  const { reference } = entry;
  return [
    reference.reference,
    reference.edgeIp,
    reference.edgeHostname,
    lookupReasonCode(reference.reasonCode).akamaiName ?? '',
    ...entry.sources,
    ...entry.requests.map(
      (request) => `${request.method ?? ''} ${request.url ?? ''} ${request.status ?? ''}`,
    ),
  ]
    .join(' ')
    .toLowerCase();
}

/** Each entry's lowercase search text, made once: a filter over a million rows reads it per key. */
const searchTexts = new WeakMap<BatchEntry, string>();

function cachedSearchText(entry: BatchEntry): string {
  let text = searchTexts.get(entry);
  if (text === undefined) {
    text = searchText(entry);
    searchTexts.set(entry, text);
  }
  return text;
}

/** The filter as a test of one entry (the table applies it to its sorted rows). */
export function batchFilterTest(filter: BatchFilter): (entry: BatchEntry) => boolean {
  const words = filter.text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  return (entry) => {
    if (filter.reasonCode !== null && entry.reference.reasonCode !== filter.reasonCode)
      return false;
    if (
      filter.httpStatus != null &&
      !entry.requests.some((request) => request.status === filter.httpStatus)
    )
      return false;
    if (words.length === 0) return true;
    const haystack = cachedSearchText(entry);
    return words.every((word) => haystack.includes(word));
  };
}

/** True when the filter lets every entry through. */
export function filtersNothing(filter: BatchFilter): boolean {
  return filter.text.trim() === '' && filter.reasonCode === null && filter.httpStatus == null;
}

export function filterBatch(entries: readonly BatchEntry[], filter: BatchFilter): BatchEntry[] {
  return entries.filter(batchFilterTest(filter));
}

/** References per HTTP status their request answered, most frequent first (the status filter). */
export function countByStatus(entries: readonly BatchEntry[]): StatusCount[] {
  return tallyOf(entries).statuses();
}

/**
 * The most references one SR link carries: Oracle reads a sample, not thousands, and links
 * this long already strain some browsers. The CSV export carries the rest as an attachment.
 */
export const SR_REFERENCE_LIMIT = 100;

/**
 * The `limit` first entries in `order`, in that order, without sorting them all: a heap of the
 * best so far, so a million selected references cost n log(limit), not n log n, per render.
 */
function firstIn(
  entries: readonly BatchEntry[],
  limit: number,
  order: (a: BatchEntry, b: BatchEntry) => number,
): BatchEntry[] {
  const heap: BatchEntry[] = [];
  const swap = (i: number, j: number) => {
    const held = heap[i] as BatchEntry;
    heap[i] = heap[j] as BatchEntry;
    heap[j] = held;
  };
  const worse = (i: number, j: number) => order(heap[i] as BatchEntry, heap[j] as BatchEntry) > 0;
  for (const entry of entries) {
    if (heap.length < limit) {
      heap.push(entry);
      for (let at = heap.length - 1; at > 0 && worse(at, (at - 1) >> 1); at = (at - 1) >> 1) {
        swap(at, (at - 1) >> 1);
      }
    } else if (limit > 0 && order(entry, heap[0] as BatchEntry) < 0) {
      heap[0] = entry;
      for (let at = 0; ;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let worst = at;
        if (left < heap.length && worse(left, worst)) worst = left;
        if (right < heap.length && worse(right, worst)) worst = right;
        if (worst === at) break;
        swap(at, worst);
        at = worst;
      }
    }
  }
  return heap.sort(order);
}

/**
 * How large the incident behind an SR is: every error of the batch or the selection, not only
 * the freshest an SR link carries, so the SR can say "200,002 failed calls in 5 hours".
 */
export interface IncidentScale {
  readonly errors: number;
  readonly firstEpoch: number;
  readonly lastEpoch: number;
  /** Its reason codes, most errors first (ties: lower code first). */
  readonly codes: readonly number[];
}

/** Codes by how many errors carry them, most first, ties by code: one order for list and tally. */
export function codesByCount(counts: ReadonlyMap<number, number>): number[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([code]) => code);
}

/**
 * The error references of a selection to put in an SR, freshest first, within the limit: Akamai
 * still holds the logs of the freshest, while the oldest may already be gone.
 */
export function referencesForServiceRequest(entries: readonly BatchEntry[]): {
  readonly references: string[];
  readonly leftOut: number;
  readonly grnsLeftOut: number;
  readonly scale: IncidentScale | null;
} {
  const errors = entries.filter((entry) => entry.reference.kind === 'error');
  let firstEpoch = Infinity;
  let lastEpoch = -Infinity;
  const counts = new Map<number, number>();
  for (const { reference } of errors) {
    firstEpoch = Math.min(firstEpoch, reference.epochSeconds);
    lastEpoch = Math.max(lastEpoch, reference.epochSeconds);
    counts.set(reference.reasonCode, (counts.get(reference.reasonCode) ?? 0) + 1);
  }
  return {
    references: firstIn(errors, SR_REFERENCE_LIMIT, fresherFirst).map(
      (entry) => entry.reference.reference,
    ),
    leftOut: Math.max(0, errors.length - SR_REFERENCE_LIMIT),
    grnsLeftOut: entries.length - errors.length,
    scale:
      errors.length === 0
        ? null
        : { errors: errors.length, firstEpoch, lastEpoch, codes: codesByCount(counts) },
  };
}
