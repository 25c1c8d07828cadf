import { Link } from 'react-router';
import { formatUtc } from '../../core/time/index.ts';
import { type SavedDraft } from '../../core/service-request/index.ts';
import { paths } from '../paths.ts';

interface RecentDraftsProps {
  readonly drafts: readonly SavedDraft[];
  /** The incident on screen, marked rather than linked. */
  readonly currentKey: string;
  readonly onDelete: (key: string) => void;
}

const SHOWN_REFERENCES = 2;

/** Earlier incidents' drafts on this device: each with its references and date, deletable. */
export function RecentDrafts({ drafts, currentKey, onDelete }: RecentDraftsProps) {
  return (
    <section className="recent-drafts" aria-labelledby="recent-drafts-heading">
      <h2 id="recent-drafts-heading">Recent drafts on this device</h2>
      {drafts.length === 0 ? (
        <p className="hint">None yet: a draft is kept here once you fill in a field.</p>
      ) : (
        <ul>
          {drafts.map((draft) => {
            const shown = draft.references.slice(0, SHOWN_REFERENCES).join(', ');
            const more = draft.references.length - SHOWN_REFERENCES;
            const label = `${shown}${more > 0 ? ` and ${more} more` : ''}`;
            const environment = draft.context.environment;
            const where = `${environment ? `${environment}, ` : ''}saved ${formatUtc(draft.savedAt / 1000)}`;
            return (
              <li key={draft.key}>
                {draft.key === currentKey ? (
                  <span>
                    <strong>This draft:</strong> <span className="mono">{label}</span>
                  </span>
                ) : (
                  <Link to={paths.serviceRequest(draft.references)} className="mono">
                    {label}
                  </Link>
                )}{' '}
                <span className="hint">({where})</span>{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onDelete(draft.key)}
                  aria-label={`Delete the draft for ${label}`}
                >
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
