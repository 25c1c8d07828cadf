/**
 * Takes the README's screenshot of the decode screen from the real, built app.
 * Usage: npm run screenshot (builds first, serves dist on a free port, writes the PNG).
 */
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path.ts';

const PORT = 4175;
const OUTPUT = 'tests/e2e/screenshots/decode-screen.png';
const errorPage = readFileSync('tests/fixtures/akamai-access-denied.html', 'utf8');

const server = spawn('node', ['--import', 'tsx', 'tests/tools/static-server.ts', String(PORT)], {
  stdio: 'ignore',
});
try {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const page = await browser.newPage({
    viewport: { width: 1000, height: 900 },
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  await page.goto(`http://127.0.0.1:${PORT}/#/`);
  await page.getByLabel('Paste reference IDs or any text containing them').fill(errorPage);
  await page.getByRole('article').waitFor();
  await page.screenshot({ path: OUTPUT, fullPage: true });
  await browser.close();
  console.log(`Wrote ${OUTPUT}`);
} finally {
  server.kill();
}
