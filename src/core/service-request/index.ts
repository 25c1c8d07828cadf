/**
 * The My Oracle Support service request: its context form, the evidence read from the
 * references' requests, the drafted text, and drafts kept for later. Above triage; below network.
 */
export {
  DESCRIPTION_LIMIT,
  SUMMARY_LIMIT,
  draftServiceRequest,
  type DraftInput,
  type DraftWarning,
  type ServiceRequestDraft,
} from './draft.ts';
export { MIN_REFERENCES_LISTED, REQUESTS_KEPT, TRIMMED_MARK } from './description.ts';
export {
  EVIDENCE_FIELDS,
  deriveEvidence,
  describeEvidenceSources,
  prefillFromEvidence,
  type EvidenceField,
  type IncidentEvidence,
} from './evidence.ts';
export { describeWhoActs } from './who-acts.ts';
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
  type DraftStore,
  type SavedDraft,
  type StableContext,
} from './saved-drafts.ts';
export {
  BUSINESS_IMPACT,
  CONNECTIVITY,
  CONTEXT_FIELD_LABELS,
  CONTEXT_FIELD_LIST,
  HTTP_METHODS,
  ORACLE_SERVICES,
  describeFieldValue,
  parseStoredContext,
  validateContext,
  type Connectivity,
  type ContextField,
  type ContextFieldRow,
  type ContextProblem,
  type OracleServiceId,
  type ServiceRequestContext,
} from './context.ts';
export { SEVERITY_LABELS, type SeverityLevel } from './severity.ts';
