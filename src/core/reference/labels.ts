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

const labelsStartingHere = REFERENCE_LABELS.map(({ label, pattern }) => ({
  label,
  regex: new RegExp(`^(?:${pattern})`, 'i'),
}));

/**
 * Every label as a look-behind, in the order above, each marked by an empty group: matched
 * sticky at a reference's start, it reads backwards from there only, and the first group that
 * took part names the label.
 */
const LABEL_ENDING_HERE = new RegExp(
  REFERENCE_LABELS.map(({ pattern }) => `(?<=(?:${pattern}))()`).join('|'),
  'iy',
);

/** A label's tail after its last word: quotes, blanks and `:=#`, 13 characters at most. */
const LABEL_TAIL_LIMIT = 13;

/** The characters of `\s` in a regular expression. */
function isBlank(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The ASCII characters of a label's tail, as a table: the label test runs at most of a text's dots. */
const ASCII_LABEL_TAIL = new Uint8Array(0x80);
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x22, 0x23, 0x27, 0x3a, 0x3d]) {
  ASCII_LABEL_TAIL[code] = 1;
}

const isLabelTail = (code: number): boolean =>
  code < 0x80 ? ASCII_LABEL_TAIL[code] === 1 : isBlank(code);

/** A character as a label pattern compares it: ASCII letters in lower case. */
const folded = (code: number): number => (code >= 0x41 && code <= 0x5a ? code | 0x20 : code);

/**
 * Whether the last two characters of a word (folded) can end a label's last word:
 * gr(rn), err(or), numb(er), (id), referen(ce), (no), n(o.).
 */
function endsLastWord(before: number, last: number): boolean {
  switch (last) {
    case 0x6e: // n
      return before === 0x72;
    case 0x72: // r
      return before === 0x6f || before === 0x65;
    case 0x64: // d
      return before === 0x69;
    case 0x65: // e
      return before === 0x63;
    case 0x6f: // o
      return before === 0x6e;
    case 0x2e: // .
      return before === 0x6f;
    default:
      return false;
  }
}

/**
 * Whether a label could end at `end`: a cheap test that every label passes (`#`, `t/`, or the
 * last two characters of a label's last word before at most a tail's length of quotes, blanks
 * and separators), so that the label patterns run only where one may be.
 */
export function mayEndLabel(text: string, end: number): boolean {
  let code = text.charCodeAt(end - 1);
  if (code === 0x23) return true;
  if (code === 0x2f) return folded(text.charCodeAt(end - 2)) === 0x74;
  let at = end - 1;
  // Before the text, `charCodeAt` is NaN: no tail, and no word.
  while (isLabelTail(code)) {
    at -= 1;
    if (end - 1 - at > LABEL_TAIL_LIMIT) return false;
    code = text.charCodeAt(at);
  }
  return at >= 1 && endsLastWord(folded(text.charCodeAt(at - 1)), folded(code));
}

/**
 * The worded labels as one alternation, to find labelled look-alikes. A bare `#` is left out:
 * "section #3.1" is no reference, and reporting it would bury the real rejections.
 */
export const WORDED_LABEL_SOURCE = REFERENCE_LABELS.filter(({ label }) => label !== '#')
  .map(({ pattern }) => `(?:${pattern})`)
  .join('|');

/** The label that ends exactly where a reference starts, or null. */
export function labelBefore(text: string, start: number): ReferenceLabel | null {
  if (!mayEndLabel(text, start)) return null;
  LABEL_ENDING_HERE.lastIndex = start;
  const match = LABEL_ENDING_HERE.exec(text);
  if (match === null) return null;
  const index = match.findIndex((group, at) => at > 0 && group !== undefined);
  return REFERENCE_LABELS[index - 1]?.label ?? null;
}

/** Strips a leading label from a single pasted reference; returns the label and the rest. */
export function splitLeadingLabel(input: string): { label: ReferenceLabel | null; rest: string } {
  for (const { label, regex } of labelsStartingHere) {
    const match = regex.exec(input);
    if (match) return { label, rest: input.slice(match[0].length) };
  }
  return { label: null, rest: input };
}
