import { lookupReasonCode } from '../codes/index.ts';
import type { DecodedReference } from '../reference/index.ts';
import type { ServiceRequestContext } from './context.ts';
import { serviceName } from './draft-inputs.ts';
import { ASK_WORDING, askGroupOf, type AskGroup } from './wording.ts';

/** No documented limit for the title; one line Oracle reads at a glance. */
export const SUMMARY_LIMIT = 100;

const ORIGIN_GROUPS = new Set<AskGroup>([
  'origin-timeout',
  'origin-failure',
  'origin-tls',
  'origin-dns',
]);

/**
 * Several kinds of failure: named by where they happened, so an origin failure is never called
 * a refusal (which would send triage to the WAF and allowlist team).
 */
function mixedSymptom(groups: readonly AskGroup[]): string {
  const origin = groups.some((group) => ORIGIN_GROUPS.has(group));
  const denial = groups.includes('edge-denial');
  const other = groups.some((group) => group !== 'edge-denial' && !ORIGIN_GROUPS.has(group));
  if (origin && denial)
    return other ? 'Akamai denials, origin failures, other' : 'Akamai denials and origin failures';
  if (origin) return other ? 'Akamai origin failures and other errors' : 'Akamai origin failures';
  return 'Akamai edge errors';
}

/**
 * The problem summary: where, what failed, and the freshest reference (the one whose logs
 * Akamai still holds longest). Each candidate drops detail until one fits; the reference is
 * never cut.
 */
export function buildSummary(
  freshestFirst: readonly DecodedReference[],
  context: ServiceRequestContext,
  path: string | null,
): string {
  const environment = context.environment ?? '';
  const where = [serviceName(context, 'short'), environment].filter(Boolean).join(' ');
  const prefix = where === '' ? '' : `${where}: `;
  const freshest = freshestFirst[0];
  if (freshest === undefined) return `${prefix}Akamai error, no reference found`;
  const codes = [...new Set(freshestFirst.map((reference) => reference.reasonCode))];
  const groups = [...new Set(codes.map(askGroupOf))];
  const symptom =
    groups.length === 1 && groups[0] !== undefined
      ? ASK_WORDING[groups[0]].symptom
      : mixedSymptom(groups);
  const count = freshestFirst.length;
  const name = lookupReasonCode(freshest.reasonCode).akamaiName;
  const codeText =
    codes.length === 1 ? `code ${codes[0]}${name ? ` ${name}` : ''}` : `codes ${codes.join(',')}`;
  const shortCodeText = codes.length === 1 ? `code ${codes[0]}` : `codes ${codes.join(',')}`;
  const refs =
    count > 1 ? `${count} refs, latest ${freshest.reference}` : `ref ${freshest.reference}`;
  const method = context.httpMethod ? `${context.httpMethod.toUpperCase()} ` : '';
  const call = path ? `${method}${path} ` : '';
  // One status cannot stand for an incident of several kinds of failure.
  const status = context.httpStatus && groups.length === 1 ? `HTTP ${context.httpStatus} ` : '';
  const candidates = [
    `${prefix}${call}${status}${symptom} (${codeText}), ${refs}`,
    `${prefix}${call}${status}${symptom} (${shortCodeText}), ${refs}`,
    `${prefix}${status}${symptom} (${shortCodeText}), ${refs}`,
    `${prefix}${symptom}, ${refs}`,
    `${prefix}Akamai ${shortCodeText}, ${refs}`,
    `${environment ? `${environment}: ` : ''}Akamai ${refs}`,
    `Akamai ref ${freshest.reference}`,
  ];
  return (
    candidates.find((candidate) => candidate.length <= SUMMARY_LIMIT) ??
    (candidates.at(-1) as string)
  );
}
