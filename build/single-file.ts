import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, inlinePolicy } from './content-security-policy.ts';
import type { OnDemandScript } from './extras-bundle.ts';
import { inlinePage, inlineSafe } from './html.ts';

/**
 * `npm run build:single`: one HTML file with every script and style inline, for a share or an
 * attachment, opened from disk. Its CSP allows exactly those inline blocks (by hash) and still no
 * connection of any kind. No worker (a file:// page may not start one): decoding runs on the page.
 * The on-demand scripts come before the page's, each wrapped in a function run on first use, so
 * opening the file does not evaluate screens nobody asked for (the requests screen's X.509 parser
 * is half a megabyte).
 */
export function singleFileBuild(onDemand: readonly OnDemandScript[], iconPath: URL): Plugin {
  return {
    name: 'single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const html = bundle['index.html'];
        const items = Object.values(bundle);
        const main = items.find((item) => item.type === 'chunk' && item.isEntry);
        const css = items.find((item) => item.type === 'asset' && item.fileName.endsWith('.css'));
        if (html?.type !== 'asset' || main?.type !== 'chunk' || css?.type !== 'asset') {
          throw new Error('single file: expected index.html, one entry script and one stylesheet');
        }
        const scripts = pageScripts(main.code, onDemand).map(inlineSafe);
        const style = inlineSafe(String(css.source));
        const page = inlinePage({
          html: String(html.source),
          files: { script: main.fileName, style: css.fileName },
          policy: { from: CONTENT_SECURITY_POLICY, to: inlinePolicy(scripts, style) },
          scripts,
          style,
          icon: {
            href: './favicon.svg',
            dataUrl: `data:image/svg+xml;base64,${readFileSync(iconPath).toString('base64')}`,
          },
        });
        // Everything is in the page now: nothing else may be written beside it.
        for (const name of Object.keys(bundle)) Reflect.deleteProperty(bundle, name);
        this.emitFile({ type: 'asset', fileName: 'akamai-reference-decoder.html', source: page });
      },
    },
  };
}

/**
 * The page's inline scripts in order: every on-demand factory first, then the main script. The
 * parser may run a task between two script elements; with the factories after the main script,
 * a render scheduled by it could ask for a screen whose factory was not there yet, and the loader
 * would fetch a file the single-file copy does not have (a CSP violation a busy machine showed).
 */
export function pageScripts(mainCode: string, onDemand: readonly OnDemandScript[]): string[] {
  return [...onDemand.map(onDemandFactory), mainCode];
}

/**
 * An on-demand script as a function that runs it and returns its exports, published as
 * `<global>Factory` (see src/ui/on-demand.ts). The script is Rolldown's IIFE output, which
 * declares its global with `var`: inside the function that is a local, returned as it is.
 */
export function onDemandFactory(script: OnDemandScript): string {
  const { globalName } = script;
  return `globalThis[${JSON.stringify(`${globalName}Factory`)}]=function(){${script.output.code}\nreturn ${globalName};};`;
}
