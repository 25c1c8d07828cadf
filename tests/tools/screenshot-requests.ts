/**
 * Takes the README's screenshot of the allowlist and network requests screen from the built app,
 * and with `--review DIR` the same screen at 390 and 1280 px, light and dark, for a look.
 * Usage: npx vite build && npx tsx tests/tools/screenshot-requests.ts [--review DIR]
 */

import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { issue } from '../core/network/certificate-factory.ts';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path.ts';
import { serveDist } from './serve-dist.ts';

const PORT = 4176;
const OUTPUT = 'tests/e2e/screenshots/requests-screen.png';
const reviewIndex = process.argv.indexOf('--review');
const reviewDir = reviewIndex === -1 ? null : process.argv[reviewIndex + 1];

async function fillInbound(page: Page): Promise<void> {
  await page.goto(`http://127.0.0.1:${PORT}/#/requests?kind=inbound`);
  await page.getByLabel('Change').selectOption('add');
  await page.getByLabel('Environment name').fill('PROD');
  await page.getByLabel('Service', { exact: true }).selectOption('customer-cloud-service');
  await page.getByLabel('Connectivity').selectOption('public-internet');
  await page
    .getByLabel('Sources, one per line')
    .fill(
      '52.10.20.0/28\n203.0.113.5/24\n2a00:1450:4001::/48\nocid1.tenancy.oc1..aaaaaaaabbbbbbbbccccccccdddddddd',
    );
  await page
    .getByLabel('Paths these sources may reach, one per line (optional)')
    .fill('/rest/apis/customer/');
  await page
    .getByLabel('Justification')
    .fill('New meter-read integration server in our Frankfurt data centre.');
  await page.getByRole('list', { name: 'Verdict for each source line' }).waitFor();
}

/** The other two kinds, for the review only: a self-signed certificate and an Akamai DNS answer. */
async function fillOthers(page: Page, width: number, scheme: string, dir: string): Promise<void> {
  const now = Date.now();
  const { pem } = await issue({
    commonName: 'erp.example.com',
    dnsNames: ['erp.example.com'],
    notBefore: new Date(now - 864e6),
    notAfter: new Date(now + 864e7),
  });
  await page.goto(`http://127.0.0.1:${PORT}/#/requests?kind=outbound`);
  await page
    .getByLabel('Targets, one per line')
    .fill('https://erp.example.com/ouaf/notify\nhttps://erp.example.com:8443/x');
  await page.getByLabel('Certificate chain (PEM)').fill(pem);
  await page.getByRole('list', { name: 'Certificate findings' }).waitFor();
  await page.screenshot({ path: `${dir}/outbound-${width}-${scheme}.png`, fullPage: true });
  await page.goto(`http://127.0.0.1:${PORT}/#/requests?kind=home-region&connectivity=vpn-connect`);
  await page
    .getByLabel('DNS lookup output')
    .fill(readFileSync('tests/fixtures/dns/dig-akamai.txt', 'utf8'));
  await page.getByText('CNAME chain').waitFor();
  await page.screenshot({ path: `${dir}/home-region-${width}-${scheme}.png`, fullPage: true });
}

const server = await serveDist(PORT);
try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const shots: { width: number; scheme: 'light' | 'dark'; path: string }[] = [
    { width: 1100, scheme: 'light', path: OUTPUT },
    ...(reviewDir === null || reviewDir === undefined
      ? []
      : [390, 1280].flatMap((width) =>
          (['light', 'dark'] as const).map((scheme) => ({
            width,
            scheme,
            path: `${reviewDir}/requests-${width}-${scheme}.png`,
          })),
        )),
  ];
  for (const { width, scheme, path } of shots) {
    const page = await browser.newPage({
      viewport: { width, height: 900 },
      colorScheme: scheme,
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    await fillInbound(page);
    await page.screenshot({ path, fullPage: true });
    if (reviewDir && path !== OUTPUT) await fillOthers(page, width, scheme, reviewDir);
    await page.close();
    console.log(`Wrote ${path}`);
  }
  await browser.close();
} finally {
  server.kill();
}
