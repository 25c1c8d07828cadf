/// <reference lib="webworker" />
import { analysePastedText } from '../core/index.ts';
import { leadingLines } from '../core/reference/index.ts';
import type { ExtractionRequest, ExtractionResponse } from './extraction-messages.ts';

declare const self: DedicatedWorkerGlobalScope;

/** About 5% of a 10 MB paste: decoded in ~15 ms, so the first cards show long before the rest. */
const LEADING_CHARACTERS = 256 * 1024;

self.onmessage = (event: MessageEvent<ExtractionRequest>) => {
  const { id, text, now } = event.data;
  const leading = leadingLines(text, LEADING_CHARACTERS);
  if (leading !== null) {
    const first: ExtractionResponse = {
      id,
      analysis: analysePastedText(leading, { now }),
      partial: true,
    };
    self.postMessage(first);
  }
  const response: ExtractionResponse = {
    id,
    analysis: analysePastedText(text, { now }),
    partial: false,
  };
  self.postMessage(response);
};
