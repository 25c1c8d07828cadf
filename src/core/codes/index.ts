/**
 * Reason codes: the sourced table of Akamai's codes, what each means, who acts and in plain
 * words. Imports no other area.
 */
export { AKAMAI_CODE_TABLE } from './akamai-code-table.ts';
export { CODE_GUIDANCE } from './code-guidance.ts';
export {
  MAX_REASON_CODE,
  filterReasonCodes,
  listReasonCodes,
  lookupReasonCode,
  parseReasonCode,
} from './reason-codes.ts';
export { plainHeadline } from './plain-words.ts';
export { SOURCES, type SourceDescription } from './sources.ts';
export type {
  AkamaiCodeRecord,
  CodeFamily,
  CodeGuidance,
  Confidence,
  ReasonCodeInfo,
  SourceId,
  WhoActs,
} from './code-types.ts';
export { describeMeaning, type CodeMeaning } from './code-meaning.ts';
