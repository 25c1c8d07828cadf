import { isoUtc, referenceAge } from '../time/index.ts';
import { lookupReasonCode } from '../codes/index.ts';
import { refusals, type BatchEntry } from './batch.ts';
import { compareText, edgeIpOrder } from './compare.ts';

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

function countBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
): Map<string, { item: T; count: number }> {
  const counts = new Map<string, { item: T; count: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const existing = counts.get(key);
    if (existing) existing.count += 1;
    else counts.set(key, { item, count: 1 });
  }
  return counts;
}

/** Largest first; ties in the order given by `tieBreak`. */
function byCountThen<T extends { readonly count: number }>(tieBreak: (a: T, b: T) => number) {
  return (a: T, b: T) => b.count - a.count || tieBreak(a, b);
}

/** Refusals per reason code, most frequent first (what a code filter offers). */
export function countByCode(entries: readonly BatchEntry[]): CodeCount[] {
  return [...countBy(refusals(entries), (entry) => String(entry.reference.reasonCode)).values()]
    .map(({ item, count }) => ({
      reasonCode: item.reference.reasonCode,
      name: lookupReasonCode(item.reference.reasonCode).akamaiName,
      count,
    }))
    .sort(byCountThen((a, b) => a.reasonCode - b.reasonCode));
}

export function summariseBatch(entries: readonly BatchEntry[]): BatchSummary {
  const errors = refusals(entries);
  const byCode = countByCode(errors);
  const byEdgeIp = [...countBy(errors, (entry) => entry.reference.edgeIp).values()]
    .map(({ item, count }) => ({ row: item, count, order: edgeIpOrder(item.reference.edgeIpHex) }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ row, count }) => ({
      edgeIp: row.reference.edgeIp,
      edgeHostname: row.reference.edgeHostname,
      count,
    }));
  const withRequest = errors.filter((entry) => entry.requests[0]?.path != null);
  const byHostPath = [
    ...countBy(withRequest, (entry) => {
      const request = entry.requests[0];
      return `${request?.host ?? ''} ${request?.path ?? ''}`;
    }).values(),
  ]
    .map(({ item, count }) => ({
      host: item.requests[0]?.host ?? null,
      path: item.requests[0]?.path ?? '',
      count,
    }))
    .sort(byCountThen((a, b) => compareText(`${a.host} ${a.path}`, `${b.host} ${b.path}`)));
  const epochs = errors.map((entry) => entry.reference.epochSeconds);
  const first = epochs.length === 0 ? null : epochs.reduce((a, b) => Math.min(a, b));
  const last = epochs.length === 0 ? null : epochs.reduce((a, b) => Math.max(a, b));
  return {
    refusals: errors.length,
    grns: entries.length - errors.length,
    occurrences: errors.reduce((total, entry) => total + entry.reference.occurrences, 0),
    byCode,
    byEdgeIp,
    byHostPath,
    withoutRequest: errors.length - withRequest.length,
    firstSeenUtc: first === null ? null : isoUtc(first),
    lastSeenUtc: last === null ? null : isoUtc(last),
    spanSeconds: first === null || last === null ? 0 : last - first,
  };
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

/** Counts error references by their age at `nowMs` against how long Akamai keeps its logs. */
export function countInsideLogWindow(
  entries: readonly BatchEntry[],
  nowMs: number,
): LogWindowCounts {
  let within6Hours = 0;
  let within24Hours = 0;
  let future = 0;
  const errors = refusals(entries);
  for (const entry of errors) {
    const { standing } = referenceAge(entry.reference.epochSeconds, nowMs);
    if (standing === 'future') future += 1;
    if (standing === 'fresh') within6Hours += 1;
    if (standing === 'fresh' || standing === 'may-be-gone') within24Hours += 1;
  }
  return { errors: errors.length, within6Hours, within24Hours, future };
}
