import type { Plugin } from 'vite';
import { classicTags } from './html.ts';

/** The page loads its entry as a deferred classic script (see `classicTags` for why). */
export function classicScriptTags(): Plugin {
  return {
    name: 'classic-script-tags',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const items = Object.values(bundle ?? {});
        const entry = items.find((item) => item.type === 'chunk' && item.isEntry);
        const style = items.find((item) => item.type === 'asset' && item.fileName.endsWith('.css'));
        if (entry === undefined) throw new Error('classic script tags: no entry chunk');
        return classicTags(html, { script: entry.fileName, style: style?.fileName });
      },
    },
  };
}
