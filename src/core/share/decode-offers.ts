import { SR_REFERENCE_LIMIT, type BatchDigest, type ServiceRequestPick } from '../triage/index.ts';
import { LINK_REFERENCE_LIMIT } from './bookmarklet.ts';
import { formatCount } from '../text/index.ts';

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
  const references = found === 1 ? '1 reference' : `${formatCount(found)} references`;
  return rejected === 0
    ? `Found ${references}.`
    : `Found ${references}; ${formatCount(rejected)} not valid.`;
}

/**
 * The link and SR offers for a batch, from its digest: the first references seen (a digest keeps
 * at least a link's worth) and the freshest errors, kept as they came.
 */
export function describeOffers(digest: BatchDigest): DecodeOffers {
  const forRequest = digest.serviceRequest;
  // Past a link's limit, the freshest errors: the oldest are the first whose logs Akamai drops.
  const freshest = digest.size > LINK_REFERENCE_LIMIT && forRequest.references.length > 0;
  return {
    link: freshest
      ? {
          references: forRequest.references.slice(0, LINK_REFERENCE_LIMIT),
          label: `Copy a link to the freshest ${Math.min(LINK_REFERENCE_LIMIT, forRequest.references.length)} errors`,
        }
      : {
          references: digest.first
            .slice(0, LINK_REFERENCE_LIMIT)
            .map((entry) => entry.reference.reference),
          label:
            digest.size > LINK_REFERENCE_LIMIT
              ? `Copy a link to the first ${LINK_REFERENCE_LIMIT} references`
              : `Copy a link to all ${formatCount(digest.size)} references`,
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

/** The batch table's SR offer for a selection: the link's words and what it leaves out. */
export interface SelectionOffer {
  /** Null when no error is selected (a GRN alone is no SR). */
  readonly label: string | null;
  readonly notes: readonly string[];
}

/**
 * "Draft an SR for 3 selected references", or past a link's limit "Draft an SR for the freshest
 * 100 of 4,167 selected errors" with a note on the rest; GRNs left out are said too.
 */
export function describeSelectionOffer(pick: ServiceRequestPick): SelectionOffer {
  const listed = pick.references.length;
  const label =
    listed === 0
      ? null
      : pick.leftOut > 0
        ? `Draft an SR for the freshest ${listed} of ${formatCount(listed + pick.leftOut)} selected errors`
        : `Draft an SR for ${listed} selected ${listed === 1 ? 'reference' : 'references'}`;
  const notes = [
    ...(pick.leftOut > 0
      ? [
          `An SR link carries at most ${SR_REFERENCE_LIMIT} references: the freshest ${SR_REFERENCE_LIMIT} are used; attach "Selected as CSV" for the other ${formatCount(pick.leftOut)}.`,
        ]
      : []),
    ...(pick.grnsLeftOut > 0
      ? [
          `${formatCount(pick.grnsLeftOut)} selected ${pick.grnsLeftOut === 1 ? 'GRN is' : 'GRNs are'} left out: a GRN names a response, not a refusal.`,
        ]
      : []),
  ];
  return { label, notes };
}
