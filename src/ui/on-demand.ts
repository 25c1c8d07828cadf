import { shared } from 'virtual:extras-shared';

/**
 * Loading the scripts built by build/extras-bundle.ts: each is a classic script (which, unlike a
 * module, also loads in an opaque-origin sandboxed iframe) that reads what it borrows from the
 * shared global and assigns its exports to a global of its own.
 */
const SHARED_GLOBAL = '__akamaiReferenceDecoderShared';

type Host = typeof globalThis & Record<string, unknown>;

// Published while the main script runs, before any on-demand script can run.
(globalThis as Host)[SHARED_GLOBAL] = shared;

// Read while the main script runs: later, `document.currentScript` is gone.
const mainScriptUrl =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : '';

function loadScript<T>(fileName: string, globalName: string): Promise<T> {
  const host = globalThis as Host;
  // The single-file copy carries each script inline, as a function that runs it on first use.
  const factory = host[`${globalName}Factory`];
  if (typeof factory === 'function') return Promise.resolve(factory() as T);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(fileName, mainScriptUrl || document.baseURI).href;
    script.onload = () => {
      const loaded = host[globalName];
      if (loaded !== undefined) resolve(loaded as T);
      else reject(new Error(`${fileName} loaded but registered nothing`));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${fileName} could not be loaded`));
    };
    document.head.append(script);
  });
}

/**
 * A loader for one on-demand script: loaded once, from the build's file in production and as a
 * plain dynamic import in development and tests; a failed load may be retried (the network can
 * come back). Callers pass `import.meta.env.PROD ? null : () => import(...)`: the condition must
 * stand at the call site, where the production build drops the import as dead code; a dynamic
 * import the bundle keeps would be inlined into the first script (an IIFE cannot split).
 */
export function onDemandLoader<T>(
  fileName: string,
  globalName: string,
  devImport: (() => Promise<T>) | null,
): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= (devImport === null ? loadScript<T>(fileName, globalName) : devImport()).catch(
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
}
