import type { BatchCollection } from './batch-collection.ts';
import {
  SORT_KEYS,
  batchFilterTest,
  compareKeys,
  filtersNothing,
  type BatchFilter,
  type BatchSortKey,
  type SortDirection,
} from './batch-table.ts';
import type { BatchEntry } from './batch.ts';
import { compareText } from './compare.ts';

/**
 * A growing batch in one column's order (the order `sortBatch` gives), kept up to date as rows
 * come: new rows are sorted among themselves and merged in, a changed row whose key moved is
 * taken out and merged back. The whole batch is sorted once per sort key, not per update.
 * Positions are indices into `collection.entries()`.
 */
export class BatchOrder {
  readonly key: BatchSortKey;
  readonly direction: SortDirection;
  private collection: BatchCollection | null = null;
  private order: number[] = [];
  private keys: (number | string)[] = [];
  /** Rows known and the collection's change mark when last brought up to date. */
  private seen = 0;
  private mark = 0;
  /** How many rows were ever sorted or merged in: a test reads it to prove no full re-sort. */
  private placedRows = 0;

  constructor(key: BatchSortKey, direction: SortDirection) {
    this.key = key;
    this.direction = direction;
  }

  /** Row positions in order, up to date with `collection` (which must only grow). */
  positions(collection: BatchCollection): readonly number[] {
    const changes = this.collection === collection ? collection.changesSince(this.mark) : null;
    if (changes === null) this.rebuild(collection);
    else this.update(collection, changes);
    this.mark = collection.changeMark;
    return this.order;
  }

  /** Rows placed so far (sorted or merged): a full sort of n rows places n. */
  get placed(): number {
    return this.placedRows;
  }

  private rebuild(collection: BatchCollection): void {
    this.collection = collection;
    const entries = collection.entries();
    const keyOf = SORT_KEYS[this.key];
    this.keys = entries.map(keyOf);
    this.order = entries.map((_, index) => index);
    this.order.sort(this.comparator(entries));
    this.seen = entries.length;
    this.placedRows += entries.length;
  }

  private update(collection: BatchCollection, changes: readonly number[]): void {
    const entries = collection.entries();
    const keyOf = SORT_KEYS[this.key];
    const moved = new Set<number>();
    for (const at of changes) {
      if (at >= this.seen) continue;
      const key = keyOf(entries[at] as BatchEntry);
      if (key !== this.keys[at]) {
        this.keys[at] = key;
        moved.add(at);
      }
    }
    const incoming: number[] = [...moved];
    for (let at = this.seen; at < entries.length; at += 1) {
      this.keys[at] = keyOf(entries[at] as BatchEntry);
      incoming.push(at);
    }
    this.seen = entries.length;
    if (incoming.length === 0) return;
    if (moved.size > 0) this.order = this.order.filter((at) => !moved.has(at));
    const compare = this.comparator(entries);
    sortRun(incoming, compare);
    this.placedRows += incoming.length;
    mergeInto(this.order, incoming, compare);
  }

  /** Column key in the chosen direction; equal rows keep time order, then reference order. */
  private comparator(entries: readonly BatchEntry[]): (a: number, b: number) => number {
    const sign = this.direction === 'ascending' ? 1 : -1;
    const keys = this.keys;
    return (a, b) => {
      const first = entries[a] as BatchEntry;
      const second = entries[b] as BatchEntry;
      return (
        sign * compareKeys(keys[a] as number | string, keys[b] as number | string) ||
        first.reference.epochSeconds - second.reference.epochSeconds ||
        compareText(first.reference.reference, second.reference.reference)
      );
    };
  }
}

/**
 * Sorts rows as they came: a log read in time order arrives sorted (or, for a descending order,
 * reversed), and checking that costs one pass where sorting a hundred thousand rows per render
 * would cost a long task.
 */
function sortRun(rows: number[], compare: (a: number, b: number) => number): void {
  let ascending = true;
  let descending = true;
  for (let at = 1; at < rows.length && (ascending || descending); at += 1) {
    const order = compare(rows[at - 1] as number, rows[at] as number);
    if (order > 0) ascending = false;
    if (order <= 0) descending = false;
  }
  if (ascending) return;
  if (descending) rows.reverse();
  else rows.sort(compare);
}

/**
 * Merges sorted `incoming` into sorted `order` in place, from the back: rows that sort after
 * everything (a log read in time order, sorted by time) cost only their own copy.
 */
function mergeInto(
  order: number[],
  incoming: readonly number[],
  compare: (a: number, b: number) => number,
): void {
  let from = order.length - 1;
  let next = incoming.length - 1;
  let to = order.length + incoming.length - 1;
  // Grown by pushing (no holes); the slots are overwritten by the merge below.
  for (const at of incoming) order.push(at);
  while (next >= 0) {
    const held = from >= 0 ? (order[from] as number) : -1;
    const coming = incoming[next] as number;
    if (from >= 0 && compare(held, coming) > 0) {
      order[to] = held;
      from -= 1;
    } else {
      order[to] = coming;
      next -= 1;
    }
    to -= 1;
  }
}

/** The rows of `order` that pass `filter`, in order (the order itself when nothing is filtered). */
export function filterPositions(
  collection: BatchCollection,
  order: readonly number[],
  filter: BatchFilter,
): readonly number[] {
  if (filtersNothing(filter)) return order;
  const test = batchFilterTest(filter);
  const entries = collection.entries();
  return order.filter((at) => test(entries[at] as BatchEntry));
}
