import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The production page may load only its own files and may not connect anywhere. The dev
 * server needs inline scripts for hot reload, so the policy is added to the build only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
      {
        tag: 'meta',
        attrs: { name: 'referrer', content: 'no-referrer' },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Tests assert UTC renderings; pin the zone before anything reads it.
process.env.TZ = 'UTC';

/**
 * Module scripts and `crossorigin` stylesheets are fetched with CORS. A sandboxed iframe without
 * allow-same-origin (and a file:// page) has an opaque origin, so a plain static host that sends
 * no CORS headers would serve it a blank page. The build is a single classic script instead.
 */
function classicScriptTags(): Plugin {
  return {
    name: 'classic-script-tags',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
          .replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href='),
    },
  };
}

const EXTRAS_ENTRY = fileURLToPath(new URL('./src/ui/extras.ts', import.meta.url));
/**
 * What the extras borrow from the page: React and the router must be the page's own instances
 * (hooks and router context). The core is pure, so the extras carry their own copy of the parts
 * they use, and the first script keeps none of the SR drafter or the exports.
 */
const SHARED_PACKAGES = ['react', 'react/jsx-runtime', 'react-router'];

/**
 * ipaddr.js is CommonJS without a "sideEffects" field, so every bundle that imports the core
 * would keep it. It has none: only the requests screen, which uses it, carries it.
 */
const TREESHAKE = {
  moduleSideEffects: [{ test: /[\\/]node_modules[\\/]ipaddr\.js[\\/]/, sideEffects: false }],
};
const VIRTUAL_SHARED = 'virtual:extras-shared';

interface ImportedBindings {
  namespace: boolean;
  default: boolean;
  names: Set<string>;
}

/**
 * Turns the extras' ES build (imports of shared packages, one export list) into a classic
 * script that reads those bindings from a global the page fills, and registers its exports.
 * Only the shapes a minifier prints are accepted; anything else fails the build loudly.
 */
function classicExtras(
  code: string,
  registerAs: string,
): { factory: string; imports: Map<string, ImportedBindings> } {
  const imports = new Map<string, ImportedBindings>();
  const declarations: string[] = [];
  const importPattern =
    /import\s*([\w$]+)?\s*,?\s*(?:\*\s*as\s*([\w$]+)|\{([^}]*)\})?\s*from\s*["']([^"']+)["'];?/g;
  const body = code.replace(importPattern, (_, defaultName, namespaceName, named, source) => {
    const bindings = imports.get(source) ?? { namespace: false, default: false, names: new Set() };
    imports.set(source, bindings);
    const from = `__shared[${JSON.stringify(source)}]`;
    if (namespaceName) {
      bindings.namespace = true;
      declarations.push(`${namespaceName}=${from}`);
    }
    if (defaultName) {
      bindings.default = true;
      declarations.push(`${defaultName}=${from}.default`);
    }
    for (const part of (named ?? '').split(',').filter((item: string) => item.trim() !== '')) {
      const [imported, local = imported] = part.trim().split(/\s+as\s+/);
      bindings.names.add(imported);
      declarations.push(`${local}=${from}[${JSON.stringify(imported)}]`);
    }
    return '';
  });
  const exportPattern = /export\s*\{([^}]*)\};?\s*$/;
  const exported = exportPattern.exec(body);
  const leftover =
    /\bimport\s*[{*(.]|\bimport\s+[\w$]+\s*(?:,|from\b)|\bexport\s*(?:\{|default\b|const\b|function\b|var\b|let\b|class\b)/.exec(
      body.replace(exportPattern, ''),
    );
  if (!exported || leftover) {
    const near = leftover ? body.slice(leftover.index - 80, leftover.index + 80) : 'no export list';
    throw new Error(`extras: the ES build has a shape this build cannot convert: ${near}`);
  }
  const registrations = (exported[1] ?? '')
    .split(',')
    .map((part) => part.trim().split(/\s+as\s+/))
    .map(([local, name = local]) => `${JSON.stringify(name)}:${local}`);
  const factory =
    `function(){"use strict";var __shared=globalThis.__akamaiReferenceDecoderShared;` +
    `var ${declarations.join(',')};` +
    body.replace(exportPattern, '') +
    `globalThis.${registerAs}={${registrations.join(',')}};}`;
  return { factory, imports };
}

/** The page's half: exactly the bindings the extras use, so tree-shaking still works. */
function sharedModuleSource(imports: Map<string, ImportedBindings>): string {
  const lines: string[] = [];
  const entries: string[] = [];
  [...imports].forEach(([source, bindings], index) => {
    const path = source;
    if (!SHARED_PACKAGES.includes(source)) {
      throw new Error(`extras: unexpected external import ${source}`);
    }
    if (bindings.namespace) {
      lines.push(`import * as s${index} from ${JSON.stringify(path)};`);
      entries.push(`${JSON.stringify(source)}: s${index}`);
      return;
    }
    const members = [...bindings.names].map((name) => `${name} as s${index}_${name}`);
    if (bindings.default) lines.push(`import s${index}_default from ${JSON.stringify(path)};`);
    if (members.length > 0)
      lines.push(`import { ${members.join(', ')} } from ${JSON.stringify(path)};`);
    const fields = [...bindings.names].map((name) => `${JSON.stringify(name)}: s${index}_${name}`);
    if (bindings.default) fields.push(`default: s${index}_default`);
    entries.push(`${JSON.stringify(source)}: { ${fields.join(', ')} }`);
  });
  return `${lines.join('\n')}\nexport const shared = { ${entries.join(', ')} };\n`;
}

/**
 * Builds the screens that are not needed at first (batch view, SR drafter) as a second classic
 * script, loaded on demand. One IIFE cannot be code-split, and module chunks fail in an
 * opaque-origin sandbox; this keeps the first script small without giving either up.
 */
interface ExtrasOutput {
  /** A function that runs the extras once the page has published what they borrow. */
  factory: string;
  fileName: string;
}

/** One script loaded on demand: its entry, the global it registers, the define naming its file. */
interface OnDemandScript {
  readonly entry: string;
  readonly registerAs: string;
  readonly fileDefine: string;
  readonly filePrefix: string;
  readonly output: ExtrasOutput;
}

/**
 * The allowlist and network requests screen carries an X.509 parser (PKI.js) that no other
 * screen needs: it gets a script of its own, so the SR screen and the batch view do not load it.
 */
const REQUESTS_ENTRY = fileURLToPath(new URL('./src/ui/requests/entry.ts', import.meta.url));

function mergeImports(
  into: Map<string, ImportedBindings>,
  from: Map<string, ImportedBindings>,
): void {
  for (const [source, bindings] of from) {
    const merged = into.get(source) ?? { namespace: false, default: false, names: new Set() };
    merged.namespace ||= bindings.namespace;
    merged.default ||= bindings.default;
    for (const name of bindings.names) merged.names.add(name);
    into.set(source, merged);
  }
}

function extrasBundle(scripts: readonly OnDemandScript[], singleFile: boolean): Plugin {
  let sharedSource = 'export const shared = null;\n';
  return {
    name: 'extras-bundle',
    async config(_, { command, isPreview }) {
      if (command !== 'build' || isPreview) {
        return { define: Object.fromEntries(scripts.map((script) => [script.fileDefine, '""'])) };
      }
      const imports = new Map<string, ImportedBindings>();
      const define: Record<string, string> = {};
      for (const script of scripts) {
        const converted = await buildOnDemand(script);
        mergeImports(imports, converted);
        define[script.fileDefine] = JSON.stringify(script.output.fileName);
      }
      sharedSource = sharedModuleSource(imports);
      return { define };
    },
    resolveId: (source) => (source === VIRTUAL_SHARED ? `\0${VIRTUAL_SHARED}` : null),
    load: (id) => (id === `\0${VIRTUAL_SHARED}` ? sharedSource : null),
    generateBundle() {
      // The single file carries the extras inline instead (see singleFileBuild).
      if (singleFile) return;
      for (const { output } of scripts) {
        if (output.factory === '') continue;
        this.emitFile({
          type: 'asset',
          fileName: `assets/${output.fileName}`,
          source: `(${output.factory})();\n`,
        });
      }
    },
  };
}

async function buildOnDemand(script: OnDemandScript): Promise<Map<string, ImportedBindings>> {
  const { output } = script;
  const built = await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [
      react(),
      {
        name: 'extras-externals',
        enforce: 'pre',
        resolveId(source) {
          return SHARED_PACKAGES.includes(source) ? { id: source, external: true } : null;
        },
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      copyPublicDir: false,
      rollupOptions: {
        input: script.entry,
        preserveEntrySignatures: 'strict',
        treeshake: TREESHAKE,
        output: { format: 'es' },
      },
    },
  });
  const outputs = Array.isArray(built) ? built : [built];
  const chunks = outputs.flatMap((result) =>
    'output' in result ? result.output.filter((item) => item.type === 'chunk') : [],
  );
  if (chunks.length !== 1 || !chunks[0]) throw new Error('extras: expected one chunk');
  const converted = classicExtras(chunks[0].code, script.registerAs);
  output.factory = converted.factory;
  const hash = createHash('sha256').update(converted.factory).digest('hex').slice(0, 10);
  output.fileName = `${script.filePrefix}-${hash}.js`;
  return converted.imports;
}

/** Inline code must not close its own element or open an HTML comment. */
const inlineSafe = (code: string): string =>
  code.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * `npm run build:single`: one HTML file with every script and style inline, for a share or an
 * attachment, opened from disk. Its CSP allows exactly those inline blocks (by hash) and still no
 * connection of any kind. No worker (a file:// page may not start one): decoding runs on the page.
 */
function singleFileBuild(extras: ExtrasOutput, requests: ExtrasOutput): Plugin {
  return {
    name: 'single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const html = bundle['index.html'];
        const main = Object.values(bundle).find(
          (item) =>
            item.type === 'chunk' && item.isEntry && item.fileName.startsWith('assets/index-'),
        );
        const css = Object.values(bundle).find(
          (item) => item.type === 'asset' && item.fileName.endsWith('.css'),
        );
        if (html?.type !== 'asset' || main?.type !== 'chunk' || css?.type !== 'asset') {
          throw new Error('single file: expected index.html, one entry script and one stylesheet');
        }
        const scripts = [
          `globalThis.__akamaiReferenceDecoderExtrasFactory=${extras.factory};`,
          `globalThis.__akamaiReferenceDecoderRequestsFactory=${requests.factory};`,
          main.code,
        ].map(inlineSafe);
        const style = inlineSafe(String(css.source));
        const icon = readFileSync(new URL('./public/favicon.svg', import.meta.url));
        const policy = [
          "default-src 'none'",
          `script-src ${scripts.map(sha256).join(' ')}`,
          `style-src ${sha256(style)}`,
          'img-src data:',
          "connect-src 'none'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'none'",
        ].join('; ');
        const page = String(html.source)
          .replace(
            /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/,
            () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
          )
          .replace(/<script defer src="[^"]*"><\/script>\s*/, '')
          .replace(/<link rel="stylesheet" href="[^"]*">/, () => `<style>${style}</style>`)
          .replace(
            /href="\.\/favicon\.svg"/,
            () => `href="data:image/svg+xml;base64,${icon.toString('base64')}"`,
          )
          .replace(
            '</body>',
            () => `${scripts.map((code) => `<script>${code}</script>`).join('')}</body>`,
          );
        if (!page.includes(policy) || page.includes('src="./assets/')) {
          throw new Error('single file: the page still refers to files beside it');
        }
        // Everything is in the page now: nothing else may be written beside it.
        for (const name of Object.keys(bundle)) Reflect.deleteProperty(bundle, name);
        this.emitFile({ type: 'asset', fileName: 'akamai-reference-decoder.html', source: page });
      },
    },
  };
}

/**
 * Offline after the first visit on a normal static host: a service worker next to index.html,
 * so its scope is the app's own path (sub-path hosting keeps working), caching exactly the files
 * of this build. Navigations go to the network first, so a new version is seen when online.
 */
function serviceWorker(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const built = Object.keys(bundle).filter((name) => name !== 'index.html');
        const files = ['./', './index.html', './favicon.svg', ...built.map((name) => `./${name}`)];
        const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
        const source = readFileSync(new URL('./src/service-worker.js', import.meta.url), 'utf8')
          .replace('__APP_FILES__', JSON.stringify(files))
          .replace('__APP_VERSION__', JSON.stringify(version));
        this.emitFile({ type: 'asset', fileName: 'sw.js', source });
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const singleFile = mode === 'single';
  const extras: ExtrasOutput = { factory: '', fileName: '' };
  const requests: ExtrasOutput = { factory: '', fileName: '' };
  const onDemand: OnDemandScript[] = [
    {
      entry: EXTRAS_ENTRY,
      registerAs: '__akamaiReferenceDecoderExtras',
      fileDefine: '__EXTRAS_FILE__',
      filePrefix: 'extras',
      output: extras,
    },
    {
      entry: REQUESTS_ENTRY,
      registerAs: '__akamaiReferenceDecoderRequests',
      fileDefine: '__REQUESTS_FILE__',
      filePrefix: 'requests',
      output: requests,
    },
  ];
  return {
    base: './',
    define: { __SINGLE_FILE__: JSON.stringify(singleFile) },
    plugins: [
      react(),
      extrasBundle(onDemand, singleFile),
      contentSecurityPolicy(),
      classicScriptTags(),
      singleFile ? singleFileBuild(extras, requests) : serviceWorker(),
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
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'core', environment: 'node', include: ['tests/core/**/*.test.ts'] },
        },
        {
          extends: true,
          test: {
            name: 'ui',
            environment: 'jsdom',
            include: ['tests/ui/**/*.test.tsx'],
            setupFiles: ['tests/ui/setup.ts'],
          },
        },
      ],
    },
  };
});
