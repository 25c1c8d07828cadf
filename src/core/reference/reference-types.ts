import type { ReferenceLabel } from './labels.ts';

export type ReferenceKind = 'error' | 'grn';

export type ReferenceWarningCode =
  | 'future-timestamp'
  | 'not-in-akamai-table'
  | 'oracle-only-code'
  | 'grn-or-custom-deny'
  | 'reserved-edge-ip';

export interface ReferenceWarning {
  readonly code: ReferenceWarningCode;
  readonly message: string;
}

/**
 * One reference, decoded: the first link of the chain DecodedReference -> LocatedReference ->
 * FoundReference -> BatchEntry (docs/architecture.md).
 */
export interface DecodedReference {
  /** Canonical form: lowercase `code.iphex.epoch.rid`, code without leading zeros. */
  readonly reference: string;
  /** The first spelling seen in the text (case and leading zeros kept). */
  readonly asWritten: string;
  readonly reasonCode: number;
  readonly edgeIpHex: string;
  /** Dotted IPv4, decoded little-endian. */
  readonly edgeIp: string;
  /** Akamai's name for the edge machine, as in X-Cache headers. */
  readonly edgeHostname: string;
  readonly epochSeconds: number;
  /** ISO 8601 UTC, e.g. `2022-02-11T19:52:20Z`. */
  readonly utc: string;
  readonly requestIdHex: string;
  readonly requestId: number;
  readonly kind: ReferenceKind;
  /** The label seen just before the first labelled occurrence, or null. */
  readonly label: ReferenceLabel | null;
  /** Every distinct label it was seen with, in order of appearance. */
  readonly labels: readonly ReferenceLabel[];
  readonly occurrences: number;
  /** Akamai's public error page for the reference; null for a GRN, which is not an error. */
  readonly errorsUrl: string | null;
  /** A GRN's error reference, or an error's GRN, when both are present (same last three fields). */
  readonly relatedReference: string | null;
  readonly warnings: readonly ReferenceWarning[];
}

/** Text that looked like a reference but is not one, with the field and the rule it breaks. */
export interface RejectedCandidate {
  readonly text: string;
  readonly reason: string;
  readonly label: ReferenceLabel | null;
}

export type DecodeResult =
  | { readonly ok: true; readonly reference: DecodedReference }
  | { readonly ok: false; readonly reason: string };

export interface ExtractionResult {
  readonly references: DecodedReference[];
  readonly rejected: RejectedCandidate[];
}

export interface DecodeOptions {
  /** The current time in milliseconds since the epoch; defaults to the system clock. */
  readonly now?: number;
}
