import type { DecodedReference } from '../reference/index.ts';
import { CONNECTIVITY, type Connectivity } from '../service-request/index.ts';
import { checkAllowlistPath } from './paths.ts';

/** Codes whose usual cause is an edge rule, the inbound allowlist among them. */
const ALLOWLIST_CODES: ReadonlySet<number> = new Set([0, 18]);

export interface NetworkOffers {
  /**
   * For an edge denial: an inbound allowlist change, prefilled with what is known. The source is
   * passed as the user wrote it: the requests screen judges it, where the user can fix it.
   */
  readonly allowlistChange: { readonly path: string | null; readonly source: string | null } | null;
  /** For a caller that should use a private link but reached Akamai. */
  readonly privateLink: {
    readonly connectivity: 'vpn-connect' | 'fastconnect';
    readonly explanation: string;
  } | null;
}

export interface OfferContext {
  readonly connectivity?: Connectivity;
  /** The caller's egress IP or CIDR, when the user gave it. */
  readonly egressIp?: string;
  /** The request the reference answered (path or URL), when known. */
  readonly url?: string | null;
}

/** What a decoded reference offers beyond the SR: the allowlist and home-region requests. */
export function networkOffers(
  reference: Pick<DecodedReference, 'kind' | 'reasonCode'>,
  context: OfferContext,
): NetworkOffers {
  if (reference.kind === 'grn') return { allowlistChange: null, privateLink: null };
  const path = context.url ? checkAllowlistPath(context.url) : null;
  const allowlistChange = ALLOWLIST_CODES.has(reference.reasonCode)
    ? { path: path?.ok ? path.path : null, source: context.egressIp?.trim() || null }
    : null;
  const connectivity = context.connectivity;
  const privateLink =
    connectivity === 'vpn-connect' || connectivity === 'fastconnect'
      ? {
          connectivity,
          explanation: `You reach Oracle through ${CONNECTIVITY[connectivity]}, yet an Akamai edge server answered this call: it went over the public internet, not through your service gateway. The service name probably resolves to Akamai on the caller. Check the DNS answer, and ask Oracle for the home-region IP addresses.`,
        }
      : null;
  return { allowlistChange, privateLink };
}
