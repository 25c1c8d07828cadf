import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react';
import type * as Decoding from './decoding.ts';
import { onDemandLoader } from './on-demand.ts';

export type DecodingModule = typeof Decoding;

/** Set by the build: the decoding script's file name, next to the main script. */
declare const __DECODING_FILE__: string;

/** The code table, decoding on the page, the cards and the code pages, loaded once. */
export const loadDecoding = onDemandLoader<DecodingModule>(
  __DECODING_FILE__,
  '__akamaiReferenceDecoderDecoding',
  import.meta.env.PROD ? null : () => import('./decoding.ts'),
);

/** Runs `task` once the page is idle (after the first paint), or within a second at the latest. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}

export type DecodingState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly module: DecodingModule }
  | { readonly status: 'failed'; readonly retry: () => void };

/**
 * The decoding script for the decode screen: fetched once the screen is idle, so the paste box
 * shows first and the script is usually there before anything is pasted; at once when `needed`
 * (text or files arrived first). A failed load (offline before the app was ever cached) says so
 * and may be retried.
 */
export function useDecoding(needed: boolean): DecodingState {
  const [state, setState] = useState<DecodingState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  const wanted = needed || idle;

  useEffect(() => {
    if (!wanted) return undefined;
    let current = true;
    loadDecoding().then(
      (module) => {
        if (current)
          setState((was) => (was.status === 'loaded' ? was : { status: 'loaded', module }));
      },
      () => {
        if (!current) return;
        setState({
          status: 'failed',
          retry: () => {
            setState({ status: 'loading' });
            setAttempt((count) => count + 1);
          },
        });
      },
    );
    return () => {
      current = false;
    };
    // `needed` too: text arriving after a failed prefetch tries again.
  }, [wanted, needed, attempt]);
  return state;
}

/**
 * Said while a code page's script loads (a moment, on a slow phone's first visit). It is a window
 * tall, so the footer is out of sight until the page arrives instead of jumping away from it.
 */
function Loading({ children }: { readonly children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p role="status" className="page-loading">
          Loading…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

const CodesPageComponent = lazy(() =>
  loadDecoding().then((module) => ({ default: module.CodesPage })),
);
const CodePageComponent = lazy(() =>
  loadDecoding().then((module) => ({ default: module.CodePage })),
);
const DeepLinkPageComponent = lazy(() =>
  loadDecoding().then((module) => ({ default: module.DeepLinkPage })),
);

export function LazyCodesPage() {
  return (
    <Loading>
      <CodesPageComponent />
    </Loading>
  );
}

export function LazyCodePage() {
  return (
    <Loading>
      <CodePageComponent />
    </Loading>
  );
}

export function LazyDeepLinkPage() {
  return (
    <Loading>
      <DeepLinkPageComponent />
    </Loading>
  );
}
