import { buildReference } from './build-reference.ts';
import { splitLeadingLabel } from './labels.ts';
import { normaliseText } from './normalise.ts';
import { validateReferenceFields } from './reference-fields.ts';
import type { DecodeOptions, DecodeResult, DecodedReference } from './reference-types.ts';

const LEADING_PUNCTUATION = new Set([...'"\'`(<[{*']);
const TRAILING_PUNCTUATION = new Set([...'"\'`)>]}*,;:!?.']);

/**
 * Stray punctuation and spaces around a reference, dropped by walking in from both ends: a
 * regex `[...]+$` would retry from every position of a long run (60,000 dots: seconds).
 */
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  const isSpace = (character: string) => character.trim() === '';
  while (
    start < end &&
    (isSpace(text.charAt(start)) || LEADING_PUNCTUATION.has(text.charAt(start)))
  )
    start += 1;
  while (
    end > start &&
    (isSpace(text.charAt(end - 1)) || TRAILING_PUNCTUATION.has(text.charAt(end - 1)))
  )
    end -= 1;
  return text.slice(start, end);
}
const EXAMPLE = '18.4c96df17.1644609140.2a155db';

/**
 * Decodes exactly one reference, as typed in a box or carried in a deep link. A leading label
 * (`Reference #`, `https://errors.edgesuite.net/`, `Akamai-GRN:`) and stray punctuation are
 * forgiven; anything else wrong is named.
 */
export function decodeReference(input: string, options: DecodeOptions = {}): DecodeResult {
  const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000);
  const trimmed = trimPunctuation(normaliseText(input));
  const { label, rest } = splitLeadingLabel(trimmed);
  const candidate = trimPunctuation(rest);
  if (candidate === '') {
    return { ok: false, reason: `Nothing to decode: a reference looks like ${EXAMPLE}` };
  }
  if (/\s/.test(candidate)) {
    return {
      ok: false,
      reason:
        'Expected one reference but found several words: paste the text in the main box to find every reference in it',
    };
  }
  const result = validateReferenceFields(candidate.split('.'), nowSeconds);
  if (!result.ok) return result;
  const reference = buildReference(
    result.fields,
    {
      asWritten: candidate,
      labels: label === null ? [] : [label],
      occurrences: 1,
      relatedReference: null,
    },
    nowSeconds,
  );
  return { ok: true, reference };
}

export interface ReferenceListResult {
  readonly references: DecodedReference[];
  readonly invalid: { readonly input: string; readonly reason: string }[];
}

/**
 * Decodes a comma-separated list of references, as carried by an SR link. Each bad entry is
 * kept with its reason instead of spoiling the others.
 */
export function decodeReferenceList(
  list: string,
  options: DecodeOptions = {},
): ReferenceListResult {
  const result: ReferenceListResult = { references: [], invalid: [] };
  for (const input of list.split(',').filter((entry) => entry.trim() !== '')) {
    const decoded = decodeReference(input, options);
    if (decoded.ok) result.references.push(decoded.reference);
    else result.invalid.push({ input, reason: decoded.reason });
  }
  return result;
}
