import {
  BatchCollection,
  CANCELLED_FILE,
  checkFile,
  collectFound,
  type BatchRejected,
  type FoundReference,
} from '../../core/triage/index.ts';
import { type FileOutcome } from '../../core/index.ts';
import type { FileJobEvent, FileJobRequest } from './file-messages.ts';

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

/** What the page shows of the batch at one moment. Replaced, never changed, on each update. */
export interface BatchSnapshot {
  readonly files: readonly FileStatus[];
  /**
   * Pasted text and dropped files as one batch. It grows in place between snapshots: read it
   * at `version` (a view computed for one version is current while the version is the same).
   */
  readonly batch: BatchCollection;
  readonly version: number;
  /** The pasted text's references that `batch` holds (as last given to `setPasted`). */
  readonly pasted: readonly FoundReference[];
  /** Candidates in the files that are not valid references. */
  readonly rejected: readonly BatchRejected[];
  /** A file is queued or being read. */
  readonly busy: boolean;
}

/** Reads files and reports as it goes: a worker, or the page itself in slices. */
export interface FileReader {
  read(request: FileJobRequest): void;
  /** Stops every file not yet read; returns their ids. */
  cancel(): number[];
  dispose(): void;
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
  readonly startReader: (onEvent: (event: FileJobEvent) => void) => FileReader;
  readonly schedule?: FrameScheduler;
  readonly now?: () => number;
}

const PASTED_SOURCE = 'pasted text';

/**
 * The decode screen's batch: dropped files as they are read, joined with the pasted text's
 * references. Plain TypeScript, read by React through `useSyncExternalStore`.
 *
 * A file's reader may report hundreds of times a second; each report is merged into the batch
 * at once (its cost is the size of the report), but listeners hear of it at most once per
 * animation frame: that is the whole of the render throttling.
 */
export class BatchStore {
  private readonly options: BatchStoreOptions;
  private readonly schedule: FrameScheduler;
  private reader: FileReader | null = null;
  private readonly statuses = new Map<number, FileStatus>();
  private files = new BatchCollection();
  private pasted: readonly FoundReference[] = [];
  /** Files and pasted text together; null when nothing is pasted (then `files` is the batch). */
  private combined: BatchCollection | null = null;
  private nextId = 1;
  private readonly listeners = new Set<() => void>();
  private cancelFrame: (() => void) | null = null;
  private snapshot: BatchSnapshot;
  private rejectedCache: {
    readonly files: BatchCollection;
    readonly version: number;
    readonly list: readonly BatchRejected[];
  } | null = null;

  constructor(options: BatchStoreOptions) {
    this.options = options;
    this.schedule = options.schedule ?? nextAnimationFrame;
    this.snapshot = this.makeSnapshot(0);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): BatchSnapshot => this.snapshot;

  addFiles(files: readonly File[], keepQuery: boolean): void {
    const now = (this.options.now ?? Date.now)();
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
      if (check.ok) {
        this.reader ??= this.options.startReader((event) => this.onEvent(event));
        this.reader.read({ id, file, now, keepQuery });
      }
    }
    this.publish();
  }

  /** The pasted text's references (the same list again changes nothing). */
  setPasted(found: readonly FoundReference[]): void {
    if (found === this.pasted) return;
    this.pasted = found;
    this.combine();
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
    this.statuses.clear();
    this.files = new BatchCollection();
    this.combine();
    this.publish();
  }

  dispose(): void {
    this.reader?.dispose();
    this.reader = null;
    this.cancelFrame?.();
    this.cancelFrame = null;
  }

  private combine(): void {
    if (this.pasted.length === 0) {
      this.combined = null;
      return;
    }
    this.combined = collectFound(PASTED_SOURCE, this.pasted);
    this.combined.addBatch(this.files);
  }

  private onEvent(event: FileJobEvent): void {
    const status = this.statuses.get(event.id);
    if (status === undefined) return;
    if (event.type === 'progress') {
      const { found, rejected } = event.findings;
      this.files.addFound(status.name, found, rejected);
      this.combined?.addFound(status.name, found, rejected);
      this.statuses.set(event.id, { ...status, bytesRead: event.bytesRead, found: event.found });
    } else {
      this.statuses.set(event.id, { ...status, bytesRead: status.size, outcome: event.outcome });
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

  private makeSnapshot(version: number): BatchSnapshot {
    const files = [...this.statuses.values()];
    return {
      files,
      batch: this.combined ?? this.files,
      version,
      pasted: this.pasted,
      rejected: this.rejected(),
      busy: files.some((file) => file.outcome === null),
    };
  }

  /** Listed again only when the files changed: a frame of progress need not copy them. */
  private rejected(): readonly BatchRejected[] {
    const cached = this.rejectedCache;
    if (cached?.files === this.files && cached.version === this.files.version) return cached.list;
    const list = this.files.rejected();
    this.rejectedCache = { files: this.files, version: this.files.version, list };
    return list;
  }
}
