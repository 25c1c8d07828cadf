import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { RejectedCandidate } from '../../core/index.ts';
import { describeSecrets, type SecretFinding } from '../../core/privacy/index.ts';
import { describeResults } from '../../core/share/index.ts';
import type { BatchEntry } from '../../core/triage/index.ts';
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
  // Once per result, not per render: the SR offer sorts the batch's errors.
  const { requests, link, serviceRequest } = useMemo(
    () => describeResults(entries, rejected.length),
    [entries, rejected.length],
  );
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
          {serviceRequest !== null && (
            <Link to={paths.serviceRequest(serviceRequest.references)} className="button-link">
              {serviceRequest.label}
            </Link>
          )}
          <CopyButton
            text={appLink(paths.decodeAll(link.references))}
            label={link.label}
            variant="secondary"
          >
            {link.label}
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
