import { SOURCES, type Confidence, type SourceId } from '../../core/codes/index.ts';

/** One claim and the evidence behind it, listed in a "Sources" disclosure. */
export interface SourcedClaim {
  readonly claim: string;
  readonly sources: readonly SourceId[];
  readonly confidence: Confidence;
  readonly note?: string | null;
}

/**
 * Where each claim comes from and how sure we are, folded away: people act on the claims, and
 * open the sources when they need to argue one.
 */
export function SourcesDisclosure({ claims }: { readonly claims: readonly SourcedClaim[] }) {
  if (claims.length === 0) return null;
  return (
    <details className="sources">
      <summary>Sources</summary>
      <ul>
        {claims.map(({ claim, sources, confidence, note = null }) => (
          <li key={claim}>
            <strong>{claim}:</strong>{' '}
            {sources.map((source) => SOURCES[source].title).join(' + ') || 'none published'} ·{' '}
            <span className={`confidence confidence-${confidence}`}>{confidence} confidence</span>
            {note !== null && ` (${note})`}
          </li>
        ))}
      </ul>
    </details>
  );
}
