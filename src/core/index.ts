/**
 * The decoder core: pure TypeScript, no React, no DOM; runs in Node unchanged. This is its front
 * door: the entry points and the types of their signatures. Everything else is reached through
 * one sub-area's `index.ts` (`./codes/index.ts`, `./triage/index.ts`...); the layers and the
 * import rules are in docs/architecture.md.
 */
export {
  decodeReference,
  decodeReferenceList,
  extractReferences,
  type DecodeOptions,
  type DecodeResult,
  type DecodedReference,
  type ExtractionResult,
  type ReferenceKind,
  type ReferenceListResult,
  type ReferenceWarning,
  type RejectedCandidate,
} from './reference/index.ts';
export {
  analyseFile,
  analysePastedText,
  type FileAnalysisOptions,
  type FileOutcome,
  type FileProgress,
  type PasteAnalysis,
  type ReadableFile,
} from './triage/index.ts';
export {
  draftServiceRequest,
  type DraftInput,
  type ServiceRequestContext,
  type ServiceRequestDraft,
} from './service-request/index.ts';
