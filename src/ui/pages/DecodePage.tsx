import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  batchFromFindings,
  combineSources,
  LINK_REFERENCE_LIMIT,
  describeSecrets,
  referencesForServiceRequest,
  referencesFromLink,
} from '../../core/index.ts';
import { CopyButton } from '../components/CopyButton.tsx';
import { appLink } from '../links.ts';
import { BatchView } from '../lazy-extras.tsx';
import { FileDrop } from '../files/FileDrop.tsx';
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
  const dragging = usePageFileDrop((dropped) => files.addFiles(dropped, keepQuery));
  const pastedEntries = useMemo(
    () => batchFromFindings('pasted text', { found: analysis.found, rejected: [] }),
    [analysis],
  );
  const entries = useMemo(
    () => combineSources([pastedEntries, ...files.sources]),
    [pastedEntries, files.sources],
  );
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
  const rejected = useMemo(
    () => [...analysis.extraction.rejected, ...files.rejected],
    [analysis, files.rejected],
  );
  const forRequest = referencesForServiceRequest(entries);
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

  return (
    <>
      <h1>Decode Akamai reference IDs</h1>
      <PasteBox
        typedText={typedText}
        onType={(typed) => {
          setText(typed);
          setTypedText(typed);
        }}
        onLargePaste={(pasted) => {
          setText(pasted);
          setTypedText('');
        }}
      />
      <FileDrop
        batch={files}
        dragging={dragging}
        keepQuery={keepQuery}
        onKeepQueryChange={setKeepQuery}
      />
      <p role="status" className="result-status">
        {pending || files.busy
          ? 'Decoding…'
          : hasInput && resultSummary(references.length, rejected.length)}
      </p>
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
              setText(EXAMPLE);
              setTypedText(EXAMPLE);
            }}
          >
            Try an example: 18.4c96df17.1644609140.2a155db
          </button>
        </section>
      )}
      {!pending && !files.busy && hasInput && !hasResults && (
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
      {forRequest.references.length > 1 && (
        <p>
          <Link to={paths.serviceRequest(forRequest.references)}>
            {forRequest.leftOut > 0
              ? `Draft one SR for the freshest ${forRequest.references.length} references`
              : `Draft one SR for all ${forRequest.references.length} references`}
          </Link>
        </p>
      )}
      {references.length > 1 && (
        <p>
          <CopyButton text={appLink(paths.decodeAll(linkedReferences))} label={linkLabel}>
            {linkLabel}
          </CopyButton>{' '}
          <span className="hint">The link carries the references only, not the pasted text.</span>
        </p>
      )}
      {entries.length > HANDFUL && <BatchView entries={entries} />}
      <ReferenceList references={references} now={now} requests={requests} />
      <RejectedList rejected={rejected} />
    </>
  );
}
