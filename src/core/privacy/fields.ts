import { REDACTED, mergeSecretFindings, scrubSecrets, type SecretFinding } from './credentials.ts';
import { REMOVED_PARAMETER } from './url.ts';

export interface FieldsWithoutSecrets<T> {
  /** The same object, every string field cleaned. */
  readonly context: T;
  /** Whether anything was removed. */
  readonly removed: boolean;
  /** What was removed, over all fields. */
  readonly findings: SecretFinding[];
  /** The fields something was removed from, in the object's order. */
  readonly fields: (keyof T & string)[];
}

/**
 * Every string field of a form with its credentials removed: free text, names and URL fields
 * alike, since people paste a curl command or a signed URL into whichever box is at hand.
 * A one-word value (a URL or a path) gets a marker without spaces, so it stays a valid URL.
 */
export function withoutSecrets<T extends object>(context: T): FieldsWithoutSecrets<T> {
  const clean = { ...context } as Record<string, unknown>;
  const fields: (keyof T & string)[] = [];
  const found: SecretFinding[][] = [];
  for (const [field, value] of Object.entries(clean)) {
    if (typeof value !== 'string') continue;
    const marker = /\s/.test(value.trim()) ? REDACTED : REMOVED_PARAMETER;
    const { text, removed } = scrubSecrets(value, marker);
    if (removed.length === 0) continue;
    clean[field] = text;
    fields.push(field as keyof T & string);
    found.push(removed);
  }
  return {
    context: clean as T,
    removed: fields.length > 0,
    findings: mergeSecretFindings(...found),
    fields,
  };
}
