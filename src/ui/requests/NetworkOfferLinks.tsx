import { useState } from 'react';
import { Link } from 'react-router';
import { networkOffers } from '../../core/network/index.ts';
import { type DecodedReference } from '../../core/index.ts';
import { savedNetworkContext } from './network-context.ts';
import { requestsPath } from './request-paths.ts';

interface NetworkOfferLinksProps {
  readonly reference: Pick<DecodedReference, 'kind' | 'reasonCode'>;
  /** The URL of the request the reference answered, when known. */
  readonly url: string | null;
}

/** The decoder card's way into the requests screen: an allowlist change, or the VPN DNS check. */
export function NetworkOfferLinks({ reference, url }: NetworkOfferLinksProps) {
  const [context] = useState(savedNetworkContext);
  const { allowlistChange, privateLink } = networkOffers(reference, { ...context, url });
  if (allowlistChange === null && privateLink === null) return null;
  return (
    <div className="network-offers">
      {privateLink !== null && (
        <p className="warnings">
          {privateLink.explanation}{' '}
          <Link
            to={requestsPath({
              kind: 'home-region',
              connectivity: privateLink.connectivity,
              focusDns: true,
            })}
          >
            Check the DNS answer
          </Link>{' '}
          ·{' '}
          <Link to={requestsPath({ kind: 'home-region', connectivity: privateLink.connectivity })}>
            Request home-region IP addresses
          </Link>
        </p>
      )}
      {allowlistChange !== null && (
        <p>
          {/* Code 18 is any edge rule: an allowlist is one cause among several, not a verdict. */}
          If Oracle finds an allowlist refused the call:{' '}
          <Link
            to={requestsPath({
              kind: 'inbound',
              ...allowlistChange,
              ...(context.connectivity ? { connectivity: context.connectivity } : {}),
            })}
          >
            Request an allowlist change
          </Link>{' '}
          <span className="hint">
            {allowlistChange.path ? `for ${allowlistChange.path}` : ''}
            {allowlistChange.source
              ? `${allowlistChange.path ? ', ' : ''}from ${allowlistChange.source}`
              : ''}
          </span>
        </p>
      )}
    </div>
  );
}
