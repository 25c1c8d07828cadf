import type { DecodedReference } from '../reference/index.ts';
import { formatCount } from '../text/index.ts';
import { describeDuration, formatUtc } from '../time/index.ts';
import { pathPattern, type IncidentScale, type RequestContext } from '../triage/index.ts';
import {
  EVIDENCE_FIELDS,
  type EvidenceField,
  type ServiceRequestContext,
} from './context-fields.ts';

/**
 * The request context of an incident, derived from what was pasted or dropped (log lines,
 * `curl -v`, HAR, error pages): which calls failed, how, when and how often. The form shows it
 * as pre-filled values the user can accept, edit or clear; the draft says what came from here.
 */

/** One reference with the requests it answered: a batch entry, or a paste's finding. */
export interface EvidenceEntry {
  readonly reference: DecodedReference;
  readonly requests: readonly RequestContext[];
}

/**
 * Calls of one method, URL and status, with how many references answered them. Record ids in the
 * URL read `{id}`: a hundred calls to a hundred accounts are one failing call, not a hundred.
 */
export interface RequestGroup {
  readonly method: string | null;
  readonly url: string;
  readonly host: string | null;
  readonly path: string | null;
  readonly status: number | null;
  readonly count: number;
  readonly from: RequestContext['from'];
}

export { EVIDENCE_FIELDS, type EvidenceField } from './context-fields.ts';

export interface IncidentEvidence {
  /** Most frequent first. */
  readonly requests: readonly RequestGroup[];
  readonly prefill: Readonly<Partial<Record<EvidenceField, string>>>;
  readonly hosts: readonly string[];
  readonly paths: readonly string[];
  /** Addresses the client connected to (HAR `serverIPAddress`, curl's "Connected to"). */
  readonly serverIps: readonly string[];
  /** Where the requests were read from, without repeats. */
  readonly sources: readonly RequestContext['from'][];
  readonly references: number;
  readonly referencesWithRequest: number;
  /**
   * Errors in the whole incident: more than `references` when the SR carries the freshest of a
   * larger batch or selection (the figures and times are then the incident's, not the sample's).
   */
  readonly incidentErrors: number;
  /** The whole incident's codes, most first, when the SR carries its freshest few; else null. */
  readonly incidentCodes: readonly number[] | null;
}

export const EVIDENCE_SOURCE_LABELS: Readonly<Record<RequestContext['from'], string>> = {
  har: 'HAR',
  'log-line': 'log lines',
  'curl-verbose': 'curl -v transcript',
  'error-page': 'error page',
};

/** Where the evidence was read from, in words: "the HAR and log lines", "our curl -v transcript". */
export function describeEvidenceSources(
  evidence: IncidentEvidence,
  article: 'the' | 'our',
): string {
  const sources = evidence.sources.map((source) => EVIDENCE_SOURCE_LABELS[source]);
  return sources.length === 0 ? 'the references' : `${article} ${sources.join(' and ')}`;
}

/** How often an incident's calls failed, for the form's "How often" and the statement. */
export function describeFrequency(failures: number, spanSeconds: number): string {
  return failures === 1
    ? 'once so far'
    : `${formatCount(failures)} failed calls in ${describeDuration(spanSeconds)}`;
}

function groupKey(request: RequestContext): string {
  return `${request.method ?? ''} ${pathPattern(request.url ?? '')} ${request.status ?? ''}`;
}

function unique<T>(values: readonly (T | null | undefined)[]): T[] {
  return [...new Set(values.filter((value): value is T => value != null))];
}

/**
 * Errors only: a GRN names a response, not a failure. With `scale`, the entries are the freshest
 * of a larger incident: when, how often and how many come from it.
 */
export function deriveEvidence(
  entries: readonly EvidenceEntry[],
  scale: IncidentScale | null = null,
): IncidentEvidence {
  const errors = entries.filter((entry) => entry.reference.kind === 'error');
  const groups = new Map<string, RequestGroup>();
  let withRequest = 0;
  for (const entry of errors) {
    const request = entry.requests.find((candidate) => candidate.url !== null);
    if (request === undefined || request.url === null) continue;
    withRequest += 1;
    const key = groupKey(request);
    const existing = groups.get(key);
    groups.set(
      key,
      existing === undefined
        ? {
            method: request.method,
            url: pathPattern(request.url),
            host: request.host,
            path: request.path === null ? null : pathPattern(request.path),
            status: request.status,
            count: 1,
            from: request.from,
          }
        : { ...existing, count: existing.count + 1 },
    );
  }
  const requests = [...groups.values()].sort((a, b) => b.count - a.count);
  const all = errors.flatMap((entry) => entry.requests);
  const epochs = errors.map((entry) => entry.reference.epochSeconds);
  const prefill: Partial<Record<EvidenceField, string>> = {};
  // The most frequent call fills the fields only when it is at least half of the failed calls:
  // one of a hundred different calls would misstate the incident (the calls are listed instead).
  const top = requests[0];
  if (top !== undefined && top.count * 2 >= withRequest) {
    prefill.affectedUrl = top.url;
    if (top.method !== null) prefill.httpMethod = top.method;
    if (top.status !== null) prefill.httpStatus = String(top.status);
  }
  const sample = scale !== null && scale.errors > errors.length;
  if (epochs.length > 0) {
    const first = sample ? scale.firstEpoch : Math.min(...epochs);
    const last = sample ? scale.lastEpoch : Math.max(...epochs);
    prefill.firstSeen = formatUtc(first);
    prefill.lastSeen = formatUtc(last);
    prefill.frequency = describeFrequency(sample ? scale.errors : errors.length, last - first);
  }
  return {
    requests,
    prefill,
    hosts: unique(all.map((request) => request.host)),
    paths: unique(all.map((request) => request.path)),
    serverIps: unique(all.map((request) => request.serverIp)),
    sources: unique(requests.map((group) => group.from)),
    references: errors.length,
    referencesWithRequest: withRequest,
    incidentErrors: sample ? scale.errors : errors.length,
    incidentCodes: sample ? scale.codes : null,
  };
}

export const NO_EVIDENCE: IncidentEvidence = deriveEvidence([]);

/**
 * The form's values with evidence filling what the user left untouched. A field the user
 * cleared holds '' and stays cleared; a field the user typed keeps what they typed.
 */
export function prefillFromEvidence(
  context: ServiceRequestContext,
  evidence: IncidentEvidence,
): { readonly context: ServiceRequestContext; readonly fromEvidence: readonly EvidenceField[] } {
  const filled: Record<string, unknown> = { ...context };
  const fromEvidence: EvidenceField[] = [];
  for (const field of EVIDENCE_FIELDS) {
    const value = evidence.prefill[field];
    if (context[field] === undefined && value !== undefined) {
      filled[field] = value;
      fromEvidence.push(field);
    } else if (value !== undefined && context[field] === value) {
      fromEvidence.push(field);
    }
  }
  return { context: filled as ServiceRequestContext, fromEvidence };
}
