/**
 * Character tests on UTF-16 code units and bounded runs of them: the hand scanners of
 * extraction and normalisation read a few characters at a time instead of slicing strings.
 */
export const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

export const isLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

export const isAlphanumeric = (code: number): boolean => isDigit(code) || isLetter(code);

export const isHexDigit = (code: number): boolean =>
  isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);

/** The end of the longest run of `accepts` from `from`, reading at most `max + 1` characters. */
export function runEnd(
  text: string,
  from: number,
  max: number,
  accepts: (code: number) => boolean,
): number {
  let at = from;
  while (at - from <= max && at < text.length && accepts(text.charCodeAt(at))) at += 1;
  return at;
}
