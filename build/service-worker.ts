import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The app shell a service worker caches: the page, its icon and every built file. */
export function appFiles(builtFiles: readonly string[]): string[] {
  const built = builtFiles.filter((name) => name !== 'index.html');
  return ['./', './index.html', './favicon.svg', ...built.map((name) => `./${name}`)];
}

/**
 * Offline after the first visit on a normal static host: a service worker next to index.html,
 * so its scope is the app's own path (sub-path hosting keeps working), caching exactly the files
 * of this build. Navigations go to the network first, so a new version is seen when online.
 * The worker's source names two placeholders, filled with JSON values.
 */
export function serviceWorker(source: URL): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const files = appFiles(Object.keys(bundle));
        const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
        const code = readFileSync(source, 'utf8')
          .replace('__APP_FILES__', JSON.stringify(files))
          .replace('__APP_VERSION__', JSON.stringify(version));
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
      },
    },
  };
}
