import { useState } from 'react';
import { Link } from 'react-router';
import { describeSecrets } from '../../core/index.ts';
import { paths } from '../routes.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useExtraction } from '../hooks/useExtraction.ts';
import { useNow } from '../hooks/useNow.ts';
import { RejectedList } from '../components/RejectedList.tsx';
import { PasteBox } from '../components/PasteBox.tsx';
import { ReferenceList } from '../components/ReferenceList.tsx';

const EXAMPLE = 'Access Denied\n\nReference #18.4c96df17.1644609140.2a155db';

function resultSummary(found: number, rejected: number): string {
  const references = found === 1 ? '1 reference' : `${found} references`;
  return rejected === 0 ? `Found ${references}.` : `Found ${references}; ${rejected} not valid.`;
}

export function DecodePage() {
  useDocumentTitle('Decode references');
  // `text` is everything to decode; `typedText` is what the box shows (a large paste is not in it).
  const [text, setText] = useState('');
  const [typedText, setTypedText] = useState('');
  const { analysis, pending } = useExtraction(text);
  const result = analysis.extraction;
  const errorReferences = result.references.filter((reference) => reference.kind === 'error');
  const secretsNotice = describeSecrets(analysis.secrets);
  const now = useNow();
  const hasResults = result.references.length > 0 || result.rejected.length > 0;

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
      <p role="status" className="result-status">
        {pending
          ? 'Decoding…'
          : text.trim() !== '' && resultSummary(result.references.length, result.rejected.length)}
      </p>
      {text.trim() === '' && (
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
      {!pending && text.trim() !== '' && !hasResults && (
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
      {errorReferences.length > 1 && (
        <p>
          <Link to={paths.serviceRequest(errorReferences.map((reference) => reference.reference))}>
            Draft one SR for all {errorReferences.length} references
          </Link>
        </p>
      )}
      <ReferenceList references={result.references} now={now} />
      <RejectedList rejected={result.rejected} />
    </>
  );
}
