import type { PasteAnalysis } from '../core/index.ts';

/** What the page sends the extraction worker. */
export interface ExtractionRequest {
  readonly id: number;
  readonly text: string;
  readonly now: number;
}

/**
 * What the worker answers; `id` ties it to the newest request. A long text gets two answers:
 * first the references in its leading lines (`partial`), so the first cards show at once, then
 * the whole text's.
 */
export interface ExtractionResponse {
  readonly id: number;
  readonly analysis: PasteAnalysis;
  readonly partial: boolean;
}
