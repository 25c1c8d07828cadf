import { type CodeFamily, lookupReasonCode } from '../codes/index.ts';
import type { DecodedReference } from '../reference/index.ts';
import { cleanUrl, listSecretKinds, withoutSecrets } from '../privacy/index.ts';
import {
  CONTEXT_FIELD_LABELS,
  ORACLE_SERVICES,
  validateContext,
  type ContextProblem,
  type ServiceRequestContext,
} from './context.ts';
import { cleaningOf } from './context-fields.ts';
import { NO_EVIDENCE, prefillFromEvidence, type EvidenceField } from './evidence.ts';
import type { DraftInput } from './draft-types.ts';
import { askGroupOf, type AskGroup } from './wording.ts';

/**
 * The draft's inputs made ready: the context filled from evidence, validated, trimmed and
 * cleaned of credentials; the references split into errors (freshest first) and GRNs, and
 * the codes grouped by kind of failure.
 */

export interface CodeGroup {
  readonly group: AskGroup;
  readonly codes: readonly number[];
}

export interface DraftInputs {
  readonly context: ServiceRequestContext;
  readonly contextProblems: readonly ContextProblem[];
  /** What the credential remover took out of the form, for the screen; null when nothing. */
  readonly secretsRemoved: string | null;
  readonly fromEvidence: readonly EvidenceField[];
  readonly freshestFirst: readonly DecodedReference[];
  readonly grns: readonly DecodedReference[];
  readonly groups: readonly CodeGroup[];
  /** Every error code, grouped, in the order the freshest references show them. */
  readonly codes: readonly number[];
  readonly families: readonly CodeFamily[];
}

/**
 * The context without invalid or empty fields, with credentials removed from every text field
 * (the URL too) as the field table says, by the one credential remover, which says exactly
 * what it removed and where.
 */
function cleanContext(context: ServiceRequestContext, problems: readonly ContextProblem[]) {
  const invalid = new Set<string>(problems.map((problem) => problem.field));
  const entries = Object.entries(context).flatMap(([field, value]): [string, unknown][] => {
    if (invalid.has(field)) return [];
    if (typeof value !== 'string') return [[field, value]];
    const trimmed = value.trim();
    return trimmed === '' ? [] : [[field, trimmed]];
  });
  const {
    context: clean,
    findings,
    fields,
  } = withoutSecrets(Object.fromEntries(entries) as ServiceRequestContext, cleaningOf);
  const secretsRemoved =
    fields.length === 0
      ? null
      : `Left out of the draft because it looked like a credential: ${listSecretKinds(findings)}, typed in ${fields.map((field) => CONTEXT_FIELD_LABELS[field]).join(', ')}. Each was replaced by a removed marker.`;
  return { clean, secretsRemoved };
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

export function prepareInputs(input: DraftInput): DraftInputs {
  const { context: filled, fromEvidence } = prefillFromEvidence(
    input.context ?? {},
    input.evidence ?? NO_EVIDENCE,
  );
  const contextProblems = validateContext(filled);
  const { clean: context, secretsRemoved } = cleanContext(filled, contextProblems);
  const freshestFirst = input.references
    .filter((reference) => reference.kind === 'error')
    .sort((a, b) => b.epochSeconds - a.epochSeconds);
  const groups = groupCodes(freshestFirst);
  return {
    context,
    contextProblems,
    secretsRemoved,
    fromEvidence: fromEvidence.filter((field) => context[field] !== undefined),
    freshestFirst,
    grns: input.references.filter((reference) => reference.kind === 'grn'),
    groups,
    codes: groups.flatMap(({ codes }) => codes),
    families: [
      ...new Set(freshestFirst.map((reference) => lookupReasonCode(reference.reasonCode).family)),
    ],
  };
}

/** The service by its full name, or the short one a title can hold ("CCS"). */
export function serviceName(
  context: ServiceRequestContext,
  form: 'name' | 'short' = 'name',
): string | null {
  if (context.service === 'other') return context.otherService ?? null;
  return context.service ? ORACLE_SERVICES[context.service][form] : null;
}

/** The URL as it may be shared: no query unless kept, and then without secret parameters. */
/** `{id}`, where a path names any record (`/accounts/{id}`), as the URL parser escapes it. */
const ESCAPED_ID = /%7Bid%7D/gi;

export function shareableUrl(context: ServiceRequestContext): string | null {
  if (context.affectedUrl === undefined) return null;
  const url = cleanUrl(context.affectedUrl, { keepQuery: context.keepQueryString })?.url;
  return url === undefined ? null : url.replace(ESCAPED_ID, '{id}');
}

export function pathOf(url: string | null): string | null {
  if (url === null) return null;
  return (cleanUrl(url)?.path ?? url).replace(ESCAPED_ID, '{id}');
}

export function listCodes(codes: readonly number[]): string {
  return codes.length === 1 ? `code ${codes[0]}` : `codes ${codes.join(', ')}`;
}
