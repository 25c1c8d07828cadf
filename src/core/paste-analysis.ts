import { extractReferences } from './extract.ts';
import type { DecodeOptions, ExtractionResult } from './reference-types.ts';
import { findSecrets, type SecretFinding } from './service-request/secrets.ts';

/** Everything the app learns from a paste: its references and whether it holds credentials. */
export interface PasteAnalysis {
  readonly extraction: ExtractionResult;
  readonly secrets: readonly SecretFinding[];
}

export function analysePastedText(text: string, options: DecodeOptions = {}): PasteAnalysis {
  return { extraction: extractReferences(text, options), secrets: findSecrets(text) };
}
