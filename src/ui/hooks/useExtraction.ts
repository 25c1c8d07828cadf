import { useEffect, useState } from 'react';
import { extractReferences, type ExtractionResult } from '../../core/index.ts';

const EMPTY: ExtractionResult = { references: [], rejected: [] };
/** Above this size, wait for typing to pause before decoding, so keystrokes stay responsive. */
const LARGE_INPUT_CHARACTERS = 200_000;
const LARGE_INPUT_DELAY_MS = 200;

export interface Extraction {
  readonly result: ExtractionResult;
  /** True while the text on screen has not been decoded yet. */
  readonly pending: boolean;
}

export function useExtraction(text: string): Extraction {
  const [decoded, setDecoded] = useState<{ text: string; result: ExtractionResult }>({
    text: '',
    result: EMPTY,
  });
  useEffect(() => {
    const delay = text.length > LARGE_INPUT_CHARACTERS ? LARGE_INPUT_DELAY_MS : 0;
    const timer = setTimeout(() => {
      setDecoded({ text, result: extractReferences(text, { now: Date.now() }) });
    }, delay);
    return () => clearTimeout(timer);
  }, [text]);
  return { result: decoded.result, pending: decoded.text !== text };
}
