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

// `Lazy*`: each wraps the real component of the same name, loaded with the extras script.
const BatchViewComponent = lazy(() =>
  loadExtras().then((extras) => ({ default: extras.BatchView })),
);
const ServiceRequestPageComponent = lazy(() =>
  loadExtras().then((extras) => ({ default: extras.ServiceRequestPage })),
);
const BookmarkletPageComponent = lazy(() =>
  loadExtras().then((extras) => ({ default: extras.BookmarkletPage })),
);

function Loading({ children }: { readonly children: ReactNode }) {
  return <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>;
}

export function LazyBatchView(props: ComponentProps<ExtrasModule['BatchView']>) {
  return (
    <Loading>
      <BatchViewComponent {...props} />
    </Loading>
  );
}

export function LazyBookmarkletPage() {
  return (
    <Loading>
      <BookmarkletPageComponent />
    </Loading>
  );
}

export function LazyServiceRequestPage() {
  return (
    <Loading>
      <ServiceRequestPageComponent />
    </Loading>
  );
}
