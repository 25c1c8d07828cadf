import type { RejectedCandidate } from '../../core/index.ts';

interface RejectedListProps {
  readonly rejected: readonly RejectedCandidate[];
}

/** Look-alikes that are not references, each with the field and rule it breaks. */
export function RejectedList({ rejected }: RejectedListProps) {
  if (rejected.length === 0) return null;
  return (
    <section className="rejected" aria-labelledby="rejected-heading">
      <h2 id="rejected-heading">Not valid references ({rejected.length})</h2>
      <ul>
        {rejected.map((candidate) => (
          <li key={candidate.text}>
            <code>{candidate.text}</code>: {candidate.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
