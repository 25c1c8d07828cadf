import { referenceAge } from '../time/index.ts';
import { describeMeaning } from '../codes/index.ts';
import { lookupReasonCode } from '../codes/index.ts';
import type { DecodedReference } from '../reference/index.ts';
import { formatUtc } from '../time/index.ts';
import {
  BUSINESS_IMPACT,
  CONNECTIVITY,
  CONTEXT_FIELD_LABELS,
  ORACLE_SERVICES,
  validateContext,
  type ContextProblem,
  type ServiceRequestContext,
} from './context.ts';
import {
  DESCRIPTION_LIMIT,
  fitDescription,
  renderFull,
  type DescriptionParts,
} from './description.ts';
import {
  EVIDENCE_SOURCE_LABELS,
  NO_EVIDENCE,
  describeDuration,
  prefillFromEvidence,
  type EvidenceField,
  type IncidentEvidence,
  type RequestGroup,
} from './evidence.ts';
import {
  cleanUrl,
  describeSecrets,
  listSecretKinds,
  withoutSecrets,
  type SecretFinding,
} from '../privacy/index.ts';
import {
  SEVERITY_LABELS,
  SEVERITY_ONE_REMINDER,
  suggestSeverity,
  type SeverityLevel,
} from './severity.ts';
import { SUMMARY_LIMIT, buildSummary } from './summary.ts';
import { ASK_WORDING, askGroupOf, describeWhoActs, type AskGroup } from './wording.ts';

export { DESCRIPTION_LIMIT } from './description.ts';
export { SUMMARY_LIMIT } from './summary.ts';

/** GRNs named in the description; the rest are in the attachment. */
const GRNS_IN_DESCRIPTION = 2;

export interface DraftInput {
  readonly references: readonly DecodedReference[];
  /** What the user typed or accepted. A field holding '' was cleared on purpose. */
  readonly context?: ServiceRequestContext;
  /** Derived from the pasted text, files and HAR: fills what the user left untouched. */
  readonly evidence?: IncidentEvidence;
  /** Milliseconds since the epoch: ages and urgency are relative to it. */
  readonly now: number;
  readonly severityOverride?: SeverityLevel | null;
  /** Credentials found in the pasted text: named in the warnings, never copied anywhere. */
  readonly secretsFound?: readonly SecretFinding[];
}

export type DraftWarningKind =
  | 'no-references'
  | 'logs-may-be-gone'
  | 'logs-probably-gone'
  | 'future-timestamp'
  | 'vpn-public-path'
  | 'sr-may-not-be-needed'
  | 'secrets-in-paste'
  | 'secrets-removed'
  | 'invalid-context'
  | 'trimmed'
  | 'moved-to-attachment';

export interface DraftWarning {
  readonly kind: DraftWarningKind;
  readonly message: string;
}

export interface ServiceRequestDraft {
  /** The MOS problem summary, at most 100 characters, never cut inside a reference. */
  readonly summary: string;
  /** The MOS problem description, at most 1,500 characters. */
  readonly description: string;
  /** Everything, for a download or attachment: every reference and the full context. */
  readonly attachment: string;
  readonly attachmentFileName: string;
  /** What the description leaves to the attachment, in words for the screen. */
  readonly movedToAttachment: readonly string[];
  /** Form fields whose value came from the evidence rather than the user's typing. */
  readonly fromEvidence: readonly EvidenceField[];
  readonly severity: {
    readonly level: SeverityLevel;
    readonly label: string;
    readonly suggested: SeverityLevel;
    readonly reason: string;
    readonly overridden: boolean;
    readonly reminders: readonly string[];
  };
  readonly guidance: readonly string[];
  readonly warnings: readonly DraftWarning[];
  readonly contextProblems: readonly ContextProblem[];
  readonly figures: {
    readonly summaryLength: number;
    readonly summaryLimit: number;
    readonly descriptionLength: number;
    readonly descriptionLimit: number;
    readonly referencesTotal: number;
    readonly referencesInDescription: number;
  };
}

/**
 * The context without invalid or empty fields, with credentials removed from every text field
 * (the URL too) by the one credential remover, which says exactly what it removed and where.
 */
function cleanContext(context: ServiceRequestContext, problems: readonly ContextProblem[]) {
  const invalid = new Set(problems.map((problem) => problem.field));
  const entries = Object.entries(context).flatMap(([field, value]): [string, unknown][] => {
    if (invalid.has(field as keyof ServiceRequestContext)) return [];
    if (typeof value !== 'string') return [[field, value]];
    const trimmed = value.trim();
    return trimmed === '' ? [] : [[field, trimmed]];
  });
  const {
    context: clean,
    findings,
    fields,
  } = withoutSecrets(Object.fromEntries(entries) as ServiceRequestContext);
  const secretsRemoved =
    fields.length === 0
      ? null
      : `Left out of the draft because it looked like a credential: ${listSecretKinds(findings)}, typed in ${fields.map((field) => CONTEXT_FIELD_LABELS[field]).join(', ')}. Each was replaced by a removed marker.`;
  return { clean, secretsRemoved };
}

function serviceName(context: ServiceRequestContext): string | null {
  if (context.service === 'other') return context.otherService ?? null;
  return context.service ? ORACLE_SERVICES[context.service].name : null;
}

/** The URL as it may be shared: no query unless kept, and then without secret parameters. */
function shareableUrl(context: ServiceRequestContext): string | null {
  if (context.affectedUrl === undefined) return null;
  return cleanUrl(context.affectedUrl, { keepQuery: context.keepQueryString })?.url ?? null;
}

function pathOf(url: string | null): string | null {
  if (url === null) return null;
  return cleanUrl(url)?.path ?? url;
}

function listCodes(codes: readonly number[]): string {
  return codes.length === 1 ? `code ${codes[0]}` : `codes ${codes.join(', ')}`;
}

interface CodeGroup {
  readonly group: AskGroup;
  readonly codes: readonly number[];
}

/** Codes by kind of failure, in the order the freshest references show them. */
function groupCodes(freshestFirst: readonly DecodedReference[]): CodeGroup[] {
  const groups = new Map<AskGroup, number[]>();
  for (const { reasonCode } of freshestFirst) {
    const group = askGroupOf(reasonCode);
    const codes = groups.get(group) ?? [];
    if (!codes.includes(reasonCode)) codes.push(reasonCode);
    groups.set(group, codes);
  }
  return [...groups].map(([group, codes]) => ({ group, codes }));
}

function statement(
  context: ServiceRequestContext,
  groups: readonly CodeGroup[],
  freshestFirst: readonly DecodedReference[],
): string {
  const where = [
    serviceName(context) ?? 'Oracle Utilities cloud service',
    context.environment,
    context.tenantId && `(Tenant ID ${context.tenantId})`,
  ]
    .filter(Boolean)
    .join(' ');
  const only = groups.length === 1 ? groups[0] : undefined;
  const what =
    only !== undefined
      ? ASK_WORDING[only.group].statement
      : `Akamai fails our calls (${groups.length} kinds of error)`;
  const oldest = freshestFirst.at(-1);
  const freshest = freshestFirst[0];
  if (oldest === undefined || freshest === undefined) return `${where}: ${what}.`;
  const since = context.firstSeen ?? formatUtc(oldest.epochSeconds);
  const last = context.lastSeen ?? formatUtc(freshest.epochSeconds);
  const often =
    context.frequency ??
    (freshestFirst.length === 1
      ? 'once so far'
      : `${freshestFirst.length} failed calls in ${describeDuration(freshest.epochSeconds - oldest.epochSeconds)}`);
  // The same day needs no second date.
  const lastShort = last.slice(0, 11) === since.slice(0, 11) ? last.slice(11) : last;
  const lastText = last === since ? '' : `, last ${lastShort}`;
  return `${where}: ${what} since ${since}${lastText}; ${often}.`;
}

interface CallLine {
  readonly method: string | null;
  readonly url: string | null;
  /** Status and how many references answered with it, most first. */
  readonly statuses: { status: string | null; count: number | null }[];
}

function renderCall(line: CallLine, host: string | null, total: number): string {
  const url =
    line.url !== null && host !== null ? line.url.replace(`https://${host}`, '') : line.url;
  const call = [line.method?.toUpperCase(), url ?? '(URL not known)'].filter(Boolean).join(' ');
  const answers = line.statuses
    .map(({ status, count }) => {
      const times = count === null || total <= 1 ? '' : ` x${count}`;
      return `${status ? `HTTP ${status}` : 'status not known'}${times}`;
    })
    .join(', ');
  return `- ${call} -> ${answers}`;
}

function sameGroup(group: RequestGroup, context: ServiceRequestContext, url: string | null) {
  return (
    group.url === url &&
    (group.method ?? undefined) === context.httpMethod?.toUpperCase() &&
    (group.status === null ? undefined : String(group.status)) === context.httpStatus
  );
}

/** The user's (or accepted) request first, then the other calls the evidence shows. */
function requestLines(
  context: ServiceRequestContext,
  evidence: IncidentEvidence,
  total: number,
): { heading: string; lines: string[] } {
  const url = shareableUrl(context);
  const typed =
    url !== null || context.httpMethod !== undefined || context.httpStatus !== undefined;
  const primary = evidence.requests.find((group) => sameGroup(group, context, url));
  const calls: CallLine[] = [];
  const add = (
    method: string | null,
    callUrl: string | null,
    status: string | null,
    count: number | null,
  ) => {
    const same = calls.find((call) => call.method === method && call.url === callUrl);
    if (same) same.statuses.push({ status, count });
    else calls.push({ method, url: callUrl, statuses: [{ status, count }] });
  };
  if (typed) {
    add(
      context.httpMethod?.toUpperCase() ?? null,
      url,
      context.httpStatus ?? null,
      primary?.count ?? null,
    );
  }
  for (const group of evidence.requests) {
    if (group === primary) continue;
    const groupUrl = context.keepQueryString ? group.url : group.url.replace(/[?#].*$/, '');
    add(group.method, groupUrl, group.status === null ? null : String(group.status), group.count);
  }
  const hosts = new Set(
    calls.map((call) => (call.url === null ? null : (cleanUrl(call.url)?.host ?? null))),
  );
  const [onlyHost] = hosts;
  const host = hosts.size === 1 && onlyHost != null ? onlyHost : null;
  return {
    heading: host === null ? 'Failing calls:' : `Failing calls to https://${host}:`,
    lines: calls.map((call) => renderCall(call, host, total)),
  };
}

function asks(
  groups: readonly CodeGroup[],
  context: ServiceRequestContext,
  count: number,
): { full: string[]; short: string[]; minimal: string[] } {
  const egress =
    context.includeEgressIp && context.egressIp
      ? ` for our egress IP/CIDR ${context.egressIp}`
      : '';
  const lookUp = `please look ${count === 1 ? 'the reference' : 'these references'} up in Akamai's logs`;
  const only = groups.length === 1 ? groups[0] : undefined;
  const short = [
    "What we ask (look each reference up in Akamai's logs), by code:",
    ...groups.map(
      ({ group, codes }) =>
        `- ${codes.join(', ')}: ${ASK_WORDING[group].askShort.replace('{egress}', egress)}`,
    ),
  ];
  const minimal = [
    `What we ask: look each reference up in Akamai's logs and tell us the cause (${groups
      .map(({ group, codes }) => `${codes.join(', ')}: ${ASK_WORDING[group].name}`)
      .join('; ')}); our questions per code are in the attached file.`,
  ];
  if (only !== undefined) {
    return {
      minimal,
      full: [
        `What we ask: ${lookUp} and ${ASK_WORDING[only.group].ask.replace('{egress}', egress)}`,
      ],
      short,
    };
  }
  return {
    full: [
      `What we ask: ${lookUp}, then:`,
      ...groups.map(
        ({ group, codes }) =>
          `- ${listCodes(codes)} (${ASK_WORDING[group].name}): ${ASK_WORDING[group].ask.replace('{egress}', egress)}`,
      ),
    ],
    short,
    minimal,
  };
}

/** Minutes under an hour, hours while they matter against the log window, days after that. */
export function describeAge(ageSeconds: number): string {
  return describeDuration(Math.max(0, ageSeconds));
}

function urgency(
  freshestFirst: readonly DecodedReference[],
  now: number,
): { line: string | null; warnings: DraftWarning[] } {
  const warnings: DraftWarning[] = [];
  const freshest = freshestFirst[0];
  const oldest = freshestFirst.at(-1);
  if (freshest === undefined || oldest === undefined) return { line: null, warnings };
  const ages = freshestFirst.map((reference) => referenceAge(reference.epochSeconds, now));
  if (ages.some((age) => age.standing === 'future')) {
    warnings.push({
      kind: 'future-timestamp',
      message:
        "Some references are timestamped after this device's clock: check the clock or the copied text.",
    });
  }
  const freshAge = referenceAge(freshest.epochSeconds, now);
  const oldAge = referenceAge(oldest.epochSeconds, now);
  const freshText = describeAge(freshAge.ageSeconds);
  const oldText = describeAge(oldAge.ageSeconds);
  if (freshAge.standing === 'probably-gone') {
    warnings.push({
      kind: 'logs-probably-gone',
      message: `The freshest reference is ${freshText} old: Akamai's logs for these are probably gone. File now, and add a fresh reference if the error still happens.`,
    });
  } else if (freshAge.standing === 'may-be-gone') {
    warnings.push({
      kind: 'logs-may-be-gone',
      message: `The freshest reference is ${freshText} old: Akamai's logs may already be gone. File now.`,
    });
  } else if (oldAge.standing === 'may-be-gone' || oldAge.standing === 'probably-gone') {
    warnings.push({
      kind: 'logs-may-be-gone',
      message: `The oldest reference is ${oldText} old and its logs may be gone; the freshest (${freshText} old) is listed first. File now.`,
    });
  }
  const line =
    freshestFirst.length === 1
      ? `Urgency: Akamai keeps these logs only 6 to 24 hours; the reference is ${freshText} old.`
      : `Urgency: Akamai keeps logs 6-24 h; freshest ${freshText} old, oldest ${oldText}.`;
  return { line, warnings };
}

function connectivityLine(context: ServiceRequestContext): string | null {
  if (!context.connectivity) return null;
  if (context.connectivity === 'public-internet') return 'Connectivity: public internet.';
  return `Connectivity: ${CONNECTIVITY[context.connectivity]}, yet Akamai answered: these calls went over the public internet; we are checking DNS resolution to the home region IPs.`;
}

const EVIDENCE_FIELD_WORDS: Readonly<Record<EvidenceField, string>> = {
  affectedUrl: 'URL',
  httpMethod: 'method',
  httpStatus: 'status',
  firstSeen: 'times',
  lastSeen: 'times',
  frequency: 'count',
};

function evidenceLine(fields: readonly EvidenceField[], evidence: IncidentEvidence): string | null {
  if (fields.length === 0) return null;
  const sources = evidence.sources.map((source) => EVIDENCE_SOURCE_LABELS[source]);
  const from = sources.length === 0 ? 'the references' : `our ${sources.join(' and ')}`;
  const words = [...new Set(fields.map((field) => EVIDENCE_FIELD_WORDS[field]))];
  return `From ${from}: ${words.join(', ')}.`;
}

/**
 * One line per reference: the reference, its UTC time, and its code when codes differ. The date
 * is written on the first line and wherever it changes, so fifteen lines fit beside the prose.
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

function fileStamp(now: number): string {
  return new Date(now).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

function decodedLine(reference: DecodedReference): string {
  const name = lookupReasonCode(reference.reasonCode).akamaiName;
  return `${reference.reference}\t${reference.utc}\t${reference.kind}\tcode ${reference.reasonCode}${name ? ` ${name}` : ''}\tedge ${reference.edgeIp} (${reference.edgeHostname})\trequest id ${reference.requestIdHex} = ${reference.requestId}\tseen ${reference.occurrences}x`;
}

function codeLegend(code: number): string {
  const info = lookupReasonCode(code);
  return `Code ${code}${info.akamaiName ? ` (${info.akamaiName})` : ''}: ${describeMeaning(info).short}.`;
}

function codeMeaningLines(groups: readonly CodeGroup[]): string[] {
  return groups.flatMap(({ codes }) =>
    codes.map((code) => {
      const info = lookupReasonCode(code);
      const meaning = describeMeaning(info);
      return `Code ${code}${info.akamaiName ? ` (${info.akamaiName})` : ''}: ${meaning.text} [${meaning.confidence} confidence] Who acts: ${describeWhoActs(code)}`;
    }),
  );
}

/**
 * Drafts the My Oracle Support SR for one incident: summary, a description within Oracle's
 * 1,500 characters (statement, failing calls, references freshest first, one ask per kind of
 * failure, urgency, the user's own words), the full text as an attachment, a suggested
 * severity with its reason, and what the user should know before filing. Pure.
 */
export function draftServiceRequest(input: DraftInput): ServiceRequestDraft {
  const evidence = input.evidence ?? NO_EVIDENCE;
  const { context: filled, fromEvidence: evidenceFields } = prefillFromEvidence(
    input.context ?? {},
    evidence,
  );
  const contextProblems = validateContext(filled);
  const { clean: context, secretsRemoved } = cleanContext(filled, contextProblems);
  const fromEvidence = evidenceFields.filter((field) => context[field] !== undefined);
  const freshestFirst = input.references
    .filter((reference) => reference.kind === 'error')
    .sort((a, b) => b.epochSeconds - a.epochSeconds);
  const grns = input.references.filter((reference) => reference.kind === 'grn');
  const groups = groupCodes(freshestFirst);
  const families = [
    ...new Set(freshestFirst.map((reference) => lookupReasonCode(reference.reasonCode).family)),
  ];
  const codes = groups.flatMap(({ codes: groupCodes }) => groupCodes);

  const suggestion = suggestSeverity(context, families);
  const level = input.severityOverride ?? suggestion.level;
  const { line: urgencyLine, warnings: urgencyWarnings } = urgency(freshestFirst, input.now);
  const total = freshestFirst.length;

  const requests = requestLines(context, evidence, total);
  const askLines = asks(groups, context, total);
  const impactText = [
    context.impact ? `${BUSINESS_IMPACT[context.impact]}.` : null,
    context.businessImpact ?? null,
  ]
    .filter(Boolean)
    .join(' ');
  const parts: DescriptionParts = {
    statement: statement(context, groups, freshestFirst),
    requestsHeading: requests.heading,
    requestLines: requests.lines,
    referencesHeading: 'Akamai references (UTC, freshest first',
    referenceLines: referenceLines(freshestFirst, codes.length > 1),
    referenceLinesCompact: referenceLines(freshestFirst, false),
    compactReferencesNote: codes.length > 1 ? '; each starts with its code' : '',
    asks: total === 0 ? [] : askLines.full,
    asksShort: total === 0 ? [] : askLines.short,
    asksMinimal: total === 0 ? [] : askLines.minimal,
    tail: [
      ...(urgencyLine ? [urgencyLine] : []),
      ...(context.includeEgressIp &&
      context.egressIp &&
      !groups.some((g) => g.group === 'edge-denial')
        ? [`Our egress IP/CIDR: ${context.egressIp}`]
        : []),
      ...(context.connectivity && context.connectivity !== 'public-internet'
        ? [connectivityLine(context) ?? '']
        : []),
      ...(context.issueId ? [`Issue ID (Prepare Issue Details): ${context.issueId}`] : []),
      ...[evidenceLine(fromEvidence, evidence)].filter((line): line is string => line !== null),
    ],
    tailOptional: [
      // One code: its meaning fits; several go to the attachment with their meanings.
      ...(codes.length === 1 && codes[0] !== undefined ? [codeLegend(codes[0])] : []),
      ...(grns.length > 0
        ? [
            `Akamai-GRN request ids: ${grns
              .slice(0, GRNS_IN_DESCRIPTION)
              .map((grn) => grn.reference)
              .join(
                ', ',
              )}${grns.length > GRNS_IN_DESCRIPTION ? ` (+${grns.length - GRNS_IN_DESCRIPTION} in the attached file)` : ''}`,
          ]
        : []),
      ...(context.connectivity === 'public-internet' ? [connectivityLine(context) ?? ''] : []),
      ...(context.contactTimeZone ? [`Contact time zone: ${context.contactTimeZone}`] : []),
    ],
    freeText: [
      ...(impactText ? [{ label: 'Business impact', text: impactText }] : []),
      ...(context.stepsToReproduce
        ? [{ label: 'Steps to reproduce', text: context.stepsToReproduce }]
        : []),
    ],
  };
  const fitted = fitDescription(parts);
  const summary = buildSummary(freshestFirst, context, pathOf(shareableUrl(context)));

  const warnings: DraftWarning[] = [...urgencyWarnings];
  if (total === 0) {
    warnings.push({
      kind: 'no-references',
      message:
        grns.length > 0
          ? 'Only Akamai-GRN request ids were found: they identify requests, not errors. Add the Reference # from the error page.'
          : 'No reference to report: paste the error page or the log that shows the Reference #.',
    });
  }
  if (context.connectivity === 'vpn-connect' || context.connectivity === 'fastconnect') {
    const seen =
      evidence.serverIps.length > 0
        ? ` The evidence shows connections to ${evidence.serverIps.slice(0, 3).join(', ')}, Akamai's side of the path.`
        : '';
    warnings.push({
      kind: 'vpn-public-path',
      message: `With ${CONNECTIVITY[context.connectivity]}, calls should reach the home region IPs, not Akamai: an Akamai reference means this call went over the public internet.${seen} Check how the caller resolves the service hostname before filing.`,
    });
  }
  if (families.length > 0 && families.every((family) => family === 'malformed-request')) {
    warnings.push({
      kind: 'sr-may-not-be-needed',
      message: `Malformed request: ${ASK_WORDING['malformed-request'].guidance}`,
    });
  }
  const pasteSecrets = describeSecrets(input.secretsFound ?? []);
  if (pasteSecrets) warnings.push({ kind: 'secrets-in-paste', message: pasteSecrets });
  if (secretsRemoved !== null) warnings.push({ kind: 'secrets-removed', message: secretsRemoved });
  if (contextProblems.length > 0) {
    warnings.push({
      kind: 'invalid-context',
      message: `Left out of the draft until corrected: ${contextProblems.map((p) => CONTEXT_FIELD_LABELS[p.field]).join(', ')}.`,
    });
  }
  for (const { label, length, kept } of fitted.trimmed) {
    warnings.push({
      kind: 'trimmed',
      message:
        kept === 0
          ? `${label} (${length} characters) did not fit beside the references: the description says it is in the attached file. Download it and attach it to the SR.`
          : `${label} was trimmed to ${kept} of its ${length} characters to fit ${DESCRIPTION_LIMIT}; the full text is in the attached file (download it and attach it to the SR).`,
    });
  }
  const hiddenReferences = total - fitted.referencesListed;
  const hiddenRequests = requests.lines.length - fitted.requestsListed;
  const movedToAttachment = [
    ...(hiddenReferences > 0
      ? [
          `the ${hiddenReferences} oldest references (${fitted.referencesListed} of ${total} are in the description)`,
        ]
      : []),
    ...(hiddenRequests > 0 ? [`${hiddenRequests} other failing calls`] : []),
    ...(grns.length > GRNS_IN_DESCRIPTION
      ? [`${grns.length - GRNS_IN_DESCRIPTION} Akamai-GRN request ids`]
      : []),
    ...fitted.trimmed.map(({ label }) => `the full ${label.toLowerCase()}`),
    ...(total > 0
      ? ['what each code means and who acts', 'every reference decoded (edge server, request id)']
      : []),
  ];
  if (hiddenReferences > 0 || hiddenRequests > 0) {
    warnings.push({
      kind: 'moved-to-attachment',
      message: `The description lists the ${fitted.referencesListed} freshest of ${total} references; the rest are in the attached file: download it and attach it to the SR.`,
    });
  }

  const attachmentFileName = `akamai-service-request-${fileStamp(input.now)}.txt`;
  const attachment = [
    `Summary: ${summary}`,
    `Severity: ${SEVERITY_LABELS[level]}`,
    '',
    renderFull(parts),
    '',
    'What each code means:',
    ...codeMeaningLines(groups),
    '',
    'All references, decoded (freshest first):',
    ...[...freshestFirst, ...grns].map(decodedLine),
  ].join('\n');

  return {
    summary,
    description: fitted.text,
    attachment,
    attachmentFileName,
    movedToAttachment,
    fromEvidence,
    severity: {
      level,
      label: SEVERITY_LABELS[level],
      suggested: suggestion.level,
      reason: suggestion.reason,
      overridden: input.severityOverride != null && input.severityOverride !== suggestion.level,
      reminders: level === 1 ? [SEVERITY_ONE_REMINDER] : [],
    },
    guidance: groups.map(
      ({ group, codes: groupCodes }) =>
        `${listCodes(groupCodes).replace(/^c/, 'C')} (${ASK_WORDING[group].name}): ${ASK_WORDING[group].guidance}`,
    ),
    warnings,
    contextProblems,
    figures: {
      summaryLength: summary.length,
      summaryLimit: SUMMARY_LIMIT,
      descriptionLength: fitted.text.length,
      descriptionLimit: DESCRIPTION_LIMIT,
      referencesTotal: total,
      referencesInDescription: fitted.referencesListed,
    },
  };
}
