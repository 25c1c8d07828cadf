/**
 * Writes decoded text code unit by code unit into reused buffers and turns them into a string
 * the fastest exact way. Separate because it is about strings and buffers in V8, not about
 * escapes: only the dense way of the first pass (`decoding-passes.ts`) writes through it.
 */
import { DROPPED } from './escape-decoder.ts';

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
export class CodeUnitWriter {
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
