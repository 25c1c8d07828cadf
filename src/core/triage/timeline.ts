import { lookupReasonCode } from '../codes/index.ts';
import { isoUtc } from '../time/index.ts';
import { refusals, type BatchEntry } from './batch.ts';

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
export const MAX_TIMELINE_BUCKETS = 48;
/** More codes than this become one "other" band: more colours cannot be told apart. */
export const MAX_TIMELINE_SERIES = 5;

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

/** Below this many references every one is charted: too few to say which are far from the rest. */
const MIN_FOR_OUTLIERS = 8;
/** The middle spread is never taken as narrower than this: minutes apart is not "far". */
const MIN_SPREAD_SECONDS = 3600;

/**
 * The span to chart: the middle 80 % of the times widened by twice their spread on each side.
 * A few references far outside it (one from yesterday in today's incident) would squash every
 * bar into one corner, so they are listed apart instead. When trimming would not at least halve
 * the span, everything is charted.
 */
function chartedSpan(sorted: readonly number[]): { first: number; last: number } {
  const first = sorted[0] ?? 0;
  const last = sorted.at(-1) ?? 0;
  if (sorted.length < MIN_FOR_OUTLIERS) return { first, last };
  const low = sorted[Math.floor(0.1 * (sorted.length - 1))] ?? first;
  const high = sorted[Math.ceil(0.9 * (sorted.length - 1))] ?? last;
  const spread = Math.max(high - low, MIN_SPREAD_SECONDS);
  const inside = sorted.filter((epoch) => epoch >= low - 2 * spread && epoch <= high + 2 * spread);
  const trimmedFirst = inside[0] ?? first;
  const trimmedLast = inside.at(-1) ?? last;
  if ((trimmedLast - trimmedFirst) * 2 > last - first) return { first, last };
  return { first: trimmedFirst, last: trimmedLast };
}

function seriesLabel(code: number): string {
  const name = lookupReasonCode(code).akamaiName;
  return name === null ? `Code ${code}` : `Code ${code}: ${name}`;
}

/**
 * Refusals over time (the edge's timestamp in each reference), in equal UTC-aligned buckets,
 * stacked by reason code. Empty buckets are kept: a gap in an incident is information.
 */
export function buildTimeline(entries: readonly BatchEntry[]): Timeline {
  const errors = refusals(entries);
  if (errors.length === 0) {
    return {
      bucketSeconds: 60,
      bucketLabel: '1 minute',
      series: [],
      buckets: [],
      outlierCount: 0,
      outliers: [],
    };
  }
  const sorted = errors.map((entry) => entry.reference.epochSeconds).sort((a, b) => a - b);
  const { first, last } = chartedSpan(sorted);
  const isOutlier = (epoch: number) => epoch < first || epoch > last;
  const outlierEntries = errors
    .filter((entry) => isOutlier(entry.reference.epochSeconds))
    .sort((a, b) => a.reference.epochSeconds - b.reference.epochSeconds);
  const step = bucketStep(first, last);
  const alignedStart = first - (first % step.seconds);
  const bucketCount = bucketCountFor(first, last, step.seconds);

  const totals = new Map<number, number>();
  for (const entry of errors) {
    totals.set(entry.reference.reasonCode, (totals.get(entry.reference.reasonCode) ?? 0) + 1);
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const named =
    ranked.length > MAX_TIMELINE_SERIES ? ranked.slice(0, MAX_TIMELINE_SERIES - 1) : ranked;
  const series: TimelineSeries[] = named.map(([code, total]) => ({
    key: code,
    label: seriesLabel(code),
    total,
  }));
  const otherTotal = errors.length - named.reduce((sum, [, total]) => sum + total, 0);
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
  for (const entry of errors) {
    if (isOutlier(entry.reference.epochSeconds)) continue;
    const bucket = counts[Math.floor((entry.reference.epochSeconds - alignedStart) / step.seconds)];
    const index = seriesIndex.get(entry.reference.reasonCode) ?? otherIndex;
    if (bucket !== undefined) bucket[index] = (bucket[index] ?? 0) + 1;
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
    outlierCount: outlierEntries.length,
    outliers: outlierEntries.slice(0, MAX_LISTED_OUTLIERS).map((entry) => ({
      reference: entry.reference.reference,
      reasonCode: entry.reference.reasonCode,
      epochSeconds: entry.reference.epochSeconds,
      utc: isoUtc(entry.reference.epochSeconds),
    })),
  };
}
