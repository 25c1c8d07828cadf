import { analysePastedText, type PasteAnalysis } from '../core/index.ts';
import type { ExtractionRequest, ExtractionResponse } from './extraction-messages.ts';
import { startWorker } from './start-worker.ts';
// Resolved when the script loads, while the page still knows where its own script came from.
import extractionWorkerUrl from './extraction.worker.ts?worker&url';

/** Called with the analysis; `partial` while only the text's leading lines are decoded. */
export type ExtractionCallback = (analysis: PasteAnalysis, partial: boolean) => void;

/** Texts below this size decode on the main thread faster than a worker round trip. */
const WORKER_THRESHOLD_CHARACTERS = 50_000;

interface PendingRequest {
  readonly text: string;
  readonly callback: ExtractionCallback;
}

/**
 * Runs extraction off the main thread so a 10 MB paste cannot freeze the page. Where a worker
 * cannot be started or dies (a sandboxed iframe with an opaque origin, a file:// page, a test
 * DOM), it decodes on the main thread instead: slower for huge input, never broken.
 */
export class ExtractionClient {
  private worker: Worker | null | undefined;
  private latestId = 0;
  private pending: PendingRequest | null = null;

  extract(text: string, callback: ExtractionCallback): void {
    this.latestId += 1;
    const worker = text.length >= WORKER_THRESHOLD_CHARACTERS ? this.startWorker() : null;
    if (worker === null) {
      this.pending = null;
      callback(analysePastedText(text, { now: Date.now() }), false);
      return;
    }
    this.pending = { text, callback };
    const request: ExtractionRequest = { id: this.latestId, text, now: Date.now() };
    worker.postMessage(request);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.pending = null;
  }

  private startWorker(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    this.worker = startWorker<ExtractionResponse>(
      extractionWorkerUrl,
      (response) => {
        // Only the answers to the newest text count; older ones were overtaken by typing.
        if (response.id !== this.latestId || this.pending === null) return;
        const { callback } = this.pending;
        if (!response.partial) this.pending = null;
        callback(response.analysis, response.partial);
      },
      () => this.fallBackToMainThread(),
    );
    return this.worker;
  }

  private fallBackToMainThread(): void {
    this.worker?.terminate();
    this.worker = null;
    const pending = this.pending;
    this.pending = null;
    if (pending !== null)
      pending.callback(analysePastedText(pending.text, { now: Date.now() }), false);
  }
}
