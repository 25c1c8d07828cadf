import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it, vi } from 'vitest';
import {
  collectSharedImports,
  mergeSharedImports,
  onDemandScripts,
  sharedModuleSource,
  type SharedImports,
} from '../../build/extras-bundle.ts';

const collect = (...modules: string[]): SharedImports => {
  const imports: SharedImports = new Map();
  for (const code of modules) collectSharedImports(parseAst(code), imports);
  return imports;
};

describe('the bindings the extras borrow from the page', () => {
  it('reads named, default and namespace imports of shared packages, across modules', () => {
    const imports = collect(
      "import { useState, useId as id } from 'react';\nimport { jsx } from 'react/jsx-runtime';",
      "import React, { useState } from 'react';\nimport * as Router from 'react-router';",
    );
    expect(imports).toEqual(
      new Map([
        ['react', new Set(['useState', 'useId', 'default'])],
        ['react/jsx-runtime', new Set(['jsx'])],
        ['react-router', new Set(['*'])],
      ]),
    );
  });

  it('ignores other packages and text that only looks like an import', () => {
    const imports = collect(
      "import { format } from 'date-fns';\n" +
        'const help = "import { useFakeHook } from \'react\'";\n' +
        "// import { useCommented } from 'react';\n" +
        'export const text = `export { x } from "react-router"`;',
    );
    expect(imports).toEqual(new Map());
  });

  it('refuses a re-export, which a published binding cannot serve', () => {
    expect(() => collect("export { Link } from 'react-router';")).toThrow(
      /re-exporting from react-router/,
    );
  });

  it('publishes what any of the on-demand scripts borrows', () => {
    const into: SharedImports = new Map([['react', new Set(['useState'])]]);
    mergeSharedImports(
      into,
      new Map([
        ['react', new Set(['useId'])],
        ['react-router', new Set(['Link'])],
      ]),
    );
    expect(into).toEqual(
      new Map([
        ['react', new Set(['useState', 'useId'])],
        ['react-router', new Set(['Link'])],
      ]),
    );
  });

  it('publishes exactly those bindings from the page', () => {
    const source = sharedModuleSource(
      new Map([
        ['react', new Set(['useState', 'default'])],
        ['react-router', new Set(['*'])],
      ]),
    );
    expect(source).toBe(
      'import s0_default from "react";\nimport { useState as s0_useState } from "react";\nimport * as s1 from "react-router";\nexport const shared = { react: { default: s0_default, useState: s0_useState, __esModule: true }, reactRouter: s1 };\n',
    );
  });
});

describe('the on-demand scripts stay out of the first script', () => {
  const script = {
    entry: '/app/src/ui/extras.ts',
    globalName: '__extras',
    fileDefine: '__EXTRAS_FILE__',
    filePrefix: 'extras',
    output: { code: 'var __extras=(function(e){return e})({});', fileName: 'extras-1.js' },
  };
  const emit = (modules: Record<string, object>) => {
    const plugin = onDemandScripts([script], false);
    const hook = plugin.generateBundle;
    if (typeof hook !== 'function') throw new Error('no generateBundle function');
    const emitFile = vi.fn();
    const bundle = {
      'assets/index-a.js': { type: 'chunk', fileName: 'assets/index-a.js', modules },
    };
    Reflect.apply(hook, { emitFile }, [{}, bundle, false]);
    return emitFile;
  };

  it('emits each script beside the page', () => {
    expect(emit({ '/app/src/main.tsx': {} })).toHaveBeenCalledWith({
      type: 'asset',
      fileName: 'assets/extras-1.js',
      source: script.output.code,
    });
  });

  it("fails the build when an entry was inlined into the page's script", () => {
    expect(() => emit({ '/app/src/main.tsx': {}, '/app/src/ui/extras.ts': {} })).toThrow(
      'extras: its entry is inside assets/index-a.js',
    );
  });
});
