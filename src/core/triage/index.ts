/**
 * Triage: reading pastes, logs, HAR files and e-mails; each reference with the request it
 * answered; a batch of them summarised, sorted, charted and exported. Above reference, privacy,
 * codes and time; below the service request.
 */
export { analysePastedText, type PasteAnalysis } from './paste-analysis.ts';
export type { FoundReference, FoundExtraction } from './found-reference.ts';
export { requestFromCurlSession } from './curl-session.ts';
export { requestFromLogLine, type RequestContext } from './request-context.ts';
export { analyseHar, describeDropped, type HarResult } from './har.ts';
export {
  ACCEPTED_EXTENSIONS,
  MAX_FILE_BYTES,
  checkFile,
  formatBytes,
  guessTextEncoding,
} from './file-rules.ts';
export {
  CANCELLED_FILE,
  analyseFile,
  type FileAnalysisOptions,
  type FileOutcome,
  type FileProgress,
  type ReadableFile,
} from './file-analysis.ts';
export {
  SourceEntries,
  batchFromExtraction,
  combineSources,
  type BatchEntry,
  type BatchRejected,
} from './batch.ts';
export { BatchCollection, collectFound, type ServiceRequestPick } from './batch-collection.ts';
export { BatchOrder, filterPositions } from './batch-order.ts';
export { EMPTY_DIGEST, FIRST_ENTRIES_KEPT, type BatchDigest } from './batch-digest.ts';
export {
  BatchHost,
  type BatchAnswer,
  type BatchQuestion,
  type BatchQuestionKind,
  type BatchQuestions,
  type ExportRequest,
  type SelectionChange,
  type TablePage,
  type TableQuery,
  type TableRowAnswer,
} from './batch-host.ts';
export {
  batchFilterOf,
  batchRow,
  codeChoices,
  statusChoices,
  tableStatusText,
  type BatchChoice,
  type BatchRow,
} from './batch-rows.ts';
export {
  countByCode,
  countInsideLogWindow,
  summariseBatch,
  type BatchSummary,
  type LogWindowCounts,
} from './summary.ts';
export { MAX_LISTED_OUTLIERS, buildTimeline, type Timeline } from './timeline.ts';
export { akamaiCodeName } from './code-names.ts';
export { pathPattern, type CodeName } from './batch-tally.ts';
export {
  describeLogWindow,
  describeTimeline,
  type LogWindowWords,
  type TimelineWords,
} from './timeline-words.ts';
export {
  SR_REFERENCE_LIMIT,
  countByStatus,
  type IncidentScale,
  filterBatch,
  referencesForServiceRequest,
  sortBatch,
  type BatchSortKey,
  type SortDirection,
} from './batch-table.ts';
export {
  REFERENCE_COLUMNS,
  exportFileName,
  referencesToCsv,
  referencesToJson,
  summaryToCsv,
  summaryToJson,
} from './export.ts';
