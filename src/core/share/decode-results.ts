import {
  referencesForServiceRequest,
  type BatchEntry,
  type RequestContext,
} from '../triage/index.ts';
import { LINK_REFERENCE_LIMIT } from './bookmarklet.ts';

/** What the decode screen says and offers about its references, made once per result. */
export interface DecodeResults {
  /** "Found 3 references; 1 not valid." */
  readonly status: string;
  /** The first request seen for each reference, by canonical reference. */
  readonly requests: ReadonlyMap<string, RequestContext>;
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

export function describeResults(
  entries: readonly BatchEntry[],
  rejectedCount: number,
): DecodeResults {
  const forRequest = referencesForServiceRequest(entries);
  const linkLabel =
    entries.length > LINK_REFERENCE_LIMIT
      ? `Copy a link to the first ${LINK_REFERENCE_LIMIT} references`
      : `Copy a link to all ${entries.length} references`;
  const requests = new Map<string, RequestContext>();
  for (const entry of entries) {
    const [first] = entry.requests;
    if (first !== undefined) requests.set(entry.reference.reference, first);
  }
  return {
    status: describeResultStatus(entries.length, rejectedCount),
    requests,
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
