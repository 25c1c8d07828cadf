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
const labelsStartingHere = REFERENCE_LABELS.map(({ label, pattern }) => ({
  label,
  regex: new RegExp(`^(?:${pattern})`, 'i'),
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

/** Strips a leading label from a single pasted reference; returns the label and the rest. */
export function splitLeadingLabel(input: string): { label: ReferenceLabel | null; rest: string } {
  for (const { label, regex } of labelsStartingHere) {
    const match = regex.exec(input);
    if (match) return { label, rest: input.slice(match[0].length) };
  }
  return { label: null, rest: input };
}
