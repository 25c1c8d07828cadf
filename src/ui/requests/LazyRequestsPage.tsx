import { Suspense, lazy } from 'react';
import type * as Requests from './entry.ts';
import { shared } from 'virtual:extras-shared';

type RequestsModule = typeof Requests;

/** Set by the build: the requests script's file name, next to the main script. */
declare const __REQUESTS_FILE__: string;

const REGISTERED = '__akamaiReferenceDecoderRequests';
const SHARED_GLOBAL = '__akamaiReferenceDecoderShared';
const FACTORY_GLOBAL = '__akamaiReferenceDecoderRequestsFactory';

type RequestsHost = typeof globalThis & {
  [REGISTERED]?: RequestsModule;
  [SHARED_GLOBAL]?: unknown;
  /** The single-file copy carries the script inline, as a function to run once shared is set. */
  [FACTORY_GLOBAL]?: () => void;
};

// Read while the main script runs: later, `document.currentScript` is gone.
const mainScriptUrl =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : '';

/** As the extras script (lazy-extras.tsx): a classic script, which also loads in a sandbox. */
function loadRequestsScript(): Promise<RequestsModule> {
  const host = globalThis as RequestsHost;
  host[SHARED_GLOBAL] = shared;
  const inline = host[FACTORY_GLOBAL];
  if (inline) {
    inline();
    const registered = host[REGISTERED];
    return registered
      ? Promise.resolve(registered)
      : Promise.reject(new Error('inline requests script registered nothing'));
  }
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(__REQUESTS_FILE__, mainScriptUrl || document.baseURI).href;
    script.onload = () => {
      const loaded = host[REGISTERED];
      if (loaded) resolve(loaded);
      else reject(new Error(`${__REQUESTS_FILE__} loaded but registered nothing`));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${__REQUESTS_FILE__} could not be loaded`));
    };
    document.head.append(script);
  });
}

let loading: Promise<RequestsModule> | null = null;

/** Loaded once, on the first visit to the screen; a failed load may be retried. */
function loadRequests(): Promise<RequestsModule> {
  loading ??= (import.meta.env.PROD ? loadRequestsScript() : import('./entry.ts')).catch(
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const LazyPage = lazy(() => loadRequests().then((module) => ({ default: module.RequestsPage })));

export function RequestsPage() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <LazyPage />
    </Suspense>
  );
}
