import { LOG_WINDOW_HOURS, formatUtc } from '../time/index.ts';
import type { LogWindowCounts } from './batch-tally.ts';
import type { Timeline, TimelineSeries } from './timeline.ts';
import { formatCount } from '../text/index.ts';

/** What the timeline chart says in words: its description, axis ends, column heads. */
export interface TimelineWords {
  /** The whole chart in sentences, for the image's description. */
  readonly description: string;
  /** Why some errors are listed apart, or null when none are. */
  readonly outliers: string | null;
  /** Where the axis starts and ends: `11:30` within a day, `11-28 11:30` across days. */
  readonly axis: { readonly start: string; readonly end: string } | null;
  /** The table's heading for each series, in series order. */
  readonly seriesHeadings: readonly string[];
  /** Each bucket's start in UTC, in bucket order. */
  readonly bucketStarts: readonly string[];
  /** Each listed outlier in a line: its time and code (the reference is shown beside it). */
  readonly outlierLines: readonly string[];
}

const epochOf = (iso: string) => Date.parse(iso) / 1000;

/** `11:30` within one day, `11-28 11:30` across days: enough to place a bar. */
function shortTime(iso: string, acrossDays: boolean): string {
  const full = formatUtc(epochOf(iso)); // 2025-11-28 11:30:00 UTC
  return acrossDays ? full.slice(5, 16) : full.slice(11, 16);
}

function outlierSentence(count: number): string {
  return `${count === 1 ? '1 error lies' : `${formatCount(count)} errors lie`} far from the rest in time and ${count === 1 ? 'is' : 'are'} listed below the chart instead.`;
}

function seriesHeading(series: TimelineSeries): string {
  return series.key === 'other' ? 'Other' : `Code ${series.key}`;
}

function describe(timeline: Timeline, outliers: string | null): string {
  const total = timeline.buckets.reduce((sum, bucket) => sum + bucket.total, 0);
  const first = timeline.buckets[0];
  const last = timeline.buckets.at(-1);
  if (first === undefined || last === undefined) return 'No errors to chart.';
  const busiest = timeline.buckets.reduce((a, b) => (b.total > a.total ? b : a));
  const series = timeline.series.map((s) => `${s.label}: ${formatCount(s.total)}`).join('; ');
  return (
    `${formatCount(total)} errors from ${formatUtc(first.startEpoch)} to ${formatUtc(epochOf(last.endUtc))}, ` +
    `one bar per ${timeline.bucketLabel}. The busiest bar starts ` +
    `${formatUtc(busiest.startEpoch)} with ${formatCount(busiest.total)}. By code: ${series}.` +
    (outliers === null ? '' : ` ${outliers}`)
  );
}

export function describeTimeline(timeline: Timeline): TimelineWords {
  const first = timeline.buckets[0];
  const last = timeline.buckets.at(-1);
  const outliers = timeline.outlierCount > 0 ? outlierSentence(timeline.outlierCount) : null;
  const acrossDays =
    first !== undefined &&
    last !== undefined &&
    first.startUtc.slice(0, 10) !== last.endUtc.slice(0, 10);
  return {
    description: describe(timeline, outliers),
    outliers,
    axis:
      first === undefined || last === undefined
        ? null
        : { start: shortTime(first.startUtc, acrossDays), end: shortTime(last.endUtc, acrossDays) },
    seriesHeadings: timeline.series.map(seriesHeading),
    bucketStarts: timeline.buckets.map((bucket) => formatUtc(bucket.startEpoch)),
    outlierLines: timeline.outliers.map(
      (outlier) => `${formatUtc(outlier.epochSeconds)}: code ${outlier.reasonCode}`,
    ),
  };
}

/** The batch summary's log-window line, and whether Oracle can still look references up. */
export interface LogWindowWords {
  readonly fresh: boolean;
  readonly text: string;
}

export function describeLogWindow(counts: LogWindowCounts): LogWindowWords {
  const { surelyKept, possiblyKept } = LOG_WINDOW_HOURS;
  const future =
    counts.future > 0
      ? ` ${formatCount(counts.future)} ${counts.future === 1 ? 'is' : 'are'} stamped ahead of this device's clock.`
      : '';
  if (counts.within24Hours === 0) {
    return {
      fresh: false,
      text: `All ${formatCount(counts.errors)} errors are older than ${possiblyKept} hours: Akamai's logs are probably gone. If the error still happens, take a fresh reference.${future}`,
    };
  }
  const young = `${formatCount(counts.within6Hours)} of ${formatCount(counts.errors)} errors are younger than ${surelyKept} hours`;
  // The same count twice says nothing: the 24-hour figure only when it adds references.
  const ages =
    counts.within6Hours === counts.within24Hours
      ? young
      : `${young}, ${formatCount(counts.within24Hours)} younger than ${possiblyKept} hours`;
  return {
    fresh: true,
    text: `${ages}: Oracle can still look those up in Akamai's logs. Draft the SR now, with the freshest references.${future}`,
  };
}
