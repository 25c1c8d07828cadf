import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  chooseEncoding,
  compressedCopies,
  isCompressible,
  precompress,
  type ServedEncoding,
} from '../../build/precompress.ts';

describe('precompressed copies', () => {
  it('compresses text files worth it and leaves the rest', () => {
    expect(isCompressible('assets/index-abc.js', 50_000)).toBe(true);
    expect(isCompressible('index.html', 2048)).toBe(true);
    expect(isCompressible('favicon.svg', 200)).toBe(false);
    expect(isCompressible('icon.png', 50_000)).toBe(false);
  });

  it('makes copies that decompress to the original, smaller than it', () => {
    const original = Buffer.from('Reference #18.4c96df17.1644609140.2a155db\n'.repeat(500));
    const { gzip, brotli } = compressedCopies(original);
    expect(gunzipSync(gzip).equals(original)).toBe(true);
    expect(brotliDecompressSync(brotli).equals(original)).toBe(true);
    expect(brotli.length).toBeLessThan(original.length / 10);
  });

  it('writes .gz and .br beside each written text file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'precompress-'));
    const script = 'console.log("reference decoder");\n'.repeat(100);
    writeFileSync(join(directory, 'app.js'), script);
    writeFileSync(join(directory, 'tiny.css'), 'a{}');
    const plugin = precompress();
    const hook = plugin.writeBundle;
    if (typeof hook !== 'function') throw new Error('precompress has no writeBundle function');
    const bundle = { 'app.js': {}, 'tiny.css': {} };
    // The hook reads only the output directory and the bundle's file names.
    Reflect.apply(hook, {}, [{ dir: directory }, bundle]);
    expect(gunzipSync(readFileSync(join(directory, 'app.js.gz'))).toString()).toBe(script);
    expect(brotliDecompressSync(readFileSync(join(directory, 'app.js.br'))).toString()).toBe(
      script,
    );
    expect(() => readFileSync(join(directory, 'tiny.css.gz'))).toThrow();
  });
});

describe('content negotiation', () => {
  const both = new Set<ServedEncoding>(['br', 'gzip']);
  it.each([
    ['gzip, deflate, br, zstd', both, 'br'],
    ['gzip, deflate', both, 'gzip'],
    ['br;q=0, gzip;q=0.8', both, 'gzip'],
    ['*', both, 'br'],
    ['*;q=0', both, 'identity'],
    ['br', new Set<ServedEncoding>(['gzip']), 'identity'],
    [undefined, both, 'identity'],
    ['', both, 'identity'],
    ['BR', both, 'br'],
  ] as const)('%s with %o sends %s', (header, available, expected) => {
    expect(chooseEncoding(header, available)).toBe(expected);
  });
});
