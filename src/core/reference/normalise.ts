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
 *
 * This module composes the steps, each in a module of its own: `quoted-printable.ts`, the passes
 * (`decoding-passes.ts`) built on the escape grammar (`escape-decoder.ts`, `entity-names.ts`),
 * the escape-start search (`escape-starts.ts`) and the spans (`decoded-spans.ts`).
 */
import { joinSpans } from './decoded-spans.ts';
import { decodeEverywhere, decodeNearSeams } from './decoding-passes.ts';
import { undoQuotedPrintable } from './quoted-printable.ts';

const MAX_DECODING_ROUNDS = 4;

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
