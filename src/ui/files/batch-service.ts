import { akamaiCodeName, BatchHost, type FoundReference } from '../../core/triage/index.ts';
import type { BatchWorkerEvent, BatchWorkerRequest } from './file-messages.ts';
import { runFileJob } from './file-job.ts';
import { yieldToPage } from './yield-to-page.ts';

/** Digests while files stream in: often enough to look live, seldom enough to cost little. */
const DIGEST_INTERVAL_MS = 100;
/**
 * A digest of a million references takes tens of milliseconds (the timeline walks every second
 * of the incident): the next one waits at least this many times as long, so digests never take
 * more than a sixth of the worker's time, however large the batch.
 */
const DIGEST_SPACING = 5;

interface BatchServiceOptions {
  readonly now?: () => number;
}

/**
 * The file worker's whole job, apart from the worker itself (so a test can run it in the page):
 * reads files one after another into its batch, and sends the page progress, a digest of the
 * batch when it changed (at most every 100 ms while reading), and answers to its questions.
 * The references themselves stay here: the page asks for the rows it shows.
 */
export function serveBatch(
  post: (event: BatchWorkerEvent) => void,
  options: BatchServiceOptions = {},
): (request: BatchWorkerRequest) => void {
  const now = options.now ?? Date.now;
  const host = new BatchHost(akamaiCodeName);
  const reading = new Set<number>();
  const cancelled = new Set<number>();
  // Files are read one after another: two 50 MB logs at once would only double the memory.
  let queue = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waitingPaste: readonly FoundReference[] | null = null;
  let lastDigestMs = 0;

  const pushDigest = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const started = performance.now();
    post({ type: 'digest', digest: host.digest(now()) });
    lastDigestMs = performance.now() - started;
  };
  const pushSoon = () => {
    timer ??= setTimeout(pushDigest, Math.max(DIGEST_INTERVAL_MS, DIGEST_SPACING * lastDigestMs));
  };
  // A paste typed while files are in is joined once per burst of keystrokes, not per key.
  const applyPaste = () => {
    if (waitingPaste === null) return;
    host.setPasted(waitingPaste);
    waitingPaste = null;
    pushDigest();
  };

  const read = async (request: Extract<BatchWorkerRequest, { type: 'read' }>['request']) => {
    const { id, file } = request;
    // Messages sent with the file (a cancel, a clear, a question) are heard before it is opened.
    await yieldToPage();
    if (cancelled.has(id)) return;
    reading.add(id);
    const isCancelled = () => cancelled.has(id);
    await runFileJob(
      request,
      (event) => {
        if (isCancelled()) return;
        if (event.type === 'progress') {
          const { findings, ...progress } = event;
          host.addFound(file.name, findings.found, findings.rejected);
          post(progress);
          pushSoon();
        } else {
          // The digest first: when the page hears a file is done, what it found is in.
          pushDigest();
          post(event);
        }
      },
      // Between chunks too: a question or a cancel waits one chunk at most, however fast the reads.
      { isCancelled, pause: yieldToPage },
    );
    reading.delete(id);
  };

  return (message) => {
    switch (message.type) {
      case 'read':
        queue = queue.then(() => read(message.request));
        break;
      case 'cancel':
        for (const id of message.ids) cancelled.add(id);
        break;
      case 'pasted':
        if (waitingPaste === null) setTimeout(applyPaste, 0);
        waitingPaste = message.found;
        break;
      case 'clear':
        for (const id of reading) cancelled.add(id);
        host.clearFiles();
        pushDigest();
        break;
      case 'digest':
        pushDigest();
        break;
      case 'ask':
        post({ type: 'answer', askId: message.askId, answer: host.answer(message.question) });
        break;
    }
  };
}
