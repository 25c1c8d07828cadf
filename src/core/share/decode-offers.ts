import type { BatchCollection } from '../triage/index.ts';
import { LINK_REFERENCE_LIMIT } from './bookmarklet.ts';

/** What the decode screen offers for its references, made once per version of the batch. */
export interface DecodeOffers {
  /** A link carrying the references (the first ones, within a link's limit). */
  readonly link: { readonly references: readonly string[]; readonly label: string };
  /** One SR for several error references, freshest first; null for fewer than two. */
  readonly serviceRequest: {
    readonly references: readonly string[];
    readonly label: string;
  } | null;
}

/** The decode screen's status line: "Found 3 references; 1 not valid." */
export function describeResultStatus(found: number, rejected: number): string {
  const references = found === 1 ? '1 reference' : `${found} references`;
  return rejected === 0 ? `Found ${references}.` : `Found ${references}; ${rejected} not valid.`;
}

/**
 * The link and SR offers for a batch. Costs the link's length, not the batch's: the batch keeps
 * its freshest errors as they come, so a million references are not sorted here.
 */
export function describeOffers(batch: BatchCollection): DecodeOffers {
  const entries = batch.entries();
  const forRequest = batch.forServiceRequest();
  const linkLabel =
    entries.length > LINK_REFERENCE_LIMIT
      ? `Copy a link to the first ${LINK_REFERENCE_LIMIT} references`
      : `Copy a link to all ${entries.length} references`;
  return {
    link: {
      references: entries.slice(0, LINK_REFERENCE_LIMIT).map((entry) => entry.reference.reference),
      label: linkLabel,
    },
    serviceRequest:
      forRequest.references.length > 1
        ? {
            references: forRequest.references,
            label:
              forRequest.leftOut > 0
                ? `Draft one SR for the freshest ${forRequest.references.length} references`
                : `Draft one SR for all ${forRequest.references.length} references`,
          }
        : null,
  };
}
