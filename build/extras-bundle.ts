import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { parseAst } from 'rolldown/parseAst';
import { build, type Plugin, type Rolldown } from 'vite';

type Program = ReturnType<typeof parseAst>;

/**
 * The screens not needed at first (batch view, SR drafter, bookmarklet page) are built as
 * classic scripts loaded on demand: one IIFE cannot be code-split, and module chunks fail
 * in an opaque-origin sandboxed iframe and from `file://`. The script is Rolldown's own `iife`
 * output: its shared packages are externals read from a global the page fills, so nothing
 * rewrites generated code. The page's half is made from the import declarations in the
 * extras' modules (a parsed syntax tree, not text), so the first script keeps exactly the
 * bindings the extras borrow and tree-shaking still works.
 */

/** What the extras borrow from the page (React and the router must be the page's instances), and
 * the property of the shared global each one is published under. */
export const SHARED_PACKAGES = {
  react: 'react',
  'react/jsx-runtime': 'jsxRuntime',
  'react-router': 'reactRouter',
} as const;
type SharedPackage = keyof typeof SHARED_PACKAGES;

export const SHARED_GLOBAL = '__akamaiReferenceDecoderShared';
export const VIRTUAL_SHARED = 'virtual:extras-shared';

/** A package's bindings the extras import: names, plus `default` and `*` for those forms. */
export type SharedImports = Map<SharedPackage, Set<string>>;

const isShared = (source: unknown): source is SharedPackage =>
  typeof source === 'string' && Object.hasOwn(SHARED_PACKAGES, source);

/** Adds the shared-package bindings one module's syntax tree imports to `into`. */
export function collectSharedImports(program: Program, into: SharedImports): void {
  for (const node of program.body) {
    if (
      (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') &&
      isShared(node.source?.value)
    ) {
      // The page publishes bindings, not modules: a re-export would need the module itself.
      throw new Error(`extras: re-exporting from ${String(node.source?.value)} is not supported`);
    }
    if (node.type !== 'ImportDeclaration' || !isShared(node.source.value)) continue;
    if (node.importKind === 'type') continue;
    const names = into.get(node.source.value) ?? new Set<string>();
    into.set(node.source.value, names);
    for (const specifier of node.specifiers ?? []) {
      if (specifier.type === 'ImportNamespaceSpecifier') names.add('*');
      else if (specifier.type === 'ImportDefaultSpecifier') names.add('default');
      else if (specifier.importKind !== 'type') {
        const { imported } = specifier;
        names.add(imported.type === 'Identifier' ? imported.name : imported.value);
      }
    }
  }
}

const isIdentifierName = (name: string): boolean => /^[A-Za-z_$][\w$]*$/.test(name);

/**
 * The page's module that publishes exactly the borrowed bindings. A namespace import publishes
 * the whole module; a default import is marked `__esModule` so the IIFE's interop reads
 * `default` rather than the object itself.
 */
export function sharedModuleSource(imports: SharedImports): string {
  const lines: string[] = [];
  const entries: string[] = [];
  [...imports].forEach(([source, names], index) => {
    const key = SHARED_PACKAGES[source];
    const module = JSON.stringify(source);
    if (names.has('*')) {
      lines.push(`import * as s${index} from ${module};`);
      entries.push(`${key}: s${index}`);
      return;
    }
    const fields: string[] = [];
    const members: string[] = [];
    for (const name of [...names].sort()) {
      if (!isIdentifierName(name)) throw new Error(`extras: cannot publish binding ${name}`);
      const local = `s${index}_${name}`;
      if (name === 'default') lines.push(`import ${local} from ${module};`);
      else members.push(`${name} as ${local}`);
      fields.push(`${name}: ${local}`);
    }
    if (members.length > 0) lines.push(`import { ${members.join(', ')} } from ${module};`);
    if (names.has('default')) fields.push('__esModule: true');
    entries.push(`${key}: { ${fields.join(', ')} }`);
  });
  return `${lines.join('\n')}\nexport const shared = { ${entries.join(', ')} };\n`;
}

export interface ExtrasOutput {
  /** The classic script: runs once the page has published what it borrows. */
  code: string;
  fileName: string;
}

/** One script loaded on demand. */
export interface OnDemandScript {
  /** Its entry module (absolute path). */
  readonly entry: string;
  /** The global its exports are assigned to. */
  readonly globalName: string;
  /** The compile-time constant that tells the page the script's file name. */
  readonly fileDefine: string;
  /** The file name's prefix, before its content hash. */
  readonly filePrefix: string;
  /** Filled by the build. */
  readonly output: ExtrasOutput;
}

type TreeshakeOptions = NonNullable<Rolldown.InputOptions['treeshake']>;

/** Builds one on-demand script as an IIFE and records the bindings it borrows. */
async function buildOnDemand(
  script: OnDemandScript,
  treeshake: TreeshakeOptions,
): Promise<{ code: string; imports: SharedImports }> {
  const imports: SharedImports = new Map();
  const built = await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [
      react(),
      {
        name: 'on-demand-shared-imports',
        enforce: 'post',
        transform(code) {
          collectSharedImports(parseAst(code), imports);
          return null;
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
        treeshake,
        external: Object.keys(SHARED_PACKAGES),
        output: {
          format: 'iife',
          name: script.globalName,
          globals: (id) => `${SHARED_GLOBAL}.${SHARED_PACKAGES[id as SharedPackage]}`,
        },
      },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((result) => result.output.filter((item) => item.type === 'chunk'));
  if (chunks.length !== 1 || !chunks[0])
    throw new Error(`${script.filePrefix}: expected one chunk`);
  return { code: chunks[0].code, imports };
}

/** Adds every binding of `from` to `into`. */
export function mergeSharedImports(into: SharedImports, from: SharedImports): void {
  for (const [source, names] of from) {
    const merged = into.get(source) ?? new Set<string>();
    for (const name of names) merged.add(name);
    into.set(source, merged);
  }
}

/**
 * Builds the on-demand scripts before the page (the page needs the list of borrowed bindings),
 * tells the page each script's hashed file name, and emits the scripts beside the page's own.
 */
export function onDemandScripts(
  scripts: readonly OnDemandScript[],
  singleFile: boolean,
  treeshake: TreeshakeOptions = true,
): Plugin {
  let sharedSource = 'export const shared = null;\n';
  return {
    name: 'on-demand-scripts',
    async config(_, { command, isPreview }) {
      if (command !== 'build' || isPreview) {
        return { define: Object.fromEntries(scripts.map((script) => [script.fileDefine, '""'])) };
      }
      const imports: SharedImports = new Map();
      const define: Record<string, string> = {};
      for (const script of scripts) {
        const built = await buildOnDemand(script, treeshake);
        mergeSharedImports(imports, built.imports);
        const hash = createHash('sha256').update(built.code).digest('hex').slice(0, 10);
        script.output.code = built.code;
        script.output.fileName = `${script.filePrefix}-${hash}.js`;
        define[script.fileDefine] = JSON.stringify(script.output.fileName);
      }
      sharedSource = sharedModuleSource(imports);
      return { define };
    },
    resolveId: (source) => (source === VIRTUAL_SHARED ? `\0${VIRTUAL_SHARED}` : null),
    load: (id) => (id === `\0${VIRTUAL_SHARED}` ? sharedSource : null),
    generateBundle(_, bundle) {
      // A dynamic import of an entry that the page's build keeps is inlined into the page's own
      // script (an IIFE cannot split): the page would carry everything the script was for.
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const inlined = scripts.find((script) => Object.hasOwn(chunk.modules, script.entry));
        if (inlined) {
          throw new Error(`${inlined.filePrefix}: its entry is inside ${chunk.fileName}`);
        }
      }
      // The single file carries the scripts inline instead (see single-file.ts).
      if (singleFile) return;
      for (const { output } of scripts) {
        if (output.code === '') continue;
        this.emitFile({
          type: 'asset',
          fileName: `assets/${output.fileName}`,
          source: output.code,
        });
      }
    },
  };
}
