/**
 * A plain static file server, like any static host: no SPA fallback, no rewrites. It serves the
 * built app at `/` and again under a nested sub-path, and the e2e host pages under `/host/`.
 * Like nginx with `gzip_static`/`brotli_static`, it sends the build's `.br` or `.gz` copy of a
 * file when the browser accepts it. `npm start` and the Lighthouse gate use it, so what they
 * measure is what a well-configured host serves.
 * Usage: tsx tests/tools/static-server.ts [port]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chooseEncoding, encodedSuffix, type ServedEncoding } from '../../build/precompress.ts';

const port = Number(process.argv[2] ?? 4174);
const root = resolve('dist');
const hostPages = resolve('tests/e2e/host-pages');
export const SUB_PATH = '/tools/akamai/reference-decoder/';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

function fileFor(urlPath: string): string | null {
  const mounts: [string, string][] = [
    ['/host/', hostPages],
    [SUB_PATH, root],
    ['/', root],
  ];
  for (const [prefix, directory] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(urlPath.slice(prefix.length)) || 'index.html');
    if (relative.startsWith('..')) return null;
    const candidate = join(directory, relative.endsWith('/') ? `${relative}index.html` : relative);
    return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
  }
  return null;
}

createServer((request, response) => {
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = fileFor(urlPath);
  if (file === null) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const available = new Set<ServedEncoding>(
    (['br', 'gzip'] as const).filter((encoding) => existsSync(file + encodedSuffix(encoding))),
  );
  const encoding = chooseEncoding(request.headers['accept-encoding'], available);
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    vary: 'Accept-Encoding',
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
  });
  createReadStream(file + encodedSuffix(encoding)).pipe(response);
}).listen(port, '127.0.0.1', () => {
  console.log(`Static server on http://127.0.0.1:${port}/ (app also under ${SUB_PATH})`);
});
