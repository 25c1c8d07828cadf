import type { DecodedReference, RejectedCandidate } from '../reference/index.ts';
import type { RequestContext } from './request-context.ts';

/**
 * A reference found in one source, with the request it answered when known: the triage link of
 * the chain DecodedReference -> LocatedReference -> FoundReference -> BatchEntry.
 */
export interface FoundReference {
  readonly reference: DecodedReference;
  readonly request: RequestContext | null;
}

/** What one piece of a source (a chunk of a log, a whole HAR) yields: its found references. */
export interface FoundExtraction {
  readonly found: readonly FoundReference[];
  readonly rejected: readonly RejectedCandidate[];
}
