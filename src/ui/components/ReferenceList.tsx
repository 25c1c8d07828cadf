import type { DecodedReference } from '../../core/index.ts';
import { ReferenceCard } from './ReferenceCard.tsx';

interface ReferenceListProps {
  readonly references: readonly DecodedReference[];
  readonly now: number;
}

export function ReferenceList({ references, now }: ReferenceListProps) {
  return (
    <ol className="reference-list" aria-label="Decoded references">
      {references.map((reference) => (
        <li key={reference.reference}>
          <ReferenceCard reference={reference} now={now} />
        </li>
      ))}
    </ol>
  );
}
