import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { RejectedCandidate } from '../../core/index.ts';
import { describeSecrets, type SecretFinding } from '../../core/privacy/index.ts';
import { LINK_REFERENCE_LIMIT } from '../../core/share/index.ts';
import { referencesForServiceRequest, type BatchEntry } from '../../core/triage/index.ts';
import { useNow } from '../hooks/useNow.ts';
import { appLink } from '../links.ts';
import { paths } from '../paths.ts';
import { usePublishOnScreen } from '../service-request/on-screen.ts';
import { CopyButton } from './CopyButton.tsx';
import { ReferenceList } from './ReferenceList.tsx';
import { RejectedList } from './RejectedList.tsx';

/** Up to this many references, cards say it all; beyond it the incident needs the picture. */
const HANDFUL = 5;

interface DecodeResultsProps {
  /** Every reference on screen, pasted and dropped, without repeats. */
  readonly entries: readonly BatchEntry[];
  readonly rejected: readonly RejectedCandidate[];
  /** Credentials seen in the pasted text (never shown, only named). */
  readonly secrets: readonly SecretFinding[];
  /** The batch view for more than a handful of references (it loads with the extras script). */
  readonly batchView: (entries: readonly BatchEntry[]) => ReactNode;
}

/**
 * What the decode screen shows below its status line once text or files are decoded: the cards,
 * the batch view, the look-alikes that are not references, and the actions on all of them.
 */
export function DecodeResults({ entries, rejected, secrets, batchView }: DecodeResultsProps) {
  const references = useMemo(() => entries.map((entry) => entry.reference), [entries]);
  // The SR screen reads the requests behind these references from here, never from a link.
  usePublishOnScreen(entries);
  const requests = useMemo(
    () =>
      new Map(
        entries.flatMap((entry) =>
          entry.requests[0] === undefined ? [] : [[entry.reference.reference, entry.requests[0]]],
        ),
      ),
    [entries],
  );
  const forRequest = referencesForServiceRequest(entries);
  const linkedReferences = references
    .slice(0, LINK_REFERENCE_LIMIT)
    .map((reference) => reference.reference);
  const linkLabel =
    references.length > LINK_REFERENCE_LIMIT
      ? `Copy a link to the first ${LINK_REFERENCE_LIMIT} references`
      : `Copy a link to all ${references.length} references`;
  const secretsNotice = describeSecrets(secrets);
  const now = useNow();

  return (
    <>
      {secretsNotice !== null && (
        <p className="warnings" role="note">
          {secretsNotice}
        </p>
      )}
      {references.length > 1 && (
        <div className="results-actions">
          {forRequest.references.length > 1 && (
            <Link to={paths.serviceRequest(forRequest.references)} className="button-link">
              {forRequest.leftOut > 0
                ? `Draft one SR for the freshest ${forRequest.references.length} references`
                : `Draft one SR for all ${forRequest.references.length} references`}
            </Link>
          )}
          <CopyButton
            text={appLink(paths.decodeAll(linkedReferences))}
            label={linkLabel}
            variant="secondary"
          >
            {linkLabel}
          </CopyButton>
          <span className="hint">The link carries the references only, not the pasted text.</span>
        </div>
      )}
      {entries.length > HANDFUL && batchView(entries)}
      {entries.length > HANDFUL ? (
        // A batch is read in the table; a card per reference would make the page metres long.
        <details className="batch-cards">
          <summary>One card per reference ({references.length})</summary>
          <ReferenceList references={references} now={now} requests={requests} />
        </details>
      ) : (
        <ReferenceList references={references} now={now} requests={requests} />
      )}
      <RejectedList rejected={rejected} />
    </>
  );
}
