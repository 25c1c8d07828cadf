import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.ts';
import {
  CORE_LAYERS,
  checkCoreImports,
  exportedNames,
  moduleSpecifiers,
  type CoreFile,
} from './core-imports.ts';

const CORE_DIR = fileURLToPath(new URL('../../src/core/', import.meta.url));

function coreFiles(): CoreFile[] {
  return readdirSync(CORE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => ({
      path: path.split('\\').join('/'),
      text: readFileSync(CORE_DIR + path, 'utf8'),
    }));
}

describe('the core’s layers', () => {
  it('every file in src/core keeps the import rules', () => {
    const files = coreFiles();
    expect(files.length).toBeGreaterThan(60);
    expect(checkCoreImports(files)).toEqual([]);
  });

  it('every sub-area on disk has a layer, and the root holds only index.ts', () => {
    const onDisk = new Set(coreFiles().map(({ path }) => path.split('/')[0]));
    expect([...onDisk].sort()).toEqual(['index.ts', ...CORE_LAYERS.flat()].sort());
  });

  it('privacy sits below both triage and the service request', () => {
    const layer = (area: string) => CORE_LAYERS.findIndex((areas) => areas.includes(area));
    expect(layer('privacy')).toBeLessThan(layer('triage'));
    expect(layer('privacy')).toBeLessThan(layer('service-request'));
  });
});

describe('the core’s public face', () => {
  const names = exportedNames('index.ts', readFileSync(CORE_DIR + 'index.ts', 'utf8'));

  it('exports at most 60 names, values and types, each one listed', () => {
    expect(names).not.toBeNull();
    expect(names?.length).toBeLessThanOrEqual(60);
    expect(new Set(names).size).toBe(names?.length);
  });

  it('keeps the four entry points', () => {
    for (const name of [
      'extractReferences',
      'decodeReference',
      'analyseFile',
      'draftServiceRequest',
    ]) {
      expect(names).toContain(name);
    }
    expect(typeof core.extractReferences).toBe('function');
    expect(typeof core.decodeReference).toBe('function');
    expect(typeof core.analyseFile).toBe('function');
    expect(typeof core.draftServiceRequest).toBe('function');
  });

  it('counts every exported name, and refuses export *', () => {
    const text = [
      "export { a, type B } from './x/index.ts';",
      'export const c = 1, d = 2;',
      'export function e() {}',
      'export interface F {}',
      'export type G = string;',
      'const notExported = 3;',
    ].join('\n');
    expect(exportedNames('index.ts', text)).toEqual(['a', 'B', 'c', 'd', 'e', 'F', 'G']);
    expect(exportedNames('index.ts', "export * from './network/index.ts';")).toBeNull();
  });
});

describe('the checker catches each broken rule', () => {
  const file = (path: string, text: string): CoreFile => ({ path, text });

  it.each([
    ['upward-import', file('triage/batch.ts', "import { x } from '../service-request/index.ts';")],
    ['upward-import', file('privacy/url.ts', "export { x } from '../triage/index.ts';")],
    ['same-layer-import', file('time/age.ts', "import type { X } from '../privacy/index.ts';")],
    ['upward-import', file('time/age.ts', "import type { X } from '../codes/index.ts';")],
    ['not-through-index', file('triage/har.ts', "import { x } from '../reference/extract.ts';")],
    ['not-through-index', file('index.ts', "export { x } from './triage/batch.ts';")],
    ['own-index', file('triage/har.ts', "import { x } from './index.ts';")],
    ['root-index-from-area', file('network/dns.ts', "import { x } from '../index.ts';")],
    ['outside-core', file('codes/sources.ts', "import { x } from '../../ui/links.ts';")],
    ['upward-import', file('reference/decode.ts', "const m = import('../triage/index.ts');")],
    ['upward-import', file('time/age.ts', "let t: import('../reference/index.ts').X;")],
    ['unknown-area', file('paste-analysis.ts', '')],
    ['unknown-area', file('misc/helpers.ts', '')],
  ])('%s: %s', (rule, planted) => {
    expect(checkCoreImports([planted]).map((violation) => violation.rule)).toContain(rule);
  });

  it('accepts imports down the layers through an index, and within an area file to file', () => {
    expect(
      checkCoreImports([
        file('index.ts', "export { analyseFile } from './triage/index.ts';"),
        file(
          'triage/har.ts',
          "import { x } from '../reference/index.ts';\nimport './har-parse.ts';",
        ),
        file('network/dns.ts', "import { x } from '../service-request/index.ts';"),
        file('codes/sources.ts', "import { formatISO } from 'date-fns';"),
      ]),
    ).toEqual([]);
  });

  it('reads declarations, not text that looks like one', () => {
    const text = [
      "// import { x } from '../triage/index.ts';",
      'const example = "import { y } from \'../network/index.ts\'";',
      "import { z } from './extract.ts';",
    ].join('\n');
    expect(moduleSpecifiers('reference/decode.ts', text)).toEqual(['./extract.ts']);
  });
});
