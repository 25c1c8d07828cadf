import { useEffect, useRef, useState } from 'react';
import type { PasteAnalysis } from '../../core/index.ts';
import { ExtractionClient } from '../extraction-client.ts';

const EMPTY: PasteAnalysis = {
  extraction: { references: [], rejected: [] },
  found: [],
  secrets: [],
};
/** Above this size, wait for typing to pause before decoding, so keystrokes stay responsive. */
const LARGE_INPUT_CHARACTERS = 200_000;
const LARGE_INPUT_DELAY_MS = 200;

export interface Extraction {
  readonly analysis: PasteAnalysis;
  /** True while the text on screen has not been decoded yet. */
  readonly pending: boolean;
}

export function useExtraction(text: string): Extraction {
  const [decoded, setDecoded] = useState<{ text: string; analysis: PasteAnalysis }>({
    text: '',
    analysis: EMPTY,
  });
  const client = useRef<ExtractionClient | null>(null);

  useEffect(() => {
    const current = new ExtractionClient();
    client.current = current;
    return () => current.dispose();
  }, []);

  useEffect(() => {
    const delay = text.length > LARGE_INPUT_CHARACTERS ? LARGE_INPUT_DELAY_MS : 0;
    const timer = setTimeout(() => {
      client.current?.extract(text, (analysis) => setDecoded({ text, analysis }));
    }, delay);
    return () => clearTimeout(timer);
  }, [text]);

  return { analysis: decoded.analysis, pending: decoded.text !== text };
}
