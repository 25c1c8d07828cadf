/**
 * Decodes the one escape that starts at a given place: an HTML entity, a percent escape, a
 * backslash escape or an invisible character. Separate because it is the grammar of what
 * counts as an escape, read the same by every pass; where to look and what to do with the
 * result are the passes' job (`decoding-passes.ts`).
 */
import { NAMED_ENTITIES } from './entity-names.ts';

/*
 * The characters the decoder reads, as UTF-16 codes, and the classes it tests them against: here,
 * in the module whose loops call them per character, because V8 inlines a call to a function of
 * its own module for free but guards each call to an imported one (a few per cent on
 * entity-dense text). Quoted-printable and the escape-start search import the few they need.
 */
export const AMPERSAND = 0x26;
export const HASH = 0x23;
const SEMICOLON = 0x3b;
export const PERCENT = 0x25;
export const BACKSLASH = 0x5c;
export const EQUALS = 0x3d;
export const LINE_FEED = 0x0a;
export const CARRIAGE_RETURN = 0x0d;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isHexDigit = (code: number): boolean =>
  isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
export const isUpperHexDigit = (code: number): boolean =>
  isDigit(code) || (code >= 0x41 && code <= 0x46);
const hexValue = (code: number): number => (code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57);
const isLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** A name's letters packed into one number, five bits each, case folded: exact up to 10 letters. */
const nameKey = (key: number, code: number): number => key * 32 + ((code | 0x20) - 0x60);

/**
 * The named entities (`entity-names.ts`) by their packed letters: a name is looked up as it is read, without cutting it
 * out of the text and lower-casing it (the hot path of entity-dense HTML, where most names are
 * `&eacute;` and others left as they are).
 */
const NAMED_BY_KEY = new Map(
  NAMED_ENTITIES.map(([name, code]) => [
    Array.from(name).reduce((key, letter) => nameKey(key, letter.charCodeAt(0)), 0),
    code,
  ]),
);

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
