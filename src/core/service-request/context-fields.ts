import type { Cleaning } from '../privacy/index.ts';
import type { Check } from './context-checks.ts';
import { CONTEXT_FIELDS, type ContextFieldSpec } from './context-table.ts';

export { CONTEXT_FIELDS, type ContextFieldSpec } from './context-table.ts';

/**
 * Everything read from the context table: the context type, the row list in form order, the
 * labels, the stable and evidence fields, and how each field is cleaned.
 */

type Table = typeof CONTEXT_FIELDS;
export type ContextField = keyof Table;

/** A checkbox holds a yes/no, a select with its own choices one of them, anything else text. */
type ValueOf<Spec> = Spec extends { readonly kind: 'checkbox' }
  ? boolean
  : Spec extends { readonly kind: 'select'; readonly check: Check }
    ? string
    : Spec extends { readonly kind: 'select'; readonly options: infer Options }
      ? keyof Options & string
      : string;

/** What the user tells us about the failing calls. Every field is optional. */
export type ServiceRequestContext = { readonly [K in ContextField]?: ValueOf<Table[K]> };

type FieldsWhere<Flag> = {
  [K in ContextField]: Table[K] extends Flag ? K : never;
}[ContextField];
export type StableField = FieldsWhere<{ readonly stable: true }>;
export type EvidenceField = FieldsWhere<{ readonly evidence: string }>;

/** The table's rows, in form order, each with its field name. */
export const CONTEXT_FIELD_LIST = Object.entries(CONTEXT_FIELDS).map(([field, spec]) => ({
  field: field as ContextField,
  ...(spec as ContextFieldSpec),
}));
export type ContextFieldRow = (typeof CONTEXT_FIELD_LIST)[number];

/** What each field is called on screen and in messages. */
export const CONTEXT_FIELD_LABELS = Object.fromEntries(
  CONTEXT_FIELD_LIST.map(({ field, label }) => [field, label]),
) as Readonly<Record<ContextField, string>>;

export const STABLE_FIELDS = CONTEXT_FIELD_LIST.filter((row) => row.stable).map(
  (row) => row.field as StableField,
);

export const EVIDENCE_FIELDS = CONTEXT_FIELD_LIST.filter(
  (row) => 'evidence' in row && row.evidence !== undefined,
).map((row) => row.field as EvidenceField);

/** How credentials are removed from a field, or null for a choice or a checkbox. */
export function cleaningOf(field: string): Cleaning | null {
  if (!Object.hasOwn(CONTEXT_FIELDS, field)) return null;
  const spec: ContextFieldSpec = CONTEXT_FIELDS[field as ContextField];
  return 'cleaning' in spec ? spec.cleaning : null;
}

/** A field and its value in a few words, for the "from your last draft" offer. */
export function describeFieldValue(field: ContextField, value: unknown): string {
  const spec: ContextFieldSpec = CONTEXT_FIELDS[field];
  if (typeof value === 'boolean') return value ? spec.label : `not: ${spec.label}`;
  if (spec.kind === 'select' && typeof value === 'string' && Object.hasOwn(spec.options, value)) {
    const choice = spec.options[value];
    // A service is known by its name alone.
    return field === 'service' ? String(choice) : `${spec.label}: ${choice}`;
  }
  return `${spec.label}: ${String(value)}`;
}
