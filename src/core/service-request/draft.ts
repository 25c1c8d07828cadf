import { attachmentFileName, attachmentText } from './attachment.ts';
import { DESCRIPTION_LIMIT, fitDescription } from './description.ts';
import { describeIncident } from './description-parts.ts';
import { listCodes, pathOf, prepareInputs, shareableUrl } from './draft-inputs.ts';
import type { DraftInput, ServiceRequestDraft } from './draft-types.ts';
import { draftWarnings, movedToAttachment } from './draft-warnings.ts';
import { NO_EVIDENCE } from './evidence.ts';
import { SEVERITY_LABELS, SEVERITY_ONE_REMINDER, suggestSeverity } from './severity.ts';
import { SUMMARY_LIMIT, buildSummary } from './summary.ts';
import { urgency } from './urgency.ts';
import { ASK_WORDING } from './wording.ts';

export { DESCRIPTION_LIMIT } from './description.ts';
export { SUMMARY_LIMIT } from './summary.ts';
export type {
  DraftInput,
  DraftWarning,
  DraftWarningKind,
  ServiceRequestDraft,
} from './draft-types.ts';

/**
 * Drafts the My Oracle Support SR for one incident: summary, a description within Oracle's
 * 1,500 characters (statement, failing calls, references freshest first, one ask per kind of
 * failure, urgency, the user's own words), the full text as an attachment, a suggested
 * severity with its reason, and what the user should know before filing. Pure.
 */
export function draftServiceRequest(input: DraftInput): ServiceRequestDraft {
  const evidence = input.evidence ?? NO_EVIDENCE;
  const inputs = prepareInputs(input);
  const { context, freshestFirst, groups } = inputs;
  const suggestion = suggestSeverity(context, inputs.families);
  const level = input.severityOverride ?? suggestion.level;
  const urgent = urgency(freshestFirst, input.now);
  const parts = describeIncident(inputs, evidence, urgent);
  const fitted = fitDescription(parts);
  const summary = buildSummary(
    freshestFirst,
    context,
    pathOf(shareableUrl(context)),
    evidence.incidentErrors,
    evidence.incidentCodes,
  );
  const requestCount = parts.requestLines.length;

  return {
    summary,
    description: fitted.text,
    attachment: attachmentText(
      inputs,
      parts,
      summary,
      level,
      input.severityOverride == null ? suggestion.reason : null,
    ),
    attachmentFileName: attachmentFileName(input.now),
    movedToAttachment: movedToAttachment(inputs, fitted, requestCount),
    fromEvidence: inputs.fromEvidence,
    severity: {
      level,
      label: SEVERITY_LABELS[level],
      suggested: suggestion.level,
      reason: suggestion.reason,
      overridden: input.severityOverride != null && input.severityOverride !== suggestion.level,
      reminders: level === 1 ? [SEVERITY_ONE_REMINDER] : [],
    },
    guidance: groups.map(
      ({ group, codes }) =>
        `${listCodes(codes).replace(/^c/, 'C')} (${ASK_WORDING[group].name}): ${ASK_WORDING[group].guidance}`,
    ),
    warnings: draftWarnings({
      inputs,
      evidence,
      urgency: urgent.warnings,
      pastedSecrets: input.secretsFound ?? [],
      fitted,
      requestCount,
    }),
    contextProblems: inputs.contextProblems,
    figures: {
      summaryLength: summary.length,
      summaryLimit: SUMMARY_LIMIT,
      descriptionLength: fitted.text.length,
      descriptionLimit: DESCRIPTION_LIMIT,
      referencesTotal: freshestFirst.length,
      referencesInDescription: fitted.referencesListed,
    },
  };
}
