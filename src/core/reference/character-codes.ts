/**
 * The characters that normalisation reads, as UTF-16 codes, and the classes it tests them
 * against (digit, hex digit, letter). Separate because the escape decoder, the escape-start
 * search and the quoted-printable check all read them; tests on numbers, not regexes, so that
 * each small test is inlined where it is called.
 */

export const AMPERSAND = 0x26;
export const HASH = 0x23;
export const SEMICOLON = 0x3b;
export const PERCENT = 0x25;
export const BACKSLASH = 0x5c;
export const EQUALS = 0x3d;
export const LINE_FEED = 0x0a;
export const CARRIAGE_RETURN = 0x0d;

export const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
export const isHexDigit = (code: number): boolean =>
  isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
export const isUpperHexDigit = (code: number): boolean =>
  isDigit(code) || (code >= 0x41 && code <= 0x46);
export const hexValue = (code: number): number =>
  code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57;
export const isLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
