import { lookupReasonCode } from '../codes/index.ts';
import { formatCount } from '../text/index.ts';
import type { DecodedReference } from '../reference/index.ts';
import type { ServiceRequestContext } from './context.ts';
import { serviceName } from './draft-inputs.ts';
import { ASK_WORDING, askGroupOf } from './wording.ts';

/** No documented limit for the title; one line Oracle reads at a glance. */
export const SUMMARY_LIMIT = 100;

/**
 * The codes Oracle routes on: the most frequent first, ties in the order the freshest
 * references show them (a stable sort keeps that order).
 */
export function codesByWeight(freshestFirst: readonly DecodedReference[]): number[] {
  const counts = new Map<number, number>();
  for (const { reasonCode } of freshestFirst) {
    counts.set(reasonCode, (counts.get(reasonCode) ?? 0) + 1);
  }
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
}

/** "codes 18, 203, 30" or, with `shown` fewer than all, "codes 18, 203 +3". */
function listCodes(codes: readonly number[], shown: number): string {
  const named = codes.slice(0, shown).join(', ');
  const rest = codes.length > shown ? ` +${codes.length - shown}` : '';
  return `${codes.length === 1 ? 'code' : 'codes'} ${named}${rest}`;
}

/**
 * The problem summary, what Oracle routes on: where (service and environment), how many
 * errors, the codes, the failing call when known, and the freshest reference (the one whose
 * logs Akamai still holds longest). Candidates drop detail until one fits: first the code's
 * name, then codes past the first few, then the call; the reference is never cut.
 */
export function buildSummary(
  freshestFirst: readonly DecodedReference[],
  context: ServiceRequestContext,
  path: string | null,
  /** Errors in the whole incident, when the references are its freshest few. */
  incidentErrors = freshestFirst.length,
  /** And its codes, most first: the summary names the incident's, not the sample's. */
  incidentCodes: readonly number[] | null = null,
): string {
  const environment = context.environment ?? '';
  const where = [serviceName(context, 'short'), environment].filter(Boolean).join(' ');
  const prefix = where === '' ? '' : `${where}: `;
  const freshest = freshestFirst[0];
  if (freshest === undefined) return `${prefix}Akamai error, no reference found`;
  const codes = incidentCodes ?? codesByWeight(freshestFirst);
  const count = Math.max(incidentErrors, freshestFirst.length);
  const method = context.httpMethod ? `${context.httpMethod.toUpperCase()} ` : '';
  const call = path ? `${method}${path}` : null;
  const latest = count > 1 ? `latest ${freshest.reference}` : `ref ${freshest.reference}`;
  const only = codes.length === 1 ? codes[0] : undefined;

  if (only !== undefined) {
    // One code: its symptom and name say more than a count of one kind.
    const name = lookupReasonCode(only).akamaiName;
    const symptom = ASK_WORDING[askGroupOf(only)].symptom;
    const status = context.httpStatus ? `HTTP ${context.httpStatus} ` : '';
    const what = count > 1 ? `${formatCount(count)}x ` : '';
    const calls = call ? `${call} ` : '';
    const candidates = [
      `${prefix}${calls}${what}${status}${symptom} (code ${only}${name ? ` ${name}` : ''}), ${latest}`,
      `${prefix}${calls}${what}${status}${symptom} (code ${only}), ${latest}`,
      `${prefix}${what}${status}${symptom} (code ${only}), ${latest}`,
      `${prefix}${what}Akamai code ${only}, ${latest}`,
      `Akamai code ${only}, ${latest}`,
      `Akamai ref ${freshest.reference}`,
    ];
    return fitting(candidates);
  }

  const errors = `${formatCount(count)} Akamai errors`;
  const candidates = [
    // The call is kept while at least two codes fit beside it.
    ...(call === null
      ? []
      : Array.from({ length: codes.length - 1 }, (_, index) => codes.length - index).map(
          (shown) => `${prefix}${errors}, ${listCodes(codes, shown)}, ${call}, ${latest}`,
        )),
    ...[codes.length, 3, 1].map(
      (shown) => `${prefix}${errors}, ${listCodes(codes, shown)}, ${latest}`,
    ),
    `${environment ? `${environment}: ` : ''}${errors}, ${latest}`,
    `Akamai ref ${freshest.reference}`,
  ];
  return fitting(candidates);
}

function fitting(candidates: readonly string[]): string {
  return (
    candidates.find((candidate) => candidate.length <= SUMMARY_LIMIT) ??
    (candidates.at(-1) as string)
  );
}
