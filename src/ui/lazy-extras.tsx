import { Suspense, lazy, type ComponentProps, type ReactNode } from 'react';
import type * as Extras from './extras.ts';
import { onDemandLoader } from './on-demand.ts';

type ExtrasModule = typeof Extras;

/** Set by the build: the extras script's file name, next to the main script. */
declare const __EXTRAS_FILE__: string;

/** The batch view, the SR drafter and the bookmarklet page, loaded once on first use. */
export const loadExtras = onDemandLoader<ExtrasModule>(
  __EXTRAS_FILE__,
  '__akamaiReferenceDecoderExtras',
  import.meta.env.PROD ? null : () => import('./extras.ts'),
);

const LazyBatchView = lazy(() => loadExtras().then((extras) => ({ default: extras.BatchView })));
const LazyServiceRequestPage = lazy(() =>
  loadExtras().then((extras) => ({ default: extras.ServiceRequestPage })),
);

function Loading({ children }: { readonly children: ReactNode }) {
  return <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>;
}

export function BatchView(props: ComponentProps<ExtrasModule['BatchView']>) {
  return (
    <Loading>
      <LazyBatchView {...props} />
    </Loading>
  );
}

const LazyBookmarkletPage = lazy(() =>
  loadExtras().then((extras) => ({ default: extras.BookmarkletPage })),
);

export function BookmarkletPage() {
  return (
    <Loading>
      <LazyBookmarkletPage />
    </Loading>
  );
}

export function ServiceRequestPage() {
  return (
    <Loading>
      <LazyServiceRequestPage />
    </Loading>
  );
}
