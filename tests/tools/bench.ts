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

// Linear time on hostile input: 8 times the text should cost about 8 times as much (64 would be
// quadratic). A ratio of fastest runs, measured here and not asserted in the unit suite, where a
// busy machine would make it flaky.
const HOSTILE_UNITS = [
  ['dotted quads', '1.1.1.1.'],
  ['encoded dots', '&#46;'],
  ['nested entities', '&amp;amp;#46;'],
  ['label look-alikes', 'Reference #1.'],
  ['near misses', '18.4c96df17.1644609140.'],
] as const;

function fastestMs(run: () => unknown): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < RUNS; attempt += 1) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

console.log('\nHostile input, 2 MB vs 256 KB (fastest of 5; linear is 8, quadratic 64)');
console.log('input             | 256 KB ms | 2 MB ms | ratio (target <= 16)');
for (const [name, unit] of HOSTILE_UNITS) {
  const repeat = (bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));
  const small = repeat(256 * 1024);
  const large = repeat(2 * 1024 * 1024);
  extractReferences(small); // warm up
  const smallMs = fastestMs(() => extractReferences(small));
  const largeMs = fastestMs(() => extractReferences(large));
  console.log(
    `${name.padEnd(17)} | ${smallMs.toFixed(1).padStart(9)} | ${largeMs.toFixed(1).padStart(7)} | ${(largeMs / smallMs).toFixed(1)}`,
  );
}

await benchBrowser([1, 10]);
// 49 MB: the generator overshoots a little, and 50 MB is the per-file limit.
await benchFileDrop([10, 49]);
