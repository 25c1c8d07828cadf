import type { PasteAnalysis } from '../core/index.ts';

/** What the page sends the extraction worker. */
export interface ExtractionRequest {
  readonly id: number;
  readonly text: string;
  readonly now: number;
}

/** What the worker answers; `id` ties it to the newest request. */
export interface ExtractionResponse {
  readonly id: number;
  readonly analysis: PasteAnalysis;
}
