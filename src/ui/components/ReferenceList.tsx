import { useState } from 'react';
import type { DecodedReference } from '../../core/index.ts';
import type { RequestContext } from '../../core/triage/index.ts';
import { ReferenceCard } from './ReferenceCard.tsx';
import { formatCount } from '../../core/text/index.ts';

/** Cards are rich; rendering thousands at once would freeze the page, so they come in pages. */
const CARDS_PER_PAGE = 25;

interface ReferenceListProps {
  /** The references whose cards may be shown, first first (of a batch: those loaded so far). */
  readonly references: readonly DecodedReference[];
  /** How many there are in all (a batch's cards come a few pages at a time); the list's length by default. */
  readonly total?: number;
  /** Told how many cards are wanted when more are asked for than `references` holds. */
  readonly onWant?: (count: number) => void;
  readonly now: number;
  /** The request each reference answered, by canonical reference, where known. */
  readonly requests?: Pick<ReadonlyMap<string, RequestContext>, 'get'>;
}

export function ReferenceList({
  references,
  total = references.length,
  onWant,
  now,
  requests,
}: ReferenceListProps) {
  const [shown, setShown] = useState(CARDS_PER_PAGE);
  const visible = references.slice(0, shown);
  const remaining = total - visible.length;
  const showMore = () => {
    const wanted = shown + CARDS_PER_PAGE * 4;
    setShown(wanted);
    if (wanted > references.length) onWant?.(wanted);
  };

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
          Showing {formatCount(visible.length)} of {formatCount(total)} references.{' '}
          <button type="button" onClick={showMore}>
            Show {Math.min(remaining, CARDS_PER_PAGE * 4)} more
          </button>
        </p>
      )}
    </>
  );
}
