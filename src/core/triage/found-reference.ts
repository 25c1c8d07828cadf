import type { DecodedReference, RejectedCandidate } from '../reference/index.ts';
import type { RequestContext } from './request-context.ts';

/** One sighting of a reference in one source, with the request it answered when known. */
export interface FoundReference {
  readonly reference: DecodedReference;
  readonly request: RequestContext | null;
}

/** What one piece of a source (a chunk of a log, a whole HAR) yields. */
export interface SourceFindings {
  readonly found: readonly FoundReference[];
  readonly rejected: readonly RejectedCandidate[];
}
