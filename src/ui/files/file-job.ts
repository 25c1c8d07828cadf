import { analyseFile } from '../../core/index.ts';
import type { FileJobEvent, FileJobRequest } from './file-messages.ts';

interface FileJobOptions {
  readonly chunkBytes?: number;
  readonly isCancelled?: () => boolean;
  /** Awaited between chunks: the main thread uses it to let the page paint. */
  readonly pause?: () => Promise<void>;
}

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
    onProgress: async ({ bytesRead, size, findings }) => {
      report({ type: 'progress', id, bytesRead, size, findings });
      await options.pause?.();
    },
  });
  report({ type: 'done', id, outcome });
}
