/**
 * Finds the next character that can start an escape, by `indexOf`, and says which characters a
 * decoded one can add. Separate because it is the one place that knows the set of escape starts
 * as bits, which both the search and the passes' bookkeeping (what a later pass must look for)
 * use.
 */
import { AMPERSAND, BACKSLASH, DROPPED, EQUALS, HASH, PERCENT } from './escape-decoder.ts';

/** The characters that can start an escape (what each starts: `escape-decoder.ts`). */
const ESCAPE_STARTS = ['&', '%', '\\', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

/** Each character of ESCAPE_STARTS as a bit, so a set of them is one number. */
const ALL_STARTS = (1 << ESCAPE_STARTS.length) - 1;
/** `&`, `%` and `\`: the only ones that outlive a pass as written (invisible ones are dropped). */
export const KEPT_STARTS = 0b111;
/**
 * The invisible ones past U+00FF. In a two-byte text V8 looks for the zero-width ones by their
 * high byte (0x20, as common as spaces): a few milliseconds per MB each when absent, as they
 * nearly always are, where one test for all of them costs less than one of those searches.
 */
const WIDE_STARTS = 0b111110000;
const WIDE_INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;

/** The bit of a character that can start an escape, or 0. */
export function startBit(code: number): number {
  switch (code) {
    case AMPERSAND:
      return 1 << 0;
    case PERCENT:
      return 1 << 1;
    case BACKSLASH:
      return 1 << 2;
    case 0xad:
      return 1 << 3;
    case 0x200b:
      return 1 << 4;
    case 0x200c:
      return 1 << 5;
    case 0x200d:
      return 1 << 6;
    case 0x2060:
      return 1 << 7;
    case 0xfeff:
      return 1 << 8;
    default:
      return 0;
  }
}

/**
 * Where the characters that can start an escape next occur: one `indexOf` per character.
 * `candidates`: the ones the text may hold (a bit each); looking for one that is not there
 * reads the whole text, which in a long two-byte text costs more than the decoding itself.
 */
export class EscapeStarts {
  /** The characters found in the text. */
  found = 0;
  private readonly characters: string[] = [];
  private readonly next: number[] = [];
  private readonly text: string;

  constructor(text: string, candidates = ALL_STARTS) {
    this.text = text;
    let searched = candidates;
    if ((searched & WIDE_STARTS) !== 0 && !WIDE_INVISIBLE.test(text)) searched &= ~WIDE_STARTS;
    // Characters the text never holds are never searched again.
    ESCAPE_STARTS.forEach((character, index) => {
      if ((searched & (1 << index)) === 0) return;
      const at = text.indexOf(character);
      if (at === -1) return;
      this.found |= 1 << index;
      this.characters.push(character);
      this.next.push(at);
    });
  }

  /** The first position at or after `from` that holds one of them, or -1. */
  from(from: number): number {
    let first = -1;
    for (let index = 0; index < this.next.length; index += 1) {
      let at = this.next[index] ?? -1;
      if (at !== -1 && at < from) {
        at = this.text.indexOf(this.characters[index] ?? '', from);
        this.next[index] = at;
      }
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  }
}

const isEscapeStart = (code: number): boolean =>
  code === AMPERSAND ||
  code === PERCENT ||
  code === BACKSLASH ||
  code === 0xad ||
  (code >= 0x200b && code <= 0x200d) ||
  code === 0x2060 ||
  code === 0xfeff;

/** A decoded character that could start (or, dropped, join the halves of) a further escape. */
export const mayStartAnEscape = (decoded: number): boolean =>
  decoded === DROPPED || decoded === HASH || decoded === EQUALS || isEscapeStart(decoded);
