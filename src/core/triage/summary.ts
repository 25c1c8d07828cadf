import { refusals, type BatchEntry } from './batch.ts';
import { akamaiCodeName } from './code-names.ts';
import { tallyOf, type BatchSummary, type CodeCount, type LogWindowCounts } from './batch-tally.ts';

export type {
  BatchSummary,
  CodeCount,
  EdgeIpCount,
  HostPathCount,
  LogWindowCounts,
} from './batch-tally.ts';

/** Refusals per reason code, most frequent first (what a code filter offers). */
export function countByCode(entries: readonly BatchEntry[]): CodeCount[] {
  return tallyOf(refusals(entries)).codes(akamaiCodeName);
}

export function summariseBatch(entries: readonly BatchEntry[]): BatchSummary {
  return tallyOf(entries).summary(akamaiCodeName);
}

/** Counts error references by their age at `nowMs` against how long Akamai keeps its logs. */
export function countInsideLogWindow(
  entries: readonly BatchEntry[],
  nowMs: number,
): LogWindowCounts {
  return tallyOf(refusals(entries)).logWindow(nowMs);
}
