import { describeSecrets, type SecretFinding } from '../privacy/index.ts';
import { formatCount } from '../text/index.ts';
import { CONNECTIVITY, CONTEXT_FIELD_LABELS } from './context.ts';
import { DESCRIPTION_LIMIT, type FittedDescription } from './description.ts';
import { GRNS_IN_DESCRIPTION } from './description-parts.ts';
import { serviceName, type DraftInputs } from './draft-inputs.ts';
import type { DraftWarning } from './draft-types.ts';
import type { IncidentEvidence } from './evidence.ts';
import { ASK_WORDING } from './wording.ts';

/** What the user should know before filing, and what the description left to the attachment. */

function noReferences(inputs: DraftInputs): DraftWarning[] {
  if (inputs.freshestFirst.length > 0) return [];
  return [
    {
      kind: 'no-references',
      message:
        inputs.grns.length > 0
          ? 'Only Akamai-GRN request ids were found: they identify requests, not errors. Add the Reference # from the error page.'
          : 'No reference to report: paste the error page or the log that shows the Reference #.',
    },
  ];
}

function privatePath(inputs: DraftInputs, evidence: IncidentEvidence): DraftWarning[] {
  const { connectivity } = inputs.context;
  if (connectivity !== 'vpn-connect' && connectivity !== 'fastconnect') return [];
  const seen =
    evidence.serverIps.length > 0
      ? ` The evidence shows connections to ${evidence.serverIps.slice(0, 3).join(', ')}, Akamai's side of the path.`
      : '';
  return [
    {
      kind: 'vpn-public-path',
      message: `With ${CONNECTIVITY[connectivity]}, calls should reach the home region IPs, not Akamai: an Akamai reference means this call went over the public internet.${seen} Check how the caller resolves the service hostname before filing.`,
    },
  ];
}

function malformedOnly(inputs: DraftInputs): DraftWarning[] {
  const { families } = inputs;
  if (families.length === 0 || !families.every((family) => family === 'malformed-request')) {
    return [];
  }
  return [
    {
      kind: 'sr-may-not-be-needed',
      message: `Malformed request: ${ASK_WORDING['malformed-request'].guidance}`,
    },
  ];
}

function secrets(inputs: DraftInputs, pasted: readonly SecretFinding[]): DraftWarning[] {
  const inPaste = describeSecrets(pasted);
  return [
    ...(inPaste ? [{ kind: 'secrets-in-paste' as const, message: inPaste }] : []),
    ...(inputs.secretsRemoved !== null
      ? [{ kind: 'secrets-removed' as const, message: inputs.secretsRemoved }]
      : []),
  ];
}

function invalidContext(inputs: DraftInputs): DraftWarning[] {
  if (inputs.contextProblems.length === 0) return [];
  const labels = inputs.contextProblems.map((problem) => CONTEXT_FIELD_LABELS[problem.field]);
  return [
    {
      kind: 'invalid-context',
      message: `Left out of the draft until corrected: ${labels.join(', ')}.`,
    },
  ];
}

/**
 * Where the SR is: Oracle routes on the service, environment and Tenant ID, and an SR naming
 * only "Oracle Utilities cloud service" waits for a question back. Fields already flagged as
 * invalid are named by that warning instead.
 */
function missingRouting(inputs: DraftInputs): DraftWarning[] {
  const { context, contextProblems } = inputs;
  const invalid = new Set<string>(contextProblems.map((problem) => problem.field));
  const missing = [
    serviceName(context) === null && !invalid.has('service') && !invalid.has('otherService')
      ? CONTEXT_FIELD_LABELS.service
      : null,
    context.environment === undefined && !invalid.has('environment')
      ? CONTEXT_FIELD_LABELS.environment
      : null,
    context.tenantId === undefined && !invalid.has('tenantId')
      ? CONTEXT_FIELD_LABELS.tenantId
      : null,
  ].filter((label): label is string => label !== null);
  if (missing.length === 0) return [];
  return [
    {
      kind: 'missing-routing',
      message: `Missing ${missing.join(', ')}: Oracle routes an SR by service, environment and Tenant ID; one that says only "Oracle Utilities cloud service" waits for a question back. Fill them in before filing.`,
    },
  ];
}

function trimmed(fitted: FittedDescription): DraftWarning[] {
  return fitted.trimmed.map(({ label, length, kept }) => ({
    kind: 'trimmed',
    message:
      kept === 0
        ? `${label} (${length} characters) did not fit beside the references: the description says it is in the attached file. Download it and attach it to the SR.`
        : `${label} was trimmed to ${kept} of its ${length} characters to fit ${DESCRIPTION_LIMIT}; the full text is in the attached file (download it and attach it to the SR).`,
  }));
}

/** In words for the screen: what only the attached file holds. */
export function movedToAttachment(
  inputs: DraftInputs,
  fitted: FittedDescription,
  requestCount: number,
): string[] {
  const total = inputs.freshestFirst.length;
  const hiddenReferences = total - fitted.referencesListed;
  const hiddenRequests = requestCount - fitted.requestsListed;
  const grnLineLeftOut = fitted.optionalLeftOut.some((line) => line.grns === true);
  const hiddenGrns = grnLineLeftOut ? 0 : inputs.grns.length - GRNS_IN_DESCRIPTION;
  return [
    ...(hiddenReferences > 0
      ? [
          `the ${hiddenReferences} oldest references (${fitted.referencesListed} of ${total} are in the description)`,
        ]
      : []),
    ...(hiddenRequests > 0
      ? [`${hiddenRequests} other failing ${hiddenRequests === 1 ? 'call' : 'calls'}`]
      : []),
    ...(hiddenGrns > 0 ? [`${hiddenGrns} Akamai-GRN request ids`] : []),
    ...fitted.optionalLeftOut.map(({ label }) => label),
    ...fitted.trimmed.map(({ label }) => `the full ${label.toLowerCase()}`),
    ...(total > 0
      ? ['what each code means and who acts', 'every reference decoded (edge server, request id)']
      : []),
  ];
}

/** "a", "a and b", "a, b and c". */
function joinWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

function moved(inputs: DraftInputs, fitted: FittedDescription, requestCount: number) {
  const total = inputs.freshestFirst.length;
  const hiddenRequests = requestCount - fitted.requestsListed;
  const listed = [
    ...(fitted.referencesListed < total
      ? [`the ${fitted.referencesListed} freshest of ${total} references`]
      : []),
    ...(hiddenRequests > 0 ? [`${fitted.requestsListed} of ${requestCount} failing calls`] : []),
  ];
  const only = [
    ...(fitted.referencesListed < total
      ? [`the ${total - fitted.referencesListed} older references`]
      : []),
    ...(hiddenRequests > 0
      ? [`${hiddenRequests} other failing ${hiddenRequests === 1 ? 'call' : 'calls'}`]
      : []),
    ...fitted.optionalLeftOut.map(({ label }) => label),
  ];
  if (only.length === 0) return [];
  const opening = listed.length > 0 ? `The description lists ${joinWords(listed)}. ` : '';
  return [
    {
      kind: 'moved-to-attachment' as const,
      message: `${opening}Only in the attached file: ${joinWords(only)}. Download it and attach it to the SR.`,
    },
  ];
}

/** The SR carries the freshest references of a larger incident: the rest need the export. */
function sample(evidence: IncidentEvidence): DraftWarning[] {
  if (evidence.incidentErrors <= evidence.references) return [];
  return [
    {
      kind: 'sample-of-incident',
      message: `This SR lists the freshest ${evidence.references} of ${formatCount(evidence.incidentErrors)} errors; its summary and first sentence count them all, its failing calls only the ${evidence.references}. For the rest, attach their CSV from the decode screen: "Selected as CSV" for a table selection, "References as CSV" for the whole batch.`,
    },
  ];
}

export interface WarningSources {
  readonly inputs: DraftInputs;
  readonly evidence: IncidentEvidence;
  readonly urgency: readonly DraftWarning[];
  readonly pastedSecrets: readonly SecretFinding[];
  readonly fitted: FittedDescription;
  readonly requestCount: number;
}

/** Every warning, in the order the screen lists them. */
export function draftWarnings(sources: WarningSources): DraftWarning[] {
  const { inputs, evidence, fitted, requestCount } = sources;
  return [
    ...sources.urgency,
    ...noReferences(inputs),
    ...privatePath(inputs, evidence),
    ...malformedOnly(inputs),
    ...secrets(inputs, sources.pastedSecrets),
    ...invalidContext(inputs),
    ...missingRouting(inputs),
    ...trimmed(fitted),
    ...moved(inputs, fitted, requestCount),
    ...sample(evidence),
  ];
}
