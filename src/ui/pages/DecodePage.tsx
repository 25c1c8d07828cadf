import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { describeResultStatus, referencesFromLink } from '../../core/share/index.ts';
import { LazyBatchView } from '../lazy-extras.tsx';
import { useDecoding } from '../lazy-decoding.tsx';
import { FileDrop } from '../files/FileDrop.tsx';
import { FileStatusList } from '../files/FileStatusList.tsx';
import { RESULTS_ID } from '../navigation/results-target.ts';
import { useFileBatch } from '../files/useFileBatch.ts';
import { usePageFileDrop } from '../files/usePageFileDrop.ts';
import { useExtraction } from '../hooks/useExtraction.ts';
import { PasteBox } from '../components/PasteBox.tsx';

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

export function DecodePage() {
  // `text` is everything to decode; `typedText` is what the box shows (a large paste is not in it).
  // A link from the bookmarklet or "copy link" carries references only: they start in the box.
  const [searchParams] = useSearchParams();
  const [linked] = useState(() => referencesFromLink(searchParams.get('refs')));
  const [text, setText] = useState(linked);
  const [typedText, setTypedText] = useState(linked);
  const [keepQuery, setKeepQuery] = useState(false);
  const files = useFileBatch();
  const hasInput = text.trim() !== '' || files.files.length > 0;
  // The cards, the code table and decoding on the page come with the decoding script.
  const decoding = useDecoding(hasInput);
  const decoder = decoding.status === 'loaded' ? decoding.module : null;
  const { analysis, pending } = useExtraction(text, decoder?.analysePastedText ?? null);
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
  useLayoutEffect(() => {
    // The page's own batch comes with the decoding script (it names codes from its table).
    if (decoder !== null) store.attachHost(decoder.makePageBatch);
    store.setPasted(analysis.found);
  }, [store, analysis, decoder]);
  const pasteInBatch =
    files.pasted === analysis.found || (files.pasted.length === 0 && analysis.found.length === 0);
  const found = batch.digest.size;
  const filesRejected = batch.digest.rejected;
  const rejected = useMemo(
    () => [...analysis.extraction.rejected, ...filesRejected],
    [analysis, filesRejected],
  );
  const hasResults = found > 0 || rejected.length > 0;
  // Until the decoding script is there, nothing can be shown: still decoding, as far as anyone
  // reading the page can tell.
  const busy = pending || files.busy || !pasteInBatch || (hasInput && decoder === null);

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
          {decoding.status === 'failed' && hasInput
            ? 'The decoder could not be loaded: this browser cannot reach the app’s files.'
            : busy
              ? 'Decoding…'
              : hasInput && describeResultStatus(found, rejected.length)}
        </p>
        {decoding.status === 'failed' && hasInput && (
          <p>
            <button type="button" onClick={decoding.retry}>
              Try loading the decoder again
            </button>
          </p>
        )}
        <FileStatusList files={files.files} />
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
        {decoder !== null && (
          <decoder.DecodeResults
            batch={batch}
            settled={!files.busy}
            rejected={rejected}
            secrets={analysis.secrets}
            batchView={() => <LazyBatchView batch={batch} />}
          />
        )}
      </div>
    </>
  );
}
