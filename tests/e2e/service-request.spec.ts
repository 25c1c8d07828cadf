import { readFileSync } from 'node:fs';
import { expect, paste, readFixture, test } from './fixtures.ts';

const errorPage = readFixture('akamai-access-denied.html');
const SEED = '18.4c96df17.1644609140.2a155db';

test('from an error page to a copied SR draft', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/');
  await paste(page, errorPage);
  await page.getByRole('link', { name: 'Draft SR for this reference' }).click();
  await page.getByLabel('Environment name').fill('PROD');
  await page.getByLabel('Service', { exact: true }).selectOption('customer-cloud-service');
  await page.getByRole('button', { name: 'Copy description' }).click();
  await expect(page.getByText('Copied', { exact: true })).toBeVisible();
  const description = await page.evaluate(() => navigator.clipboard.readText());
  expect(description).toContain(`${SEED} 2022-02-11 19:52:20`);
  expect(description).toContain('Code 18 (ERR_ACCESS_DENIED): The edge denied the request.');
  expect(description).toMatch(
    /which rule denied these calls \(WAF, IP allowlist, geo, bot or rate control\) and whether they should pass/,
  );

  // The form survives a reload on a normal page.
  await page.reload();
  await expect(page.getByLabel('Environment name')).toHaveValue('PROD');
});

test('the download holds the full text', async ({ page }) => {
  await page.goto(`/#/service-request?refs=${SEED}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the attachment (.txt)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^akamai-service-request-\d{8}-\d{4}Z\.txt$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toContain(SEED);
  expect(text).toContain('All references, decoded (freshest first):');
  expect(text).toContain('What each code means:');
});

test('in a sandboxed iframe it decodes, drafts, and says quietly that nothing is remembered', async ({
  page,
}) => {
  await page.goto('/host/sandboxed.html');
  const frame = page.frameLocator('#decoder');
  await expect(frame.getByText(/Nothing is remembered here/)).toBeVisible();
  await frame
    .getByLabel('Paste reference IDs or any text containing them')
    .fill(`Reference #${SEED}`);
  await frame.getByRole('link', { name: 'Draft SR for this reference' }).click();
  await expect(frame.getByText(/the form is not remembered after a reload/)).toBeVisible();
  await frame.getByLabel('Environment name').fill('PROD');
  await expect(frame.getByLabel('Problem summary')).toContainText('PROD: ');

  // The Clipboard API is refused to an opaque origin: the selection fallback still copies.
  await frame.getByRole('button', { name: 'Copy summary' }).click();
  await expect(frame.getByText('Copied', { exact: true })).toBeVisible();
  await page.context().grantPermissions(['clipboard-read']);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^PROD: Access Denied at Akamai edge/,
  );
});
