/**
 * Turns text as people paste it (HTML source, JSON strings, e-mail sources, URL-encoded links)
 * back into the characters a person reads, so one scan can find references in all of them.
 *
 * The first pass decodes entities, percent escapes, backslash escapes and invisible characters;
 * it jumps from one character that can start an escape to the next (`indexOf`, no per-character
 * loop), copies the clean text between them as it is, and returns the input itself when there
 * is nothing to decode. A further pass runs only when a decoded character could start a new
 * escape (`&amp;#46;` decodes to `&#46;`), never more than a few times, and reads only the few
 * characters around what the pass before it decoded: anywhere else the text is what the pass
 * before already read and found no escape in. So hostile input (megabytes of `&#46;` or nested
 * `&amp;amp;`) stays linear, and one encoded reference in a 10 MB log costs a few lines' work.
 * What a pass decodes is kept in spans around escapes that lie close together, and the text is
 * copied once, at the end, with each span in place. Quoted-printable soft line breaks and bytes
 * are undone first, when the text is quoted-printable.
 */

const MAX_DECODING_ROUNDS = 4;

/** The named entities decoded (names compared without case), and the character of each. */
const NAMED_ENTITIES: readonly (readonly [name: string, code: number])[] = [
  ['amp', 0x26], // &
  ['lt', 0x3c], // <
  ['gt', 0x3e], // >
  ['quot', 0x22], // "
  ['apos', 0x27], // '
  ['nbsp', 0x20], // a plain space: references are split on it like on any blank
  ['num', 0x23], // #
  ['period', 0x2e], // .
  ['sol', 0x2f], // /
  ['colon', 0x3a], // :
  ['lowbar', 0x5f], // _
  ['hyphen', 0x2d], // -
  ['dash', 0x2d], // -
  ['equals', 0x3d], // =
  ['percnt', 0x25], // %
];

/** A name's letters packed into one number, five bits each, case folded: exact up to 10 letters. */
const nameKey = (key: number, code: number): number => key * 32 + ((code | 0x20) - 0x60);

/**
 * The same names by their packed letters: a name is looked up as it is read, without cutting it
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
 * the `;` that must close them).
 */
const ESCAPE_STARTS = ['&', '%', '\\', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const ESCAPE_REACH = 10;

const AMPERSAND = 0x26;
const HASH = 0x23;
const SEMICOLON = 0x3b;
const PERCENT = 0x25;
const BACKSLASH = 0x5c;
const EQUALS = 0x3d;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** What `decodeAt` answers besides a code point: no escape here, or one decoded to nothing. */
const NO_ESCAPE = -1;
const DROPPED = -2;

const QUOTED_PRINTABLE_BYTE = /=([0-9A-F]{2})/g;
const SOFT_LINE_BREAK = /=\r?\n/g;
const QUOTED_PRINTABLE_HEADER = /content-transfer-encoding:\s*quoted-printable/i;
/** Encoders wrap quoted-printable at 76 columns, ending each wrapped line with `=`. */
const WRAPPED_LINE_LENGTH = { min: 60, max: 76 } as const;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isHexDigit = (code: number): boolean =>
  isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
const isUpperHexDigit = (code: number): boolean => isDigit(code) || (code >= 0x41 && code <= 0x46);
const hexValue = (code: number): number => (code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57);
const isLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * Undoes quoted-printable when the text is quoted-printable: declared, or recognisable by its
 * wrapping (a soft line break, `=` at a line end, on a line 60-76 characters long). Elsewhere
 * `=` at a line end is just `key=` in a log, and joining the next line to it would glue a
 * reference to the key. One pass over the `=` signs says whether there is anything to undo at
 * all, so a text that holds none (most HTML) or only `key=value` pairs pays no more.
 */
function undoQuotedPrintable(text: string): string {
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
class Decoder {
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

/** Each character of ESCAPE_STARTS as a bit, so a set of them is one number. */
const ALL_STARTS = (1 << ESCAPE_STARTS.length) - 1;
/** `&`, `%` and `\`: the only ones that outlive a pass as written (invisible ones are dropped). */
const KEPT_STARTS = 0b111;
/**
 * The invisible ones past U+00FF. In a two-byte text V8 looks for the zero-width ones by their
 * high byte (0x20, as common as spaces): a few milliseconds per MB each when absent, as they
 * nearly always are, where one test for all of them costs less than one of those searches.
 */
const WIDE_STARTS = 0b111110000;
const WIDE_INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;

/** The bit of a character that can start an escape, or 0. */
function startBit(code: number): number {
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
class EscapeStarts {
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
const mayStartAnEscape = (decoded: number): boolean =>
  decoded === DROPPED || decoded === HASH || decoded === EQUALS || isEscapeStart(decoded);

/** How many code units a decoded character takes in the output. */
const unitsOf = (decoded: number): number => (decoded === DROPPED ? 0 : decoded > 0xffff ? 2 : 1);

/** A decoded character as a string ('' when dropped). */
const stringOf = (decoded: number): string =>
  decoded === DROPPED ? '' : String.fromCodePoint(decoded);

/**
 * Where a pass decoded escapes, as `[start, end)` offsets into its output (a dropped character
 * is an empty range): what the next pass reads around. Pairs in a typed array that grows, so
 * that hundreds of thousands of escapes cost no object each.
 */
class Seams {
  count = 0;
  private offsets = new Int32Array(64);

  add(start: number, end: number): void {
    if (2 * this.count === this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[2 * this.count] = start;
    this.offsets[2 * this.count + 1] = end;
    this.count += 1;
  }

  start(index: number): number {
    return this.offsets[2 * index] ?? 0;
  }

  /** Every seam `by` further on: text was put before them. */
  shift(by: number): void {
    for (let index = 0; index < 2 * this.count; index += 1) {
      this.offsets[index] = (this.offsets[index] ?? 0) + by;
    }
  }

  end(index: number): number {
    return this.offsets[2 * index + 1] ?? 0;
  }
}

/**
 * A stretch of the text around escapes that lie close together, decoded; with SPAN_MARGIN
 * characters as they are on either side (fewer at the ends of the text), more than further
 * passes read around its escapes. Only spans are decoded again and copied until the end; the
 * text between them is the text as pasted.
 */
interface Span {
  /** Where it lies in the text as pasted (after quoted-printable). */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** Where the last pass decoded escapes in `text`. */
  readonly seams: Seams;
}

const SPAN_MARGIN = 64;

interface Pass {
  readonly spans: readonly Span[];
  /** Whether a decoded character may start an escape the pass itself did not see. */
  readonly mayHoldNewEscapes: boolean;
  /** The characters that can start an escape which its output may hold (a bit each). */
  readonly starts: number;
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
  /** Code units written so far: where the next one lands in the output. */
  written = 0;
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
    this.written += 1;
  }

  /** `text` from `from` to `to` as it is: a tight loop per chunk, for the runs between escapes. */
  writeRun(text: string, from: number, to: number): void {
    let at = from;
    while (at < to) {
      if (this.length === CHUNK_UNITS) this.flush();
      const end = Math.min(to, at + CHUNK_UNITS - this.length);
      if (!this.ascii) {
        at = this.unitRun(text, at, end);
      } else {
        at = this.asciiRun(text, at, end);
        // A character past ASCII: `write` turns the chunk into UTF-16 code units.
        if (at < end) {
          this.write(text.charCodeAt(at));
          at += 1;
        }
      }
    }
  }

  /** A decoded character: two code units past U+FFFF, none when dropped. */
  writeDecoded(decoded: number): void {
    if (decoded === DROPPED) return;
    if (decoded <= 0xffff) {
      this.write(decoded);
      return;
    }
    const offset = decoded - 0x10000;
    this.write(0xd800 + (offset >> 10));
    this.write(0xdc00 + (offset & 0x3ff));
  }

  toString(): string {
    this.flush();
    return this.pieces.join('');
  }

  /** ASCII from `at` until `end` or the first character past it; where it stopped. */
  private asciiRun(text: string, from: number, end: number): number {
    const { bytes } = this;
    let length = this.length;
    let at = from;
    for (; at < end; at += 1) {
      const code = text.charCodeAt(at);
      if (code >= 0x80) break;
      bytes[length] = code;
      length += 1;
    }
    this.written += length - this.length;
    this.length = length;
    return at;
  }

  private unitRun(text: string, from: number, end: number): number {
    const { units } = this;
    let length = this.length;
    let hasSurrogates = false;
    for (let at = from; at < end; at += 1) {
      const code = text.charCodeAt(at);
      units[length] = code;
      length += 1;
      hasSurrogates ||= code >= 0xd800 && code <= 0xdfff;
    }
    if (hasSurrogates) this.hasSurrogates = true;
    this.written += length - this.length;
    this.length = length;
    return end;
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

/** A span's decoded text, built from the text between escapes and what they decode to. */
class SpanOutput {
  readonly seams = new Seams();
  /** Where the text not yet copied starts. */
  copiedTo: number;
  /** Code units output so far. */
  length = 0;
  private readonly pieces: string[] = [];
  private readonly text: string;

  constructor(text: string, from: number) {
    this.text = text;
    this.copiedTo = from;
  }

  /** The text up to `to` copied as it is. */
  copy(to: number): void {
    if (to <= this.copiedTo) return;
    this.pieces.push(this.text.slice(this.copiedTo, to));
    this.length += to - this.copiedTo;
    this.copiedTo = to;
  }

  /** The escape at `at`..`end` decoded as `decoded`; the text before it copied as it is. */
  decoded(at: number, end: number, decoded: number): void {
    this.copy(at);
    const start = this.length;
    if (decoded !== DROPPED) {
      this.pieces.push(stringOf(decoded));
      this.length += unitsOf(decoded);
    }
    this.seams.add(start, this.length);
    this.copiedTo = end;
  }

  /** What has been output so far. */
  soFar(): string {
    return this.pieces.join('');
  }
}

/**
 * The first pass's spans: an escape further than two margins from the last one closes the span
 * that holds it and opens a new one.
 */
class FirstPass {
  readonly spans: Span[] = [];
  mayHoldNewEscapes = false;
  /** Characters that can start an escape, decoded. */
  produced = 0;
  decodedCount = 0;
  /** The span being written, or null between spans. */
  open: { readonly from: number; readonly output: SpanOutput } | null = null;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  decoded(at: number, end: number, decoded: number): void {
    if (this.open !== null && at - this.open.output.copiedTo > 2 * SPAN_MARGIN) {
      this.close(this.open.output.copiedTo + SPAN_MARGIN);
    }
    this.open ??= this.opened(at);
    this.open.output.decoded(at, end, decoded);
    if (!this.mayHoldNewEscapes && mayStartAnEscape(decoded)) this.mayHoldNewEscapes = true;
    this.produced |= startBit(decoded);
    this.decodedCount += 1;
  }

  /** A new span for an escape at `at`, starting SPAN_MARGIN characters before it. */
  opened(at: number): { readonly from: number; readonly output: SpanOutput } {
    const from = Math.max(0, at - SPAN_MARGIN);
    return { from, output: new SpanOutput(this.text, from) };
  }

  add(span: Span): void {
    this.spans.push(span);
    this.open = null;
  }

  /** `found`: the characters that can start an escape the text holds. */
  finish(found: number): Pass {
    if (this.open !== null) {
      this.close(Math.min(this.text.length, this.open.output.copiedTo + SPAN_MARGIN));
    }
    return {
      spans: this.spans,
      mayHoldNewEscapes: this.mayHoldNewEscapes,
      starts: (found & KEPT_STARTS) | this.produced,
    };
  }

  private close(to: number): void {
    if (this.open === null) return;
    const { from, output } = this.open;
    output.copy(to);
    this.add({ from, to, text: output.soFar(), seams: output.seams });
  }
}

/**
 * The dense way: from the escape at `at` on, the text between escapes is written unit by unit
 * into one span that runs to the end of the text, instead of joining a piece for each escape.
 */
function decodeDense(
  text: string,
  at: number,
  starts: EscapeStarts,
  decoder: Decoder,
  pass: FirstPass,
): Pass {
  const open = pass.open ?? pass.opened(at);
  const { output } = open;
  const { seams } = output;
  // With no span before it, the span starts with the text: the text is then this span, not
  // copied once more at the end.
  const from = pass.spans.length === 0 ? 0 : open.from;
  seams.shift(open.from - from);
  // Written into the buffer, not joined to it: a joined string is copied again when first read.
  const writer = new CodeUnitWriter();
  writer.writeRun(text, from, open.from);
  const head = output.soFar();
  writer.writeRun(head, 0, head.length);
  let mayHoldNewEscapes = pass.mayHoldNewEscapes;
  let produced = pass.produced;
  let copiedTo = output.copiedTo;
  for (let escape = at; escape !== -1;) {
    const decoded = decoder.decodeAt(escape);
    if (decoded === NO_ESCAPE) {
      escape = starts.from(escape + 1);
      continue;
    }
    if (!mayHoldNewEscapes && mayStartAnEscape(decoded)) mayHoldNewEscapes = true;
    produced |= startBit(decoded);
    writer.writeRun(text, copiedTo, escape);
    const start = writer.written;
    writer.writeDecoded(decoded);
    seams.add(start, writer.written);
    copiedTo = decoder.end;
    escape = starts.from(copiedTo);
  }
  writer.writeRun(text, copiedTo, text.length);
  pass.add({ from, to: text.length, text: writer.toString(), seams });
  return { spans: pass.spans, mayHoldNewEscapes, starts: (starts.found & KEPT_STARTS) | produced };
}

/** The first pass: every character that can start an escape, found by `indexOf`. */
function decodeEverywhere(text: string): Pass {
  const starts = new EscapeStarts(text);
  const decoder = new Decoder(text);
  const pass = new FirstPass(text);
  for (let at = starts.from(0); at !== -1;) {
    if (pass.decodedCount === DENSE_AFTER && at < DENSE_AFTER * DENSE_SPACING) {
      return decodeDense(text, at, starts, decoder, pass);
    }
    const decoded = decoder.decodeAt(at);
    if (decoded === NO_ESCAPE) {
      at = starts.from(at + 1);
      continue;
    }
    pass.decoded(at, decoder.end, decoded);
    at = starts.from(decoder.end);
  }
  return pass.finish(starts.found);
}

/**
 * A further pass over one span, the same as the first pass over the whole text but reading only
 * around the last pass's seams. Elsewhere the ESCAPE_REACH characters from each place are the
 * same characters, side by side, as the last pass read there and found no escape in (or
 * decoded): an escape can only be new where a seam falls within that reach. The span's margins
 * are wider than MAX_DECODING_ROUNDS such reaches, so no pass reads past them.
 */
function decodeNearSeams(span: Span, candidates: number): Omit<Pass, 'spans'> & { span: Span } {
  const { text, seams } = span;
  const starts = new EscapeStarts(text, candidates);
  const decoder = new Decoder(text);
  const output = new SpanOutput(text, 0);
  let mayHoldNewEscapes = false;
  let produced = 0;
  /** The first seam that does not end before the place at hand. */
  let seam = 0;
  for (let at = starts.from(0); at !== -1;) {
    while (seam < seams.count && seams.end(seam) < at) seam += 1;
    if (seam === seams.count) break;
    const reachFrom = seams.start(seam) - ESCAPE_REACH;
    if (at < reachFrom) {
      at = starts.from(reachFrom);
      continue;
    }
    const decoded = decoder.decodeAt(at);
    if (decoded === NO_ESCAPE) {
      at = starts.from(at + 1);
      continue;
    }
    output.decoded(at, decoder.end, decoded);
    if (!mayHoldNewEscapes && mayStartAnEscape(decoded)) mayHoldNewEscapes = true;
    produced |= startBit(decoded);
    at = starts.from(decoder.end);
  }
  const pass = { mayHoldNewEscapes, starts: (starts.found & KEPT_STARTS) | produced };
  if (output.seams.count === 0) return { ...pass, span: { ...span, seams: output.seams } };
  output.copy(text.length);
  return { ...pass, span: { ...span, text: output.soFar(), seams: output.seams } };
}

/** The text with every span in place of what it decodes: the one copy of the whole text. */
function joinSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const [only] = spans;
  if (spans.length === 1 && only?.from === 0 && only.to === text.length) return only.text;
  const pieces: string[] = [];
  let copiedTo = 0;
  for (const span of spans) {
    pieces.push(text.slice(copiedTo, span.from), span.text);
    copiedTo = span.to;
  }
  pieces.push(text.slice(copiedTo));
  return pieces.join('');
}

export function normaliseText(text: string): string {
  const source = undoQuotedPrintable(text);
  let pass = decodeEverywhere(source);
  for (let round = 1; round < MAX_DECODING_ROUNDS && pass.mayHoldNewEscapes; round += 1) {
    const { starts } = pass;
    const decoded = pass.spans.map((span) => decodeNearSeams(span, starts));
    pass = {
      spans: decoded.map((result) => result.span),
      mayHoldNewEscapes: decoded.some((result) => result.mayHoldNewEscapes),
      starts: decoded.reduce((union, result) => union | result.starts, 0),
    };
  }
  return joinSpans(source, pass.spans);
}
