/**
 * The built app in Chromium: paste generated logs into the decode screen and measure the time to
 * the first result card and the longest main-thread task meanwhile (PerformanceObserver
 * `longtask`). Prints figures; asserts nothing.
 */
import { chromium } from '@playwright/test';
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

export async function benchBrowser(megabyteSizes: readonly number[]): Promise<void> {
  const server = await serveDist(PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    console.log(`\nThe app in Chromium ${browser.version()} (paste, then wait for cards)`);
    console.log(
      'size   | first result ms | all decoded ms | longest main-thread task ms (target: 1000 / - / 200)',
    );
    for (const megabytes of megabyteSizes) {
      const page = await browser.newPage();
      // tsx keeps function names with a `__name` helper that the serialised function calls.
      await page.addInitScript('globalThis.__name = (target) => target');
      await page.goto(`http://127.0.0.1:${PORT}/#/`);
      await page.getByLabel(PASTE_LABEL).waitFor();
      // Hand the text over first: deserialising 10 MB inside the measured task would count as ours.
      await page.evaluate(
        (text) => Object.assign(globalThis, { benchText: text }),
        syntheticLog(megabytes * 1024 * 1024),
      );
      const timing = await page.evaluate(pasteAndMeasure, PASTE_LABEL);
      console.log(
        `${String(megabytes).padStart(2)} MB  | ${timing.firstResultMs.toFixed(0).padStart(15)} | ${timing.allResultsMs.toFixed(0).padStart(14)} | ${timing.longestTaskMs.toFixed(0)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

/**
 * Drops generated logs as files: time to the first reference on screen, time until the file is
 * decoded and the page shows every result, and the longest main-thread task meanwhile.
 */
export async function benchFileDrop(megabyteSizes: readonly number[]): Promise<void> {
  const server = await serveDist(PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    console.log(
      `\nDropped log files in Chromium ${browser.version()} (read and decoded in a worker)`,
    );
    console.log(
      'size   | references | first result ms | all decoded ms | longest main-thread task ms',
    );
    for (const megabytes of megabyteSizes) {
      const page = await browser.newPage();
      await page.addInitScript('globalThis.__name = (target) => target');
      await page.goto(`http://127.0.0.1:${PORT}/#/`);
      await page.getByLabel(PASTE_LABEL).waitFor();
      await page.evaluate(
        (text) => Object.assign(globalThis, { benchText: text }),
        syntheticLog(megabytes * 1024 * 1024),
      );
      const timing = await page.evaluate(dropAndMeasure);
      console.log(
        `${String(megabytes).padStart(2)} MB  | ${String(timing.references).padStart(10)} | ${timing.firstResultMs.toFixed(0).padStart(15)} | ${timing.allResultsMs.toFixed(0).padStart(14)} | ${timing.longestTaskMs.toFixed(0)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

/** Runs in the page: drop the text as a file, then watch the file status and the tasks. */
function dropAndMeasure(): Promise<PasteTiming & { references: number }> {
  return new Promise((resolve, reject) => {
    const { benchText: text } = globalThis as unknown as { benchText: string };
    const file = new File([text], 'bench.log');
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
      if (decoded && status.startsWith('Found') && document.querySelector('.batch-summary')) {
        observer.disconnect();
        resolve({
          references: Number(decoded[1]?.replace(/,/g, '')),
          firstResultMs,
          allResultsMs: now,
          longestTaskMs: Math.max(0, ...tasks),
        });
      } else if (now > 120_000) {
        reject(new Error(`not decoded after 120 s; file: ${fileStatus}`));
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
