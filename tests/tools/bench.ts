/**
 * Extraction speed as a ratio to a bare regex scan of the same text, measured in one run so
 * the machine's noise affects both sides alike; then the built app in Chromium (bench-browser.ts).
 * Prints figures; asserts nothing. Run after `vite build` (npm run bench does both).
 */
import { extractReferences } from '../../src/core/index.ts';
import { benchBrowser, benchFileDrop } from './bench-browser.ts';
import { syntheticLog } from './synthetic-log.ts';

const BARE_SCAN = /\d{1,3}\.[0-9a-f]{1,8}\.\d{10}\.[0-9a-f]{1,8}/gi;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeMs(run: () => unknown): number {
  const samples: number[] = [];
  for (let attempt = 0; attempt < RUNS; attempt += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

console.log(`Core extraction benchmark (Node ${process.version}, median of ${RUNS} runs)`);
console.log('size   | references | extract ms | bare regex ms | ratio (target <= 2)');
for (const megabytes of [1, 10]) {
  const text = syntheticLog(megabytes * 1024 * 1024);
  extractReferences(text); // warm up
  const found = extractReferences(text).references.length;
  const extractMs = timeMs(() => extractReferences(text));
  const bareMs = timeMs(() => text.match(BARE_SCAN)?.length ?? 0);
  console.log(
    `${String(megabytes).padStart(2)} MB  | ${String(found).padStart(10)} | ${extractMs.toFixed(1).padStart(10)} | ${bareMs.toFixed(1).padStart(13)} | ${(extractMs / bareMs).toFixed(2)}`,
  );
}

await benchBrowser([1, 10]);
// 49 MB: the generator overshoots a little, and 50 MB is the per-file limit.
await benchFileDrop([10, 49]);
