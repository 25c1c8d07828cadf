import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text formats worth compressing; images other than SVG are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt', '.webmanifest']);
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 1024;

export interface CompressedCopies {
  readonly gzip: Buffer;
  readonly brotli: Buffer;
}

/** Whether a built file gets `.gz` and `.br` copies beside it. */
export function isCompressible(fileName: string, bytes: number): boolean {
  return COMPRESSIBLE.has(extname(fileName).toLowerCase()) && bytes >= MIN_BYTES;
}

/** The smallest copies the two encodings make: built once, served many times. */
export function compressedCopies(content: Buffer): CompressedCopies {
  return {
    gzip: gzipSync(content, { level: 9 }),
    brotli: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  };
}

/**
 * Writes `name.gz` and `name.br` beside every text file of the build, so a static host serves
 * them as they are (nginx `gzip_static`/`brotli_static`, S3-style `Content-Encoding`) instead
 * of compressing on each request or not at all. Runs after the files are written, so the
 * service worker's list of files (made while bundling) never names the copies.
 */
export function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const directory = options.dir;
      if (directory === undefined) return;
      for (const fileName of Object.keys(bundle)) {
        const path = join(directory, fileName);
        const content = readFileSync(path);
        if (!isCompressible(fileName, content.length)) continue;
        const copies = compressedCopies(content);
        writeFileSync(`${path}.gz`, copies.gzip);
        writeFileSync(`${path}.br`, copies.brotli);
      }
    },
  };
}

export type ServedEncoding = 'br' | 'gzip' | 'identity';

const SUFFIX: Readonly<Record<ServedEncoding, string>> = { br: '.br', gzip: '.gz', identity: '' };

/** The file suffix a server appends to serve `encoding`. */
export const encodedSuffix = (encoding: ServedEncoding): string => SUFFIX[encoding];

/**
 * Which precompressed copy to send for an `Accept-Encoding` header, as a real host decides:
 * Brotli when the client takes it, then gzip, else the file as it is. A coding refused with
 * `q=0` is never chosen; `*` accepts any not named.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: ReadonlySet<ServedEncoding>,
): ServedEncoding {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...parameters] = part.split(';').map((item) => item.trim().toLowerCase());
    if (name === '') continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (coding: string) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  for (const encoding of ['br', 'gzip'] as const) {
    if (available.has(encoding) && accepts(encoding)) return encoding;
  }
  return 'identity';
}
