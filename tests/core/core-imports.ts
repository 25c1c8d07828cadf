/**
 * The core's import rules, read from the import and export declarations of its files (parsed by
 * the TypeScript compiler, so a string or a comment that looks like an import is not one). Used by
 * `layers.test.ts` on the real tree and on planted trees that break each rule.
 */
import { posix } from 'node:path';
import ts from 'typescript';

/**
 * Sub-areas from the bottom up. A file may import from its own area, and from another area only
 * if that area sits on a lower layer; areas on the same layer do not import each other.
 */
export const CORE_LAYERS: readonly (readonly string[])[] = [
  ['text', 'time', 'privacy'],
  ['codes'],
  ['reference'],
  ['triage'],
  ['service-request'],
  ['network', 'share'],
];

const LAYER_OF: ReadonlyMap<string, number> = new Map(
  CORE_LAYERS.flatMap((areas, layer) => areas.map((area) => [area, layer] as const)),
);

export interface CoreFile {
  /** Path inside src/core, with forward slashes: `triage/batch.ts`, `index.ts`. */
  readonly path: string;
  readonly text: string;
}

export interface ImportViolation {
  readonly file: string;
  readonly specifier: string;
  readonly rule:
    | 'unknown-area'
    | 'upward-import'
    | 'same-layer-import'
    | 'not-through-index'
    | 'own-index'
    | 'root-index-from-area'
    | 'outside-core';
}

/** Every module a file names: imports, re-exports, `import()` calls and `import('...')` types. */
export function moduleSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function areaOf(path: string): string | null {
  const slash = path.indexOf('/');
  return slash === -1 ? null : path.slice(0, slash);
}

function checkImport(file: string, specifier: string): ImportViolation['rule'] | null {
  if (!specifier.startsWith('.')) return null; // a package (date-fns, pkijs...)
  const target = posix.normalize(posix.join(posix.dirname(file), specifier));
  if (target.startsWith('../')) return 'outside-core';
  const from = areaOf(file);
  const to = areaOf(target);
  if (from === null) {
    // The root index: only sub-area indexes.
    return to !== null && target === `${to}/index.ts` ? null : 'not-through-index';
  }
  if (to === null) return 'root-index-from-area';
  if (from === to) return target === `${to}/index.ts` ? 'own-index' : null;
  const fromLayer = LAYER_OF.get(from);
  const toLayer = LAYER_OF.get(to);
  if (fromLayer === undefined || toLayer === undefined) return 'unknown-area';
  if (toLayer > fromLayer) return 'upward-import';
  if (toLayer === fromLayer) return 'same-layer-import';
  return target === `${to}/index.ts` ? null : 'not-through-index';
}

/** Every broken rule in a tree of core files; an empty list when the tree keeps them all. */
export function checkCoreImports(files: readonly CoreFile[]): ImportViolation[] {
  const violations: ImportViolation[] = [];
  for (const { path, text } of files) {
    const area = areaOf(path);
    if (area === null ? path !== 'index.ts' : !LAYER_OF.has(area)) {
      violations.push({ file: path, specifier: '', rule: 'unknown-area' });
    }
    for (const specifier of moduleSpecifiers(path, text)) {
      const rule = checkImport(path, specifier);
      if (rule !== null) violations.push({ file: path, specifier, rule });
    }
  }
  return violations;
}

/**
 * The names a module exports, read from its declarations; `export *` counts as unreadable (null),
 * since it would hide how many names the module really exports.
 */
export function exportedNames(fileName: string, text: string): string[] | null {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.exportClause === undefined || !ts.isNamedExports(statement.exportClause)) {
        return null;
      }
      names.push(...statement.exportClause.elements.map((element) => element.name.text));
    } else if (
      ts.canHaveModifiers(statement) &&
      ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      const named = statement as ts.Statement & { readonly name?: ts.Identifier };
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          names.push(declaration.name.getText(source));
        }
      } else if (named.name !== undefined) {
        names.push(named.name.text);
      }
    }
  }
  return names;
}
