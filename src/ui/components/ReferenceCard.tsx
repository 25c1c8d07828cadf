import { Link } from 'react-router';
import {
  formatInZone,
  formatRelativeAge,
  formatUtc,
  lookupReasonCode,
  referenceAge,
  type DecodedReference,
  type RequestContext,
} from '../../core/index.ts';
import { appLink } from '../links.ts';
import { paths } from '../paths.ts';
import { NetworkOfferLinks } from '../requests/NetworkOfferLinks.tsx';
import { viewerZone } from '../viewer-zone.ts';
import { CodeExplanation } from './CodeExplanation.tsx';
import { CopyButton } from './CopyButton.tsx';

interface ReferenceCardProps {
  readonly reference: DecodedReference;
  readonly now: number;
  /** The request it answered, when the text said (a HAR entry, a log line, the error page). */
  readonly request?: RequestContext | null;
}

const REQUEST_FROM: Readonly<Record<RequestContext['from'], string>> = {
  har: 'from the HAR entry',
  'log-line': 'from its log line',
  'curl-verbose': 'from the curl -v transcript',
  'error-page': 'named by the error page',
};

export function ReferenceCard({ reference, now, request = null }: ReferenceCardProps) {
  const info = lookupReasonCode(reference.reasonCode);
  const age = referenceAge(reference.epochSeconds, now);
  const { timeZone, locale } = viewerZone();
  const headingId = `ref-${reference.reference.replaceAll('.', '-')}`;
  const isGrn = reference.kind === 'grn';

  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {isGrn
          ? 'Akamai GRN: a request id, not an error'
          : `Code ${reference.reasonCode} · ${info.akamaiName ?? 'not in Akamai’s table'}`}
      </h2>
      <p className="reference-line">
        <code>{reference.reference}</code>
        <CopyButton text={reference.reference} label={`Copy reference ${reference.reference}`} />
        <CopyButton
          text={appLink(paths.decode(reference.reference))}
          label={`Copy a link to ${reference.reference}`}
        >
          Copy link
        </CopyButton>
      </p>

      {reference.warnings.length > 0 && (
        <ul className="warnings">
          {reference.warnings.map((warning) => (
            <li key={warning.code}>{warning.message}</li>
          ))}
        </ul>
      )}
      {!isGrn && (
        <p className={`log-window log-window-${age.standing}`} role="note">
          {age.advice}
        </p>
      )}

      <dl className="facts">
        <dt>Time</dt>
        <dd>
          <strong>{formatUtc(reference.epochSeconds)}</strong>
          <br />
          {formatInZone(reference.epochSeconds, timeZone, locale)} (your time zone, {timeZone})
          <br />
          {formatRelativeAge(reference.epochSeconds, now)}
        </dd>
        <dt>Edge server</dt>
        <dd>
          {reference.edgeIp}
          <br />
          <span className="hostname">{reference.edgeHostname}</span>
        </dd>
        {request !== null && request.url !== null && (
          <>
            <dt>Request</dt>
            <dd>
              {request.method !== null && <strong>{request.method} </strong>}
              <code className="url">{request.url}</code>
              {request.status !== null && <> answered {request.status}</>}{' '}
              <span className="hint">({REQUEST_FROM[request.from]})</span>
            </dd>
          </>
        )}
        <dt>Request id</dt>
        <dd>
          <code>{reference.requestIdHex}</code> (hex) = <code>{reference.requestId}</code> (decimal)
        </dd>
        <dt>Seen</dt>
        <dd>
          {reference.occurrences === 1 ? 'once' : `${reference.occurrences} times`}
          {reference.labels.length > 0 && `, labelled ${reference.labels.join(', ')}`}
        </dd>
        {reference.relatedReference !== null && (
          <>
            <dt>{isGrn ? 'Its error reference' : 'Its GRN'}</dt>
            <dd>
              <code>{reference.relatedReference}</code>
            </dd>
          </>
        )}
      </dl>

      {!isGrn && (
        <details className="explanation" open>
          <summary>What code {reference.reasonCode} means and who acts</summary>
          <CodeExplanation info={info} />
        </details>
      )}

      <NetworkOfferLinks reference={reference} url={request?.url ?? null} />

      <p className="card-links">
        {!isGrn && (
          <Link to={paths.serviceRequest([reference.reference])}>Draft SR for this reference</Link>
        )}
        <Link to={paths.code(reference.reasonCode)}>About code {reference.reasonCode}</Link>
        <Link to={paths.decode(reference.reference)}>Link to this reference</Link>
        {reference.errorsUrl !== null && (
          <a href={reference.errorsUrl} target="_blank" rel="noreferrer noopener">
            Akamai&apos;s page for it
          </a>
        )}
      </p>
    </article>
  );
}
