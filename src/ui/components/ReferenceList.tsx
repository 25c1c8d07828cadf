import { useState } from 'react';
import type { DecodedReference } from '../../core/index.ts';
import type { RequestContext } from '../../core/triage/index.ts';
import { ReferenceCard } from './ReferenceCard.tsx';

/** Cards are rich; rendering thousands at once would freeze the page, so they come in pages. */
const CARDS_PER_PAGE = 25;

interface ReferenceListProps {
  /** A list, or a view of a larger batch: only the cards on screen are read from it. */
  readonly references: Pick<readonly DecodedReference[], 'length' | 'slice'>;
  readonly now: number;
  /** The request each reference answered, by canonical reference, where known. */
  readonly requests?: Pick<ReadonlyMap<string, RequestContext>, 'get'>;
}

export function ReferenceList({ references, now, requests }: ReferenceListProps) {
  const [shown, setShown] = useState(CARDS_PER_PAGE);
  const visible = references.slice(0, shown);
  const remaining = references.length - visible.length;

  return (
    <>
      <ol className="reference-list" aria-label="Decoded references">
        {visible.map((reference) => (
          <li key={reference.reference}>
            <ReferenceCard
              reference={reference}
              now={now}
              request={requests?.get(reference.reference) ?? null}
            />
          </li>
        ))}
      </ol>
      {remaining > 0 && (
        <p className="more">
          Showing {visible.length} of {references.length} references.{' '}
          <button type="button" onClick={() => setShown((count) => count + CARDS_PER_PAGE * 4)}>
            Show {Math.min(remaining, CARDS_PER_PAGE * 4)} more
          </button>
        </p>
      )}
    </>
  );
}
