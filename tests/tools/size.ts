/**
 * Gzipped bytes of everything the first screen loads (HTML, JS, CSS, icon), and the ratio to a
 * bare React + ReactDOM + HashRouter page built in the same run with the same Vite config.
 * With --gate, exits non-zero above the 100 KB budget (the target, now met and held).
 * Run after `vite build` (npm run size does both).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compressedCopies } from '../../build/precompress.ts';
import { build } from 'vite';

/** The target and the gate: gzipped, as a host without Brotli would send it. */
const BUDGET_BYTES = 100 * 1024;
const TARGET_RATIO = 1.2;

/** The files index.html makes the browser load before the first screen shows. */
function firstScreenFiles(distDirectory: string): string[] {
  const html = readFileSync(join(distDirectory, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  return ['index.html', ...referenced];
}

interface FirstScreen {
  /** Gzipped bytes (level 9, as the build's `.gz` copies). */
  total: number;
  /** Brotli bytes (as the build's `.br` copies, what a browser gets from a host that sends them). */
  brotli: number;
  files: [string, number, number][];
}

function gzippedSize(distDirectory: string): FirstScreen {
  const files = firstScreenFiles(distDirectory).map((file): [string, number, number] => {
    const copies = compressedCopies(readFileSync(join(distDirectory, file)));
    return [file, copies.gzip.length, copies.brotli.length];
  });
  const sum = (index: 1 | 2) => files.reduce((total, file) => total + file[index], 0);
  return { total: sum(1), brotli: sum(2), files };
}

async function buildBaseline(): Promise<string> {
  const root = resolve('node_modules/.tmp/size-baseline');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Baseline</title></head>' +
      '<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  writeFileSync(
    join(root, 'main.tsx'),
    [
      "import { createRoot } from 'react-dom/client';",
      "import { HashRouter, Route, Routes } from 'react-router';",
      "createRoot(document.getElementById('root') as HTMLElement).render(",
      '  <HashRouter><Routes><Route path="/" element={<h1>Hello</h1>} /></Routes></HashRouter>,',
      ');',
    ].join('\n'),
  );
  await build({
    configFile: resolve('vite.config.ts'),
    root,
    logLevel: 'silent',
    build: { outDir: join(root, 'dist'), emptyOutDir: true },
  });
  return join(root, 'dist');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const app = gzippedSize(resolve('dist'));
const baseline = gzippedSize(await buildBaseline());
const ratio = app.total / baseline.total;

console.log(`First-screen size, gzip -9 | brotli -11, ${new Date().toISOString().slice(0, 10)}`);
for (const [file, gzip, brotli] of app.files)
  console.log(`  ${file.padEnd(40)} ${kb(gzip).padStart(9)} | ${kb(brotli)}`);
console.log(
  `  ${'app total'.padEnd(40)} ${kb(app.total).padStart(9)} | ${kb(app.brotli)}  (gzip budget ${kb(BUDGET_BYTES)}, gated)`,
);
console.log(`  ${'bare React + ReactDOM + HashRouter'.padEnd(40)} ${kb(baseline.total)}`);
console.log(`  ${'ratio'.padEnd(40)} ${ratio.toFixed(2)} (target ${TARGET_RATIO})`);
if (process.argv.includes('--gate') && app.total > BUDGET_BYTES) {
  console.error(`The first screen weighs ${kb(app.total)}, over the ${kb(BUDGET_BYTES)} budget.`);
  process.exit(1);
}
