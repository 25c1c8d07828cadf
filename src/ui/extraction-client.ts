import type { PasteAnalysis } from '../core/index.ts';
import type { ExtractionRequest, ExtractionResponse } from './extraction-messages.ts';
import { startWorker } from './start-worker.ts';
// Resolved when the script loads, while the page still knows where its own script came from.
import extractionWorkerUrl from './extraction.worker.ts?worker&url';

/** Called with the analysis; `partial` while only the text's leading lines are decoded. */
export type ExtractionCallback = (analysis: PasteAnalysis, partial: boolean) => void;

/** Decodes a text on the page: the core's `analysePastedText`, from the decoding script. */
export type PageDecoder = (text: string, options: { now: number }) => PasteAnalysis;

/** Texts below this size decode on the main thread faster than a worker round trip. */
const WORKER_THRESHOLD_CHARACTERS = 50_000;

interface PendingRequest {
  readonly text: string;
  readonly callback: ExtractionCallback;
}

/**
 * Runs extraction off the main thread so a 10 MB paste cannot freeze the page. Where a worker
 * cannot be started or dies (a sandboxed iframe with an opaque origin, a file:// page, a test
 * DOM), it decodes on the main thread instead: slower for huge input, never broken. Decoding on
 * the page needs the decoding script (loaded on demand): a text that arrives before it waits for
 * `setPageDecoder`, only the newest such text is kept.
 */
export class ExtractionClient {
  private worker: Worker | null | undefined;
  private latestId = 0;
  /** Sent to the worker, waiting for its answer. */
  private pending: PendingRequest | null = null;
  /** To decode on the page, waiting for the decoding script. */
  private waiting: PendingRequest | null = null;
  private pageDecoder: PageDecoder | null = null;

  extract(text: string, callback: ExtractionCallback): void {
    this.latestId += 1;
    const worker = text.length >= WORKER_THRESHOLD_CHARACTERS ? this.startWorker() : null;
    if (worker === null) {
      this.pending = null;
      this.waiting = { text, callback };
      this.decodeOnPage();
      return;
    }
    this.waiting = null;
    this.pending = { text, callback };
    const request: ExtractionRequest = { id: this.latestId, text, now: Date.now() };
    worker.postMessage(request);
  }

  /** The decoding script has loaded: a text waiting for it is decoded now. */
  setPageDecoder(decoder: PageDecoder | null): void {
    this.pageDecoder = decoder;
    this.decodeOnPage();
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.pending = null;
    this.waiting = null;
  }

  private decodeOnPage(): void {
    const waiting = this.waiting;
    if (waiting === null || this.pageDecoder === null) return;
    this.waiting = null;
    waiting.callback(this.pageDecoder(waiting.text, { now: Date.now() }), false);
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
    if (this.pending === null) return;
    this.waiting = this.pending;
    this.pending = null;
    this.decodeOnPage();
  }
}
