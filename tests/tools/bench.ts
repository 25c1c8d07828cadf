/**
 * Extraction speed as a ratio to a bare regex scan of the same text, measured in one run so
 * the machine's noise affects both sides alike (bench-extraction.ts); then the built app in
 * Chromium (bench-browser.ts).
 * Prints figures; asserts nothing. Run after `vite build` (npm run bench does both).
 */
import { analysePastedText, extractReferences } from '../../src/core/index.ts';
import {
  benchBrowser,
  benchFileDrop,
  benchHarWithoutWorker,
  benchMillionReferences,
} from './bench-browser.ts';
import { benchExtraction } from './bench-extraction.ts';

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

benchExtraction();

console.log('\nHostile input: 2 MB against 256 KB of the same unit (linear 8, quadratic 64)');
console.log('unit                      | 256 KB ms | 2 MB ms | ratio');
for (const unit of [
  '1.1.1.1.',
  '&#46;',
  '&amp;amp;#46;',
  'Reference #1.',
  '18.4c96df17.1644609140.',
]) {
  const repeat = (bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));
  const small = repeat(256 * 1024);
  const large = repeat(2 * 1024 * 1024);
  extractReferences(small); // warm up
  const smallMs = timeMs(() => extractReferences(small));
  const largeMs = timeMs(() => extractReferences(large));
  console.log(
    `${unit.padEnd(25)} | ${smallMs.toFixed(1).padStart(9)} | ${largeMs.toFixed(1).padStart(7)} | ${(largeMs / smallMs).toFixed(1)}`,
  );
}

/** The same refused calls as JSON records, one per line or all on one line (a minified body). */
function refusedCalls(bytes: number): string[] {
  const records: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index += 1) {
    const reference = `18.${(0x2000bda1 + index).toString(16)}.1764320000.${index.toString(16)}`;
    const record = `{"time":"2025-11-28T08:53:20Z","method":"POST","url":"https://ccs.example.com/rest/apis/customer/v1/accounts/${index}","status":403,"reference":"${reference}"}`;
    records.push(record);
    size += record.length + 1;
  }
  return records;
}

console.log('\nOne long line vs the same references on separate lines (paste analysis, 2 MiB)');
console.log('references | separate lines ms | one line ms | ratio (target <= 3)');
{
  const records = refusedCalls(2 * 1024 * 1024);
  const separate = records.join('\n');
  const oneLine = records.join(',');
  const analyse = (text: string) => analysePastedText(text).found.length;
  analyse(separate); // warm up
  analyse(oneLine);
  const separateMs = timeMs(() => analyse(separate));
  const oneLineMs = timeMs(() => analyse(oneLine));
  console.log(
    `${String(records.length).padStart(10)} | ${separateMs.toFixed(0).padStart(17)} | ${oneLineMs.toFixed(0).padStart(11)} | ${(oneLineMs / separateMs).toFixed(2)}`,
  );
}

await benchBrowser([1, 10]);
// 49 MB: the generator overshoots a little, and 50 MB is the per-file limit.
await benchFileDrop([10, 49]);
await benchMillionReferences();
await benchHarWithoutWorker();
