import { describe, expect, it } from 'vitest';
import {
  classicTags,
  escapeAttribute,
  inlinePage,
  inlineSafe,
  replaceOnce,
} from '../../build/html.ts';

const BUILT = [
  '<head><meta http-equiv="Content-Security-Policy" content="script-src &#39;self&#39;">',
  '<link rel="icon" href="./favicon.svg" type="image/svg+xml" />',
  '<script type="module" crossorigin src="./assets/index-a1.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/style-b2.css">',
  '</head><body><div id="root"></div></body>',
].join('\n');

describe('edits of the built page', () => {
  it('replaces exactly one occurrence, or fails the build', () => {
    expect(replaceOnce('a-b-c', 'b', 'x')).toBe('a-x-c');
    expect(() => replaceOnce('a-b-b', 'b', 'x')).toThrow('expected exactly one b');
    expect(() => replaceOnce('a', 'b', 'x')).toThrow('expected exactly one b');
  });

  it('loads the entry as a deferred classic script and the style without CORS', () => {
    const html = classicTags(BUILT, { script: 'assets/index-a1.js', style: 'assets/style-b2.css' });
    expect(html).toContain('<script defer src="./assets/index-a1.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="./assets/style-b2.css">');
    expect(html).not.toContain('crossorigin');
    expect(html).not.toContain('type="module"');
  });

  it('fails when the build names a file the page does not load', () => {
    expect(() => classicTags(BUILT, { script: 'assets/index-zz.js' })).toThrow(/exactly one/);
  });

  it('keeps inline code from closing its element or opening a comment', () => {
    expect(inlineSafe('a="</script>";b="</style>";c="<!--"')).toBe(
      'a="<\\/script>";b="<\\/style>";c="<\\!--"',
    );
  });

  it('writes every file into the page, with the policy for exactly those blocks', () => {
    const classic = classicTags(BUILT, {
      script: 'assets/index-a1.js',
      style: 'assets/style-b2.css',
    });
    const page = inlinePage({
      html: classic,
      files: { script: 'assets/index-a1.js', style: 'assets/style-b2.css' },
      policy: { from: "script-src 'self'", to: "script-src 'sha256-x'" },
      scripts: ['main()', 'extras()'],
      style: 'body{}',
      icon: { href: './favicon.svg', dataUrl: 'data:image/svg+xml;base64,PHN2Zy8+' },
    });
    expect(page).toContain(`content="${escapeAttribute("script-src 'sha256-x'")}"`);
    expect(page).toContain('<style>body{}</style>');
    expect(page).toContain('href="data:image/svg+xml;base64,PHN2Zy8+"');
    expect(page).toContain('<script>main()</script><script>extras()</script></body>');
    expect(page).not.toContain('./assets/');
  });
});
