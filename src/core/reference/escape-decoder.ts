/**
 * Decodes the one escape that starts at a given place: an HTML entity, a percent escape, a
 * backslash escape or an invisible character. Separate because it is the grammar of what
 * counts as an escape, read the same by every pass; where to look and what to do with the
 * result are the passes' job (`decoding-passes.ts`).
 */
import {
  AMPERSAND,
  BACKSLASH,
  CARRIAGE_RETURN,
  HASH,
  LINE_FEED,
  PERCENT,
  SEMICOLON,
  hexValue,
  isDigit,
  isHexDigit,
  isLetter,
} from './character-codes.ts';
import { NAMED_BY_KEY, nameKey } from './entity-names.ts';

/*
 * What the decoder reads, in the order it tries them at a character that can start an escape:
 * decimal entity `&#\d{1,7};`, hex entity `&#[xX][0-9a-fA-F]{1,6};`, named entity
 * `&[a-zA-Z]{2,8};`, percent escape of a printable ASCII byte `%[2-7][0-9a-fA-F]`, backslash
 * escape `\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrt"'/\\])` (case-sensitive on purpose: `\N` in a
 * Windows path is no escape), zero-width character or soft hyphen (dropped). A character where
 * none of them matches stays as it is, and decoding goes on from the next one. Whether one
 * matches depends on at most ESCAPE_REACH characters from its start (`&#` and 7 digits, then
 * the `;` that must close them). The characters that can start one are ESCAPE_STARTS
 * (`escape-starts.ts`).
 */
export const ESCAPE_REACH = 10;

/** What `decodeAt` answers besides a code point: no escape here, or one decoded to nothing. */
export const NO_ESCAPE = -1;
export const DROPPED = -2;

/** The value of `count` hex digits from `from`, or -1 when one is not a hex digit. */
function hexDigitsValue(text: string, from: number, count: number): number {
  let value = 0;
  for (let at = from; at < from + count; at += 1) {
    const code = text.charCodeAt(at);
    if (!isHexDigit(code)) return -1;
    value = value * 16 + hexValue(code);
  }
  return value;
}

/** A code point an entity names, or DROPPED past the last one (it decodes to nothing). */
const entityCodePoint = (value: number): number => (value <= 0x10ffff ? value : DROPPED);

/** The character a backslash escape `\n`, `\"` ... stands for, or NO_ESCAPE. */
function backslashed(code: number): number {
  switch (code) {
    case 0x6e: // n
      return LINE_FEED;
    case 0x72: // r
      return CARRIAGE_RETURN;
    case 0x74: // t
      return 0x09;
    case 0x22: // "
    case 0x27: // '
    case 0x2f: // /
    case BACKSLASH:
      return code;
    default:
      return NO_ESCAPE;
  }
}

/**
 * Decodes the escapes of one text. `decodeAt` answers the escape at one place as a number (a
 * code point, NO_ESCAPE or DROPPED) and leaves where it ends in `end`, so that decoding
 * allocates nothing but the output.
 */
export class Decoder {
  /** Where the escape last decoded ends. */
  end = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  decodeAt(at: number): number {
    const { text } = this;
    const code = text.charCodeAt(at);
    if (code === AMPERSAND) return this.entity(at);
    if (code === PERCENT) {
      const first = text.charCodeAt(at + 1);
      const second = text.charCodeAt(at + 2);
      if (first < 0x32 || first > 0x37 || !isHexDigit(second)) return NO_ESCAPE;
      this.end = at + 3;
      return (first - 0x30) * 16 + hexValue(second);
    }
    if (code === BACKSLASH) return this.backslash(at);
    // An invisible character: drop it.
    this.end = at + 1;
    return DROPPED;
  }

  /*
   * Each kind of entity reads its own run in its own loop, taking the value as it goes: one
   * loop given the character test as a function would see three tests and inline none.
   * Each run is read up to one character past its longest, as the whole run must be closed by
   * `;` (a shorter run inside a longer one never is).
   */
  private entity(at: number): number {
    const { text } = this;
    if (text.charCodeAt(at + 1) !== HASH) return this.named(at + 1);
    const decoded = this.decimal(at + 2);
    if (decoded !== NO_ESCAPE) return decoded;
    const x = text.charCodeAt(at + 2);
    return x === 0x78 || x === 0x58 ? this.hex(at + 3) : NO_ESCAPE;
  }

  /** 1-7 decimal digits from `from`, closed by `;`. */
  private decimal(from: number): number {
    const { text } = this;
    let value = 0;
    let at = from;
    for (; at - from <= 7; at += 1) {
      const code = text.charCodeAt(at);
      if (!isDigit(code)) break;
      value = value * 10 + code - 0x30;
    }
    if (at === from || at - from > 7 || text.charCodeAt(at) !== SEMICOLON) return NO_ESCAPE;
    this.end = at + 1;
    return entityCodePoint(value);
  }

  /** 1-6 hex digits from `from`, closed by `;`. */
  private hex(from: number): number {
    const { text } = this;
    let value = 0;
    let at = from;
    for (; at - from <= 6; at += 1) {
      const code = text.charCodeAt(at);
      if (!isHexDigit(code)) break;
      value = value * 16 + hexValue(code);
    }
    if (at === from || at - from > 6 || text.charCodeAt(at) !== SEMICOLON) return NO_ESCAPE;
    this.end = at + 1;
    return entityCodePoint(value);
  }

  /**
   * A known name of 2-8 ASCII letters from `from`, any case, closed by `;`. An unknown name
   * stays as written: the same as no escape, since a name holds no escape.
   */
  private named(from: number): number {
    const { text } = this;
    let key = 0;
    let end = from;
    for (; end - from <= 8; end += 1) {
      const code = text.charCodeAt(end);
      if (!isLetter(code)) break;
      key = nameKey(key, code);
    }
    if (end - from < 2 || end - from > 8 || text.charCodeAt(end) !== SEMICOLON) return NO_ESCAPE;
    const code = NAMED_BY_KEY.get(key);
    if (code === undefined) return NO_ESCAPE;
    this.end = end + 1;
    return code;
  }

  private backslash(at: number): number {
    const { text } = this;
    const next = text.charCodeAt(at + 1);
    if (next === 0x75) {
      // \uXXXX: one UTF-16 code unit, a lone surrogate included.
      const value = hexDigitsValue(text, at + 2, 4);
      if (value !== -1) {
        this.end = at + 6;
        return value;
      }
    } else if (next === 0x78) {
      const value = hexDigitsValue(text, at + 2, 2);
      if (value !== -1) {
        this.end = at + 4;
        return value;
      }
    }
    const character = backslashed(next);
    if (character !== NO_ESCAPE) this.end = at + 2;
    return character;
  }
}
