import { isoUtc, logWindowStanding } from '../time/index.ts';
import type { BatchEntry } from './batch.ts';
import { codesByCount, type IncidentScale } from './batch-table.ts';
import { compareText, edgeIpOrder } from './compare.ts';

/*
 * The figures of a batch (counts by code, edge IP, host and path, HTTP status; the refusals per
 * second of edge time; the freshest errors) kept as counts that an entry can be added to and
 * taken out of. A batch of a million references is then summarised as it streams in, a message
 * at a time, and each picture of it costs the number of distinct keys, not the number of rows.
 * `summariseBatch`, `buildTimeline` and friends are this tally filled from a list.
 */

export interface CodeCount {
  readonly reasonCode: number;
  /** Akamai's name, or null when no published name is known. */
  readonly name: string | null;
  readonly count: number;
}

export interface EdgeIpCount {
  readonly edgeIp: string;
  readonly edgeHostname: string;
  readonly count: number;
}

export interface HostPathCount {
  readonly host: string | null;
  readonly path: string;
  readonly count: number;
}

export interface StatusCount {
  readonly status: number;
  readonly count: number;
}

/** The picture an incident needs: how many, which codes, since when, from where, on which URLs. */
export interface BatchSummary {
  /** Error references: one per refused request. */
  readonly refusals: number;
  /** GRNs (Akamai-GRN headers): request ids of responses, refused or not. */
  readonly grns: number;
  /** How often the refusals appear in the text, repeats included. */
  readonly occurrences: number;
  readonly byCode: readonly CodeCount[];
  readonly byEdgeIp: readonly EdgeIpCount[];
  readonly byHostPath: readonly HostPathCount[];
  /** Refusals with no request known (a bare reference, a log line without a URL). */
  readonly withoutRequest: number;
  /** ISO 8601 UTC of the earliest and latest refusal (the edge's clock), null when none. */
  readonly firstSeenUtc: string | null;
  readonly lastSeenUtc: string | null;
  readonly spanSeconds: number;
}

/** How many error references Oracle can still look up: Akamai keeps logs 6 h surely, 24 h maybe. */
export interface LogWindowCounts {
  readonly errors: number;
  /** Younger than 6 hours: Akamai's logs are surely kept. */
  readonly within6Hours: number;
  /** Younger than 24 hours (including those within 6): the logs may still be kept. */
  readonly within24Hours: number;
  /** Stamped ahead of this device's clock: the clock or the copy is wrong. */
  readonly future: number;
}

/** A stacked series: one reason code, or every other code together. */
export interface TimelineSeries {
  readonly key: number | 'other';
  readonly label: string;
  readonly total: number;
}

export interface TimelineBucket {
  readonly startEpoch: number;
  readonly startUtc: string;
  readonly endUtc: string;
  /** Count per series, in the order of `Timeline.series`. */
  readonly counts: readonly number[];
  readonly total: number;
}

/** A reference far in time from the rest: listed apart so it does not stretch the axis. */
export interface TimelineOutlier {
  readonly reference: string;
  readonly reasonCode: number;
  readonly epochSeconds: number;
  readonly utc: string;
}

export interface Timeline {
  readonly bucketSeconds: number;
  /** "5 minutes", "1 hour": what one bar covers. */
  readonly bucketLabel: string;
  readonly series: readonly TimelineSeries[];
  readonly buckets: readonly TimelineBucket[];
  /** How many error references lie outside the charted span (see `chartedSpan`). */
  readonly outlierCount: number;
  /** The first of them in time order, up to `MAX_LISTED_OUTLIERS`. */
  readonly outliers: readonly TimelineOutlier[];
}

export const MAX_LISTED_OUTLIERS = 10;
export const MAX_TIMELINE_BUCKETS = 48;
/** More codes than this become one "other" band: more colours cannot be told apart. */
export const MAX_TIMELINE_SERIES = 5;

/** Bar widths a person reads at a glance, smallest first. */
const BUCKET_STEPS: readonly { readonly seconds: number; readonly label: string }[] = [
  { seconds: 60, label: '1 minute' },
  { seconds: 300, label: '5 minutes' },
  { seconds: 900, label: '15 minutes' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 6 * 3600, label: '6 hours' },
  { seconds: 86_400, label: '1 day' },
  { seconds: 7 * 86_400, label: '1 week' },
  { seconds: 30 * 86_400, label: '30 days' },
];

/** Below this many references every one is charted: too few to say which are far from the rest. */
const MIN_FOR_OUTLIERS = 8;
/** The middle spread is never taken as narrower than this: minutes apart is not "far". */
const MIN_SPREAD_SECONDS = 3600;

/**
 * Seconds are kept as offsets from this: epoch seconds (1.7e9) are past V8's small-integer
 * range, and a Map keyed by them hashes heap numbers, several times slower per second counted.
 */
const SECOND_BASE = 1_600_000_000;

/** Refusals stamped with one second of edge time. */
interface Second {
  total: number;
  readonly byCode: Map<number, number>;
  /** Their references in the order they were first counted (outliers are listed from here)... */
  readonly references: string[];
  /** ...and each one's reason code (two lists: a million small objects would weigh on GC). */
  readonly codes: number[];
}

interface Counted<T> {
  readonly row: T;
  count: number;
}

function bump<T>(counts: Map<string, Counted<T>>, key: string, row: T, by: number): void {
  const existing = counts.get(key);
  if (existing === undefined) {
    if (by > 0) counts.set(key, { row, count: by });
    return;
  }
  existing.count += by;
  if (existing.count <= 0) counts.delete(key);
}

function bumpNumber(counts: Map<number, number>, key: number, by: number): void {
  const count = (counts.get(key) ?? 0) + by;
  if (count <= 0) counts.delete(key);
  else counts.set(key, count);
}

const isError = (entry: BatchEntry) => entry.reference.kind === 'error';

/** Later first; at the same second, by reference: the table's time order, descending. */
export function fresherFirst(a: BatchEntry, b: BatchEntry): number {
  return (
    b.reference.epochSeconds - a.reference.epochSeconds ||
    compareText(a.reference.reference, b.reference.reference)
  );
}

function bucketCountFor(first: number, last: number, seconds: number): number {
  return Math.floor((last - (first - (first % seconds))) / seconds) + 1;
}

function bucketStep(first: number, last: number): { seconds: number; label: string } {
  const fitting = BUCKET_STEPS.find(
    ({ seconds }) => bucketCountFor(first, last, seconds) <= MAX_TIMELINE_BUCKETS,
  );
  if (fitting) return fitting;
  const days = Math.ceil((last - first) / 86_400 / (MAX_TIMELINE_BUCKETS - 2));
  return { seconds: days * 86_400, label: `${days} days` };
}

/**
 * Akamai's name for a reason code, or null. Passed in by whoever shows the figures: counting runs
 * on the first screen, and the code table is not there (it loads with the decoding script).
 */
export type CodeName = (reasonCode: number) => string | null;

/** A path segment that names one record (an account number, a UUID, a long hex id). */
const RECORD_ID =
  /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,})$/i;

/**
 * A path with its record ids as `{id}`: `/customer/v1/accounts/{id}`. Counted by record, 200,000
 * failed calls to as many accounts would fill the table with one-off rows and hide the call that
 * fails.
 */
export function pathPattern(path: string): string {
  return path
    .split('/')
    .map((segment) => (RECORD_ID.test(segment) ? '{id}' : segment))
    .join('/');
}

function seriesLabel(code: number, codeName: CodeName): string {
  const name = codeName(code);
  return name === null ? `Code ${code}` : `Code ${code}: ${name}`;
}

export const EMPTY_TIMELINE: Timeline = {
  bucketSeconds: 60,
  bucketLabel: '1 minute',
  series: [],
  buckets: [],
  outlierCount: 0,
  outliers: [],
};

/**
 * Counts over a batch that entries are added to, taken out of, or replaced in (a reference seen
 * again, or its request found later). Every figure equals the same figure computed over the
 * whole list at once; only the freshest-errors list may need the list back (`freshestErrors`).
 */
export class BatchTally {
  private errors = 0;
  private grns = 0;
  private occurrences = 0;
  private withoutRequest = 0;
  private readonly byCode = new Map<number, number>();
  private readonly byEdgeIp = new Map<
    string,
    Counted<{ edgeIp: string; edgeHostname: string; order: number }>
  >();
  private readonly byHostPath = new Map<string, Counted<{ host: string | null; path: string }>>();
  private readonly byStatus = new Map<number, number>();
  private readonly seconds = new Map<number, Second>();
  /** Distinct seconds (offsets from SECOND_BASE) in time order: new ones merged in, an emptied one rebuilds. */
  private sortedSeconds: number[] | null = [];
  private newSeconds: number[] = [];

  add(entry: BatchEntry): void {
    this.count(entry, 1);
  }

  remove(entry: BatchEntry): void {
    this.count(entry, -1);
  }

  /** One entry became another (the same reference, merged with a new sighting). */
  replace(before: BatchEntry, after: BatchEntry): void {
    this.count(before, -1, after);
    this.count(after, 1, before);
  }

  private count(entry: BatchEntry, by: 1 | -1, counterpart?: BatchEntry): void {
    const statuses = new Set<number>();
    for (const request of entry.requests) if (request.status !== null) statuses.add(request.status);
    for (const status of statuses) bumpNumber(this.byStatus, status, by);
    const { reference } = entry;
    if (!isError(entry)) {
      this.grns += by;
      return;
    }
    this.errors += by;
    this.occurrences += by * reference.occurrences;
    bumpNumber(this.byCode, reference.reasonCode, by);
    bump(
      this.byEdgeIp,
      reference.edgeIp,
      {
        edgeIp: reference.edgeIp,
        edgeHostname: reference.edgeHostname,
        order: edgeIpOrder(reference.edgeIpHex),
      },
      by,
    );
    const request = entry.requests[0];
    if (request?.path == null) this.withoutRequest += by;
    else {
      const host = request.host ?? null;
      const path = pathPattern(request.path);
      bump(this.byHostPath, `${host ?? ''} ${path}`, { host, path }, by);
    }
    // Its place in time stays put while it stays an error: the outliers keep first-seen order.
    if (counterpart === undefined || !isError(counterpart)) this.countSecond(entry, by);
  }

  private countSecond(entry: BatchEntry, by: 1 | -1): void {
    const { reasonCode, reference } = entry.reference;
    const epochSeconds = entry.reference.epochSeconds - SECOND_BASE;
    let second = this.seconds.get(epochSeconds);
    if (second === undefined) {
      if (by < 0) return;
      second = { total: 0, byCode: new Map(), references: [], codes: [] };
      this.seconds.set(epochSeconds, second);
      this.newSeconds.push(epochSeconds);
    }
    second.total += by;
    bumpNumber(second.byCode, reasonCode, by);
    if (by > 0) {
      second.references.push(reference);
      second.codes.push(reasonCode);
    } else {
      const at = second.references.indexOf(reference);
      if (at !== -1) {
        second.references.splice(at, 1);
        second.codes.splice(at, 1);
      }
    }
    if (second.total <= 0) {
      this.seconds.delete(epochSeconds);
      this.sortedSeconds = null;
      this.newSeconds = [];
    }
  }

  get refusals(): number {
    return this.errors;
  }

  get grnCount(): number {
    return this.grns;
  }

  /** Refusals per reason code, most frequent first (what a code filter offers). */
  codes(codeName: CodeName): CodeCount[] {
    return [...this.byCode]
      .map(([reasonCode, count]) => ({
        reasonCode,
        name: codeName(reasonCode),
        count,
      }))
      .sort((a, b) => b.count - a.count || a.reasonCode - b.reasonCode);
  }

  /** References per HTTP status their request answered, most frequent first (the status filter). */
  statuses(): StatusCount[] {
    return [...this.byStatus]
      .map(([status, count]) => ({ status, count }))
      .sort((a, b) => b.count - a.count || a.status - b.status);
  }

  /** Every error and the first and last second they were stamped; null when there is none. */
  errorScale(): IncidentScale | null {
    const order = this.timeOrder();
    const first = order[0];
    const last = order.at(-1);
    if (this.errors === 0 || first === undefined || last === undefined) return null;
    return {
      errors: this.errors,
      firstEpoch: first + SECOND_BASE,
      lastEpoch: last + SECOND_BASE,
      codes: codesByCount(this.byCode),
    };
  }

  private timeOrder(): number[] {
    if (this.sortedSeconds === null) {
      this.sortedSeconds = [...this.seconds.keys()].sort((a, b) => a - b);
      this.newSeconds = [];
    } else if (this.newSeconds.length > 0) {
      // A second emptied and filled again between two reads is listed once.
      const fresh = this.newSeconds
        .filter((epoch) => this.seconds.has(epoch))
        .sort((a, b) => a - b);
      this.newSeconds = [];
      this.sortedSeconds = mergeSorted(this.sortedSeconds, fresh);
    }
    return this.sortedSeconds;
  }

  summary(codeName: CodeName): BatchSummary {
    const byEdgeIp = [...this.byEdgeIp.values()]
      .sort((a, b) => b.count - a.count || a.row.order - b.row.order)
      .map(({ row, count }) => ({ edgeIp: row.edgeIp, edgeHostname: row.edgeHostname, count }));
    const byHostPath = [...this.byHostPath.values()]
      .map(({ row, count }) => ({ host: row.host, path: row.path, count }))
      .sort(
        (a, b) => b.count - a.count || compareText(`${a.host} ${a.path}`, `${b.host} ${b.path}`),
      );
    const order = this.timeOrder();
    const firstOffset = order[0];
    const lastOffset = order.at(-1);
    const first = firstOffset === undefined ? undefined : firstOffset + SECOND_BASE;
    const last = lastOffset === undefined ? undefined : lastOffset + SECOND_BASE;
    return {
      refusals: this.errors,
      grns: this.grns,
      occurrences: this.occurrences,
      byCode: this.codes(codeName),
      byEdgeIp,
      byHostPath,
      withoutRequest: this.withoutRequest,
      firstSeenUtc: first === undefined ? null : isoUtc(first),
      lastSeenUtc: last === undefined ? null : isoUtc(last),
      spanSeconds: first === undefined || last === undefined ? 0 : last - first,
    };
  }

  /** Error references by their age at `nowMs` against how long Akamai keeps its logs. */
  logWindow(nowMs: number): LogWindowCounts {
    let within6Hours = 0;
    let within24Hours = 0;
    let future = 0;
    for (const [offset, { total }] of this.seconds) {
      const standing = logWindowStanding(offset + SECOND_BASE, nowMs);
      if (standing === 'future') future += total;
      if (standing === 'fresh') within6Hours += total;
      if (standing === 'fresh' || standing === 'may-be-gone') within24Hours += total;
    }
    return { errors: this.errors, within6Hours, within24Hours, future };
  }

  /** The refusal at `rank` (0-based) in time order, as a sorted list of every time would give. */
  private epochAtRank(order: readonly number[], rank: number): number {
    let seen = 0;
    for (const epoch of order) {
      seen += this.seconds.get(epoch)?.total ?? 0;
      if (seen > rank) return epoch;
    }
    return order.at(-1) ?? 0;
  }

  /**
   * The span to chart: the middle 80 % of the times widened by twice their spread on each side.
   * A few references far outside it (one from yesterday in today's incident) would squash every
   * bar into one corner, so they are listed apart instead. When trimming would not at least
   * halve the span, everything is charted.
   */
  private chartedSpan(order: readonly number[]): { first: number; last: number } {
    const first = order[0] ?? 0;
    const last = order.at(-1) ?? 0;
    if (this.errors < MIN_FOR_OUTLIERS) return { first, last };
    const low = this.epochAtRank(order, Math.floor(0.1 * (this.errors - 1)));
    const high = this.epochAtRank(order, Math.ceil(0.9 * (this.errors - 1)));
    const spread = Math.max(high - low, MIN_SPREAD_SECONDS);
    const inside = order.filter((epoch) => epoch >= low - 2 * spread && epoch <= high + 2 * spread);
    const trimmedFirst = inside[0] ?? first;
    const trimmedLast = inside.at(-1) ?? last;
    if ((trimmedLast - trimmedFirst) * 2 > last - first) return { first, last };
    return { first: trimmedFirst, last: trimmedLast };
  }

  /**
   * Refusals over time (the edge's timestamp in each reference), in equal UTC-aligned buckets,
   * stacked by reason code. Empty buckets are kept: a gap in an incident is information.
   */
  timeline(codeName: CodeName): Timeline {
    if (this.errors === 0) return EMPTY_TIMELINE;
    const order = this.timeOrder();
    const span = this.chartedSpan(order);
    const first = span.first + SECOND_BASE;
    const last = span.last + SECOND_BASE;
    const step = bucketStep(first, last);
    const alignedStart = first - (first % step.seconds);
    const bucketCount = bucketCountFor(first, last, step.seconds);

    const ranked = [...this.byCode].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const named =
      ranked.length > MAX_TIMELINE_SERIES ? ranked.slice(0, MAX_TIMELINE_SERIES - 1) : ranked;
    const series: TimelineSeries[] = named.map(([code, total]) => ({
      key: code,
      label: seriesLabel(code, codeName),
      total,
    }));
    const otherTotal = this.errors - named.reduce((sum, [, total]) => sum + total, 0);
    if (otherTotal > 0) {
      series.push({
        key: 'other',
        label:
          ranked.length - named.length === 1
            ? '1 other code'
            : `${ranked.length - named.length} other codes`,
        total: otherTotal,
      });
    }
    const seriesIndex = new Map<number, number>(named.map(([code], index) => [code, index]));
    const otherIndex = series.length - 1;

    const counts = Array.from({ length: bucketCount }, () =>
      new Array<number>(series.length).fill(0),
    );
    let outlierCount = 0;
    const outliers: TimelineOutlier[] = [];
    for (const offset of order) {
      const second = this.seconds.get(offset);
      if (second === undefined) continue;
      const epoch = offset + SECOND_BASE;
      if (epoch < first || epoch > last) {
        outlierCount += second.total;
        second.references.forEach((reference, index) => {
          if (outliers.length >= MAX_LISTED_OUTLIERS) return;
          const reasonCode = second.codes[index] ?? 0;
          outliers.push({ reference, reasonCode, epochSeconds: epoch, utc: isoUtc(epoch) });
        });
        continue;
      }
      const bucket = counts[Math.floor((epoch - alignedStart) / step.seconds)];
      if (bucket === undefined) continue;
      for (const [code, count] of second.byCode) {
        const index = seriesIndex.get(code) ?? otherIndex;
        bucket[index] = (bucket[index] ?? 0) + count;
      }
    }
    const buckets = counts.map((bucketCounts, index) => {
      const startEpoch = alignedStart + index * step.seconds;
      return {
        startEpoch,
        startUtc: isoUtc(startEpoch),
        endUtc: isoUtc(startEpoch + step.seconds),
        counts: bucketCounts,
        total: bucketCounts.reduce((sum, count) => sum + count, 0),
      };
    });
    return {
      bucketSeconds: step.seconds,
      bucketLabel: step.label,
      series,
      buckets,
      outlierCount,
      outliers,
    };
  }
}

/** Two ascending lists as one: a batch streaming in time order adds its seconds at the end. */
function mergeSorted(held: readonly number[], fresh: readonly number[]): number[] {
  const last = held.at(-1);
  if (last === undefined || (fresh[0] !== undefined && fresh[0] > last)) return [...held, ...fresh];
  const merged: number[] = [];
  let at = 0;
  for (const epoch of fresh) {
    while (at < held.length && (held[at] as number) < epoch) merged.push(held[at++] as number);
    merged.push(epoch);
  }
  while (at < held.length) merged.push(held[at++] as number);
  return merged;
}

/** A tally of a whole list at once. */
export function tallyOf(entries: readonly BatchEntry[]): BatchTally {
  const tally = new BatchTally();
  for (const entry of entries) tally.add(entry);
  return tally;
}
