import { Suspense, lazy } from 'react';
import { onDemandLoader } from '../on-demand.ts';
import type * as Requests from './entry.ts';

/** Set by the build: the requests script's file name, next to the main script. */
declare const __REQUESTS_FILE__: string;

/** Loaded once, on the first visit to the screen. */
const loadRequests = onDemandLoader<typeof Requests>(
  __REQUESTS_FILE__,
  '__akamaiReferenceDecoderRequests',
  import.meta.env.PROD ? null : () => import('./entry.ts'),
);

const RequestsPageComponent = lazy(() =>
  loadRequests().then((module) => ({ default: module.RequestsPage })),
);

export function LazyRequestsPage() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <RequestsPageComponent />
    </Suspense>
  );
}
