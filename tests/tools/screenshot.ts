/**
 * Renders every screen state of the built app at four widths, light and dark, for a person to
 * look at: empty, decoded, batch, a large batch filtered and selected and its SR, service request,
 * codes, one code, embed.
 * Usage: npm run screenshots (builds first, serves dist on a free port, writes screenshots/ and
 * the README's two pictures in tests/e2e/screenshots/). `npm run screenshots -- batch` renders one
 * state only.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { incidentLog } from '../e2e/incident-data.ts';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path.ts';
import { serveDist } from './serve-dist.ts';

/** A port nobody listens on: a fixed one could be another checkout's server, showing its build. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

const PORT = await freePort();
const BASE = `http://127.0.0.1:${PORT}`;
const OUTPUT = 'screenshots';
const README_SHOTS = 'tests/e2e/screenshots';
export const WIDTHS = [390, 768, 1280, 1920] as const;
const PASTE_LABEL = 'Paste reference IDs or any text containing them';
const fixture = (path: string) => readFileSync(`tests/fixtures/${path}`, 'utf8');
const errorPage = fixture('akamai-access-denied.html');

/** An hour-long incident log with one reference from the day before, as dropped from a gateway. */
const DROPPED = [
  { name: 'incident-last-hour.log', text: incidentLog(Math.floor(Date.now() / 1000)) },
];

async function dropIncident(page: Page) {
  await page.getByRole('button', { name: 'Choose files…' }).waitFor();
  await page.evaluate((files) => {
    const dataTransfer = new DataTransfer();
    for (const { name, text } of files) dataTransfer.items.add(new File([text], name));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }),
      );
    }
  }, DROPPED);
  await page.getByRole('table', { name: /Decoded references, sortable/ }).waitFor();
  await page.getByText(/^Found \d+ references/).waitFor();
  // The rows come from the worker a moment after the figures.
  await page
    .locator('.table-status')
    .filter({ hasText: /^\d+ references\./ })
    .waitFor();
}

/** A day of a busy gateway's refusals: 100,000 references, one every second or so. */
function busyDayLog(count: number): string {
  const codes = [18, 18, 18, 30, 97, 102];
  const paths = ['meter/v1/reads', 'customer/v1/contacts/primary', 'billing/v2/statements'];
  const start = Math.floor(Date.now() / 1000) - 20 * 3600;
  return Array.from({ length: count }, (_, index) => {
    const code = codes[index % codes.length] ?? 18;
    const edgeIp = (0x4c96df10 + (index % 24)).toString(16);
    const epoch = start + Math.floor((index * 72_000) / count);
    const time = new Date(epoch * 1000).toISOString();
    return `${time} WARN GET https://api.example-utility.com/rest/apis/${paths[index % paths.length]} ${code === 18 ? 403 : 503} Reference #${code}.${edgeIp}.${epoch}.${(0x100000 + index).toString(16)}`;
  }).join('\n');
}

/** 100,000 references dropped, filtered to one edge server's code-18 calls, all of them selected. */
async function openLargeBatch(page: Page) {
  await page.goto(`${BASE}/#/`);
  await page.getByRole('button', { name: 'Choose files…' }).waitFor();
  await page.evaluate((text) => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([text], 'gateway-2026-11-28.log'));
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }),
    );
  }, busyDayLog(100_000));
  await page.getByText('Found 100,000 references.').waitFor({ timeout: 120_000 });
  await page.getByLabel('Filter references').fill('contacts 4c96df17');
  await page.getByLabel('Reason code or HTTP status').selectOption('code:18');
  await page
    .locator('.table-status')
    .filter({ hasText: / of 100,000 references match/ })
    .waitFor();
  await page.getByLabel(/^Select all [\d,]+ matching references$/).check();
  await page
    .locator('.table-status')
    .filter({ hasText: /selected/ })
    .waitFor();
}

const STATES: readonly { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'empty',
    open: async (page) => {
      await page.goto(`${BASE}/#/`);
      await page.getByRole('heading', { name: 'What to paste' }).waitFor();
    },
  },
  {
    name: 'decoded',
    open: async (page) => {
      await page.goto(`${BASE}/#/`);
      await page.getByLabel(PASTE_LABEL).fill(errorPage);
      await page.getByRole('article').waitFor();
    },
  },
  {
    name: 'batch',
    open: async (page) => {
      await page.goto(`${BASE}/#/`);
      await dropIncident(page);
    },
  },
  {
    name: 'large-batch',
    open: async (page) => {
      await openLargeBatch(page);
    },
  },
  {
    // The SR drafted for the freshest 100 of a large selection: it must state the whole incident.
    name: 'large-batch-sr',
    open: async (page) => {
      await openLargeBatch(page);
      await page.getByRole('link', { name: /^Draft an SR for the freshest 100 of/ }).click();
      await page.getByRole('button', { name: 'Copy description' }).waitFor();
    },
  },
  {
    name: 'sr',
    open: async (page) => {
      await page.goto(`${BASE}/#/`);
      await page.getByLabel(PASTE_LABEL).fill(errorPage);
      await page.getByRole('link', { name: 'Draft SR for this reference' }).click();
      await page.getByRole('button', { name: 'Copy description' }).waitFor();
    },
  },
  {
    name: 'codes',
    open: async (page) => {
      await page.goto(`${BASE}/#/codes`);
      await page.getByLabel('Filter codes by number, name or words').fill('403');
      await page.getByText(/codes match/).waitFor();
    },
  },
  {
    name: 'code-18',
    open: async (page) => {
      await page.goto(`${BASE}/#/codes/18`);
      await page.getByRole('heading', { level: 1 }).waitFor();
    },
  },
  {
    name: 'embed',
    open: async (page) => {
      await page.goto(`${BASE}/#/embed`);
      await page.getByLabel(PASTE_LABEL).fill(errorPage);
      await page.getByRole('article').waitFor();
    },
  },
];

const only = process.argv[2];
mkdirSync(OUTPUT, { recursive: true });
const server = await serveDist(PORT);
try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 844 : 900 },
        colorScheme: scheme,
        timezoneId: 'Europe/Berlin',
        locale: 'en-GB',
      });
      for (const state of STATES.filter((candidate) => !only || candidate.name === only)) {
        const page = await context.newPage();
        await state.open(page);
        const path = `${OUTPUT}/${state.name}-${width}-${scheme}.png`;
        await page.screenshot({ path, fullPage: true });
        await page.close();
        console.log(`Wrote ${path}`);
      }
      await context.close();
    }
  }
  if (!only) {
    // The README's pictures: a decoded error page on a laptop, and the batch view's summary on a phone.
    copyFileSync(`${OUTPUT}/decoded-1280-light.png`, `${README_SHOTS}/decode-screen.png`);
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await STATES.find((state) => state.name === 'batch')?.open(page);
    const summary = await page.getByRole('region', { name: 'Summary' }).boundingBox();
    await page.screenshot({
      path: `${README_SHOTS}/batch-view.png`,
      fullPage: true,
      clip: { x: 0, y: (summary?.y ?? 0) - 60, width: 390, height: 1500 },
    });
    await context.close();
    console.log(`Wrote ${README_SHOTS}/decode-screen.png and batch-view.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
