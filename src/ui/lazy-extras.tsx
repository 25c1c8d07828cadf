import { Suspense, lazy, type ComponentProps, type ReactNode } from 'react';
import type * as Extras from './extras.ts';
import { shared } from 'virtual:extras-shared';

type ExtrasModule = typeof Extras;

/** Set by the build: the extras script's file name, next to the main script. */
declare const __EXTRAS_FILE__: string;

// Named in build/extras-bundle.ts: the extras script is an IIFE that reads what it borrows from
// the shared global and assigns its exports to the extras global.
const EXTRAS_GLOBAL = '__akamaiReferenceDecoderExtras';
const SHARED_GLOBAL = '__akamaiReferenceDecoderShared';

type ExtrasHost = typeof globalThis & {
  [EXTRAS_GLOBAL]?: ExtrasModule;
  [SHARED_GLOBAL]?: unknown;
};

// Published while the main script runs: the single-file copy runs the extras right after it.
(globalThis as ExtrasHost)[SHARED_GLOBAL] = shared;

// Read while the main script runs: later, `document.currentScript` is gone.
const mainScriptUrl =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : '';

function loadExtrasScript(): Promise<ExtrasModule> {
  const host = globalThis as ExtrasHost;
  const inline = host[EXTRAS_GLOBAL];
  if (inline) return Promise.resolve(inline);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(__EXTRAS_FILE__, mainScriptUrl || document.baseURI).href;
    script.onload = () => {
      const loaded = host[EXTRAS_GLOBAL];
      if (loaded) resolve(loaded);
      else reject(new Error(`${__EXTRAS_FILE__} loaded but registered nothing`));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${__EXTRAS_FILE__} could not be loaded`));
    };
    document.head.append(script);
  });
}

let loading: Promise<ExtrasModule> | null = null;

/** The extras, loaded once; a failed load may be retried (the network can come back). */
export function loadExtras(): Promise<ExtrasModule> {
  loading ??= (import.meta.env.PROD ? loadExtrasScript() : import('./extras.ts')).catch(
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

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
