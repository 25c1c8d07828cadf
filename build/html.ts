/**
 * Edits of the built page, each replacing one exact tag that the build itself names, and failing
 * the build when the tag is not there exactly once (a changed Vite output must not pass silently).
 */

/** Replaces the one occurrence of `from` in `html` with `to`; throws unless there is exactly one. */
export function replaceOnce(html: string, from: string, to: string): string {
  const at = html.indexOf(from);
  if (at < 0 || html.indexOf(from, at + from.length) >= 0) {
    throw new Error(`html: expected exactly one ${from}`);
  }
  return html.slice(0, at) + to + html.slice(at + from.length);
}

export interface PageFiles {
  /** The entry script's file name, relative to the page (`assets/index-abc.js`). */
  readonly script: string;
  /** The stylesheet's file name, if the page has one. */
  readonly style?: string;
}

/**
 * Module scripts and `crossorigin` stylesheets are fetched with CORS. A sandboxed iframe without
 * allow-same-origin (and a file:// page) has an opaque origin, so a plain static host that sends
 * no CORS headers would serve it a blank page. The page loads one deferred classic script.
 */
export function classicTags(html: string, files: PageFiles): string {
  const withScript = replaceOnce(
    html,
    `<script type="module" crossorigin src="./${files.script}"></script>`,
    `<script defer src="./${files.script}"></script>`,
  );
  if (files.style === undefined) return withScript;
  return replaceOnce(
    withScript,
    `<link rel="stylesheet" crossorigin href="./${files.style}">`,
    `<link rel="stylesheet" href="./${files.style}">`,
  );
}

/** Inline code must not close its own element or open an HTML comment. */
export const inlineSafe = (code: string): string =>
  code
    .replaceAll('</script', '<\\/script')
    .replaceAll('</style', '<\\/style')
    .replaceAll('<!--', '<\\!--');

export interface InlinePage {
  /** The built page with classic tags (see `classicTags`) and its policy meta element. */
  readonly html: string;
  readonly files: Required<PageFiles>;
  /** The policy the page carries now, and the one it gets. */
  readonly policy: { readonly from: string; readonly to: string };
  /** Inline-safe scripts, run in this order at the end of the body. */
  readonly scripts: readonly string[];
  readonly style: string;
  readonly icon: { readonly href: string; readonly dataUrl: string };
}

/** The page with every file it loads written into it. */
export function inlinePage(page: InlinePage): string {
  let html = replaceOnce(
    page.html,
    `content="${escapeAttribute(page.policy.from)}"`,
    `content="${escapeAttribute(page.policy.to)}"`,
  );
  html = replaceOnce(html, `<script defer src="./${page.files.script}"></script>`, '');
  html = replaceOnce(
    html,
    `<link rel="stylesheet" href="./${page.files.style}">`,
    `<style>${page.style}</style>`,
  );
  html = replaceOnce(html, `href="${page.icon.href}"`, `href="${page.icon.dataUrl}"`);
  return replaceOnce(
    html,
    '</body>',
    `${page.scripts.map((code) => `<script>${code}</script>`).join('')}</body>`,
  );
}

/** As Vite writes attribute values: `'` and `"` escaped. */
export const escapeAttribute = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
