import { CONNECTIVITY, type Connectivity } from '../../core/service-request/index.ts';
import { type OfferContext } from '../../core/network/index.ts';
import { SR_DRAFTS_KEY } from '../service-request/storage-keys.ts';
import { storageKey } from './storage-keys.ts';
/** The requests screen's own drafts that name a connectivity, most specific first. */
const REQUEST_KEYS = [storageKey('home-region'), storageKey('inbound')];

const asConnectivity = (value: unknown): Connectivity | undefined =>
  typeof value === 'string' && value in CONNECTIVITY ? (value as Connectivity) : undefined;

/**
 * A read-only peek, once per card: no write probe (storage.ts's loadJson probes and repairs,
 * which is right for a form's own draft but cost every card a write).
 */
function stored(key: string): Record<string, unknown> | null {
  try {
    const raw = window.localStorage.getItem(key);
    const value: unknown = raw === null ? null : JSON.parse(raw);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    // Storage refused (sandboxed frame, private mode) or a corrupt entry: nothing was told.
    return null;
  }
}

/**
 * What the user told the app about their network, on this device: the connectivity and egress
 * address from the SR form, or the connectivity chosen on the requests screen.
 */
export function savedNetworkContext(): Pick<OfferContext, 'connectivity' | 'egressIp'> {
  // Two fields only: the SR form's own parser would bring the whole form into the first script.
  // The newest SR draft's context, else the stable fields the SR screen offers next time.
  const store = stored(SR_DRAFTS_KEY);
  const drafts = Array.isArray(store?.drafts) ? (store.drafts as unknown[]) : [];
  const newest = drafts[0] as Record<string, unknown> | undefined;
  const context = (newest?.context ?? store?.lastStable) as Record<string, unknown> | undefined;
  const connectivity =
    asConnectivity(context?.connectivity) ??
    REQUEST_KEYS.map((key) => asConnectivity(stored(key)?.connectivity)).find(Boolean);
  const egressIp =
    typeof context?.egressIp === 'string' ? context.egressIp.trim().slice(0, 200) : '';
  return {
    ...(connectivity ? { connectivity } : {}),
    ...(egressIp ? { egressIp } : {}),
  };
}
