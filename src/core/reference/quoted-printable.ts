/**
 * Undoes quoted-printable (e-mail sources) before anything else is decoded. Separate because it
 * is a whole-text step of its own, with its own test of whether the text is quoted-printable at
 * all, and runs once, before the passes.
 */
import { CARRIAGE_RETURN, LINE_FEED, isUpperHexDigit } from './escape-decoder.ts';

const QUOTED_PRINTABLE_BYTE = /=([0-9A-F]{2})/g;
const SOFT_LINE_BREAK = /=\r?\n/g;
const QUOTED_PRINTABLE_HEADER = /content-transfer-encoding:\s*quoted-printable/i;
/** Encoders wrap quoted-printable at 76 columns, ending each wrapped line with `=`. */
const WRAPPED_LINE_LENGTH = { min: 60, max: 76 } as const;

/**
 * Undoes quoted-printable when the text is quoted-printable: declared, or recognisable by its
 * wrapping (a soft line break, `=` at a line end, on a line 60-76 characters long). Elsewhere
 * `=` at a line end is just `key=` in a log, and joining the next line to it would glue a
 * reference to the key. One pass over the `=` signs says whether there is anything to undo at
 * all, so a text that holds none (most HTML) or only `key=value` pairs pays no more.
 */
export function undoQuotedPrintable(text: string): string {
  let hasSoftBreak = false;
  let hasByte = false;
  let isWrapped = false;
  for (let at = text.indexOf('='); at !== -1 && !isWrapped; at = text.indexOf('=', at + 1)) {
    const next = text.charCodeAt(at + 1);
    const isSoftBreak =
      next === LINE_FEED || (next === CARRIAGE_RETURN && text.charCodeAt(at + 2) === LINE_FEED);
    if (isSoftBreak) {
      hasSoftBreak = true;
      const lineLength = at + 1 - (text.lastIndexOf('\n', at) + 1);
      isWrapped = lineLength >= WRAPPED_LINE_LENGTH.min && lineLength <= WRAPPED_LINE_LENGTH.max;
    } else if (!hasByte && isUpperHexDigit(next) && isUpperHexDigit(text.charCodeAt(at + 2))) {
      hasByte = true;
    }
  }
  if (!hasSoftBreak && !hasByte) return text;
  if (!isWrapped && !QUOTED_PRINTABLE_HEADER.test(text)) return text;
  return text
    .replace(SOFT_LINE_BREAK, '')
    .replace(QUOTED_PRINTABLE_BYTE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
