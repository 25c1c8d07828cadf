import { expect, paste, readFixture, PASTE_LABEL, pasteEvent, test } from './fixtures.ts';

const errorPage = readFixture('akamai-access-denied.html');
const SEED = '18.4c96df17.1644609140.2a155db';

test('a pasted, entity-encoded Akamai error page decodes into one card', async ({ page }) => {
  await page.goto('/#/');
  await paste(page, errorPage);
  const card = page.getByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' });
  await expect(card).toBeVisible();
  await expect(card.getByText(SEED, { exact: true })).toBeVisible();
  await expect(card.getByText('23.223.150.76')).toBeVisible();
  await expect(card.getByText('2022-02-11 19:52:20 UTC', { exact: true })).toBeVisible();
  // The browser's zone is pinned to Europe/Berlin.
  await expect(card.getByText(/11 Feb 2022, 20:52:20 CET/)).toBeVisible();
  await expect(page.getByText('Found 1 reference.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('copy buttons put the canonical reference on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/');
  await paste(page, `REFERENCE #${SEED.toUpperCase()}`);
  await page.getByRole('button', { name: `Copy reference ${SEED}` }).click();
  await expect(page.getByText('Copied', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SEED);
});

test('a #/decode/<reference> deep link shows the reference decoded', async ({ page }) => {
  await page.goto(`/#/decode/${SEED}`);
  await expect(
    page.getByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
  ).toBeVisible();
  await expect(page).toHaveTitle(`Reference ${SEED} · Akamai Reference Decoder`);
});

test('a card links to its deep link, which carries the reference and nothing else', async ({
  page,
}) => {
  await page.goto('/#/');
  await paste(page, `Customer 4711, account secret-ish data\nReference #${SEED}`);
  await page.getByRole('link', { name: 'Link to this reference' }).click();
  await expect(page).toHaveURL(new RegExp(`#/decode/${SEED.replaceAll('.', '\\.')}$`));
  await expect(
    page.getByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
  ).toBeVisible();
});

test('the code table filters by words', async ({ page }) => {
  await page.goto('/#/codes');
  await expect(page.getByText('241 codes')).toBeVisible();
  await page.getByLabel('Filter codes by number, name or words').fill('ssl handshake');
  await expect(page.getByRole('rowheader', { name: '30' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '18' })).toHaveCount(0);
  await page.getByRole('link', { name: '30', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Reason code 30: ERR_FWD_SSL_HANDSHAKE',
  );
});

test('privacy: decoding makes no network request at all', async ({ page, watch }) => {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'What to paste' })).toBeVisible();
  const before = watch.requests.length;
  await paste(page, errorPage);
  await expect(page.getByRole('article')).toHaveCount(1);
  // A large paste goes through the worker; the cards and the code table come with the decoding
  // script (loaded on demand, perhaps only now): the app's own scripts are all that loads late.
  await paste(page, `${'x'.repeat(60_000)}\nReference #${SEED}`);
  await expect(page.getByText('Found 1 reference.')).toBeVisible();
  const late = watch.requests
    .slice(before)
    .filter((url) => !/\/assets\/(?:extraction\.worker|decoding)-[\w-]+\.js$/.test(url));
  expect(late).toEqual([]);
});

test('hostile paste is shown as text, never run', async ({ page }) => {
  await page.goto('/#/');
  const hostile = [
    '<script>alert("xss")</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(2)">click</a>',
    `Reference ID: <img src=x onerror=alert(3)>.${SEED}`,
    'Reference #18.<script>alert(4)</script>.1644609140.1',
    `Reference #${SEED}`,
  ].join('\n');
  await paste(page, hostile);
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.locator('main script, main img, main a[href^="javascript"]')).toHaveCount(0);
  await expect(
    page.getByText(/placeholder|not hexadecimal|incomplete|fields/).first(),
  ).toBeVisible();
});

test('a 10 MB paste decodes off the main thread and stays out of the box', async ({ page }) => {
  await page.goto('/#/');
  const line = '2026-11-28T10:00:00Z INFO gw POST /rest/apis/customer/v1/accounts 200 12ms\n';
  await pasteEvent(
    page,
    `${line.repeat(Math.ceil((10 * 1024 * 1024) / line.length))}Reference #${SEED}`,
  );
  await expect(
    page.getByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
  ).toBeVisible();
  await expect(page.getByText(/^Pasted 10\.0 MB/)).toBeVisible();
  await expect(page.getByLabel(PASTE_LABEL)).toHaveValue('');
});
