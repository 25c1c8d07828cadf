import { vi } from 'vitest';
import { serveBatch } from '../../../src/ui/files/batch-service.ts';
import type { BatchWorkerEvent, BatchWorkerRequest } from '../../../src/ui/files/file-messages.ts';

/**
 * The file worker, run in the test's own thread: the same `serveBatch` the worker runs, behind a
 * `Worker`-shaped object that copies every message as `postMessage` would (a File crosses as is:
 * jsdom's cannot be cloned, and a browser passes a handle to its bytes, not the bytes) and
 * delivers it in a later task, those posted in one task together and in order. It records what
 * it sent the page, so a test can check that the references stay in the worker.
 */
export class InPageWorker {
  static readonly sent: BatchWorkerEvent[] = [];
  onmessage: ((event: MessageEvent<BatchWorkerEvent>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  private terminated = false;
  private readonly serve = serveBatch((event) => {
    const copy = structuredClone(event);
    InPageWorker.sent.push(copy);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: copy } as MessageEvent<BatchWorkerEvent>);
    }, 0);
  });

  /** Messages posted in one task wait together, as in a worker busy until the page's task ends. */
  private inbox: BatchWorkerRequest[] = [];

  postMessage(request: BatchWorkerRequest): void {
    const copy: BatchWorkerRequest =
      request.type === 'read'
        ? {
            type: 'read',
            request: {
              ...structuredClone({ ...request.request, file: null }),
              file: request.request.file,
            },
          }
        : structuredClone(request);
    this.inbox.push(copy);
    if (this.inbox.length > 1) return;
    setTimeout(() => {
      const due = this.inbox;
      this.inbox = [];
      for (const message of due) if (!this.terminated) this.serve(message);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Makes every `new Worker(...)` of the app an in-page one until the test's mocks are restored. */
export function useInPageWorker(): void {
  InPageWorker.sent.length = 0;
  vi.stubGlobal('Worker', InPageWorker);
}
