import { Link, useParams } from 'react-router';
import { decodeReference } from '../../core/index.ts';
import { ReferenceCard } from '../components/ReferenceCard.tsx';
import { useNow } from '../hooks/useNow.ts';
import { paths } from '../paths.ts';

export function DeepLinkPage() {
  const { reference = '' } = useParams();
  const now = useNow();
  const result = decodeReference(reference, { now });

  return (
    <>
      <h1>Decoded reference</h1>
      {result.ok ? (
        <ReferenceCard reference={result.reference} now={now} />
      ) : (
        <p role="alert" className="error">
          This link does not carry a valid reference: {result.reason}.
        </p>
      )}
      <p>
        <Link to={paths.home}>Decode other references</Link>
      </p>
    </>
  );
}
