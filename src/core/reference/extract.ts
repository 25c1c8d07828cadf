import { buildReference, canonicalReference, kindOf, requestTail } from './build-reference.ts';
import { linkGrnsToErrors } from './grn-link.ts';
import { WORDED_LABEL_SOURCE, labelBefore, mayEndLabel, type ReferenceLabel } from './labels.ts';
import { normaliseText } from './normalise.ts';
import {
  validateReferenceFields,
  type FieldsResult,
  type ReferenceFields,
} from './reference-fields.ts';
import type {
  DecodeOptions,
  DecodedReference,
  ExtractionResult,
  RejectedCandidate,
} from './reference-types.ts';

/*
 * A reference is code.iphex.epoch.rid, not glued to a neighbouring word, number or dotted chain:
 * as a pattern, /(?<![0-9a-z])(?<![0-9a-z]\.)(\d{1,4})\.([0-9a-z]{1,12})\.(\d{9,11})\.
 * ([0-9a-z]{1,12})(?![0-9a-z])(?!\.\d)/gi. Fields are matched wider than valid (letters in hex
 * fields, 9-11 digit epochs) so that near misses are reported with a reason instead of silently
 * dropped. Every field is a whole run of its characters, so a reference is known by its first
 * dot: one pass over the dots (`indexOf`) finds them all, reading a few characters at each.
 */
const CODE_DIGITS = { min: 1, max: 4 } as const;
const HEX_FIELD = { min: 1, max: 12 } as const;
const EPOCH_DIGITS = { min: 9, max: 11 } as const;
const DOT = 0x2e;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isAlphanumeric = (code: number): boolean =>
  isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** The end of the run of `accepts` from `from`; reads at most `max + 1` characters.
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
  while (at - from <= max && accepts(text.charCodeAt(at))) at += 1;
  return at;
}

/** The end of a field that fills a whole run of `min` to `max` characters, or -1. */
function fieldEnd(
  text: string,
  from: number,
  { min, max }: { min: number; max: number },
  accepts: (code: number) => boolean,
): number {
  const end = runEnd(text, from, max, accepts);
  return end - from >= min && end - from <= max ? end : -1;
}

/** Where the reference that starts at `start`, with its first dot at `dot`, ends; or -1. */
function referenceEndAt(text: string, start: number, dot: number): number {
  const before = text.charCodeAt(start - 1);
  if (isAlphanumeric(before)) return -1;
  if (before === DOT && isAlphanumeric(text.charCodeAt(start - 2))) return -1;
  const ipEnd = fieldEnd(text, dot + 1, HEX_FIELD, isAlphanumeric);
  if (ipEnd === -1 || text.charCodeAt(ipEnd) !== DOT) return -1;
  const epochEnd = fieldEnd(text, ipEnd + 1, EPOCH_DIGITS, isDigit);
  if (epochEnd === -1 || text.charCodeAt(epochEnd) !== DOT) return -1;
  const end = fieldEnd(text, epochEnd + 1, HEX_FIELD, isAlphanumeric);
  if (end === -1) return -1;
  if (text.charCodeAt(end) === DOT && isDigit(text.charCodeAt(end + 1))) return -1;
  return end;
}

/** The first dot after `after`, or -1 (also when `after` is -1). */
const nextDot = (text: string, after: number): number =>
  after === -1 ? -1 : text.indexOf('.', after + 1);

/** Whether an edge IP and an epoch fit between the dots after a reason code. */
const fieldsFitBetween = (dot: number, second: number, third: number): boolean =>
  second - dot - 1 >= HEX_FIELD.min &&
  second - dot - 1 <= HEX_FIELD.max &&
  third - second - 1 >= EPOCH_DIGITS.min &&
  third - second - 1 <= EPOCH_DIGITS.max;

/** The longest label a labelled candidate can start with, and then some. */
const LABELLED_LOOKBACK = 64;

/**
 * A label followed by something dotted that starts like a reference: a candidate to explain.
 * Such a candidate starts with 1-4 digits and a dot right after its label, so it is looked for
 * only at a dot where a label may end, in a span around it (see `LabelledCandidates`).
 */
const LABELLED_TOKEN_SOURCE = String.raw`\d{1,4}(?:\.[0-9a-z<>{}*_-]{0,16}){1,6}`;
const LABELLED_CANDIDATE = new RegExp(`(${WORDED_LABEL_SOURCE})(${LABELLED_TOKEN_SOURCE})`, 'i');
/** The same, in two halves read at a key dot: a label ends here, and the token from here. */
const WORDED_LABEL_ENDING_HERE = new RegExp(`(?<=${WORDED_LABEL_SOURCE})`, 'iy');
const LABELLED_TOKEN = new RegExp(LABELLED_TOKEN_SOURCE, 'iy');
/** A worded label is at most 29 characters long; a candidate at most 4 + 6 * 17. */
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 140;

interface LabelledCandidate {
  readonly token: string;
  readonly start: number;
}

/**
 * The labelled candidates a global scan with LABELLED_CANDIDATE would find, in its order, each
 * match resuming where the last ended. A match's token starts with a digit run and a dot (its
 * "key dot") right after a label, and holds the first such dot after the last match, so at
 * each key dot a span from just before its label to past its longest token holds exactly the
 * match a scan of the whole text would find there.
 */
class LabelledCandidates {
  readonly found: LabelledCandidate[] = [];
  /** Where the global scan would resume. */
  private resumeAt: number;

  constructor(from: number) {
    this.resumeAt = from;
  }

  /**
   * `start`: where the digit run before the dot at hand starts. `referenceLabel`: when a
   * reference starts there too, its label. Such a candidate is never reported (it is the
   * reference), but it still moves the scan on; and its label says whether a worded one ends
   * there (`#` is the last label tried, so a worded label would have come first).
   */
  at(text: string, start: number, referenceLabel?: ReferenceLabel | null): void {
    if (start <= this.resumeAt || !mayEndLabel(text, start)) return;
    const isReference = referenceLabel !== undefined;
    if (start - this.resumeAt > WINDOW_BEFORE) {
      // The last match is too far back to cut a label short: a label ending here is enough.
      if (isReference) {
        if (referenceLabel === null || referenceLabel === '#') return;
      } else {
        WORDED_LABEL_ENDING_HERE.lastIndex = start;
        if (!WORDED_LABEL_ENDING_HERE.test(text)) return;
      }
      LABELLED_TOKEN.lastIndex = start;
      const token = LABELLED_TOKEN.exec(text)?.[0] ?? '';
      if (!isReference) this.found.push({ token, start });
      this.resumeAt = start + token.length;
      return;
    }
    const windowStart = Math.max(this.resumeAt, start - WINDOW_BEFORE);
    const match = LABELLED_CANDIDATE.exec(text.slice(windowStart, start + WINDOW_AFTER));
    if (match === null || windowStart + match.index >= start) return;
    const [whole, labelText = '', token = ''] = match;
    if (!isReference)
      this.found.push({ token, start: windowStart + match.index + labelText.length });
    this.resumeAt = windowStart + match.index + whole.length;
  }
}

/** A LocatedReference while the scan still counts how often it is seen. */
interface LocatedTally {
  readonly fields: ReferenceFields;
  readonly asWritten: string;
  readonly labels: ReferenceLabel[];
  /** Where the reference was first seen in the normalised text. */
  readonly firstIndex: number;
  occurrences: number;
}

class ExtractionState {
  readonly found = new Map<string, LocatedTally>();
  readonly rejected = new Map<string, RejectedCandidate>();
  /** Where a pattern match started, so a labelled candidate is not explained twice. */
  readonly matchedStarts = new Set<number>();
  /** Each reference as written, checked once however often it is seen. */
  private readonly checked = new Map<string, FieldsResult>();

  check(asWritten: string, nowSeconds: number): FieldsResult {
    let result = this.checked.get(asWritten);
    if (result === undefined) {
      result = validateReferenceFields(asWritten.split('.'), nowSeconds);
      this.checked.set(asWritten, result);
    }
    return result;
  }

  addReference(
    fields: ReferenceFields,
    asWritten: string,
    label: ReferenceLabel | null,
    index: number,
  ): void {
    const key = canonicalReference(fields);
    const existing = this.found.get(key);
    const accumulator = existing ?? {
      fields,
      asWritten,
      labels: [],
      firstIndex: index,
      occurrences: 0,
    };
    accumulator.occurrences += 1;
    if (label !== null && !accumulator.labels.includes(label)) accumulator.labels.push(label);
    if (!existing) this.found.set(key, accumulator);
  }

  addRejected(text: string, reason: string, label: ReferenceLabel | null): void {
    if (!this.rejected.has(text)) this.rejected.set(text, { text, reason, label });
  }
}

/**
 * One pass over the dots finds references and labelled candidates. `from`: where the text to
 * scan starts; what comes before is only read for labels (and labelled candidates may start in
 * its last LABELLED_LOOKBACK characters, to count when their token starts after `from`).
 */
function scan(text: string, from: number, nowSeconds: number, state: ExtractionState): void {
  const scanFrom = Math.max(0, from - LABELLED_LOOKBACK);
  const labelled = new LabelledCandidates(scanFrom);
  /** Where the last reference ended: the next starts after it. */
  let referenceEnd = from;
  // The two dots after the one at hand, found once each: a reference's other two dots are the
  // next two, at the distances its fields allow, which most dots in a log fail at no cost.
  let dot = text.indexOf('.', scanFrom);
  let second = nextDot(text, dot);
  let third = nextDot(text, second);
  for (; dot !== -1; dot = second, second = third, third = nextDot(text, third)) {
    let start = dot;
    while (dot - start <= CODE_DIGITS.max && isDigit(text.charCodeAt(start - 1))) start -= 1;
    if (dot - start < CODE_DIGITS.min || dot - start > CODE_DIGITS.max) continue;
    let referenceLabel: ReferenceLabel | null | undefined;
    if (start >= referenceEnd && fieldsFitBetween(dot, second, third)) {
      const end = referenceEndAt(text, start, dot);
      if (end !== -1) {
        referenceEnd = end;
        const asWritten = text.slice(start, end);
        state.matchedStarts.add(start);
        referenceLabel = labelBefore(text, start);
        const result = state.check(asWritten, nowSeconds);
        if (result.ok) state.addReference(result.fields, asWritten, referenceLabel, start);
        else state.addRejected(asWritten, result.reason, referenceLabel);
      }
    }
    labelled.at(text, start, referenceLabel);
  }
  // As before: every reference first, then the look-alikes that are not references.
  for (const { token, start } of labelled.found) {
    if (start < from || state.matchedStarts.has(start)) continue;
    const label = labelBefore(text, start);
    const parts = token.replace(/\.+$/, '').split('.');
    const result = validateReferenceFields(parts, nowSeconds);
    const reason = result.ok
      ? `'${token}' is glued to the text around it, so it cannot be told apart from it`
      : result.reason;
    state.addRejected(token, reason, label);
  }
}

/** Ties each GRN to the error reference of the same response (same last three fields). */
function relatedReferences(accumulators: readonly LocatedTally[]): Map<LocatedTally, string> {
  return linkGrnsToErrors(accumulators, {
    kind: (a) => kindOf(a.fields.reasonCode, a.labels),
    tail: (a) => requestTail(a.fields),
    reference: (a) => canonicalReference(a.fields),
  });
}

/** A reference and where it was first seen in the normalised text. */
export interface LocatedReference {
  readonly reference: DecodedReference;
  readonly firstIndex: number;
}

/** Extraction for callers that also read the text around each reference (log lines). */
export interface LocatedExtraction {
  readonly normalised: string;
  readonly located: LocatedReference[];
  readonly rejected: RejectedCandidate[];
}

/**
 * `lead`: normalised text that came just before `text` (the end of the previous chunk of a
 * file). It is read for labels and boundaries only, never for references: a reference is found
 * once, in the chunk it starts in. `normalised` and every `firstIndex` include the lead.
 */
export function extractLocatedReferences(
  text: string,
  options: DecodeOptions = {},
  lead = '',
): LocatedExtraction {
  const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000);
  const normalised = lead + normaliseText(text);
  const state = new ExtractionState();
  scan(normalised, lead.length, nowSeconds, state);

  const accumulators = [...state.found.values()];
  const related = relatedReferences(accumulators);
  const located = accumulators.map((accumulator) => ({
    firstIndex: accumulator.firstIndex,
    reference: buildReference(
      accumulator.fields,
      {
        asWritten: accumulator.asWritten,
        labels: accumulator.labels,
        occurrences: accumulator.occurrences,
        relatedReference: related.get(accumulator) ?? null,
      },
      nowSeconds,
    ),
  }));
  return { normalised, located, rejected: [...state.rejected.values()] };
}

/**
 * Finds every Akamai reference in text as people paste it: HTML source (entity-encoded, even
 * twice), rendered pages, JSON and code strings, logs, headers, e-mail sources, URLs.
 * The same reference seen twice is one result with `occurrences: 2`. Look-alikes come back in
 * `rejected` with the field and the rule they break. Never throws.
 */
export function extractReferences(text: string, options: DecodeOptions = {}): ExtractionResult {
  const { located, rejected } = extractLocatedReferences(text, options);
  return { references: located.map((entry) => entry.reference), rejected };
}
