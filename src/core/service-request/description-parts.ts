import { describeMeaning, lookupReasonCode } from '../codes/index.ts';
import type { DecodedReference } from '../reference/index.ts';
import { formatUtc } from '../time/index.ts';
import { asks } from './asks.ts';
import { requestLines } from './calls.ts';
import { BUSINESS_IMPACT, CONNECTIVITY, type ServiceRequestContext } from './context.ts';
import type { DescriptionParts, OptionalLine } from './description.ts';
import { serviceName, type CodeGroup, type DraftInputs } from './draft-inputs.ts';
import { describeFrequency, type IncidentEvidence } from './evidence.ts';
import type { Urgency } from './urgency.ts';
import { ASK_WORDING } from './wording.ts';

/** The description's pieces, each in the words Oracle's engineer reads; fitting is elsewhere. */

/** GRNs named in the description; the rest are in the attachment. */
export const GRNS_IN_DESCRIPTION = 2;

function statement(
  context: ServiceRequestContext,
  groups: readonly CodeGroup[],
  freshestFirst: readonly DecodedReference[],
  incidentCodes: readonly number[] | null,
): string {
  const where = [
    serviceName(context) ?? 'Oracle Utilities cloud service',
    context.environment,
    context.tenantId && `(Tenant ID ${context.tenantId})`,
  ]
    .filter(Boolean)
    .join(' ');
  const only = groups.length === 1 ? groups[0] : undefined;
  const listed = new Set(freshestFirst.map((reference) => reference.reasonCode));
  // The listed references are the freshest few: the incident may hold codes they do not.
  const wider = incidentCodes?.some((code) => !listed.has(code)) === true;
  const what = wider
    ? `Akamai fails our calls (codes ${incidentCodes?.join(', ')})`
    : only !== undefined
      ? ASK_WORDING[only.group].statement
      : `Akamai fails our calls (${groups.length} kinds of error)`;
  const oldest = freshestFirst.at(-1);
  const freshest = freshestFirst[0];
  if (oldest === undefined || freshest === undefined) return `${where}: ${what}.`;
  const since = context.firstSeen ?? formatUtc(oldest.epochSeconds);
  const last = context.lastSeen ?? formatUtc(freshest.epochSeconds);
  const often =
    context.frequency ??
    describeFrequency(freshestFirst.length, freshest.epochSeconds - oldest.epochSeconds);
  // The same day needs no second date.
  const lastShort = last.slice(0, 11) === since.slice(0, 11) ? last.slice(11) : last;
  const lastText = last === since ? '' : `, last ${lastShort}`;
  return `${where}: ${what} since ${since}${lastText}; ${often}.`;
}

function connectivityLine(context: ServiceRequestContext): string | null {
  if (!context.connectivity) return null;
  if (context.connectivity === 'public-internet') return 'Connectivity: public internet.';
  return `Connectivity: ${CONNECTIVITY[context.connectivity]}, yet Akamai answered: these calls went over the public internet; we are checking DNS resolution to the home region IPs.`;
}

/**
 * One line per reference: the reference, its UTC time, and its code when codes differ. The date
 * is written on the first line and wherever it changes, so each listed line stays short.
 */
function referenceLines(freshestFirst: readonly DecodedReference[], withCode: boolean): string[] {
  let previousDate = '';
  return freshestFirst.map((reference) => {
    const [date = '', time = ''] = formatUtc(reference.epochSeconds).split(' ');
    const when = date === previousDate ? time : `${date} ${time}`;
    previousDate = date;
    return `${reference.reference} ${when}${withCode ? ` code ${reference.reasonCode}` : ''}`;
  });
}

function codeLegend(code: number): string {
  const info = lookupReasonCode(code);
  return `Code ${code}${info.akamaiName ? ` (${info.akamaiName})` : ''}: ${describeMeaning(info).short}.`;
}

function grnLine(grns: readonly DecodedReference[]): string {
  const named = grns
    .slice(0, GRNS_IN_DESCRIPTION)
    .map((grn) => grn.reference)
    .join(', ');
  const rest =
    grns.length > GRNS_IN_DESCRIPTION
      ? ` (+${grns.length - GRNS_IN_DESCRIPTION} in the attached file)`
      : '';
  return `Akamai-GRN request ids: ${named}${rest}`;
}

/** The lines that close the description: urgency first, then what Oracle needs to act. */
function tail(inputs: DraftInputs, urgencyLine: string | null) {
  const { context, groups } = inputs;
  const lines = [
    urgencyLine,
    context.includeEgressIp && context.egressIp && !groups.some((g) => g.group === 'edge-denial')
      ? `Our egress IP/CIDR: ${context.egressIp}`
      : null,
    context.connectivity !== 'public-internet' ? connectivityLine(context) : null,
    context.issueId ? `Issue ID (Prepare Issue Details): ${context.issueId}` : null,
  ];
  return lines.filter((line): line is string => line !== null);
}

/** Lines that go once the asks shorten: the attachment repeats them. */
function tailOptional(inputs: DraftInputs): OptionalLine[] {
  const { context, codes, grns } = inputs;
  const connectivity =
    context.connectivity === 'public-internet' ? connectivityLine(context) : null;
  const lines: (OptionalLine | null)[] = [
    // One code: its meaning fits; several go to the attachment with their meanings.
    codes.length === 1 && codes[0] !== undefined
      ? { label: "the code's meaning", line: codeLegend(codes[0]) }
      : null,
    grns.length > 0
      ? { label: `${grns.length} Akamai-GRN request ids`, line: grnLine(grns), grns: true }
      : null,
    connectivity === null ? null : { label: 'the connectivity', line: connectivity },
    context.contactTimeZone
      ? { label: 'the contact time zone', line: `Contact time zone: ${context.contactTimeZone}` }
      : null,
  ];
  return lines.filter((line): line is OptionalLine => line !== null);
}

function freeText(context: ServiceRequestContext) {
  const impactText = [
    context.impact ? `${BUSINESS_IMPACT[context.impact]}.` : null,
    context.businessImpact ?? null,
  ]
    .filter(Boolean)
    .join(' ');
  return [
    ...(impactText ? [{ label: 'Business impact', text: impactText }] : []),
    ...(context.stepsToReproduce
      ? [{ label: 'Steps to reproduce', text: context.stepsToReproduce }]
      : []),
  ];
}

/** Every piece of the description, at each length the fitting may choose. */
export function describeIncident(
  inputs: DraftInputs,
  evidence: IncidentEvidence,
  urgent: Pick<Urgency, 'line' | 'logsGone'>,
): DescriptionParts {
  const { context, groups, freshestFirst, codes } = inputs;
  const total = freshestFirst.length;
  const requests = requestLines(context, evidence, total);
  const askLines = asks(groups, context, total, urgent.logsGone);
  return {
    statement: statement(context, groups, freshestFirst, evidence.incidentCodes),
    requestsHeading: requests.heading,
    requestLines: requests.lines,
    referencesHeading: 'Akamai references (UTC, freshest first',
    referenceLines: referenceLines(freshestFirst, codes.length > 1),
    referenceLinesCompact: referenceLines(freshestFirst, false),
    compactReferencesNote: codes.length > 1 ? '; each starts with its code' : '',
    asks: total === 0 ? [] : askLines.full,
    asksShort: total === 0 ? [] : askLines.short,
    asksMinimal: total === 0 ? [] : askLines.minimal,
    tail: tail(inputs, urgent.line),
    tailOptional: tailOptional(inputs),
    freeText: freeText(context),
  };
}
