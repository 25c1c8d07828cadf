import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { dropFiles, readFixture, expect, test, type DroppedFile } from './fixtures.ts';

const INCIDENT: DroppedFile[] = [
  { name: 'gateway.log', text: readFixture('triage/hand-counted.log') },
  { name: 'access-denied.html', text: readFixture('akamai-access-denied.html') },
  { name: 'forwarded.eml', text: readFixture('triage/forwarded.eml') },
  { name: 'incident.har', text: readFixture('triage/incident.har') },
];
const FAKE_SECRET = /FAKE-|JSESSIONID|ak_bmsc/;

async function saved(page: Page, button: string | RegExp): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readDownload(download) };
}

async function readDownload(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

test('a log, an error page, an e-mail and a HAR dropped together give one picture', async ({
  page,
}) => {
  await page.goto('/#/');
  await dropFiles(page, INCIDENT);
  const files = page.getByRole('list', { name: 'Files read' });
  const fileRow = (name: string) => files.getByRole('listitem').filter({ hasText: name });
  await expect(fileRow('gateway.log')).toContainText('Decoded 9 references');
  await expect(fileRow('access-denied.html')).toContainText('Decoded 1 reference');
  await expect(fileRow('forwarded.eml')).toContainText('Decoded 1 reference');
  await expect(fileRow('incident.har')).toContainText('Decoded 3 references');
  await expect(fileRow('incident.har')).toContainText(
    'Dropped, never shown or exported: 4 cookies, 1 Authorization header, 2 token-looking values and 1 request body.',
  );
  await expect(page.getByText('Found 14 references.')).toBeVisible();

  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByText('Error references').locator('xpath=..')).toContainText('12');
  await expect(summary.getByText('GRNs (Akamai-GRN)').locator('xpath=..')).toContainText('2');
  await expect(page.getByRole('img', { name: /stacked by reason code/ })).toBeVisible();

  const table = page.getByRole('table', { name: /Decoded references, sortable/ });
  const row = (reference: string) => table.getByRole('row').filter({ hasText: reference });
  await expect(row('18.4c96df17.1764329400.5e6f70')).toContainText(
    'GET https://api.example-utility.com/rest/apis/customer/v1/accounts',
  );
  await expect(row('0.a2f01c17.1764329460.77aa88')).toContainText(
    'POST https://api.example-utility.com/rest/apis/meter/v1/reads',
  );
  await expect(row('30.a2f01c17.1764329520.99bb00')).toContainText(
    'PUT https://api.example-utility.com/rest/apis/customer/v1/contacts',
  );
  await expect(row('18.0f5e6b68.1764329700.abcd12')).toContainText(
    'https://api.example-utility.com/rest/apis/meter/v1/upload',
  );

  const html = await page.content();
  expect(html).not.toMatch(FAKE_SECRET);

  const csv = await saved(page, /References as CSV/);
  expect(csv.name).toMatch(/^akamai-references-\d{8}-\d{4}Z\.csv$/);
  expect(csv.text.trimEnd().split('\r\n')).toHaveLength(15);
  const json = await saved(page, 'References as JSON');
  expect((JSON.parse(json.text) as { references: unknown[] }).references).toHaveLength(14);
  const summaryCsv = await saved(page, 'Summary as CSV');
  const summaryJson = await saved(page, 'Summary and timeline as JSON');
  for (const exported of [csv, json, summaryCsv, summaryJson]) {
    expect(exported.text).not.toMatch(FAKE_SECRET);
  }
});

test('a large file shows progress and can be cancelled; an oversized one is refused', async ({
  page,
}) => {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Choose files…' }).waitFor();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
  await page.evaluate(() => {
    const line = 'INFO POST https://api.example/rest/x 200 12ms all fine\n'.repeat(2000);
    const block = `${line}WARN POST https://api.example/rest/x 403 Reference #18.4c96df17.1644609140.2a155db\n`;
    const big = new File(
      // About 48 MB: seconds of reading, so the cancel lands while it runs even on a busy machine.
      Array.from({ length: 430 }, () => block),
      'big.log',
    );
    const huge = new File([new Uint8Array(51 * 1024 * 1024)], 'huge.log');
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(big);
    dataTransfer.items.add(huge);
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }),
    );
  });
  const files = page.getByRole('list', { name: 'Files read' });
  await expect(files.getByRole('progressbar', { name: 'Reading big.log' })).toBeVisible();
  // Dispatched, not clicked: a click waits for the button to hold still across animation frames,
  // which a loaded machine streaming progress can delay until the file is read and the button gone.
  await page.getByRole('button', { name: 'Cancel reading' }).dispatchEvent('click');
  await expect(files.getByRole('listitem').filter({ hasText: 'big.log' })).toContainText(
    'Cancelled',
  );
  await expect(files.getByRole('listitem').filter({ hasText: 'huge.log' })).toContainText(
    'Not read: huge.log is 51.0 MB (53,477,376 bytes); files over 50.0 MB (52,428,800 bytes) are not read',
  );
  // The page answers at once after a cancel; the worker forgets what it found on "Remove all"
  // and reads the next file.
  await page.getByRole('button', { name: 'Remove all files' }).click();
  await page.evaluate(() => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File(['Reference #18.4c96df17.1644609140.2a155db'], 'again.txt'));
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }),
    );
  });
  await expect(files).toContainText('Decoded 1 reference');
  await expect(page.getByText('Found 1 reference.')).toBeVisible();
});

test('20,000 references: the worker filters, sorts, selects and exports them; the page shows one page', async ({
  page,
}) => {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Choose files…' }).waitFor();
  const count = 20_000;
  await page.evaluate((count) => {
    const lines = Array.from(
      { length: count },
      (_, index) =>
        `WARN GET https://api.example/rest/item/${index} 403 Reference #${index % 10 === 0 ? 30 : 18}.4c96df17.${1_764_000_000 + index}.${(index + 1).toString(16)}`,
    );
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([lines.join('\n')], 'incident.log'));
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }),
    );
  }, count);
  await expect(page.getByText('Found 20,000 references.')).toBeVisible({ timeout: 60_000 });
  const table = page.getByRole('table', { name: /Decoded references, sortable/ });
  const status = page.locator('.table-status');
  await expect(status).toHaveText('20,000 references.');
  // One page of rows on the page, whatever the batch holds.
  await expect(table.locator('tbody tr')).toHaveCount(100);

  await page.getByLabel('Filter references').fill('item/1999');
  await expect(status).toHaveText('11 of 20,000 references match.');
  await expect(table.locator('tbody tr')).toHaveCount(11);
  await page.getByRole('button', { name: /^Code/ }).click();
  await page.getByRole('button', { name: /^Code/ }).click();
  await expect(table.locator('tbody tr').first()).toContainText('/rest/item/19990');
  await page.getByLabel('Select all 11 matching references').check();
  await expect(status).toHaveText('11 of 20,000 references match. 11 selected.');
  await expect(
    page.getByRole('link', { name: 'Draft an SR for 11 selected references' }),
  ).toBeVisible();

  await page.getByLabel('Filter references').fill('');
  await expect(status).toHaveText('20,000 references. 11 selected.');
  const { text } = await saved(page, /References as CSV/);
  expect(text.split('\r\n')).toHaveLength(count + 2); // header, every reference, final break
});
