import type { FileOutcome } from '../../core/index.ts';
import type {
  BatchAnswer,
  BatchQuestion,
  BatchQuestionKind,
  FoundReference,
} from '../../core/triage/index.ts';
import type {
  BatchWorkerEvent,
  BatchWorkerRequest,
  FileDone,
  FileJobEvent,
  FileProgress,
  FileJobRequest,
} from './file-messages.ts';
import type { FileReader, ReaderEvent, RemoteBatch } from './batch-store.ts';
import { loadExtras } from '../lazy-extras.tsx';
import { startWorker } from '../start-worker.ts';
import { yieldToPage } from './yield-to-page.ts';
// Resolved when the script loads, while the page still knows where its own script came from.
import fileWorkerUrl from './file-batch.worker.ts?worker&url';

/**
 * On the main thread, each chunk is one task between two yields: 256 KB of the densest text (a
 * reference per line, about 9,000) decodes in well under 200 ms on a slow machine.
 */
const MAIN_THREAD_CHUNK_BYTES = 256 * 1024;

const READER_UNAVAILABLE: FileOutcome = {
  ok: false,
  reason:
    'The file reader could not be loaded (the network or the offline copy is not there): reload the page and drop the file again.',
  cancelled: false,
};

/**
 * Reads dropped files in a Web Worker that also keeps the batch (the page asks it for figures
 * and rows); where no worker can start (a sandboxed iframe, a file:// copy), reads them on the
 * main thread in small steps and hands the findings to the page's own batch, with the reader
 * loaded on demand (it is no part of the first screen).
 */
export class FileBatchClient implements FileReader {
  private worker: Worker | null | undefined;
  private readonly pending = new Map<number, FileJobRequest>();
  private mainThreadQueue = Promise.resolve();
  private generation = 0;
  private readonly onEvent: (event: ReaderEvent) => void;
  private readonly answers = new Map<number, (answer: BatchAnswer<BatchQuestionKind>) => void>();
  private nextAsk = 1;

  constructor(onEvent: (event: ReaderEvent) => void) {
    this.onEvent = onEvent;
  }

  /** The worker's batch once a worker runs; null while findings come to the page. */
  get remote(): RemoteBatch | null {
    return this.worker ? this.remoteBatch : null;
  }

  read(request: FileJobRequest): void {
    this.pending.set(request.id, request);
    const worker = this.startWorker();
    if (worker === null) this.readOnMainThread(request);
    else this.post({ type: 'read', request });
  }

  /** Stops every file not yet read; returns their ids so the page can mark them cancelled. */
  cancel(): number[] {
    const cancelled = [...this.pending.keys()];
    this.pending.clear();
    this.generation += 1;
    // The worker stops at its next chunk and keeps what it found; a 50 MB HAR's JSON.parse
    // runs to its end first (nothing can interrupt it), then its findings are dropped.
    if (cancelled.length > 0) this.post({ type: 'cancel', ids: cancelled });
    return cancelled;
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = undefined;
    // Questions still out are never answered: the page that asked them is gone.
    this.answers.clear();
  }

  private readonly remoteBatch: RemoteBatch = {
    setPasted: (found: readonly FoundReference[]) => this.post({ type: 'pasted', found }),
    clearFiles: () => this.post({ type: 'clear' }),
    refresh: () => this.post({ type: 'digest' }),
    ask: <K extends BatchQuestionKind>(question: BatchQuestion<K>) =>
      new Promise<BatchAnswer<K>>((resolve) => {
        const askId = this.nextAsk++;
        this.answers.set(askId, resolve as (answer: BatchAnswer<BatchQuestionKind>) => void);
        this.post({ type: 'ask', askId, question: question as BatchQuestion });
      }),
  };

  private post(request: BatchWorkerRequest): void {
    this.worker?.postMessage(request);
  }

  private receive(event: BatchWorkerEvent): void {
    if (event.type === 'answer') {
      this.answers.get(event.askId)?.(event.answer);
      this.answers.delete(event.askId);
      return;
    }
    if (event.type === 'digest') this.onEvent(event);
    else this.reportFile(event);
  }

  /** A file's progress or outcome, from the worker or the page: only for files still wanted. */
  private reportFile(event: FileJobEvent | FileProgress | FileDone): void {
    if (!this.pending.has(event.id)) return;
    if (event.type === 'done') this.pending.delete(event.id);
    this.onEvent(event);
  }

  private readOnMainThread(request: FileJobRequest): void {
    const generation = this.generation;
    const isCancelled = () => generation !== this.generation;
    const report = (event: FileJobEvent) => this.reportFile(event);
    this.mainThreadQueue = this.mainThreadQueue.then(async () => {
      if (isCancelled()) return;
      let runFileJob: Awaited<ReturnType<typeof loadExtras>>['runFileJob'];
      try {
        ({ runFileJob } = await loadExtras());
      } catch {
        report({ type: 'done', id: request.id, outcome: READER_UNAVAILABLE });
        return;
      }
      if (isCancelled()) return;
      await runFileJob(request, report, {
        chunkBytes: MAIN_THREAD_CHUNK_BYTES,
        isCancelled,
        pause: yieldToPage,
      });
    });
  }

  private startWorker(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    this.worker = startWorker<BatchWorkerEvent>(
      fileWorkerUrl,
      (event) => this.receive(event),
      () => this.fallBackToMainThread(),
    );
    return this.worker;
  }

  /**
   * A worker refused after starting (opaque origin): it has read nothing, so the page reads what
   * it held, into the page's own batch, and answers its own questions from then on.
   */
  private fallBackToMainThread(): void {
    this.worker?.terminate();
    this.worker = null;
    // Questions still out are asked again of the page's batch (it is another batch now).
    this.answers.clear();
    this.onEvent({ type: 'local' });
    for (const request of this.pending.values()) this.readOnMainThread(request);
  }
}
