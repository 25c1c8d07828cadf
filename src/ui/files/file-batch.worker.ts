/// <reference lib="webworker" />
import type { BatchWorkerRequest } from './file-messages.ts';
import { serveBatch } from './batch-service.ts';

declare const self: DedicatedWorkerGlobalScope;

const serve = serveBatch((event) => self.postMessage(event));

self.onmessage = (event: MessageEvent<BatchWorkerRequest>) => serve(event.data);
