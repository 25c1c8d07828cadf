import {
  CONNECTIVITY,
  parseStoredContext,
  type Connectivity,
  type OfferContext,
} from '../../core/index.ts';
import { loadJson } from '../storage.ts';

/** Where the SR form keeps its context (service-request/useSavedForm.ts): read, never written. */
const SERVICE_REQUEST_KEY = 'akamai-reference-decoder/service-request/v1';
/** The requests screen's own drafts that name a connectivity, most specific first. */
const REQUEST_KEYS = [
  'akamai-reference-decoder/requests/home-region/v1',
  'akamai-reference-decoder/requests/inbound/v1',
];

const asConnectivity = (value: unknown): Connectivity | undefined =>
  typeof value === 'string' && value in CONNECTIVITY ? (value as Connectivity) : undefined;

function stored(key: string): Record<string, unknown> | null {
  const result = loadJson(key);
  return result.kind === 'loaded' && typeof result.value === 'object' && result.value !== null
    ? (result.value as Record<string, unknown>)
    : null;
}

/**
 * What the user told the app about their network, on this device: the connectivity and egress
 * address from the SR form, or the connectivity chosen on the requests screen.
 */
export function savedNetworkContext(): Pick<OfferContext, 'connectivity' | 'egressIp'> {
  const context = parseStoredContext(stored(SERVICE_REQUEST_KEY)?.context);
  const connectivity =
    context?.connectivity ??
    REQUEST_KEYS.map((key) => asConnectivity(stored(key)?.connectivity)).find(Boolean);
  return {
    ...(connectivity ? { connectivity } : {}),
    ...(context?.egressIp ? { egressIp: context.egressIp } : {}),
  };
}
