/**
 * The decoder core: pure TypeScript, no React, no DOM. Everything the app knows about Akamai
 * references is reachable from here, and runs in Node unchanged.
 */
export { extractReferences } from './extract.ts';
export { decodeReference, decodeReferenceList, type ReferenceListResult } from './decode.ts';
export { analysePastedText, type PasteAnalysis } from './paste-analysis.ts';
export { leadingLines } from './leading-lines.ts';
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
export { REFERENCE_LABELS, type ReferenceLabel } from './labels.ts';
export { decodeEdgeIp, edgeHostname } from './edge-ip.ts';
export { normaliseText } from './normalise.ts';
export {
  LOG_WINDOW_HOURS,
  referenceAge,
  type LogWindowStanding,
  type ReferenceAge,
} from './age.ts';
export { formatInZone, formatRelativeAge, formatSpan, formatUtc, isoUtc } from './time-format.ts';
export { AKAMAI_CODE_TABLE } from './akamai-code-table.ts';
export { CODE_GUIDANCE } from './code-guidance.ts';
export {
  MAX_REASON_CODE,
  filterReasonCodes,
  listReasonCodes,
  lookupReasonCode,
  parseReasonCode,
} from './reason-codes.ts';
export { FAMILY_HEADLINES, plainHeadline } from './plain-words.ts';
export { SOURCES, WHO_ACTS_LABELS, type SourceDescription } from './sources.ts';
export type {
  AkamaiCodeRecord,
  CodeFamily,
  CodeGuidance,
  Confidence,
  ReasonCodeInfo,
  SourceId,
  SourcedText,
  WhoActs,
} from './code-types.ts';
export { describeMeaning, type CodeMeaning } from './code-meaning.ts';
export {
  DESCRIPTION_LIMIT,
  SUMMARY_LIMIT,
  describeAge,
  draftServiceRequest,
  type DraftInput,
  type DraftWarning,
  type DraftWarningKind,
  type ServiceRequestDraft,
} from './service-request/draft.ts';
export { MIN_REFERENCES_LISTED, TRIMMED_MARK } from './service-request/description.ts';
export {
  EVIDENCE_FIELDS,
  EVIDENCE_SOURCE_LABELS,
  NO_EVIDENCE,
  deriveEvidence,
  describeDuration,
  prefillFromEvidence,
  type EvidenceEntry,
  type EvidenceField,
  type IncidentEvidence,
  type RequestGroup,
} from './service-request/evidence.ts';
export { ASK_WORDING, type AskWording } from './service-request/wording.ts';
export { askGroupOf, describeWhoActs, type AskGroup } from './service-request/who-acts.ts';
export {
  EMPTY_DRAFT_STORE,
  RECENT_DRAFT_LIMIT,
  STABLE_FIELDS,
  deleteDraft,
  findDraft,
  incidentKey,
  parseDraftStore,
  saveDraft,
  stableFieldsOf,
  storableContext,
  type DraftStore,
  type SavedDraft,
  type StableContext,
  type StableField,
} from './service-request/saved-drafts.ts';
export {
  BUSINESS_IMPACT,
  CONNECTIVITY,
  CONTEXT_FIELD_LABELS,
  HTTP_METHODS,
  ORACLE_SERVICES,
  isProductionEnvironment,
  parseStoredContext,
  validateContext,
  type BusinessImpact,
  type Connectivity,
  type ContextProblem,
  type OracleServiceId,
  type ServiceRequestContext,
} from './service-request/context.ts';
export {
  REDACTED,
  REMOVED_PARAMETER,
  SECRET_DESCRIPTIONS,
  cleanUrl,
  describeSecrets,
  findSecrets,
  redactSecrets,
  scrubSecrets,
  withoutSecrets,
  type CleanUrl,
  type FieldsWithoutSecrets,
  type ScrubResult,
  type SecretFinding,
  type SecretKind,
  type UrlOptions,
} from './privacy/index.ts';
export {
  SEVERITY_LABELS,
  SEVERITY_ONE_REMINDER,
  suggestSeverity,
  type SeverityLevel,
} from './service-request/severity.ts';
export type { FoundReference, SourceFindings } from './triage/found-reference.ts';
export { requestFromCurlSession } from './triage/curl-session.ts';
export { requestFromLogLine, type RequestContext } from './triage/request-context.ts';
export {
  analyseHar,
  describeDropped,
  type DroppedCredentials,
  type HarAnalysis,
  type HarOptions,
  type HarResult,
} from './triage/har.ts';
export {
  ACCEPTED_EXTENSIONS,
  MAX_FILE_BYTES,
  checkFile,
  formatBytes,
  guessTextEncoding,
  type FileCheck,
  type FileFormat,
} from './triage/file-rules.ts';
export {
  analyseFile,
  type FileAnalysisOptions,
  type FileOutcome,
  type FileProgress,
  type ReadableFile,
} from './triage/file-analysis.ts';
export {
  SourceAccumulator,
  batchFromFindings,
  combineSources,
  refusals,
  type BatchEntry,
  type BatchRejected,
} from './triage/batch.ts';
export {
  BatchCollection,
  collectFound,
  type ServiceRequestPick,
} from './triage/batch-collection.ts';
export { BatchOrder, filterPositions } from './triage/batch-order.ts';
export {
  batchFilterOf,
  batchRow,
  codeChoices,
  statusChoices,
  tableStatusText,
  type BatchChoice,
  type BatchRow,
} from './triage/batch-rows.ts';
export { truncateMiddle, type MiddleTruncation } from './text-fit.ts';
export {
  countByCode,
  countInsideLogWindow,
  summariseBatch,
  type LogWindowCounts,
  type BatchSummary,
  type CodeCount,
  type EdgeIpCount,
  type HostPathCount,
} from './triage/summary.ts';
export {
  MAX_LISTED_OUTLIERS,
  buildTimeline,
  type Timeline,
  type TimelineBucket,
  type TimelineOutlier,
  type TimelineSeries,
} from './triage/timeline.ts';
export {
  SR_REFERENCE_LIMIT,
  countByStatus,
  filterBatch,
  referencesForServiceRequest,
  sortBatch,
  type BatchFilter,
  type BatchSortKey,
  type SortDirection,
  type StatusCount,
} from './triage/batch-table.ts';
export {
  REFERENCE_COLUMNS,
  exportFileName,
  referencesToCsv,
  referencesToJson,
  summaryToCsv,
  summaryToJson,
} from './triage/export.ts';
export {
  EMBED_HEIGHT_MESSAGE_TYPE,
  embedHeightMessage,
  embedTargetOrigin,
  type EmbedHeightMessage,
} from './embed-message.ts';
export {
  LINK_REFERENCE_LIMIT,
  appBaseUrl,
  bookmarkletSource,
  bookmarkletUrl,
  referencesFromLink,
} from './bookmarklet.ts';
export * from './network/index.ts';
