import type { ReferenceKind } from './reference-types.ts';

/** How to read a GRN or an error reference, whatever holds it (a finding, a batch entry). */
export interface GrnLinkKeys<T> {
  readonly kind: (item: T) => ReferenceKind;
  /** The last three fields: shared by an error reference and the GRN of the same response. */
  readonly tail: (item: T) => string;
  /** The canonical reference, written into its partner. */
  readonly reference: (item: T) => string;
}

/**
 * Ties each GRN to the error reference of the same response, the first of each kind per tail:
 * the map gives each linked item its partner's reference. Empty when there is no GRN (most
 * texts and batches), after one pass.
 */
export function linkGrnsToErrors<T>(items: readonly T[], keys: GrnLinkKeys<T>): Map<T, string> {
  const related = new Map<T, string>();
  const grnByTail = new Map<string, T>();
  for (const item of items) {
    if (keys.kind(item) !== 'grn') continue;
    const tail = keys.tail(item);
    if (!grnByTail.has(tail)) grnByTail.set(tail, item);
  }
  if (grnByTail.size === 0) return related;
  for (const item of items) {
    if (keys.kind(item) !== 'error') continue;
    const grn = grnByTail.get(keys.tail(item));
    if (grn === undefined || related.has(grn)) continue;
    related.set(grn, keys.reference(item));
    related.set(item, keys.reference(grn));
  }
  return related;
}
