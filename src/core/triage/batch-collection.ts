import { mergeEntries, type BatchEntry, type BatchRejected } from './batch.ts';
import {
  SR_REFERENCE_LIMIT,
  referencesForServiceRequest,
  type IncidentScale,
} from './batch-table.ts';
import {
  BatchTally,
  fresherFirst,
  type BatchSummary,
  type CodeCount,
  type CodeName,
  type LogWindowCounts,
  type StatusCount,
  type Timeline,
} from './batch-tally.ts';
import type { FoundReference } from './found-reference.ts';
import type { RequestContext } from './request-context.ts';
import type { RejectedCandidate } from '../reference/index.ts';

/** What one SR link carries from a batch: the freshest errors, what it leaves out, how large. */
export interface ServiceRequestPick {
  readonly references: readonly string[];
  readonly leftOut: number;
  readonly grnsLeftOut: number;
  /** Every error it was picked from; null when there is none. */
  readonly scale: IncidentScale | null;
}

const NO_REQUESTS: readonly RequestContext[] = [];

/** The last three fields: shared by an error reference and the GRN of the same response. */
const tailOf = (canonical: string): string => canonical.slice(canonical.indexOf('.') + 1);

/**
 * Every reference of a batch (pasted text and dropped files), one entry each in first-seen
 * order, growing a message at a time while files stream in. Each addition costs the size of
 * what was added: the figures (`summary`, `timeline`, `codes`...) are counted as entries come
 * and go (`BatchTally`), the freshest errors for an SR are kept as they come, and a GRN is tied
 * to the error of the same response as soon as both are in. `entries()` is the live list, read
 * through `version`: it grows and changes in place.
 */
export class BatchCollection {
  private readonly rows: BatchEntry[] = [];
  private readonly positions = new Map<string, number>();
  private readonly rejectedByKey = new Map<string, BatchRejected>();
  private readonly tally = new BatchTally();
  /** GRN rows by tail, in row order; errors by tail only once a GRN came (most batches have none). */
  private readonly grnsByTail = new Map<string, number[]>();
  private errorsByTail: Map<string, number[]> | null = null;
  /** The GRN and error rows this batch tied together, by tail (a row seen later may come first). */
  private readonly pairs = new Map<string, readonly [grnAt: number, errorAt: number]>();
  /** Rows whose related reference this batch chose (it may change its choice). */
  private readonly relatedHere = new Set<number>();
  /** The freshest error references, freshest first; null when one was taken out (rebuilt on use). */
  private freshest: BatchEntry[] | null = [];
  /** Errors that may belong among the freshest, sorted in when read or when many are waiting. */
  private freshestWaiting: BatchEntry[] = [];
  /** Rows changed in place since `changeLogStart` changes were dropped (see `changesSince`). */
  private changeLog: number[] = [];
  private changeLogStart = 0;
  private revision = 0;
  private cached: {
    readonly revision: number;
    summary?: BatchSummary;
    timeline?: Timeline;
    codes?: CodeCount[];
    statuses?: StatusCount[];
  } = { revision: 0 };

  /** Counts every change: a view made at one version is current while it is unchanged. */
  get version(): number {
    return this.revision;
  }

  get size(): number {
    return this.rows.length;
  }

  /** The live list, first seen first. Read it at a `version`; it changes in place. */
  entries(): readonly BatchEntry[] {
    return this.rows;
  }

  get(reference: string): BatchEntry | undefined {
    const at = this.positions.get(reference);
    return at === undefined ? undefined : this.rows[at];
  }

  rejected(): BatchRejected[] {
    return [...this.rejectedByKey.values()];
  }

  /** One source's sightings (a chunk of a file, a paste): each joins its reference's entry. */
  addFound(
    source: string,
    found: readonly FoundReference[],
    rejected: readonly RejectedCandidate[] = [],
  ): void {
    // One list per call, shared by the entries it makes: a million entries, a million fewer arrays.
    const sources = [source];
    for (const { reference, request } of found) {
      this.put({ reference, sources, requests: request === null ? NO_REQUESTS : [request] });
    }
    for (const candidate of rejected) {
      const key = `${source}\n${candidate.text}`;
      if (!this.rejectedByKey.has(key)) this.rejectedByKey.set(key, { ...candidate, source });
    }
    this.revision += 1;
  }

  /** Entries and rejections of another batch, merged in (a paste joined by files). */
  addBatch(other: BatchCollection): void {
    other.rows.forEach((entry, at) => {
      // A partner the other batch chose is not the entry's own: this batch chooses again.
      this.put(
        other.relatedHere.has(at)
          ? { ...entry, reference: { ...entry.reference, relatedReference: null } }
          : entry,
      );
    });
    for (const [key, candidate] of other.rejectedByKey) {
      if (!this.rejectedByKey.has(key)) this.rejectedByKey.set(key, candidate);
    }
    this.revision += 1;
  }

  /**
   * Rows changed in place since the mark `changeMark` had (new rows are those past the old size),
   * or null when too many changed to keep the list: then a view rebuilds.
   */
  changesSince(mark: number): readonly number[] | null {
    if (mark < this.changeLogStart) return null;
    return this.changeLog.slice(mark - this.changeLogStart);
  }

  get changeMark(): number {
    return this.changeLogStart + this.changeLog.length;
  }

  // Figures are cached per version; every caller names codes from the same table.
  summary(codeName: CodeName): BatchSummary {
    return (this.current().summary ??= this.tally.summary(codeName));
  }

  timeline(codeName: CodeName): Timeline {
    return (this.current().timeline ??= this.tally.timeline(codeName));
  }

  codes(codeName: CodeName): CodeCount[] {
    return (this.current().codes ??= this.tally.codes(codeName));
  }

  statuses(): StatusCount[] {
    return (this.current().statuses ??= this.tally.statuses());
  }

  logWindow(nowMs: number): LogWindowCounts {
    return this.tally.logWindow(nowMs);
  }

  /** The error references to put in one SR, freshest first, within the link's limit. */
  forServiceRequest(): ServiceRequestPick {
    this.settleFreshest();
    if (this.freshest === null) {
      const pick = referencesForServiceRequest(this.rows);
      this.freshest = pick.references.flatMap((reference) => this.get(reference) ?? []);
    }
    return {
      references: this.freshest.map((entry) => entry.reference.reference),
      leftOut: Math.max(0, this.tally.refusals - SR_REFERENCE_LIMIT),
      grnsLeftOut: this.tally.grnCount,
      scale: this.tally.errorScale(),
    };
  }

  private current() {
    if (this.cached.revision !== this.revision) this.cached = { revision: this.revision };
    return this.cached;
  }

  private put(sighting: BatchEntry): void {
    const key = sighting.reference.reference;
    const at = this.positions.get(key);
    if (at === undefined) {
      this.positions.set(key, this.rows.length);
      this.rows.push(sighting);
      this.tally.add(sighting);
      if (sighting.reference.kind === 'error') this.offerFreshest(sighting);
      this.link(this.rows.length - 1);
      return;
    }
    const before = this.rows[at] as BatchEntry;
    // A partner this batch chose is not the row's own: the sighting's own one comes first, as it
    // would when the whole list is merged before it is linked.
    const own = this.relatedHere.has(at)
      ? { ...before, reference: { ...before.reference, relatedReference: null } }
      : before;
    const merged = mergeEntries(own, sighting);
    // The sighting brought a partner of its own: it replaces the one chosen here.
    if (merged.reference.relatedReference !== null) this.relatedHere.delete(at);
    const after = this.relatedHere.has(at)
      ? {
          ...merged,
          reference: { ...merged.reference, relatedReference: before.reference.relatedReference },
        }
      : merged;
    this.replaceRow(at, before, after);
    if (before.reference.kind === 'error' && after.reference.kind !== 'error') {
      this.settleFreshest();
      if (this.freshest?.some((entry) => entry.reference.reference === key)) this.freshest = null;
    }
    if (before.reference.kind !== after.reference.kind) this.link(at);
  }

  private replaceRow(at: number, before: BatchEntry, after: BatchEntry): void {
    this.rows[at] = after;
    this.tally.replace(before, after);
    this.changeLog.push(at);
    // A log of repeats as long as the batch is dropped: a view rebuilds once instead.
    if (this.changeLog.length > Math.max(4096, this.rows.length)) {
      this.changeLogStart += this.changeLog.length;
      this.changeLog = [];
    }
  }

  /**
   * A log read in time order makes every error the freshest so far: inserting each into the
   * sorted list would cost a shift per reference, so they wait and are sorted in by the hundred.
   */
  private offerFreshest(entry: BatchEntry): void {
    const list = this.freshest;
    if (list === null) return;
    const last = list.at(-1);
    if (list.length >= SR_REFERENCE_LIMIT && last !== undefined && fresherFirst(entry, last) > 0)
      return;
    this.freshestWaiting.push(entry);
    if (this.freshestWaiting.length >= 4 * SR_REFERENCE_LIMIT) this.settleFreshest();
  }

  private settleFreshest(): void {
    const waiting = this.freshestWaiting;
    if (waiting.length === 0) return;
    this.freshestWaiting = [];
    if (this.freshest === null) return;
    this.freshest = [...this.freshest, ...waiting].sort(fresherFirst).slice(0, SR_REFERENCE_LIMIT);
  }

  /**
   * Ties a GRN to the error of the same response even when they were seen apart: in two chunks
   * of a log, or a GRN header in a HAR and the error page in a saved file. As over the whole list
   * at once (`linkGrnsToErrors`): the first GRN and the first error of a tail, in row order.
   */
  private link(at: number): void {
    const entry = this.rows[at] as BatchEntry;
    // Most batches hold no GRN: an error then has nothing to be tied to, and needs no index.
    if (entry.reference.kind === 'error' && this.grnsByTail.size === 0) return;
    const tail = tailOf(entry.reference.reference);
    if (entry.reference.kind === 'grn') {
      insertInOrder(this.grnsByTail, tail, at);
      this.indexErrors();
    } else if (this.errorsByTail !== null) {
      insertInOrder(this.errorsByTail, tail, at);
    }
    this.pair(tail);
  }

  /** Error rows by tail, made when the first GRN comes (most batches have none). */
  private indexErrors(): void {
    if (this.errorsByTail !== null) return;
    const index = new Map<string, number[]>();
    this.rows.forEach((row, rowAt) => {
      if (row.reference.kind === 'error')
        insertInOrder(index, tailOf(row.reference.reference), rowAt);
    });
    this.errorsByTail = index;
  }

  private pair(tail: string): void {
    const rows = this.rows;
    // A row that became a GRN stays in the error list: read each list by the row's kind now.
    const grnAt = this.grnsByTail.get(tail)?.find((rowAt) => rows[rowAt]?.reference.kind === 'grn');
    const errorAt = this.errorsByTail
      ?.get(tail)
      ?.find((rowAt) => rows[rowAt]?.reference.kind === 'error');
    const before = this.pairs.get(tail);
    if (before !== undefined && before[0] === grnAt && before[1] === errorAt) return;
    for (const rowAt of before ?? []) {
      if (rowAt !== grnAt && rowAt !== errorAt) this.unrelate(rowAt);
    }
    if (grnAt === undefined || errorAt === undefined) {
      this.pairs.delete(tail);
      return;
    }
    this.pairs.set(tail, [grnAt, errorAt]);
    this.relate(grnAt, errorAt);
    this.relate(errorAt, grnAt);
  }

  /** Names the partner, unless the row came with one of its own. */
  private relate(at: number, partnerAt: number): void {
    const entry = this.rows[at] as BatchEntry;
    const partner = (this.rows[partnerAt] as BatchEntry).reference.reference;
    if (entry.reference.relatedReference !== null && !this.relatedHere.has(at)) return;
    if (entry.reference.relatedReference === partner) return;
    this.relatedHere.add(at);
    this.replaceRow(at, entry, {
      ...entry,
      reference: { ...entry.reference, relatedReference: partner },
    });
  }

  private unrelate(at: number): void {
    if (!this.relatedHere.delete(at)) return;
    const entry = this.rows[at] as BatchEntry;
    this.replaceRow(at, entry, {
      ...entry,
      reference: { ...entry.reference, relatedReference: null },
    });
  }
}

/** Adds a row to its tail's list, kept in row order (rows come in order but for a changed kind). */
function insertInOrder(index: Map<string, number[]>, tail: string, at: number): void {
  const rows = index.get(tail);
  if (rows === undefined) {
    index.set(tail, [at]);
    return;
  }
  if (rows.includes(at)) return;
  let position = rows.length;
  while (position > 0 && (rows[position - 1] as number) > at) position -= 1;
  rows.splice(position, 0, at);
}

/** A batch of one source's findings at once. */
export function collectFound(
  source: string,
  found: readonly FoundReference[],
  rejected: readonly RejectedCandidate[] = [],
): BatchCollection {
  const collection = new BatchCollection();
  collection.addFound(source, found, rejected);
  return collection;
}
