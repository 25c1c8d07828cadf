import { REDACTED, mergeSecretFindings, scrubSecrets, type SecretFinding } from './credentials.ts';
import { REMOVED_PARAMETER } from './url.ts';

export interface FieldsWithoutSecrets<T> {
  /** The same object, every cleaned field cleaned. */
  readonly context: T;
  /** Whether anything was removed. */
  readonly removed: boolean;
  /** What was removed, over all fields. */
  readonly findings: SecretFinding[];
  /** The fields something was removed from, in the object's order. */
  readonly fields: (keyof T & string)[];
}

/**
 * How a field is cleaned. 'url': the marker has no spaces, so a cleaned URL stays a URL (even
 * when a command with spaces was pasted into the box). 'text': a one-word value (a token, a URL
 * pasted in a text box) gets the same marker without spaces, prose gets the marker that says why.
 */
export type Cleaning = 'url' | 'text';

function markerFor(cleaning: Cleaning, value: string): string {
  if (cleaning === 'url') return REMOVED_PARAMETER;
  return /\s/.test(value.trim()) ? REDACTED : REMOVED_PARAMETER;
}

/**
 * The fields of a form with their credentials removed, each as its row says (`cleaningOf`),
 * since people paste a curl command or a signed URL into whichever box is at hand. Without a
 * rule, every string field is cleaned as text.
 */
export function withoutSecrets<T extends object>(
  context: T,
  cleaningOf: (field: string) => Cleaning | null = () => 'text',
): FieldsWithoutSecrets<T> {
  const clean = { ...context } as Record<string, unknown>;
  const fields: (keyof T & string)[] = [];
  const found: SecretFinding[][] = [];
  for (const [field, value] of Object.entries(clean)) {
    const cleaning = cleaningOf(field);
    if (typeof value !== 'string' || cleaning === null) continue;
    const { text, removed } = scrubSecrets(value, markerFor(cleaning, value));
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
