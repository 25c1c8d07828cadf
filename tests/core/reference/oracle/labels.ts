/*
 * FROZEN TEST ORACLE: the extraction as it was before issue 15 made it faster (src/core/labels.ts at
 * d63e196), verbatim but for import paths and the unused splitLeadingLabel; only so that
 * extraction-equivalence.property.test.ts can check old and new give the same output. Kept while both exist; delete this folder together
 * with that test once the old implementation is retired. Never import it from src.
 */
/**
 * Labels that stand before a reference in real text. The label says what the string is: under
 * `Akamai-GRN` a `0.` string is a request id, not an error. More specific labels come first.
 */
export const REFERENCE_LABELS = [
  { label: 'errors.edgesuite.net/', pattern: String.raw`(?:https?://)?errors\.edgesuite\.net/` },
  { label: 'Akamai-GRN', pattern: String.raw`akamai-grn["']?\s{0,4}[:=]\s{0,4}["']?` },
  {
    label: 'x-reference-error',
    pattern: String.raw`x-reference-error["']?\s{0,4}[:=]\s{0,4}["']?`,
  },
  { label: 'Reference ID', pattern: String.raw`reference[ _-]?id["']?\s{0,4}[:=#]?\s{0,4}["']?` },
  {
    label: 'Reference #',
    pattern: String.raw`reference\s{0,4}(?:number|no\.?)?\s{0,4}[#:]\s{0,4}`,
  },
  { label: '#', pattern: '#' },
] as const;

export type ReferenceLabel = (typeof REFERENCE_LABELS)[number]['label'];

export const GRN_LABEL: ReferenceLabel = 'Akamai-GRN';

const LOOKBACK_CHARACTERS = 48;

const labelsEndingHere = REFERENCE_LABELS.map(({ label, pattern }) => ({
  label,
  regex: new RegExp(`(?:${pattern})$`, 'i'),
}));
/**
 * The worded labels as one alternation, to find labelled look-alikes. A bare `#` is left out:
 * "section #3.1" is no reference, and reporting it would bury the real rejections.
 */
export const WORDED_LABEL_SOURCE = REFERENCE_LABELS.filter(({ label }) => label !== '#')
  .map(({ pattern }) => `(?:${pattern})`)
  .join('|');

/** The label that ends exactly where a reference starts, or null. */
export function labelBefore(text: string, start: number): ReferenceLabel | null {
  const before = text.slice(Math.max(0, start - LOOKBACK_CHARACTERS), start);
  return labelsEndingHere.find(({ regex }) => regex.test(before))?.label ?? null;
}
