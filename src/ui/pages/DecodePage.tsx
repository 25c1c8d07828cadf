import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  LINK_REFERENCE_LIMIT,
  describeSecrets,
  referencesFromLink,
  type DecodedReference,
} from '../../core/index.ts';
import { CopyButton } from '../components/CopyButton.tsx';
import { appLink } from '../links.ts';
import { LazyBatchView } from '../lazy-extras.tsx';
import { FileDrop } from '../files/FileDrop.tsx';
import { FileList } from '../files/FileList.tsx';
import { RESULTS_ID } from '../navigation/results-target.ts';
import { useFileBatch } from '../files/useFileBatch.ts';
import { usePageFileDrop } from '../files/usePageFileDrop.ts';
import { paths } from '../paths.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useExtraction } from '../hooks/useExtraction.ts';
import { usePublishOnScreen } from '../service-request/on-screen.ts';
import { useNow } from '../hooks/useNow.ts';
import { RejectedList } from '../components/RejectedList.tsx';
import { PasteBox } from '../components/PasteBox.tsx';
import { ReferenceList } from '../components/ReferenceList.tsx';

/** Up to this many references, cards say it all; beyond it the incident needs the picture. */
const HANDFUL = 5;

const EXAMPLE = 'Access Denied\n\nReference #18.4c96df17.1644609140.2a155db';

/**
 * After a paste or a drop the result must be in view: when the status line sits lower than this
 * share of the window (a phone, or a tall box), the page scrolls it to the top.
 */
const REVEAL_BELOW = 0.4;

/** Scrolls the results into view and, when asked, focuses the first result (or the results). */
function reveal(results: HTMLElement, status: HTMLElement, focus: boolean) {
  const { top, bottom } = status.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight || top > window.innerHeight * REVEAL_BELOW) {
    status.scrollIntoView?.({ block: 'start' });
  }
  if (focus) {
    const firstHeading = results.querySelector<HTMLElement>('.card h2');
    (firstHeading ?? results).focus({ preventScroll: true });
  }
}

function resultSummary(found: number, rejected: number): string {
  const references = found === 1 ? '1 reference' : `${found} references`;
  return rejected === 0 ? `Found ${references}.` : `Found ${references}; ${rejected} not valid.`;
}

export function DecodePage() {
  useDocumentTitle('Decode references');
  // `text` is everything to decode; `typedText` is what the box shows (a large paste is not in it).
  // A link from the bookmarklet or "copy link" carries references only: they start in the box.
  const [searchParams] = useSearchParams();
  const [linked] = useState(() => referencesFromLink(searchParams.get('refs')));
  const [text, setText] = useState(linked);
  const [typedText, setTypedText] = useState(linked);
  const [keepQuery, setKeepQuery] = useState(false);
  const { analysis, pending } = useExtraction(text);
  const files = useFileBatch();
  // Set by a paste, a drop or the example; done once the result is on screen.
  const revealNext = useRef<'scroll' | 'scroll-and-focus' | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const addFiles = (dropped: readonly File[]) => {
    revealNext.current = 'scroll';
    files.store.addFiles(dropped, keepQuery);
  };
  const dragging = usePageFileDrop(addFiles);
  const { batch, version, store } = files;
  // The pasted text joins the dropped files in one batch: told before the page paints, so a
  // cleared paste never shows its old cards.
  useLayoutEffect(() => store.setPasted(analysis.found), [store, analysis]);
  const pasteInBatch =
    files.pasted === analysis.found || (files.pasted.length === 0 && analysis.found.length === 0);
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
  usePublishOnScreen(files.busy ? null : entries, version);
  const rejected = useMemo(
    () => [...analysis.extraction.rejected, ...files.rejected],
    [analysis, files.rejected],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const forRequest = useMemo(() => batch.forServiceRequest(), [batch, version]);
  const linkedReferences = references
    .slice(0, LINK_REFERENCE_LIMIT)
    .map((reference) => reference.reference);
  const linkLabel =
    references.length > LINK_REFERENCE_LIMIT
      ? `Copy a link to the first ${LINK_REFERENCE_LIMIT} references`
      : `Copy a link to all ${references.length} references`;
  const secretsNotice = describeSecrets(analysis.secrets);
  const now = useNow();
  const hasInput = text.trim() !== '' || files.files.length > 0;
  const hasResults = references.length > 0 || rejected.length > 0;
  const busy = pending || files.busy || !pasteInBatch;

  useEffect(() => {
    const results = resultsRef.current;
    const status = statusRef.current;
    if (busy || revealNext.current === null || results === null || status === null) return;
    const focus = revealNext.current === 'scroll-and-focus';
    revealNext.current = null;
    reveal(results, status, focus);
  }, [busy, version]);

  return (
    <>
      <h1>Decode Akamai reference IDs</h1>
      <div className="inputs">
        <div className="paste-area">
          <PasteBox
            typedText={typedText}
            onType={(typed) => {
              // More than one character at once is a paste (or a drop of text), not typing.
              if (typed.trim() !== '' && Math.abs(typed.length - typedText.length) > 1) {
                revealNext.current = 'scroll';
              }
              setText(typed);
              setTypedText(typed);
            }}
            onLargePaste={(pasted) => {
              revealNext.current = 'scroll';
              setText(pasted);
              setTypedText('');
            }}
          />
        </div>
        <FileDrop
          batch={files}
          onFiles={addFiles}
          dragging={dragging}
          keepQuery={keepQuery}
          onKeepQueryChange={setKeepQuery}
        />
      </div>
      <div id={RESULTS_ID} ref={resultsRef} tabIndex={-1} className="results">
        <p role="status" className="result-status" ref={statusRef}>
          {busy ? 'Decoding…' : hasInput && resultSummary(references.length, rejected.length)}
        </p>
        <FileList files={files.files} />
        {!hasInput && (
          <section className="empty-state" aria-labelledby="empty-heading">
            <h2 id="empty-heading">What to paste</h2>
            <p>
              Anything that shows an Akamai error: &quot;Access Denied … Reference
              #18.4c96df17.1644609140.2a155db&quot;, the page&apos;s HTML source, a log with many
              refused calls, or an <code>Akamai-GRN</code> response header.
            </p>
            <button
              type="button"
              onClick={() => {
                revealNext.current = 'scroll-and-focus';
                setText(EXAMPLE);
                setTypedText(EXAMPLE);
              }}
            >
              Try an example: 18.4c96df17.1644609140.2a155db
            </button>
          </section>
        )}
        {!busy && hasInput && !hasResults && (
          <p className="no-results">
            No reference found. A reference has four fields separated by dots, such as
            18.4c96df17.1644609140.2a155db.
          </p>
        )}
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
        {entries.length > HANDFUL && <LazyBatchView batch={batch} version={version} />}
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
      </div>
    </>
  );
}
