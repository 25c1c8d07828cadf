/**
 * The decoding passes: the first over the whole text (span by span, or in bulk where escapes are
 * dense), each further one only around what the pass before decoded. Separate because this is
 * where the cost of normalisation is decided (what is read, what is copied); what an escape is
 * and how a span is kept live in their own modules, imported directly so that V8 inlines them.
 */
import { CodeUnitWriter } from './code-unit-writer.ts';
import { SPAN_MARGIN, SpanOutput, type Span } from './decoded-spans.ts';
import { Decoder, ESCAPE_REACH, NO_ESCAPE } from './escape-decoder.ts';
import { EscapeStarts, KEPT_STARTS, mayStartAnEscape, startBit } from './escape-starts.ts';

export interface Pass {
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
export function decodeEverywhere(text: string): Pass {
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
export function decodeNearSeams(
  span: Span,
  candidates: number,
): Omit<Pass, 'spans'> & { span: Span } {
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
