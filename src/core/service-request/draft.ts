import { referenceAge } from '../age.ts';
import type { CodeFamily } from '../code-types.ts';
import { lookupReasonCode } from '../reason-codes.ts';
import type { DecodedReference } from '../reference-types.ts';
import { formatUtc } from '../time-format.ts';
import { FAMILY_ASKS, FAMILY_GUIDANCE, ORIGIN_CHECKS } from './asks.ts';
import {
  CONNECTIVITY,
  CONTEXT_FIELD_LABELS,
  ORACLE_SERVICES,
  validateContext,
  type ContextProblem,
  type ServiceRequestContext,
} from './context.ts';
import {
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

/** No documented limit for the title; one line Oracle reads at a glance. */
export const SUMMARY_LIMIT = 100;
/** Oracle's support API caps the description at 1,500 characters (from 27 Jan 2026). */
export const DESCRIPTION_LIMIT = 1500;
const SHORTENED_FREE_TEXT = 200;

export interface DraftInput {
  readonly references: readonly DecodedReference[];
  readonly context?: ServiceRequestContext;
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
  | 'shortened';

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

/** The context without fields that failed validation, and with credentials removed from text. */
function cleanContext(context: ServiceRequestContext, problems: readonly ContextProblem[]) {
  const invalid = new Set(problems.map((problem) => problem.field));
  const entries = Object.entries(context).filter(
    ([field, value]) =>
      !invalid.has(field as keyof ServiceRequestContext) &&
      (typeof value !== 'string' || value.trim() !== ''),
  );
  const clean: Record<string, unknown> = Object.fromEntries(
    entries.map(([field, value]) => [field, typeof value === 'string' ? value.trim() : value]),
  );
  const {
    context: withoutCredentials,
    findings,
    fields,
  } = withoutSecrets(clean as ServiceRequestContext);
  const secretsRemoved =
    fields.length === 0
      ? null
      : `Left out of the draft because it looked like a credential: ${listSecretKinds(findings)}, typed in ${fields.map((field) => CONTEXT_FIELD_LABELS[field]).join(', ')}. Each was replaced by a removed marker.`;
  return { clean: withoutCredentials, secretsRemoved };
}

function serviceName(context: ServiceRequestContext): string | null {
  if (context.service === 'other') return context.otherService ?? null;
  return context.service ? ORACLE_SERVICES[context.service].name : null;
}

function shortServiceName(context: ServiceRequestContext): string | null {
  if (context.service === 'other') return context.otherService ?? null;
  return context.service ? ORACLE_SERVICES[context.service].short : null;
}

function pathForText(context: ServiceRequestContext): string | null {
  const value = context.affectedUrl;
  if (value === undefined) return null;
  return context.keepQueryString ? value : value.replace(/[?#].*$/, '');
}

const SYMPTOMS: Readonly<Record<CodeFamily, string>> = {
  'edge-denial': 'Access Denied at Akamai edge',
  origin: 'Akamai could not reach origin',
  hostname: 'Invalid URL at Akamai edge',
  'malformed-request': 'Bad Request at Akamai edge',
  'edge-internal': 'Akamai edge error',
  unknown: 'Akamai error',
};

function codeLabel(reference: DecodedReference): string {
  const name = lookupReasonCode(reference.reasonCode).akamaiName;
  return name === null ? `${reference.reasonCode}` : `${reference.reasonCode} ${name}`;
}

/** The first sentence of our meaning, for the legend. */
function shortMeaning(code: number): string {
  const info = lookupReasonCode(code);
  const meaning = info.guidance?.meaning.text ?? info.oracleWording ?? 'no published meaning';
  return meaning.split(/(?<=\.)\s/)[0]?.replace(/\.$/, '') ?? meaning;
}

function buildSummary(errors: readonly DecodedReference[], context: ServiceRequestContext): string {
  const environment = context.environment ?? '';
  const service = shortServiceName(context);
  const first = errors[0];
  if (first === undefined) {
    return [service, environment].filter(Boolean).join(' ') + ': Akamai error, no reference found';
  }
  const codes = [...new Set(errors.map((reference) => reference.reasonCode))];
  const family = lookupReasonCode(first.reasonCode).family;
  const status = context.httpStatus ? `HTTP ${context.httpStatus} ` : '';
  const more = errors.length > 1 ? ` +${errors.length - 1} more` : '';
  const where = [service, environment].filter(Boolean).join(' ');
  const prefix = where === '' ? '' : `${where}: `;
  const codeText = codes.length === 1 ? `code ${codeLabel(first)}` : `codes ${codes.join(', ')}`;
  const shortCodeText =
    codes.length === 1 ? `code ${first.reasonCode}` : `codes ${codes.join(', ')}`;
  const candidates = [
    `${prefix}${status}${SYMPTOMS[family]} (Akamai ${codeText}), ref ${first.reference}${more}`,
    `${prefix}${status}${SYMPTOMS[family]} (Akamai ${shortCodeText}), ref ${first.reference}${more}`,
    `${environment ? `${environment}: ` : ''}${status}${SYMPTOMS[family]} (${shortCodeText}), ref ${first.reference}${more}`,
    `${environment ? `${environment}: ` : ''}Akamai ${shortCodeText}, ref ${first.reference}${more}`,
    `Akamai ref ${first.reference}${more}`,
  ];
  return (
    candidates.find((candidate) => candidate.length <= SUMMARY_LIMIT) ??
    (candidates.at(-1) as string)
  );
}

function referenceLine(reference: DecodedReference): string {
  return `- ${reference.reference} | ${formatUtc(reference.epochSeconds)} | ${codeLabel(reference)} | edge ${reference.edgeIp}`;
}

function asksFor(errors: readonly DecodedReference[], context: ServiceRequestContext): string[] {
  const families = [...new Set(errors.map((r) => lookupReasonCode(r.reasonCode).family))];
  const egress =
    context.includeEgressIp && context.egressIp
      ? ` (our egress IP or CIDR: ${context.egressIp})`
      : '';
  const asks = families.map((family) => `- ${FAMILY_ASKS[family].replace('{egress}', egress)}`);
  const originChecks = [...new Set(errors.map((r) => r.reasonCode))]
    .map((code) => ORIGIN_CHECKS[code] && `code ${code}: ${ORIGIN_CHECKS[code]}`)
    .filter((check): check is string => Boolean(check));
  if (originChecks.length > 0) asks.push(`- In particular, ${originChecks.join('; ')}.`);
  return asks;
}

function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2))} [continued in the attached file]`;
}

interface DescriptionParts {
  readonly head: string[];
  readonly referenceLines: string[];
  /** One line per code with its meaning: dropped to the attachment only as a last resort. */
  readonly legend: string[];
  readonly tail: string[];
  readonly freeText: [label: string, text: string][];
}

function renderDescription(parts: DescriptionParts, listed: number, freeTextLimit: number): string {
  const shown = parts.referenceLines.slice(0, listed);
  const hidden = parts.referenceLines.length - shown.length;
  const lines = [
    ...parts.head,
    ...shown,
    ...(hidden > 0 ? [`- and ${hidden} more: full list in the attached file`] : []),
    ...parts.legend,
    ...parts.tail,
    ...parts.freeText.map(([label, text]) => `${label}: ${shorten(text, freeTextLimit)}`),
  ];
  return lines.join('\n');
}

/** The longest rendering within the limit: shorten free text first, then list fewer references. */
function fitDescription(parts: DescriptionParts): {
  text: string;
  listed: number;
  shortened: boolean;
} {
  const all = parts.referenceLines.length;
  const full = renderDescription(parts, all, Number.POSITIVE_INFINITY);
  if (full.length <= DESCRIPTION_LIMIT) return { text: full, listed: all, shortened: false };
  for (const freeTextLimit of [SHORTENED_FREE_TEXT, 60]) {
    for (let listed = all; listed >= Math.min(1, all); listed -= 1) {
      const text = renderDescription(parts, listed, freeTextLimit);
      if (text.length <= DESCRIPTION_LIMIT) return { text, listed, shortened: true };
    }
  }
  const legend = ['Code meanings: see the attached file.'];
  const minimal = renderDescription({ ...parts, legend, freeText: [] }, Math.min(1, all), 0);
  // Cut at a line boundary, so no reference is ever cut in the middle.
  let text = '';
  for (const line of minimal.split('\n')) {
    const next = text === '' ? line : `${text}\n${line}`;
    if (next.length > DESCRIPTION_LIMIT) break;
    text = next;
  }
  return { text, listed: Math.min(1, all), shortened: true };
}

function contextLines(context: ServiceRequestContext): string[] {
  const service = serviceName(context);
  const where = [
    service ?? 'the Oracle Utilities cloud service',
    context.environment && `environment ${context.environment}`,
    context.tenantId && `(Tenant ID ${context.tenantId})`,
  ]
    .filter(Boolean)
    .join(' ');
  const path = pathForText(context);
  const request = [context.httpMethod?.toUpperCase(), path].filter(Boolean).join(' ');
  const lines = [`Akamai refused or failed our calls to ${where}.`];
  if (request !== '' || context.httpStatus) {
    lines.push(
      `Request: ${request || 'see references'}${context.httpStatus ? ` -> HTTP ${context.httpStatus}` : ''}.`,
    );
  }
  const seen = [
    context.firstSeen && `first seen ${context.firstSeen}`,
    context.lastSeen && `last seen ${context.lastSeen}`,
    context.frequency,
  ].filter(Boolean);
  if (seen.length > 0) lines.push(`Seen: ${seen.join(', ')}.`);
  if (context.connectivity) {
    const vpn = context.connectivity !== 'public-internet';
    lines.push(
      `Connectivity: ${CONNECTIVITY[context.connectivity]}${vpn ? ' (an Akamai reference suggests these calls went over the public internet; we are checking DNS resolution to the home region IPs)' : ''}.`,
    );
  }
  return lines;
}

/** Hours while they matter against the log window, days after that. */
function describeAge(hours: number): string {
  return hours < 48 ? `${Math.floor(hours)} hours` : `${Math.floor(hours / 24)} days`;
}

function urgency(
  errors: readonly DecodedReference[],
  now: number,
): { line: string | null; warnings: DraftWarning[] } {
  const warnings: DraftWarning[] = [];
  const ages = errors.map((reference) => referenceAge(reference.epochSeconds, now));
  if (ages.some((age) => age.standing === 'future')) {
    warnings.push({
      kind: 'future-timestamp',
      message:
        "Some references are timestamped after this device's clock: check the clock or the copied text.",
    });
  }
  const oldestHours = Math.max(0, ...ages.map((age) => age.ageHours));
  const oldest = describeAge(oldestHours);
  if (ages.some((age) => age.standing === 'probably-gone')) {
    warnings.push({
      kind: 'logs-probably-gone',
      message: `The oldest reference is ${oldest} old: Akamai's logs for it are probably gone. File now, and add a fresh reference if the error still happens.`,
    });
  } else if (ages.some((age) => age.standing === 'may-be-gone')) {
    warnings.push({
      kind: 'logs-may-be-gone',
      message: `The oldest reference is ${oldest} old: Akamai's logs may already be gone. File now.`,
    });
  }
  const line =
    errors.length === 0
      ? null
      : `Urgency: Akamai keeps these logs only 6 to 24 hours; the oldest reference is ${oldest} old.`;
  return { line, warnings };
}

function fileStamp(now: number): string {
  return new Date(now).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

/**
 * Drafts the My Oracle Support SR for the chosen references: summary, description within
 * Oracle's 1,500 characters, the full text as an attachment, a suggested severity with its
 * reason, and what the user should know before filing. Pure: everything comes from the input.
 */
export function draftServiceRequest(input: DraftInput): ServiceRequestDraft {
  const contextProblems = validateContext(input.context ?? {});
  const { clean: context, secretsRemoved } = cleanContext(input.context ?? {}, contextProblems);
  const byTime = [...input.references].sort((a, b) => a.epochSeconds - b.epochSeconds);
  const errors = byTime.filter((reference) => reference.kind === 'error');
  const grns = byTime.filter((reference) => reference.kind === 'grn');
  const families = [...new Set(errors.map((r) => lookupReasonCode(r.reasonCode).family))];

  const suggestion = suggestSeverity(context, families);
  const level = input.severityOverride ?? suggestion.level;
  const { line: urgencyLine, warnings: urgencyWarnings } = urgency(errors, input.now);

  const codes = [...new Set(errors.map((reference) => reference.reasonCode))];
  const countLine =
    errors.length > 1
      ? `${errors.length} references, ${formatUtc(errors[0]?.epochSeconds ?? 0)} to ${formatUtc(errors.at(-1)?.epochSeconds ?? 0)}: ${codes.map((code) => `${errors.filter((r) => r.reasonCode === code).length} x code ${code}`).join(', ')}.`
      : null;
  const parts: DescriptionParts = {
    head: [
      ...contextLines(context),
      '',
      `Akamai references (UTC, oldest first)${countLine ? `: ${countLine}` : ':'}`,
    ],
    referenceLines: errors.map(referenceLine),
    legend: codes.map((code) => `Code ${code}: ${shortMeaning(code)}.`),
    tail: [
      ...(grns.length > 0
        ? [`Akamai-GRN request ids: ${grns.map((r) => r.reference).join(', ')}`]
        : []),
      '',
      'What we ask:',
      ...asksFor(errors, context),
      ...(urgencyLine ? [urgencyLine] : []),
      // The edge-denial ask names the egress IP already; other families get it on a line.
      ...(context.includeEgressIp && context.egressIp && !families.includes('edge-denial')
        ? [`Caller egress IP/CIDR: ${context.egressIp}`]
        : []),
      ...(context.issueId ? [`Issue ID (Prepare Issue Details): ${context.issueId}`] : []),
      ...(context.contactTimeZone ? [`Contact time zone: ${context.contactTimeZone}`] : []),
    ],
    freeText: [
      ...(context.businessImpact
        ? [['Business impact', context.businessImpact] as [string, string]]
        : []),
      ...(context.stepsToReproduce
        ? [['Steps to reproduce', context.stepsToReproduce] as [string, string]]
        : []),
    ],
  };
  const fitted = fitDescription(parts);
  const summary = buildSummary(errors, context);

  const warnings: DraftWarning[] = [...urgencyWarnings];
  if (errors.length === 0) {
    warnings.push({
      kind: 'no-references',
      message:
        grns.length > 0
          ? 'Only Akamai-GRN request ids were found: they identify requests, not errors. Add the Reference # from the error page.'
          : 'No reference to report: paste the error page or the log that shows the Reference #.',
    });
  }
  if (context.connectivity === 'vpn-connect' || context.connectivity === 'fastconnect') {
    warnings.push({
      kind: 'vpn-public-path',
      message: `With ${CONNECTIVITY[context.connectivity]}, calls should reach the home region IPs, not Akamai: an Akamai reference means this call went over the public internet. Check how the caller resolves the service hostname before filing.`,
    });
  }
  if (families.length > 0 && families.every((family) => family === 'malformed-request')) {
    warnings.push({ kind: 'sr-may-not-be-needed', message: FAMILY_GUIDANCE['malformed-request'] });
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
  if (fitted.shortened) {
    warnings.push({
      kind: 'shortened',
      message: `The description was shortened to fit ${DESCRIPTION_LIMIT} characters: attach the full text (download) to the SR.`,
    });
  }

  const attachmentFileName = `akamai-service-request-${fileStamp(input.now)}.txt`;
  const attachment = [
    `Summary: ${summary}`,
    `Severity: ${SEVERITY_LABELS[level]}`,
    '',
    renderDescription(parts, parts.referenceLines.length, Number.POSITIVE_INFINITY),
    '',
    'All references, decoded:',
    ...byTime.map(
      (r) =>
        `${r.reference}\t${r.utc}\t${r.kind}\tcode ${codeLabel(r)}\tedge ${r.edgeIp} (${r.edgeHostname})\trequest id ${r.requestIdHex} = ${r.requestId}\tseen ${r.occurrences}x`,
    ),
  ].join('\n');

  return {
    summary,
    description: fitted.text,
    attachment,
    attachmentFileName,
    severity: {
      level,
      label: SEVERITY_LABELS[level],
      suggested: suggestion.level,
      reason: suggestion.reason,
      overridden: input.severityOverride != null && input.severityOverride !== suggestion.level,
      reminders: level === 1 ? [SEVERITY_ONE_REMINDER] : [],
    },
    guidance: families.map((family) => FAMILY_GUIDANCE[family]),
    warnings,
    contextProblems,
    figures: {
      summaryLength: summary.length,
      summaryLimit: SUMMARY_LIMIT,
      descriptionLength: fitted.text.length,
      descriptionLimit: DESCRIPTION_LIMIT,
      referencesTotal: errors.length,
      referencesInDescription: fitted.listed,
    },
  };
}
