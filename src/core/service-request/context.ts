import { MAX_FREE_TEXT } from './context-checks.ts';
import {
  CONTEXT_FIELD_LIST,
  type ContextField,
  type ContextFieldSpec,
  type ServiceRequestContext,
} from './context-fields.ts';

export {
  BUSINESS_IMPACT,
  CONNECTIVITY,
  HTTP_METHODS,
  ORACLE_SERVICES,
  type BusinessImpact,
  type Connectivity,
  type OracleServiceId,
} from './context-options.ts';
export {
  CONTEXT_FIELDS,
  CONTEXT_FIELD_LABELS,
  CONTEXT_FIELD_LIST,
  describeFieldValue,
  type ContextField,
  type ContextFieldRow,
  type ServiceRequestContext,
} from './context-fields.ts';

export interface ContextProblem {
  readonly field: ContextField;
  readonly message: string;
}

function checkOf(spec: ContextFieldSpec) {
  return 'check' in spec ? spec.check : undefined;
}

/** Every field that breaks its rule, with what is wrong. Empty fields are fine: all are optional. */
export function validateContext(context: ServiceRequestContext): ContextProblem[] {
  const problems: ContextProblem[] = [];
  for (const row of CONTEXT_FIELD_LIST) {
    const check = checkOf(row);
    const value = context[row.field];
    if (check === undefined || typeof value !== 'string' || value.trim() === '') continue;
    const message = check(value.trim());
    if (message !== null) problems.push({ field: row.field, message });
  }
  const { firstSeen, lastSeen } = context;
  if (firstSeen && lastSeen && firstSeen > lastSeen) {
    problems.push({ field: 'lastSeen', message: 'last seen is before first seen' });
  }
  return problems;
}

/** Production environments get production severities; Oracle rarely accepts 1 elsewhere. */
export function isProductionEnvironment(environment: string | undefined): boolean {
  return environment !== undefined && /^(prod|prd|production)\b/i.test(environment.trim());
}

/** A stored value as its row allows it, or undefined. */
function storedValue(spec: ContextFieldSpec, value: unknown): unknown {
  if (spec.kind === 'checkbox') return typeof value === 'boolean' ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (spec.kind === 'select' && spec.check === undefined) {
    return Object.hasOwn(spec.options, value) ? value : undefined;
  }
  return value.slice(0, MAX_FREE_TEXT);
}

/**
 * A context read back from storage, keeping only known fields of the right type. Returns null
 * for anything that is not an object, so a corrupt store starts clean instead of crashing.
 */
export function parseStoredContext(stored: unknown): ServiceRequestContext | null {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
  const record = stored as Record<string, unknown>;
  return Object.fromEntries(
    CONTEXT_FIELD_LIST.flatMap((row) => {
      const value = storedValue(row, record[row.field]);
      return value === undefined ? [] : [[row.field, value]];
    }),
  ) as ServiceRequestContext;
}
