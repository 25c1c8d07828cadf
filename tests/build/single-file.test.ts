import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { onDemandFactory, pageScripts } from '../../build/single-file.ts';

describe('on-demand scripts in the single file', () => {
  it('become a function that runs the script on first use and returns its exports', () => {
    const script = {
      entry: '/src/ui/extras.ts',
      globalName: '__extras',
      fileDefine: '__EXTRAS_FILE__',
      filePrefix: 'extras',
      output: {
        code: 'var __extras=(function(e){globalThis.ran=(globalThis.ran||0)+1;e.answer=42;return e})({});',
        fileName: 'extras-1.js',
      },
    };
    const context: Record<string, unknown> = {};
    context.globalThis = context;
    runInNewContext(onDemandFactory(script), context);
    expect(context.ran).toBeUndefined();
    expect(context.__extras).toBeUndefined();
    const factory = context.__extrasFactory as () => { answer: number };
    expect(factory().answer).toBe(42);
    expect(context.ran).toBe(1);
  });

  it('are all defined before the main script runs (it may ask for one at once)', () => {
    const script = (globalName: string) => ({
      entry: `/src/ui/${globalName}.ts`,
      globalName,
      fileDefine: '__X__',
      filePrefix: globalName,
      output: { code: `var ${globalName}={};`, fileName: `${globalName}.js` },
    });
    const scripts = pageScripts('MAIN', [script('__extras'), script('__requests')]);
    expect(scripts.at(-1)).toBe('MAIN');
    expect(scripts.slice(0, -1).every((code) => code.includes('Factory'))).toBe(true);
  });
});
