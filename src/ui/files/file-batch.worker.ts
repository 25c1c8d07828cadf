/// <reference lib="webworker" />
import type { FileJobEvent, FileJobRequest } from './file-messages.ts';
import { runFileJob } from './file-job.ts';

declare const self: DedicatedWorkerGlobalScope;

// Files are read one after another: two 50 MB logs at once would only double the memory.
let queue = Promise.resolve();

self.onmessage = (event: MessageEvent<FileJobRequest>) => {
  const request = event.data;
  queue = queue.then(() => runFileJob(request, (report: FileJobEvent) => self.postMessage(report)));
};
