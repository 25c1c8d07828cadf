import type { DecodeOptions, ExtractionResult } from '../reference/index.ts';
import { findSecrets, type SecretFinding } from '../privacy/index.ts';
import type { FoundReference } from './found-reference.ts';
import { scanText } from './text-source.ts';

/** Everything the app learns from a paste: its references and whether it holds credentials. */
export interface PasteAnalysis {
  readonly extraction: ExtractionResult;
  /** The same references, each with the request named on its line (a log), if any. */
  readonly found: readonly FoundReference[];
  readonly secrets: readonly SecretFinding[];
}

export function analysePastedText(text: string, options: DecodeOptions = {}): PasteAnalysis {
  const { found, rejected } = scanText(text, options);
  return {
    extraction: { references: found.map((entry) => entry.reference), rejected: [...rejected] },
    found,
    secrets: findSecrets(text),
  };
}
