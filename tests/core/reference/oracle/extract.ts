/*
 * FROZEN TEST ORACLE: the extraction as it was before issue 15 made it faster (src/core/extract.ts at
 * d63e196), kept verbatim but for import paths, only so that extraction-equivalence.property.test.ts
 * can check old and new give the same output. Kept while both exist; delete this folder together
 * with that test once the old implementation is retired. Never import it from src.
 */
import { buildReference, canonicalReference, kindOf, requestTail } from './build-reference.ts';
import { WORDED_LABEL_SOURCE, labelBefore, type ReferenceLabel } from './labels.ts';
import { normaliseText } from './normalise.ts';
import {
  validateReferenceFields,
  type ReferenceFields,
} from '../../../../src/core/reference/index.ts';
import type {
  DecodeOptions,
  DecodedReference,
  ExtractionResult,
  RejectedCandidate,
} from '../../../../src/core/index.ts';

/**
 * code.iphex.epoch.rid, not glued to a neighbouring word, number or dotted chain. Fields are
 * matched wider than valid (letters in hex fields, 9-11 digit epochs) so that near misses are
 * reported with a reason instead of silently dropped. Every quantifier is bounded: linear time.
 */
const REFERENCE_PATTERN =
  /(?<![0-9a-z])(?<![0-9a-z]\.)(\d{1,4})\.([0-9a-z]{1,12})\.(\d{9,11})\.([0-9a-z]{1,12})(?![0-9a-z])(?!\.\d)/gi;

/** The longest label a labelled candidate can start with, and then some. */
const LABELLED_LOOKBACK = 64;

/** A label followed by something dotted that starts like a reference: a candidate to explain. */
const LABELLED_CANDIDATE = new RegExp(
  `(${WORDED_LABEL_SOURCE})(\\d{1,4}(?:\\.[0-9a-z<>{}*_-]{0,16}){1,6})`,
  'gi',
);

interface Accumulator {
  readonly fields: ReferenceFields;
  readonly asWritten: string;
  readonly labels: ReferenceLabel[];
  /** Where the reference was first seen in the normalised text. */
  readonly firstIndex: number;
  occurrences: number;
}

class ExtractionState {
  readonly found = new Map<string, Accumulator>();
  readonly rejected = new Map<string, RejectedCandidate>();
  /** Where a pattern match started, so a labelled candidate is not explained twice. */
  readonly matchedStarts = new Set<number>();

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

/** `from`: where the text to scan starts; what comes before is only read for labels. */
function scanReferences(
  text: string,
  from: number,
  nowSeconds: number,
  state: ExtractionState,
): void {
  REFERENCE_PATTERN.lastIndex = from;
  for (let match = REFERENCE_PATTERN.exec(text); match; match = REFERENCE_PATTERN.exec(text)) {
    const start = match.index;
    state.matchedStarts.add(start);
    const label = labelBefore(text, start);
    const result = validateReferenceFields(match.slice(1, 5), nowSeconds);
    if (result.ok) state.addReference(result.fields, match[0], label, start);
    else state.addRejected(match[0], result.reason, label);
  }
}

function scanLabelledCandidates(
  text: string,
  from: number,
  nowSeconds: number,
  state: ExtractionState,
): void {
  // A label may begin in the text before `from`; its candidate counts when it starts after.
  LABELLED_CANDIDATE.lastIndex = Math.max(0, from - LABELLED_LOOKBACK);
  for (let match = LABELLED_CANDIDATE.exec(text); match; match = LABELLED_CANDIDATE.exec(text)) {
    const [, labelText = '', token = ''] = match;
    const start = match.index + labelText.length;
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
function relatedReferences(accumulators: readonly Accumulator[]): Map<Accumulator, string> {
  const byTail = new Map<string, Accumulator[]>();
  for (const accumulator of accumulators) {
    const tail = requestTail(accumulator.fields);
    byTail.set(tail, [...(byTail.get(tail) ?? []), accumulator]);
  }
  const related = new Map<Accumulator, string>();
  for (const group of byTail.values()) {
    const grn = group.find((a) => kindOf(a.fields.reasonCode, a.labels) === 'grn');
    const error = group.find((a) => kindOf(a.fields.reasonCode, a.labels) === 'error');
    if (grn && error) {
      related.set(grn, canonicalReference(error.fields));
      related.set(error, canonicalReference(grn.fields));
    }
  }
  return related;
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
  scanReferences(normalised, lead.length, nowSeconds, state);
  scanLabelledCandidates(normalised, lead.length, nowSeconds, state);

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
