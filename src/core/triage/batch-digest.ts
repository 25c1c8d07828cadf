import type { ServiceRequestPick } from './batch-collection.ts';
import type { BatchEntry, BatchRejected } from './batch.ts';
import {
  EMPTY_TIMELINE,
  type BatchSummary,
  type CodeCount,
  type LogWindowCounts,
  type StatusCount,
  type Timeline,
} from './batch-tally.ts';

/** The first references seen, kept in every digest: a link carries 100, the first cards 25. */
export const FIRST_ENTRIES_KEPT = 100;

/** Everything the page shows of a batch without asking: figures and a few entries, never all. */
export interface BatchDigest {
  /** Changes whenever the batch did. */
  readonly version: number;
  readonly size: number;
  readonly summary: BatchSummary;
  readonly timeline: Timeline;
  readonly codes: readonly CodeCount[];
  readonly statuses: readonly StatusCount[];
  /** Counted at `nowMs`. */
  readonly logWindow: LogWindowCounts;
  readonly nowMs: number;
  /** The freshest error references for one SR. */
  readonly serviceRequest: ServiceRequestPick;
  /** The entries behind `serviceRequest`: the SR screen reads the requests they answered. */
  readonly serviceRequestEntries: readonly BatchEntry[];
  /** The first entries seen, first seen first (at most `FIRST_ENTRIES_KEPT`). */
  readonly first: readonly BatchEntry[];
  /** Candidates in the files that are not valid references (the paste's own are the page's). */
  readonly rejected: readonly BatchRejected[];
}

/** The digest of a batch with nothing in it: what the page shows before anything is read. */
export const EMPTY_DIGEST: BatchDigest = {
  version: 0,
  size: 0,
  summary: {
    refusals: 0,
    grns: 0,
    occurrences: 0,
    byCode: [],
    byEdgeIp: [],
    byHostPath: [],
    withoutRequest: 0,
    firstSeenUtc: null,
    lastSeenUtc: null,
    spanSeconds: 0,
  },
  timeline: EMPTY_TIMELINE,
  codes: [],
  statuses: [],
  logWindow: { errors: 0, within6Hours: 0, within24Hours: 0, future: 0 },
  nowMs: 0,
  serviceRequest: { references: [], leftOut: 0, grnsLeftOut: 0, scale: null },
  serviceRequestEntries: [],
  first: [],
  rejected: [],
};
