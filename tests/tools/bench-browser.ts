/**
 * The built app in Chromium: paste generated logs into the decode screen and measure the time to
 * the first result card and the longest main-thread task meanwhile (PerformanceObserver
 * `longtask`). Prints figures; asserts nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path.ts';
import { serveDist } from './serve-dist.ts';
import { syntheticLog } from './synthetic-log.ts';

const PORT = 4177;
const PASTE_LABEL = 'Paste reference IDs or any text containing them';

interface PasteTiming {
  readonly firstResultMs: number;
  readonly allResultsMs: number;
  readonly longestTaskMs: number;
}

/**
 * For each size: a fresh page of the built app, with a generated log of that size already handed
 * to it (deserialising 10 MB inside the measured task would count as ours), then `measure`.
 */
async function benchEachSize(
  title: string,
  header: string,
  megabyteSizes: readonly number[],
  measure: (page: Page, megabytes: number) => Promise<string>,
  generate: (bytes: number) => string = syntheticLog,
  refuseWorkers = false,
): Promise<void> {
  const server = await serveDist(PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    console.log(`\n${title} in Chromium ${browser.version()}`);
    console.log(header);
    for (const megabytes of megabyteSizes) {
      const page = await browser.newPage();
      // tsx keeps function names with a `__name` helper that the serialised function calls.
      await page.addInitScript('globalThis.__name = (target) => target');
      // As a sandboxed frame or a strict host would: every worker refused, the page reads alone.
      if (refuseWorkers) {
        await page.addInitScript(
          'globalThis.Worker = class { constructor() { throw new DOMException("refused", "SecurityError"); } }',
        );
      }
      await page.goto(`http://127.0.0.1:${PORT}/#/`);
      await page.getByLabel(PASTE_LABEL).waitFor();
      await page.evaluate(
        (text) => Object.assign(globalThis, { benchText: text }),
        generate(megabytes * 1024 * 1024),
      );
      const profile = await startProfile(page);
      console.log(await measure(page, megabytes));
      await profile?.stop(`${title} ${megabytes}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

const column = (value: number, width: number) => value.toFixed(0).padStart(width);

/**
 * With BENCH_PROFILE=dir, a CPU profile of each measured run is written there (open it in
 * Chromium's DevTools, Performance panel): where the long tasks are, not just how long.
 */
async function startProfile(page: Page): Promise<{ stop: (name: string) => Promise<void> } | null> {
  const directory = process.env.BENCH_PROFILE;
  if (directory === undefined || directory === '') return null;
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.start');
  return {
    stop: async (name) => {
      const { profile } = await session.send('Profiler.stop');
      mkdirSync(directory, { recursive: true });
      const file = join(directory, `${name.replace(/[^\w]+/g, '-')}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      console.log(`profile: ${file}`);
    },
  };
}

/**
 * Presses a key that changes nothing (Shift) every `everyMs` until `until` settles, timing how
 * long the page takes to take each press: the input latency a person would feel meanwhile.
 */
export async function probeInput<T>(
  page: Page,
  until: Promise<T>,
  everyMs = 250,
): Promise<{ result: T; presses: number; slowestPressMs: number }> {
  let settled = false;
  const done = until.finally(() => {
    settled = true;
  });
  let presses = 0;
  let slowestPressMs = 0;
  while (!settled) {
    const start = performance.now();
    await page.keyboard.press('Shift');
    slowestPressMs = Math.max(slowestPressMs, performance.now() - start);
    presses += 1;
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, everyMs))]);
  }
  return { result: await done, presses, slowestPressMs };
}

export async function benchBrowser(megabyteSizes: readonly number[]): Promise<void> {
  await benchEachSize(
    'The app (paste, then wait for cards)',
    'size   | first result ms | all decoded ms | longest main-thread task ms (10 MB targets: 500 / - / 150)',
    megabyteSizes,
    async (page, megabytes) => {
      const timing = await page.evaluate(pasteAndMeasure, PASTE_LABEL);
      return `${String(megabytes).padStart(2)} MB  | ${column(timing.firstResultMs, 15)} | ${column(timing.allResultsMs, 14)} | ${column(timing.longestTaskMs, 0)}`;
    },
  );
}

/**
 * Drops generated logs as files: time to the first reference on screen, time until the file is
 * decoded and the page shows every result, and the longest main-thread task meanwhile.
 */
export async function benchFileDrop(megabyteSizes: readonly number[]): Promise<void> {
  await benchEachSize(
    'Dropped log files (read and decoded in a worker)',
    'size   | references | first result ms | all decoded ms | longest main-thread task ms',
    megabyteSizes,
    async (page, megabytes) => {
      const timing = await page.evaluate(dropAndMeasure, { name: 'bench.log', timeoutMs: 120_000 });
      return `${String(megabytes).padStart(2)} MB  | ${column(timing.references, 10)} | ${column(timing.firstResultMs, 15)} | ${column(timing.allResultsMs, 14)} | ${column(timing.longestTaskMs, 0)}`;
    },
  );
}

/** Runs in the page: drop the text as a file, then watch the file status and the tasks. */
function dropAndMeasure({
  name,
  timeoutMs,
}: {
  name: string;
  timeoutMs: number;
}): Promise<PasteTiming & { references: number }> {
  const { benchText: text } = globalThis as unknown as { benchText: string };
  // Made in a task of its own: copying 40 MB into a File is the bench's work, not the page's.
  const file = new File([text], name);
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(
    () =>
      new Promise<PasteTiming & { references: number }>((resolve, reject) => {
        const tasks: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        });
        observer.observe({ type: 'longtask' });
        let firstResultMs = Number.NaN;
        const start = performance.now();
        const poll = () => {
          const now = performance.now() - start;
          if (Number.isNaN(firstResultMs) && document.querySelector('.reference-list article')) {
            firstResultMs = now;
          }
          const fileStatus = document.querySelector('.file-status')?.textContent ?? '';
          const status = document.querySelector('.result-status')?.textContent ?? '';
          const decoded = /^Decoded ([\d,]+)/.exec(fileStatus);
          const count = decoded?.[1]?.replace(/,/g, '');
          const tableStatus = document.querySelector('.table-status')?.textContent ?? '';
          // All results: the figures, and the table's first page of the whole batch.
          if (
            decoded &&
            status.startsWith('Found') &&
            document.querySelector('.batch-summary') &&
            tableStatus.startsWith(`${Number(count).toLocaleString('en-US')} references.`)
          ) {
            observer.disconnect();
            resolve({
              references: Number(decoded[1]?.replace(/,/g, '')),
              firstResultMs,
              allResultsMs: now,
              longestTaskMs: Math.max(0, ...tasks),
            });
          } else if (now > timeoutMs) {
            reject(new Error(`not decoded after ${timeoutMs / 1000} s; file: ${fileStatus}`));
          } else {
            requestAnimationFrame(poll);
          }
        };
        const dataTransfer = new DataTransfer();
        dataTransfer.items.add(file);
        document.body.dispatchEvent(
          new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }),
        );
        requestAnimationFrame(poll);
      }),
  );
}

/**
 * Runs in the page, once a batch is in: types a filter into the table (as one input event) and
 * times until the table says how many match; then sorts by code twice (ascending, descending)
 * and times until the first row is a code-102 reference. Longest task over both.
 */
function filterSortAndMeasure({
  filter,
  matching,
}: {
  filter: string;
  matching: number;
}): Promise<{ filterMs: number; sortMs: number; longestTaskMs: number }> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const until = (done: () => boolean) =>
    new Promise<number>((resolve, reject) => {
      const start = performance.now();
      const poll = () => {
        if (done()) resolve(performance.now() - start);
        else if (performance.now() - start > 120_000) reject(new Error('table did not answer'));
        else requestAnimationFrame(poll);
      };
      poll();
    });
  const input = [...document.querySelectorAll('input')].find(
    (element) => element.labels?.[0]?.textContent === 'Filter references',
  );
  const codeButton = [...document.querySelectorAll('th button')].find((button) =>
    button.textContent?.startsWith('Code'),
  ) as HTMLButtonElement | undefined;
  if (input === undefined || codeButton === undefined) throw new Error('table controls not found');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setValue?.call(input, filter);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return until(() =>
    (document.querySelector('.table-status')?.textContent ?? '').startsWith(
      `${matching.toLocaleString('en-US')} of `,
    ),
  ).then(async (filterMs) => {
    codeButton.click();
    await until(() => codeButton.closest('th')?.getAttribute('aria-sort') === 'ascending');
    codeButton.click();
    const firstReference = () =>
      document.querySelector('.references-table tbody tr a')?.textContent ?? '';
    const sortMs = await until(() => firstReference().startsWith('102.'));
    observer.disconnect();
    return { filterMs, sortMs, longestTaskMs: Math.max(0, ...tasks) };
  });
}

/** Runs in the page: a paste as the browser delivers it, then watch the DOM and the tasks. */
function pasteAndMeasure(label: string): Promise<PasteTiming> {
  return new Promise((resolve, reject) => {
    const { benchText: text } = globalThis as unknown as { benchText: string };
    const box = [...document.querySelectorAll('textarea')].find(
      (area) => area.labels?.[0]?.textContent === label,
    );
    if (box === undefined) {
      reject(new Error('paste box not found'));
      return;
    }
    const tasks: number[] = [];
    // Observed from the next task on: this one only dispatches the paste.
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    let firstResultMs = Number.NaN;
    const start = performance.now();
    const poll = () => {
      const now = performance.now() - start;
      if (Number.isNaN(firstResultMs) && document.querySelector('.reference-list article')) {
        firstResultMs = now;
      }
      const status = document.querySelector('.result-status')?.textContent ?? '';
      if (status.startsWith('Found')) {
        observer.disconnect();
        resolve({ firstResultMs, allResultsMs: now, longestTaskMs: Math.max(0, ...tasks) });
      } else if (now > 60_000) {
        reject(new Error(`no result after 60 s; status: ${status}`));
      } else {
        requestAnimationFrame(poll);
      }
    };
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    box.focus();
    box.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
    requestAnimationFrame(poll);
  });
}

/**
 * `count` distinct references, one per line, as an incident export has them: a few dozen edge
 * servers, a day of timestamps, a handful of reason codes, a distinct request id each.
 */
export function manyReferences(count: number): string {
  const lines: string[] = [];
  const codes = [18, 18, 18, 30, 97, 102];
  for (let index = 0; index < count; index += 1) {
    const edgeIp = (0x4c96df00 + (index % 32)).toString(16);
    const epoch = 1_764_000_000 + Math.floor((index * 86_400) / count);
    lines.push(
      `${codes[index % codes.length]}.${edgeIp}.${epoch}.${(0x100000 + index).toString(16)}`,
    );
  }
  return lines.join('\n');
}

/** A HAR of about `bytes`: mostly successful calls with cookies, every tenth refused by Akamai. */
export function syntheticHar(bytes: number): string {
  const entries: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index += 1) {
    const refused = index % 10 === 0;
    const reference = `18.${(0x2000bda1 + index).toString(16)}.${1_764_000_000 + index}.${index.toString(16)}`;
    const entry = JSON.stringify({
      startedDateTime: new Date((1_764_000_000 + index) * 1000).toISOString(),
      request: {
        method: 'POST',
        url: `https://ccs.example.com/rest/apis/customer/v1/accounts/${index}?page=2`,
        headers: [
          { name: 'Cookie', value: `JSESSIONID=FAKE${index}; ak_bmsc=FAKE` },
          { name: 'Content-Type', value: 'application/json' },
        ],
      },
      response: {
        status: refused ? 403 : 200,
        headers: [
          { name: 'Content-Type', value: 'application/json' },
          ...(refused ? [{ name: 'X-Reference-Error', value: reference }] : []),
        ],
        content: {
          mimeType: 'application/json',
          text: refused
            ? `Reference #${reference}`
            : '{"ok":true,"rows":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]}',
        },
      },
    });
    entries.push(entry);
    size += entry.length + 1;
  }
  return `{"log":{"version":"1.2","entries":[${entries.join(',')}]}}`;
}

/** A file of a million distinct references dropped on the page (worker on). */
export async function benchMillionReferences(): Promise<void> {
  const count = 1_000_000;
  await benchEachSize(
    'A million references in one dropped file (worker)',
    'size   | references | first result ms | all decoded ms | longest main-thread task ms | key presses: slowest ms (target: - / - / 200 / 200)',
    [0],
    async (page) => {
      const { result: timing, ...input } = await probeInput(
        page,
        page.evaluate(dropAndMeasure, { name: 'million.log', timeoutMs: 300_000 }),
      );
      // Then the table over all of them: a filter (one edge server of 32) and a sort by code.
      const { result: table, ...tableInput } = await probeInput(
        page,
        page.evaluate(filterSortAndMeasure, { filter: '4c96df1f', matching: count / 32 }),
      );
      return [
        `${String(Math.round(manyReferences(count).length / 1024 / 1024)).padStart(2)} MB  | ${column(timing.references, 10)} | ${column(timing.firstResultMs, 15)} | ${column(timing.allResultsMs, 14)} | ${column(timing.longestTaskMs, 27)} | ${input.presses}: ${column(input.slowestPressMs, 0)}`,
        `then the table: filter by an edge server ${column(table.filterMs, 0)} ms, sort by code descending ${column(table.sortMs, 0)} ms, longest task ${column(table.longestTaskMs, 0)} ms, key presses ${tableInput.presses}: slowest ${column(tableInput.slowestPressMs, 0)} ms`,
      ].join('\n');
    },
    () => manyReferences(count),
  );
}

/** A 40 MB HAR read where no worker can start: on the main thread, in slices. */
export async function benchHarWithoutWorker(): Promise<void> {
  await benchEachSize(
    'A HAR dropped where workers are refused (main thread)',
    'size   | references | first result ms | all decoded ms | longest main-thread task ms | key presses: slowest ms (target: - / - / 200 / 200)',
    [40],
    async (page, megabytes) => {
      const { result: timing, ...input } = await probeInput(
        page,
        page.evaluate(dropAndMeasure, { name: 'recording.har', timeoutMs: 300_000 }),
      );
      return `${String(megabytes).padStart(2)} MB  | ${column(timing.references, 10)} | ${column(timing.firstResultMs, 15)} | ${column(timing.allResultsMs, 14)} | ${column(timing.longestTaskMs, 27)} | ${input.presses}: ${column(input.slowestPressMs, 0)}`;
    },
    syntheticHar,
    true,
  );
}
