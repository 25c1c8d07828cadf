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
      entry: file('./src/ui/extras.ts').pathname,
      globalName: '__akamaiReferenceDecoderExtras',
      fileDefine: '__EXTRAS_FILE__',
      filePrefix: 'extras',
      output: { code: '', fileName: '' },
    },
  ];
  return {
    base: './',
    define: { __SINGLE_FILE__: JSON.stringify(singleFile) },
    plugins: [
      react(),
      onDemandScripts(onDemand, singleFile),
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
      rollupOptions: { output: { format: 'iife' } },
    },
    worker: { format: 'iife' },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  };
});
