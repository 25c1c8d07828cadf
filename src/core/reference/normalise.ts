/**
 * Turns text as people paste it (HTML source, JSON strings, e-mail sources, URL-encoded links)
 * back into the characters a person reads, so one scan can find references in all of them.
 *
 * One pass decodes entities, percent escapes, backslash escapes and invisible characters; it
 * jumps from one character that can start an escape to the next (`indexOf`, no per-character
 * loop), copies the clean text between them as it is, and returns the input itself when there
 * is nothing to decode. A further pass runs only when a decoded character could start a new
 * escape (`&amp;#46;` decodes to `&#46;`), and never more than a few times, so hostile input
 * (megabytes of `&#46;` or nested `&amp;amp;`) stays linear. Quoted-printable soft line breaks
 * and bytes are undone first, when the text is quoted-printable.
 */

const MAX_DECODING_ROUNDS = 4;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  num: '#',
  period: '.',
  sol: '/',
  colon: ':',
  lowbar: '_',
  hyphen: '-',
  dash: '-',
  equals: '=',
  percnt: '%',
};

const BACKSLASH_CHARACTERS: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t' };

/*
 * What the decoder reads, in the order it tries them at a character that can start an escape:
 * decimal entity `&#\d{1,7};`, hex entity `&#[xX][0-9a-fA-F]{1,6};`, named entity
 * `&[a-zA-Z]{2,8};`, percent escape of a printable ASCII byte `%[2-7][0-9a-fA-F]`, backslash
 * escape `\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrt"'/\\])` (case-sensitive on purpose: `\N` in a
 * Windows path is no escape), zero-width character or soft hyphen (dropped). A character where
 * none of them matches stays as it is, and decoding goes on from the next one.
 */
const ESCAPE_STARTS = ['&', '%', '\\', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const STARTS_AN_ESCAPE = /[&#%\\=\u00ad\u200b-\u200d\u2060\ufeff]/;

const AMPERSAND = 0x26;
const HASH = 0x23;
const SEMICOLON = 0x3b;
const PERCENT = 0x25;
const BACKSLASH = 0x5c;

const QUOTED_PRINTABLE_BYTE = /=([0-9A-F]{2})/g;
const SOFT_LINE_BREAK = /=\r?\n/g;
const QUOTED_PRINTABLE_HEADER = /content-transfer-encoding:\s*quoted-printable/i;
/** Encoders wrap quoted-printable at 76 columns, ending each wrapped line with `=`. */
const WRAPPED_LINE_LENGTH = { min: 60, max: 76 } as const;

/** One pass over the soft line breaks (`=` before a line end) and the length of their lines. */
function hasWrappedSoftBreak(text: string): boolean {
  const softBreak = /=\r?\n/g;
  for (let match = softBreak.exec(text); match; match = softBreak.exec(text)) {
    const lineLength = match.index + 1 - (text.lastIndexOf('\n', match.index) + 1);
    if (lineLength >= WRAPPED_LINE_LENGTH.min && lineLength <= WRAPPED_LINE_LENGTH.max) return true;
  }
  return false;
}

/**
 * Quoted-printable, declared or recognisable by its wrapping. Elsewhere `=` at a line end is
 * just `key=` in a log, and joining the next line to it would glue a reference to the key.
 */
function isQuotedPrintable(text: string): boolean {
  return QUOTED_PRINTABLE_HEADER.test(text) || hasWrappedSoftBreak(text);
}

function fromCodePoint(codePoint: number): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isHexDigit = (code: number): boolean =>
  isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
const hexValue = (code: number): number => (code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57);
const isLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** The end of the longest run of `accepts` from `from`, reading at most `max + 1` characters.
 * Kept beside its caller on purpose: one shared copy sees every scanner's tests and V8 stops
 * inlining them (measured: extraction 10-20% slower on 10 MB in `npm run bench`).
 */
function runEnd(
  text: string,
  from: number,
  max: number,
  accepts: (code: number) => boolean,
): number {
  let at = from;
  while (at - from <= max && at < text.length && accepts(text.charCodeAt(at))) at += 1;
  return at;
}

/** A run of `min` to `max` characters closed by `;` (the whole run: no shorter one can close). */
function closedRunEnd(
  text: string,
  from: number,
  min: number,
  max: number,
  accepts: (code: number) => boolean,
): number {
  const end = runEnd(text, from, max, accepts);
  const length = end - from;
  return length >= min && length <= max && text.charCodeAt(end) === SEMICOLON ? end : -1;
}

function hasHexDigits(text: string, from: number, count: number): boolean {
  for (let at = from; at < from + count; at += 1) {
    if (!isHexDigit(text.charCodeAt(at))) return false;
  }
  return true;
}

/**
 * Decodes the escapes of one text, left to right. `decodeAt` answers the escape at one place and
 * leaves where it ends in `end`, so that the hot loop allocates nothing but the output.
 */
class Decoder {
  /** Where the escape last decoded ends. */
  end = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** The escape that starts at `at`, decoded, or null when the character starts none. */
  decodeAt(at: number): string | null {
    const { text } = this;
    const code = text.charCodeAt(at);
    if (code === AMPERSAND) return this.entity(at);
    if (code === PERCENT) {
      const first = text.charCodeAt(at + 1);
      const second = text.charCodeAt(at + 2);
      if (first < 0x32 || first > 0x37 || !isHexDigit(second)) return null;
      this.end = at + 3;
      return String.fromCharCode((first - 0x30) * 16 + hexValue(second));
    }
    if (code === BACKSLASH) return this.backslash(at);
    // An invisible character: drop it.
    this.end = at + 1;
    return '';
  }

  private entity(at: number): string | null {
    const { text } = this;
    if (text.charCodeAt(at + 1) === HASH) {
      const decimalEnd = closedRunEnd(text, at + 2, 1, 7, isDigit);
      if (decimalEnd !== -1) {
        this.end = decimalEnd + 1;
        return fromCodePoint(Number(text.slice(at + 2, decimalEnd)));
      }
      const x = text.charCodeAt(at + 2);
      if (x !== 0x78 && x !== 0x58) return null;
      const hexEnd = closedRunEnd(text, at + 3, 1, 6, isHexDigit);
      if (hexEnd === -1) return null;
      this.end = hexEnd + 1;
      return fromCodePoint(parseInt(text.slice(at + 3, hexEnd), 16));
    }
    const nameEnd = closedRunEnd(text, at + 1, 2, 8, isLetter);
    if (nameEnd === -1) return null;
    // An unknown name stays as written: the same as no escape, since a name holds no escape.
    const decoded = NAMED_ENTITIES[text.slice(at + 1, nameEnd).toLowerCase()];
    if (decoded === undefined) return null;
    this.end = nameEnd + 1;
    return decoded;
  }

  private backslash(at: number): string | null {
    const { text } = this;
    const next = text[at + 1];
    if (next === 'u' && hasHexDigits(text, at + 2, 4)) {
      this.end = at + 6;
      return String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16));
    }
    if (next === 'x' && hasHexDigits(text, at + 2, 2)) {
      this.end = at + 4;
      return String.fromCharCode(parseInt(text.slice(at + 2, at + 4), 16));
    }
    if (next === undefined || !'nrt"\'/\\'.includes(next)) return null;
    this.end = at + 2;
    return BACKSLASH_CHARACTERS[next] ?? next;
  }
}

/** Where the characters that can start an escape next occur: one `indexOf` per character. */
class EscapeStarts {
  private readonly characters: string[] = [];
  private readonly next: number[] = [];
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    // Characters the text never holds are never searched again.
    for (const character of ESCAPE_STARTS) {
      const at = text.indexOf(character);
      if (at === -1) continue;
      this.characters.push(character);
      this.next.push(at);
    }
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

/** A decoded character that could start a further escape. */
function mayStartAnEscape(replacement: string): boolean {
  return replacement === '' || STARTS_AN_ESCAPE.test(replacement);
}

interface Pass {
  readonly text: string;
  readonly mayHoldNewEscapes: boolean;
}

/**
 * Past this many escapes, and when they come closer than every `DENSE_SPACING` characters on
 * average, the rest of the text is decoded character by character into a buffer: cheaper than
 * joining a piece of text for every escape.
 */
const DENSE_AFTER = 64;
const DENSE_SPACING = 40;
const STRING_CHUNK = 8192;

/** UTF-16 code units back to a string, lone surrogates included (TextDecoder would replace them). */
function stringFromCodeUnits(units: Uint16Array, length: number): string {
  const chunks: string[] = [];
  for (let from = 0; from < length; from += STRING_CHUNK) {
    chunks.push(
      String.fromCharCode.apply(
        null,
        units.subarray(from, Math.min(length, from + STRING_CHUNK)) as unknown as number[],
      ),
    );
  }
  return chunks.join('');
}

const isEscapeStart = (code: number): boolean =>
  code === AMPERSAND ||
  code === PERCENT ||
  code === BACKSLASH ||
  code === 0xad ||
  (code >= 0x200b && code <= 0x200d) ||
  code === 0x2060 ||
  code === 0xfeff;

/** Decoding UTF-8 is exact for ASCII bytes, and the fastest way from a buffer to a string. */
const ASCII_TEXT = new TextDecoder();
/** Exact for UTF-16 without surrogates (a lone one would become U+FFFD). */
const UTF16_TEXT = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Decoded text is written in chunks of this many code units: small buffers, reused. */
const CHUNK_UNITS = 1 << 16;

/**
 * Decoded text written unit by unit into a chunk: bytes while all is ASCII (as in most pastes),
 * else UTF-16 code units; each full chunk becomes a string the fastest exact way.
 */
class CodeUnitWriter {
  private readonly pieces: string[] = [];
  private readonly bytes = new Uint8Array(CHUNK_UNITS);
  private readonly units = new Uint16Array(CHUNK_UNITS);
  private length = 0;
  private ascii = true;
  private hasSurrogates = false;

  write(code: number): void {
    if (this.length === CHUNK_UNITS) this.flush();
    if (this.ascii && code >= 0x80) {
      this.units.set(this.bytes.subarray(0, this.length));
      this.ascii = false;
    }
    if (this.ascii) {
      this.bytes[this.length] = code;
    } else {
      this.units[this.length] = code;
      if (code >= 0xd800 && code <= 0xdfff) this.hasSurrogates = true;
    }
    this.length += 1;
  }

  toString(): string {
    this.flush();
    return this.pieces.join('');
  }

  private flush(): void {
    if (this.ascii) this.pieces.push(ASCII_TEXT.decode(this.bytes.subarray(0, this.length)));
    else if (this.hasSurrogates) this.pieces.push(stringFromCodeUnits(this.units, this.length));
    else this.pieces.push(UTF16_TEXT.decode(this.units.subarray(0, this.length)));
    this.length = 0;
    this.ascii = true;
    this.hasSurrogates = false;
  }
}

/** The dense way: every character of `text` from `from` on, read once. */
function decodeDense(text: string, from: number, decoder: Decoder): Pass {
  const output = new CodeUnitWriter();
  let mayHoldNewEscapes = false;
  for (let at = from; at < text.length;) {
    const code = text.charCodeAt(at);
    const replacement = isEscapeStart(code) ? decoder.decodeAt(at) : null;
    if (replacement === null) {
      output.write(code);
      at += 1;
      continue;
    }
    if (!mayHoldNewEscapes && mayStartAnEscape(replacement)) mayHoldNewEscapes = true;
    for (let index = 0; index < replacement.length; index += 1) {
      output.write(replacement.charCodeAt(index));
    }
    at = decoder.end;
  }
  return { text: output.toString(), mayHoldNewEscapes };
}

/**
 * One pass; says whether its output may hold escapes that the pass itself created. Text with
 * nothing to decode comes back as the same string, uncopied; text with a few escapes is copied
 * in the pieces between them.
 */
function decodeOnce(text: string): Pass {
  const starts = new EscapeStarts(text);
  const decoder = new Decoder(text);
  let output = '';
  let mayHoldNewEscapes = false;
  let copiedTo = 0;
  let decodedCount = 0;
  for (let at = starts.from(0); at !== -1;) {
    if (decodedCount === DENSE_AFTER && at < decodedCount * DENSE_SPACING) {
      const rest = decodeDense(text, copiedTo, decoder);
      return {
        text: output + rest.text,
        mayHoldNewEscapes: mayHoldNewEscapes || rest.mayHoldNewEscapes,
      };
    }
    const replacement = decoder.decodeAt(at);
    if (replacement === null) {
      at = starts.from(at + 1);
      continue;
    }
    decodedCount += 1;
    // A dropped invisible character may join the halves of an escape it split.
    if (!mayHoldNewEscapes && mayStartAnEscape(replacement)) mayHoldNewEscapes = true;
    output += text.slice(copiedTo, at) + replacement;
    copiedTo = decoder.end;
    at = starts.from(copiedTo);
  }
  if (copiedTo === 0) return { text, mayHoldNewEscapes };
  return { text: output + text.slice(copiedTo), mayHoldNewEscapes };
}

export function normaliseText(text: string): string {
  let current = isQuotedPrintable(text)
    ? text
        .replace(SOFT_LINE_BREAK, '')
        .replace(QUOTED_PRINTABLE_BYTE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
  for (let round = 0; round < MAX_DECODING_ROUNDS; round += 1) {
    const { text: decoded, mayHoldNewEscapes } = decodeOnce(current);
    current = decoded;
    if (!mayHoldNewEscapes) break;
  }
  return current;
}
