/**
 * Spans: the stretches of text around escapes that a pass decoded, where in each it decoded
 * them (seams), and the one copy of the whole text with every span in place at the end.
 * Separate because it is the bookkeeping every pass shares and the reason the text is copied
 * once: the passes (`decoding-passes.ts`) decide what goes into a span, this module only keeps it.
 */
import { DROPPED } from './escape-decoder.ts';

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
export class Seams {
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
export interface Span {
  /** Where it lies in the text as pasted (after quoted-printable). */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** Where the last pass decoded escapes in `text`. */
  readonly seams: Seams;
}

export const SPAN_MARGIN = 64;

/** A span's decoded text, built from the text between escapes and what they decode to. */
export class SpanOutput {
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

/** The text with every span in place of what it decodes: the one copy of the whole text. */
export function joinSpans(text: string, spans: readonly Span[]): string {
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
