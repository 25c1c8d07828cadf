import type { BatchEntry } from './batch.ts';
import { akamaiCodeName } from './code-names.ts';
import { tallyOf, type Timeline } from './batch-tally.ts';

export {
  MAX_LISTED_OUTLIERS,
  MAX_TIMELINE_BUCKETS,
  MAX_TIMELINE_SERIES,
  type Timeline,
  type TimelineBucket,
  type TimelineOutlier,
  type TimelineSeries,
} from './batch-tally.ts';

/**
 * Refusals over time (the edge's timestamp in each reference), in equal UTC-aligned buckets,
 * stacked by reason code. Empty buckets are kept: a gap in an incident is information.
 */
export function buildTimeline(entries: readonly BatchEntry[]): Timeline {
  return tallyOf(entries).timeline(akamaiCodeName);
}
