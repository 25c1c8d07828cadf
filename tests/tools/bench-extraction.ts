/**
 * Extraction against the scan floor (issue 15): CPU time of `extractReferences` as a ratio to a
 * bare regex scan of the same 10 MB, both measured in one run with `process.cpuUsage()`, so the
 * machine's load weighs on both sides alike; and memory, each measured in a fresh process.
 * The old implementation (tests/core/reference/oracle, kept while both exist) runs beside the new one.
 * Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extractReferences } from '../../src/core/index.ts';
import { extractLocatedReferences as oracleExtract } from '../core/reference/oracle/extract.ts';
import { syntheticLog } from './synthetic-log.ts';

const BARE_SCAN = /\d{1,3}\.[0-9a-f]{1,8}\.\d{10}\.[0-9a-f]{1,8}/gi;
const ROUNDS = 7;
const BYTES = 10 * 1024 * 1024;
const NOW = Date.UTC(2026, 10, 28);

const implementations = {
  new: (text: string) => extractReferences(text, { now: NOW }).references.length,
  old: (text: string) => oracleExtract(text, { now: NOW }).located.length,
} as const;
type Implementation = keyof typeof implementations;

/**
 * A gateway log of successful calls with a few refused ones, their references encoded (the
 * issue's case). The incident log below, a tenth of its lines refused, shows the cost of 10,000
 * results.
 */
function logWithFewEncoded(): string {
  const lines = syntheticLog(BYTES)
    .split('\n')
    .filter((line) => !line.includes(' WARN '));
  const dots = ['&#46;', '%2E', '\\u002e', '&amp;#46;', '&#x2e;'];
  for (let index = 0; index < 10; index += 1) {
    const dot = dots[index % dots.length] ?? '.';
    const reference = ['18', (0x2000bda1 + index).toString(16), '1764000000', index.toString(16)];
    lines[Math.floor(((index + 0.5) * lines.length) / 10)] =
      `2025-11-24T16:00:00.000Z WARN  gw body=Reference&#32;&#35;${reference.join(dot)}`;
  }
  return lines.join('\n');
}

/** Akamai's error page as served (every dot, colon and slash an entity), one per refused call. */
function errorPages(): string {
  const page = readFileSync(
    new URL('../fixtures/akamai-access-denied.html', import.meta.url),
    'utf8',
  );
  const pages: string[] = [];
  let size = 0;
  for (let index = 0; size < BYTES; index += 1) {
    // A new reference every 20 pages: an incident's pages, many per reference.
    const edgeIp = (0x2000bda1 + Math.floor(index / 20)).toString(16);
    const next = page.replaceAll('4c96df17', edgeIp);
    pages.push(next);
    size += next.length + 1;
  }
  return pages.join('\n');
}

/** HTML source where text is entity-encoded throughout: a saved report of refused calls. */
function entityTable(): string {
  const rows: string[] = ['<!DOCTYPE html><html><body><table>'];
  let size = 0;
  for (let index = 0; size < BYTES; index += 1) {
    const cell =
      index % 20 === 0
        ? `Access&nbsp;Denied &mdash; Reference&nbsp;&#35;18&#46;${(0x2000bda1 + index).toString(16)}&#46;1764000000&#46;${index.toString(16)}`
        : `Caf&eacute; &amp; Cr&egrave;me &#8220;ok&#8221; &copy;&nbsp;2025`;
    const row = `<tr><td>2025-11-28&nbsp;08:53:${String(index % 60).padStart(2, '0')}</td><td>&lt;POST&gt; &quot;&#x2F;rest&#x2F;apis&#x2F;customer&#x2F;v1&#x2F;accounts&#x2F;${index}&quot;</td><td>${cell}</td></tr>`;
    rows.push(row);
    size += row.length + 1;
  }
  rows.push('</table></body></html>');
  return rows.join('\n');
}

const cases = {
  'log, few encoded': { text: logWithFewEncoded, target: 2 },
  'HTML error pages': { text: errorPages, target: 20 },
  'HTML entity table': { text: entityTable, target: 20 },
  'incident log': { text: () => syntheticLog(BYTES), target: null },
} as const;
type CaseName = keyof typeof cases;

function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * In a fresh process that makes the text and extracts once: its peak RSS (the same baseline for
 * old and new, so the difference is theirs) and the heap still used after a collection (the
 * result, and the last string a regular expression read, which V8 keeps).
 */
function measureMemory(implementation: Implementation, caseName: CaseName): void {
  const gc = exposeGc();
  const text = cases[caseName].text();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = implementations[implementation](text);
  gc();
  console.log(
    JSON.stringify({
      kept,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      heapMb: (process.memoryUsage().heapUsed - before) / 1024 / 1024,
    }),
  );
}

function memoryOf(
  implementation: Implementation,
  caseName: CaseName,
): { peakRssMb: number; heapMb: number } {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), 'memory', implementation, caseName],
    { encoding: 'utf8' },
  );
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    throw new Error(`memory child failed: ${child.stderr}`);
  }
  return JSON.parse(line) as { peakRssMb: number; heapMb: number };
}

export function benchExtraction(): void {
  console.log(
    `\nExtraction vs a bare regex scan, 10 MB, CPU time (process.cpuUsage), median of ${ROUNDS} interleaved rounds`,
  );
  console.log(
    'text              | refs  | bare ms | new ms | new ratio (target)   | old ms | old ratio | peak RSS new/old MB | heap kept new/old MB',
  );
  for (const [caseName, { text: makeText, target }] of Object.entries(cases) as [
    CaseName,
    (typeof cases)[CaseName],
  ][]) {
    const text = makeText();
    const references = implementations.new(text);
    if (implementations.old(text) !== references)
      throw new Error(`${caseName}: old and new differ`);
    const samples = { bare: [] as number[], new: [] as number[], old: [] as number[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      samples.bare.push(cpuMs(() => text.match(BARE_SCAN)?.length ?? 0));
      samples.new.push(cpuMs(() => implementations.new(text)));
      samples.old.push(cpuMs(() => implementations.old(text)));
    }
    const [bareMs, newMs, oldMs] = [median(samples.bare), median(samples.new), median(samples.old)];
    const memoryNew = memoryOf('new', caseName);
    const memoryOld = memoryOf('old', caseName);
    const verdict =
      target === null
        ? '(no target)'
        : `(<= ${target}) ${newMs / bareMs <= target ? 'met' : 'NOT met'}`;
    console.log(
      [
        caseName.padEnd(17),
        String(references).padStart(5),
        bareMs.toFixed(0).padStart(7),
        newMs.toFixed(0).padStart(6),
        `${(newMs / bareMs).toFixed(1)} ${verdict}`.padEnd(20),
        oldMs.toFixed(0).padStart(6),
        (oldMs / bareMs).toFixed(1).padStart(9),
        `${memoryNew.peakRssMb.toFixed(0)} / ${memoryOld.peakRssMb.toFixed(0)}`.padStart(19),
        `${memoryNew.heapMb.toFixed(1)} / ${memoryOld.heapMb.toFixed(1)}`.padStart(22),
      ].join(' | '),
    );
  }
}

const [mode, implementation, caseName] = process.argv.slice(2);
if (mode === 'memory') measureMemory(implementation as Implementation, caseName as CaseName);
// Run on its own (`npx tsx tests/tools/bench-extraction.ts`): the Node table alone, without
// building the app or launching Chromium (bench.ts imports this file and prints it first).
else if (process.argv[1] === fileURLToPath(import.meta.url)) benchExtraction();
