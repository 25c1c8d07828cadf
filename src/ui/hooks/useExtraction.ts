import { useEffect, useRef, useState } from 'react';
import type { PasteAnalysis } from '../../core/index.ts';
import { ExtractionClient, type PageDecoder } from '../extraction-client.ts';

const EMPTY: PasteAnalysis = {
  extraction: { references: [], rejected: [] },
  found: [],
  secrets: [],
};
/** Above this size, wait for typing to pause before decoding, so keystrokes stay responsive. */
const LARGE_INPUT_CHARACTERS = 200_000;
const LARGE_INPUT_DELAY_MS = 200;
/** A change this large is a paste, a drop or a clear, not a keystroke: decode it at once. */
const KEYSTROKE_CHARACTERS = 1_000;

export interface Extraction {
  readonly analysis: PasteAnalysis;
  /** True while the text on screen has not been decoded in full yet (the analysis may hold the
   * references of its leading lines already). */
  readonly pending: boolean;
}

/**
 * Decodes `text`: large texts in a worker, small ones on the page with `pageDecoder`, which comes
 * with the decoding script (null until it has loaded; a small text waits for it, pending).
 */
export function useExtraction(text: string, pageDecoder: PageDecoder | null): Extraction {
  const [decoded, setDecoded] = useState<{
    text: string;
    analysis: PasteAnalysis;
    partial: boolean;
  }>({ text: '', analysis: EMPTY, partial: false });
  const client = useRef<ExtractionClient | null>(null);

  useEffect(() => {
    const current = new ExtractionClient();
    client.current = current;
    return () => current.dispose();
  }, []);

  useEffect(() => client.current?.setPageDecoder(pageDecoder), [pageDecoder]);

  const previousLength = useRef(0);
  useEffect(() => {
    const typing = Math.abs(text.length - previousLength.current) < KEYSTROKE_CHARACTERS;
    previousLength.current = text.length;
    const delay = typing && text.length > LARGE_INPUT_CHARACTERS ? LARGE_INPUT_DELAY_MS : 0;
    const timer = setTimeout(() => {
      client.current?.extract(text, (analysis, partial) => setDecoded({ text, analysis, partial }));
    }, delay);
    return () => clearTimeout(timer);
  }, [text]);

  return { analysis: decoded.analysis, pending: decoded.text !== text || decoded.partial };
}
