import {
  CANCELLED_FILE,
  checkFile,
  EMPTY_DIGEST,
  type BatchAnswer,
  type BatchHost,
  type BatchDigest,
  type BatchQuestion,
  type BatchQuestionKind,
  type FoundReference,
} from '../../core/triage/index.ts';
import { type FileOutcome } from '../../core/index.ts';
import type { FileJobEvent, FileJobRequest, FileProgress } from './file-messages.ts';

export interface FileStatus {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly bytesRead: number;
  /** Distinct references found so far (grows while the file is read). */
  readonly found: number;
  /** Null while the file is still queued or being read. */
  readonly outcome: FileOutcome | null;
}

/**
 * The batch as the page reads it: a digest (figures and a few entries) and questions for the
 * rest. Where the batch is on the page, questions are answered at once (`answerNow`); where it
 * is in the file worker, after a round trip. Replaced, never changed, whenever the batch changes.
 */
export interface BatchAccess {
  readonly digest: BatchDigest;
  ask<K extends BatchQuestionKind>(question: BatchQuestion<K>): Promise<BatchAnswer<K>>;
  readonly answerNow:
    (<K extends BatchQuestionKind>(question: BatchQuestion<K>) => BatchAnswer<K>) | null;
  /** Counts the log window again (it moves with the clock). */
  refresh(): void;
}

/** What the page shows of the batch at one moment. Replaced, never changed, on each update. */
export interface BatchSnapshot {
  readonly files: readonly FileStatus[];
  /** Pasted text and dropped files as one batch. */
  readonly batch: BatchAccess;
  /** Counts every update. */
  readonly version: number;
  /** The pasted text's references that `batch` holds (as last given to `setPasted`). */
  readonly pasted: readonly FoundReference[];
  /** A file is queued or being read. */
  readonly busy: boolean;
}

/** A batch kept by the file reader (in its worker): the page tells it of pastes and asks it. */
export interface RemoteBatch {
  setPasted(found: readonly FoundReference[]): void;
  clearFiles(): void;
  /** Asks for a digest counted now. */
  refresh(): void;
  ask<K extends BatchQuestionKind>(question: BatchQuestion<K>): Promise<BatchAnswer<K>>;
}

/**
 * What a reader reports: a file's progress (with its findings when they come to the page), its
 * outcome, the digest of the batch it keeps, or that it can keep none after all (`local`).
 */
export type ReaderEvent =
  | FileJobEvent
  | FileProgress
  | { readonly type: 'digest'; readonly digest: BatchDigest }
  | { readonly type: 'local' };

/** Reads files and reports as it goes: a worker keeping the batch, or the page in slices. */
export interface FileReader {
  read(request: FileJobRequest): void;
  /** Stops every file not yet read; returns their ids. */
  cancel(): number[];
  dispose(): void;
  /** The batch the reader keeps, or null when findings come to the page. */
  readonly remote: RemoteBatch | null;
}

/** Runs `callback` once before the next paint; returns a way to call it off. */
export type FrameScheduler = (callback: () => void) => () => void;

export const nextAnimationFrame: FrameScheduler = (callback) => {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(callback, 16);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(frame);
};

interface BatchStoreOptions {
  /** Made on the first file, so a page that never reads one never starts a worker. */
  readonly startReader: (onEvent: (event: ReaderEvent) => void) => FileReader;
  readonly schedule?: FrameScheduler;
  readonly now?: () => number;
}

/** The batch before the decoding script made it: empty, so nothing asks about it. */
const NOTHING_YET: BatchAccess = {
  digest: EMPTY_DIGEST,
  ask: () => new Promise(() => undefined),
  answerNow: null,
  refresh: () => undefined,
};

/** Where findings wait while the page's batch is not made yet (the decoding script is loading). */
interface WaitingFindings {
  readonly source: string;
  readonly findings: Extract<FileJobEvent, { type: 'progress' }>['findings'];
}

/**
 * The decode screen's batch: the pasted text's references, joined by dropped files as they are
 * read. Plain TypeScript, read by React through `useSyncExternalStore`.
 *
 * The batch lives on the page (a `BatchHost`, made by the decoding script: it names codes from
 * the code table, which the first screen does without) until a file is read in a worker: from
 * then on the worker keeps it and sends digests; the page keeps only statuses and the last digest.
 * Reports may come hundreds of times a second; listeners hear of them at most once per
 * animation frame: that is the whole of the render throttling.
 */
export class BatchStore {
  private readonly options: BatchStoreOptions;
  private readonly schedule: FrameScheduler;
  private readonly now: () => number;
  private reader: FileReader | null = null;
  private readonly statuses = new Map<number, FileStatus>();
  /**
   * The batch while it is on the page (and the paste, always: a refused worker falls back to it);
   * null until the decoding script gives one (`attachHost`). Nothing reaches it before: a paste
   * is decoded by that script, and files read on the page wait for it in `waiting`.
   */
  private host: BatchHost | null = null;
  private waiting: WaitingFindings[] = [];
  private hostDigest: BatchDigest | null = null;
  private remoteDigest: BatchDigest | null = null;
  private pasted: readonly FoundReference[] = [];
  /** The reader's batch last told of the paste (a worker started after the paste needs it). */
  private toldOfPaste: RemoteBatch | null = null;
  private nextId = 1;
  private readonly listeners = new Set<() => void>();
  private cancelFrame: (() => void) | null = null;
  private snapshot: BatchSnapshot;

  constructor(options: BatchStoreOptions) {
    this.options = options;
    this.schedule = options.schedule ?? nextAnimationFrame;
    this.now = options.now ?? Date.now;
    this.snapshot = this.makeSnapshot(0);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): BatchSnapshot => this.snapshot;

  addFiles(files: readonly File[], keepQuery: boolean): void {
    const now = this.now();
    for (const file of files) {
      const id = this.nextId++;
      // Too large is known before reading: say so at once rather than after a queue.
      const check = checkFile(file);
      this.statuses.set(id, {
        id,
        name: file.name,
        size: file.size,
        bytesRead: 0,
        found: 0,
        outcome: check.ok ? null : { ok: false, reason: check.reason, cancelled: false },
      });
      if (check.ok) this.startedReader().read({ id, file, now, keepQuery });
    }
    this.tellPaste();
    this.publish();
  }

  /** The pasted text's references (the same list again changes nothing). */
  setPasted(found: readonly FoundReference[]): void {
    if (found === this.pasted) return;
    this.pasted = found;
    this.host?.setPasted(found);
    this.toldOfPaste = null;
    this.tellPaste();
    this.publish();
  }

  /** Gives the page its own batch (once; later calls change nothing). */
  attachHost(make: () => BatchHost): void {
    if (this.host !== null) return;
    const host = make();
    host.setPasted(this.pasted);
    for (const { source, findings } of this.waiting) {
      host.addFound(source, findings.found, findings.rejected);
    }
    this.waiting = [];
    this.host = host;
    this.publish();
  }

  cancel(): void {
    for (const id of this.reader?.cancel() ?? []) {
      const status = this.statuses.get(id);
      if (status) this.statuses.set(id, { ...status, outcome: CANCELLED_FILE });
    }
    this.publish();
  }

  clear(): void {
    this.reader?.cancel();
    this.reader?.remote?.clearFiles();
    this.statuses.clear();
    this.host?.clearFiles();
    this.waiting = [];
    this.publish();
  }

  dispose(): void {
    this.reader?.dispose();
    this.reader = null;
    this.cancelFrame?.();
    this.cancelFrame = null;
  }

  private tellPaste(): void {
    const remote = this.reader?.remote ?? null;
    if (remote === null || remote === this.toldOfPaste) return;
    remote.setPasted(this.pasted);
    this.toldOfPaste = remote;
  }

  private startedReader(): FileReader {
    if (this.reader === null) {
      this.reader = this.options.startReader((event) => this.onEvent(event));
    }
    return this.reader;
  }

  private onEvent(event: ReaderEvent): void {
    if (event.type === 'digest') {
      this.remoteDigest = event.digest;
    } else if (event.type === 'local') {
      this.remoteDigest = null;
    } else {
      const status = this.statuses.get(event.id);
      if (status === undefined) return;
      if (event.type === 'done') {
        this.statuses.set(event.id, { ...status, bytesRead: status.size, outcome: event.outcome });
      } else {
        if ('findings' in event) {
          const { found, rejected } = event.findings;
          if (this.host === null)
            this.waiting.push({ source: status.name, findings: event.findings });
          else this.host.addFound(status.name, found, rejected);
        }
        this.statuses.set(event.id, { ...status, bytesRead: event.bytesRead, found: event.found });
      }
    }
    this.changed();
  }

  /** A reader's reports: listeners hear of them once per frame, however many came in it. */
  private changed(): void {
    this.cancelFrame ??= this.schedule(() => {
      this.cancelFrame = null;
      this.publish();
    });
  }

  /** What a person did (a paste, a drop, cancel, clear) is shown at once. */
  private publish(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
    this.snapshot = this.makeSnapshot(this.snapshot.version + 1);
    for (const listener of this.listeners) listener();
  }

  /** The page's own digest, counted again only when its batch changed (or when asked). */
  private pageDigest(fresh = false): BatchDigest {
    const host = this.host;
    if (host === null) return EMPTY_DIGEST;
    const kept = this.hostDigest;
    if (!fresh && kept?.version === host.version) return kept;
    this.hostDigest = host.digest(this.now());
    return this.hostDigest;
  }

  private access(): BatchAccess {
    const remote = this.reader?.remote ?? null;
    if (remote !== null) {
      return {
        // Until the worker's first digest, its batch is the paste alone: the page's is the same.
        digest: this.remoteDigest ?? this.pageDigest(),
        ask: (question) => remote.ask(question),
        answerNow: null,
        refresh: () => remote.refresh(),
      };
    }
    const host = this.host;
    if (host === null) return NOTHING_YET;
    return {
      digest: this.pageDigest(),
      ask: (question) => Promise.resolve(host.answer(question)),
      answerNow: (question) => host.answer(question),
      refresh: () => {
        this.pageDigest(true);
        this.publish();
      },
    };
  }

  private makeSnapshot(version: number): BatchSnapshot {
    const files = [...this.statuses.values()];
    return {
      files,
      batch: this.access(),
      version,
      pasted: this.pasted,
      busy: files.some((file) => file.outcome === null),
    };
  }
}
