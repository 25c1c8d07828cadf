/**
 * Starts a Web Worker, or says there is none: the single-file copy has no worker script beside
 * it, and a sandboxed iframe or a file:// page may refuse one (at once, or with an error event
 * once it tries to load: then `onFailure` runs and the caller decodes on the main thread).
 */
export function startWorker<Message>(
  url: string,
  onMessage: (message: Message) => void,
  onFailure: () => void,
): Worker | null {
  if (__SINGLE_FILE__) return null;
  try {
    const worker = new Worker(url);
    worker.onmessage = (event: MessageEvent<Message>) => onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      onFailure();
    };
    return worker;
  } catch {
    return null;
  }
}
