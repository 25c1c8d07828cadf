import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { classicScriptTags } from './build/classic-script-tags.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './build/content-security-policy.ts';
import { onDemandScripts, type OnDemandScript } from './build/extras-bundle.ts';
import { precompress } from './build/precompress.ts';
import { serviceWorker } from './build/service-worker.ts';
import { singleFileBuild } from './build/single-file.ts';

const file = (path: string) => new URL(path, import.meta.url);

/**
 * ipaddr.js is CommonJS without a "sideEffects" field, so every bundle that imports the core
 * would keep it. It has none: only the requests screen, which uses it, carries it.
 * The core has none either (pure TypeScript, see docs/architecture.md), but the bundler cannot
 * tell: a table built at the top of a module (`[...].map(...).sort(...)`, `new Map(...)`) would
 * keep the whole reason-code table and its guidance in the first script because one constant
 * beside them (`MAX_REASON_CODE`) is used there.
 */
const TREESHAKE = {
  moduleSideEffects: [
    { test: /[\\/]node_modules[\\/]ipaddr\.js[\\/]/, sideEffects: false },
    { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
  ],
};

/**
 * Two builds from one config. The default is the hosted app: one classic script (so it also
 * runs in an opaque-origin sandboxed iframe), a second classic script loaded on demand for the
 * screens not needed at first, a service worker for offline use and precompressed copies.
 * `--mode single` is one HTML file with everything inline, to open from disk.
 * Each piece lives in build/ with its reasons and its tests (tests/build/).
 */
export default defineConfig(({ mode }) => {
  const singleFile = mode === 'single';
  const onDemand: OnDemandScript[] = [
    {
      // The reason-code table and guidance, decoding on the page, the cards and the code pages:
      // the decode screen's paste box and file drop show before it arrives.
      entry: file('./src/ui/decoding.ts').pathname,
      globalName: '__akamaiReferenceDecoderDecoding',
      fileDefine: '__DECODING_FILE__',
      filePrefix: 'decoding',
      output: { code: '', fileName: '' },
    },
    {
      entry: file('./src/ui/extras.ts').pathname,
      globalName: '__akamaiReferenceDecoderExtras',
      fileDefine: '__EXTRAS_FILE__',
      filePrefix: 'extras',
      output: { code: '', fileName: '' },
    },
    {
      // The allowlist and network requests screen carries an X.509 parser (PKI.js) that no other
      // screen needs: a script of its own, so the SR screen and the batch view do not load it.
      entry: file('./src/ui/requests/entry.ts').pathname,
      globalName: '__akamaiReferenceDecoderRequests',
      fileDefine: '__REQUESTS_FILE__',
      filePrefix: 'requests',
      output: { code: '', fileName: '' },
    },
  ];
  return {
    base: './',
    define: { __SINGLE_FILE__: JSON.stringify(singleFile) },
    plugins: [
      react(),
      onDemandScripts(onDemand, singleFile, TREESHAKE),
      contentSecurityPolicy(CONTENT_SECURITY_POLICY),
      classicScriptTags(),
      ...(singleFile
        ? [singleFileBuild(onDemand, file('./public/favicon.svg'))]
        : [serviceWorker(file('./src/service-worker.js')), precompress()]),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      cssCodeSplit: false,
      outDir: singleFile ? 'dist-single' : 'dist',
      copyPublicDir: !singleFile,
      rollupOptions: { output: { format: 'iife' }, treeshake: TREESHAKE },
    },
    worker: { format: 'iife', rollupOptions: { treeshake: TREESHAKE } },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  };
});
