import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { DecodedReference, RejectedCandidate } from '../../core/index.ts';
import { describeSecrets, type SecretFinding } from '../../core/privacy/index.ts';
import { describeOffers } from '../../core/share/index.ts';
import type { BatchCollection } from '../../core/triage/index.ts';
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
  /** Every reference on screen, pasted and dropped, without repeats: it grows in place. */
  readonly batch: BatchCollection;
  /** The batch's version: what is shown is current while it is unchanged. */
  readonly version: number;
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
  version,
  settled,
  rejected,
  secrets,
  batchView,
}: DecodeResultsProps) {
  const entries = batch.entries();
  // Views of the batch, rebuilt per version; the cards read only the references on screen.
  const references = useMemo(
    () => ({
      length: entries.length,
      slice: (start?: number, end?: number): DecodedReference[] =>
        entries.slice(start, end).map((entry) => entry.reference),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the list grows in place: `version` says when
    [entries, version],
  );
  const requests = useMemo(
    () => ({ get: (reference: string) => batch.get(reference)?.requests[0] }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
    [batch, version],
  );
  // The SR screen reads the requests behind these references from here, never from a link.
  usePublishOnScreen(settled ? entries : null, version);
  // Once per version, not per render; the batch keeps its freshest errors as they come.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const { link, serviceRequest } = useMemo(() => describeOffers(batch), [batch, version]);
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
      {entries.length > HANDFUL && batchView()}
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
