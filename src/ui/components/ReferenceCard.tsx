import { useId } from 'react';
import { Link } from 'react-router';
import { formatInZone, formatRelativeAge, formatUtc, referenceAge } from '../../core/time/index.ts';
import { lookupReasonCode, plainHeadline, describeMeaning } from '../../core/codes/index.ts';
import { describeWhoActs } from '../../core/service-request/index.ts';
import { type DecodedReference } from '../../core/index.ts';
import { type RequestContext } from '../../core/triage/index.ts';
import { appLink } from '../links.ts';
import { paths } from '../paths.ts';
import { NetworkOfferLinks } from '../requests/NetworkOfferLinks.tsx';
import { viewerZone } from '../viewer-zone.ts';
import { CodeExplanation } from './CodeExplanation.tsx';
import { CopyButton } from './CopyButton.tsx';
import { MiddleTruncated } from './MiddleTruncated.tsx';

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

/** Characters of a URL shown on a card before its middle gives way (about two lines on a phone). */
const CARD_URL_CHARACTERS = 72;

/**
 * One reference, in the order a support engineer needs it: what happened and who acts, whether
 * Akamai still has the logs, the one action (draft the SR), then the decoded fields and the detail.
 */
export function ReferenceCard({ reference, now, request = null }: ReferenceCardProps) {
  const info = lookupReasonCode(reference.reasonCode);
  const age = referenceAge(reference.epochSeconds, now);
  const { timeZone, locale } = viewerZone();
  // Unique per card on screen: the same reference may be on the kept decode screen and a deep link.
  const headingId = useId();
  const isGrn = reference.kind === 'grn';

  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {isGrn ? 'Akamai GRN: a request id, not an error' : plainHeadline(info)}
      </h2>
      <p className="reference-line">
        <code>{reference.reference}</code>
      </p>
      {!isGrn && (
        <>
          <p className="meaning">{describeMeaning(info).text}</p>
          <p className="who-acts-line">
            <strong>Who acts first:</strong> {describeWhoActs(info.code)}
          </p>
        </>
      )}
      {reference.warnings.length > 0 && (
        <ul className="warnings">
          {reference.warnings.map((warning) => (
            <li key={warning.code}>{warning.message}</li>
          ))}
        </ul>
      )}
      {!isGrn && (
        <p className={`log-window log-window-${age.standing}`} role="note">
          <strong>{formatRelativeAge(reference.epochSeconds, now)}</strong> (
          {formatUtc(reference.epochSeconds)}). {age.advice}
        </p>
      )}

      <div className="card-actions">
        {!isGrn && (
          <Link
            to={paths.serviceRequest([reference.reference])}
            className="button-link"
            aria-label="Draft SR for this reference"
          >
            Draft SR
          </Link>
        )}
        <CopyButton
          text={reference.reference}
          label={`Copy reference ${reference.reference}`}
          variant="secondary"
        >
          Copy reference
        </CopyButton>
        <CopyButton
          text={appLink(paths.decode(reference.reference))}
          label={`Copy a link to ${reference.reference}`}
          variant="secondary"
        >
          Copy link
        </CopyButton>
      </div>

      <dl className="facts">
        <dt>Time</dt>
        <dd>
          <strong>{formatUtc(reference.epochSeconds)}</strong>
          <br />
          {formatInZone(reference.epochSeconds, timeZone, locale)} (your time zone, {timeZone})
        </dd>
        <dt>Edge server</dt>
        <dd>
          {reference.edgeIp}
          <br />
          <span className="hostname">{reference.edgeHostname}</span>
        </dd>
        {request !== null && (request.url !== null || request.status !== null) && (
          <>
            <dt>Request</dt>
            <dd>
              {request.method !== null && <strong>{request.method} </strong>}
              {request.url !== null && (
                <MiddleTruncated value={request.url} maxCharacters={CARD_URL_CHARACTERS} />
              )}
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
          {reference.labels.length > 0 &&
            `, after ${reference.labels.map((label) => `“${label}”`).join(' and ')}`}
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
        <details className="explanation">
          <summary>Causes, next steps and sources for code {reference.reasonCode}</summary>
          <CodeExplanation info={info} withoutSummary />
        </details>
      )}

      <NetworkOfferLinks reference={reference} url={request?.url ?? null} />

      <p className="card-links">
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
