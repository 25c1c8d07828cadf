/// <reference lib="webworker" />
import { analysePastedText } from '../core/index.ts';
import type { ExtractionRequest, ExtractionResponse } from './extraction-messages.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ExtractionRequest>) => {
  const { id, text, now } = event.data;
  const response: ExtractionResponse = { id, analysis: analysePastedText(text, { now }) };
  self.postMessage(response);
};
