import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { RejectedCandidate } from '../../core/index.ts';
import { describeSecrets, type SecretFinding } from '../../core/privacy/index.ts';
import { describeOffers } from '../../core/share/index.ts';
import type { BatchAccess } from '../files/batch-store.ts';
import { useBatchAnswer } from '../files/useBatchAnswer.ts';
import { useNow } from '../hooks/useNow.ts';
import { appLink } from '../links.ts';
import { paths } from '../paths.ts';
import { publishOnScreen, usePublishOnScreen } from '../service-request/on-screen.ts';
import { CopyButton } from './CopyButton.tsx';
import { ReferenceList } from './ReferenceList.tsx';
import { RejectedList } from './RejectedList.tsx';
import { formatCount } from '../../core/text/index.ts';

/** Up to this many references, cards say it all; beyond it the incident needs the picture. */
const HANDFUL = 5;

interface DecodeResultsProps {
  /** Every reference on screen, pasted and dropped, without repeats. */
  readonly batch: BatchAccess;
  /** No file is being read: the SR screen may take the references. */
  readonly settled: boolean;
  readonly rejected: readonly RejectedCandidate[];
  /** Credentials seen in the pasted text (never shown, only named). */
  readonly secrets: readonly SecretFinding[];
  /** The batch view for more than a handful of references (it loads with the extras script). */
  readonly batchView: () => ReactNode;
}

/**
 * What the decode screen shows below its status line once text or files are decoded: the cards,
 * the batch view, the look-alikes that are not references, and the actions on all of them.
 */
export function DecodeResults({
  batch,
  settled,
  rejected,
  secrets,
  batchView,
}: DecodeResultsProps) {
  const { digest } = batch;
  // The digest holds the first cards; more are asked for when someone wants them.
  const [cardsWanted, setCardsWanted] = useState(0);
  const asked = useBatchAnswer(
    batch,
    cardsWanted > digest.first.length ? { kind: 'cards', question: { count: cardsWanted } } : null,
  );
  const fetched = asked?.answer;
  const entries =
    fetched !== undefined && fetched.length > digest.first.length ? fetched : digest.first;
  const references = useMemo(() => entries.map((entry) => entry.reference), [entries]);
  const requests = useMemo(
    () =>
      new Map(
        entries.flatMap((entry) =>
          entry.requests[0] ? [[entry.reference.reference, entry.requests[0]] as const] : [],
        ),
      ),
    [entries],
  );
  // The SR screen reads the requests behind the offered references from here, never from a link.
  usePublishOnScreen(settled ? digest.serviceRequestEntries : null, digest.serviceRequest.scale);
  const { link, serviceRequest } = useMemo(() => describeOffers(digest), [digest]);
  const secretsNotice = describeSecrets(secrets);
  const now = useNow();

  return (
    <>
      {secretsNotice !== null && (
        <p className="warnings" role="note">
          {secretsNotice}
        </p>
      )}
      {digest.size > 1 && (
        <div className="results-actions">
          {serviceRequest !== null && (
            <Link
              to={paths.serviceRequest(serviceRequest.references)}
              className="button-link"
              onClick={() =>
                publishOnScreen(digest.serviceRequestEntries, digest.serviceRequest.scale)
              }
            >
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
      {digest.size > HANDFUL && batchView()}
      {digest.size > HANDFUL ? (
        // A batch is read in the table; a card per reference would make the page metres long.
        <details className="batch-cards">
          <summary>One card per reference ({formatCount(digest.size)})</summary>
          <ReferenceList
            references={references}
            total={digest.size}
            onWant={setCardsWanted}
            now={now}
            requests={requests}
          />
        </details>
      ) : (
        <ReferenceList references={references} now={now} requests={requests} />
      )}
      <RejectedList rejected={rejected} />
    </>
  );
}
