import { analyseFile } from '../../core/index.ts';
import type { FileJobEvent, FileJobRequest } from './file-messages.ts';

interface FileJobOptions {
  readonly chunkBytes?: number;
  readonly isCancelled?: () => boolean;
  /** Awaited between chunks: the main thread uses it to let the page paint. */
  readonly pause?: () => Promise<void>;
}

/** References per progress message. */
const MESSAGE_REFERENCES = 2000;

/** Reads one file and reports each chunk's findings, then the outcome. Shared by worker and page. */
export async function runFileJob(
  request: FileJobRequest,
  report: (event: FileJobEvent) => void,
  options: FileJobOptions = {},
): Promise<void> {
  const { id, file, now, keepQuery } = request;
  const outcome = await analyseFile(file, {
    now,
    keepQuery,
    chunkBytes: options.chunkBytes,
    isCancelled: options.isCancelled,
    onProgress: async ({ bytesRead, size, references, findings }) => {
      // A dense 2 MB chunk holds ~70,000 references: in one message, the page would spend
      // seconds in a single task just deserialising it. Small messages keep each task short.
      const { found, rejected } = findings;
      for (let at = 0; at === 0 || at < found.length; at += MESSAGE_REFERENCES) {
        report({
          type: 'progress',
          id,
          bytesRead,
          size,
          found: references,
          findings: {
            found: found.slice(at, at + MESSAGE_REFERENCES),
            rejected: at === 0 ? rejected : [],
          },
        });
      }
      await options.pause?.();
    },
  });
  report({ type: 'done', id, outcome });
}
