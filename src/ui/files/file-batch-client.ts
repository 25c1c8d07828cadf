import type { FileOutcome } from '../../core/index.ts';
import type { FileJobEvent, FileJobRequest } from './file-messages.ts';
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
 * Reads dropped files in a Web Worker so the page stays responsive; where no worker can start
 * (a sandboxed iframe, a file:// copy), reads them on the main thread in small steps instead,
 * with the reader loaded on demand (it is no part of the first screen).
 * Cancelling stops the worker outright: a 50 MB JSON.parse cannot be interrupted otherwise.
 */
export class FileBatchClient {
  private worker: Worker | null | undefined;
  private readonly pending = new Map<number, FileJobRequest>();
  private mainThreadQueue = Promise.resolve();
  private generation = 0;
  private readonly onEvent: (event: FileJobEvent) => void;

  constructor(onEvent: (event: FileJobEvent) => void) {
    this.onEvent = onEvent;
  }

  read(request: FileJobRequest): void {
    this.pending.set(request.id, request);
    const worker = this.startWorker();
    if (worker === null) this.readOnMainThread(request);
    else worker.postMessage(request);
  }

  /** Stops every file not yet read; returns their ids so the page can mark them cancelled. */
  cancel(): number[] {
    const cancelled = [...this.pending.keys()];
    this.pending.clear();
    this.generation += 1;
    if (this.worker) {
      this.worker.terminate();
      this.worker = undefined;
    }
    return cancelled;
  }

  dispose(): void {
    this.cancel();
  }

  private report(event: FileJobEvent): void {
    if (!this.pending.has(event.id)) return;
    if (event.type === 'done') this.pending.delete(event.id);
    this.onEvent(event);
  }

  private readOnMainThread(request: FileJobRequest): void {
    const generation = this.generation;
    const isCancelled = () => generation !== this.generation;
    this.mainThreadQueue = this.mainThreadQueue.then(async () => {
      if (isCancelled()) return;
      let runFileJob: Awaited<ReturnType<typeof loadExtras>>['runFileJob'];
      try {
        ({ runFileJob } = await loadExtras());
      } catch {
        this.report({ type: 'done', id: request.id, outcome: READER_UNAVAILABLE });
        return;
      }
      if (isCancelled()) return;
      await runFileJob(request, (event) => this.report(event), {
        chunkBytes: MAIN_THREAD_CHUNK_BYTES,
        isCancelled,
        pause: yieldToPage,
      });
    });
  }

  private startWorker(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    this.worker = startWorker<FileJobEvent>(
      fileWorkerUrl,
      (event) => this.report(event),
      () => this.fallBackToMainThread(),
    );
    return this.worker;
  }

  /** A worker refused after starting (opaque origin): read what it held on the main thread. */
  private fallBackToMainThread(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const request of this.pending.values()) this.readOnMainThread(request);
  }
}
