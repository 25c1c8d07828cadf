/**
 * References: finding Akamai reference strings in text, decoding each (reason code, edge IP,
 * time, request id) and the checks on its fields. Above time and codes; below everything else.
 */
export { extractLocatedReferences, extractReferences } from './extract.ts';
export { decodeReference, decodeReferenceList, type ReferenceListResult } from './decode.ts';
export { leadingLines } from './leading-lines.ts';
export { linkGrnsToErrors } from './grn-link.ts';
export { normaliseText } from './normalise.ts';
export { decodeEdgeIp, edgeHostname, reservedRangeOf } from './edge-ip.ts';
export { validateReferenceFields, type ReferenceFields } from './reference-fields.ts';
export type {
  DecodeOptions,
  DecodeResult,
  DecodedReference,
  ExtractionResult,
  ReferenceKind,
  ReferenceWarning,
  ReferenceWarningCode,
  RejectedCandidate,
} from './reference-types.ts';
