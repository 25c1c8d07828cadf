import {
  dropFiles,
  expect,
  paste,
  PASTE_LABEL,
  readFixture,
  SINGLE_FILE_URL,
  test,
} from './fixtures.ts';

const SEED = '18.4c96df17.1644609140.2a155db';
const SUB_PATH = '/tools/akamai/reference-decoder/';

interface HeightMessage {
  type: string;
  version: number;
  height: number;
}

const received = (frame: { evaluate: <T>(fn: () => T) => Promise<T> }) =>
  frame.evaluate(() => (window as unknown as { received: HeightMessage[] }).received);

test('embed mode: compact, and the parent page sizes the frame from its height messages', async ({
  page,
}) => {
  await page.goto('/host/embed.html');
  const frame = page.frameLocator('#akamai-decoder');
  await expect(frame.getByLabel(PASTE_LABEL)).toBeVisible();
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Open the full app' })).toBeVisible();

  await expect.poll(async () => (await received(page)).length).toBeGreaterThan(0);
  const first = (await received(page))[0];
  expect(first).toEqual({
    type: 'akamai-reference-decoder:height',
    version: 1,
    height: expect.any(Number),
  });
  const initialHeight = first?.height ?? 0;

  await frame.getByLabel(PASTE_LABEL).fill(`Reference #${SEED}`);
  await expect(frame.getByRole('article')).toHaveCount(1);
  await expect
    .poll(async () => (await received(page)).at(-1)?.height ?? 0)
    .toBeGreaterThan(initialHeight + 200);
  const reported = (await received(page)).at(-1)?.height ?? 0;
  // The snippet applied it: the frame is as tall as the content, no inner scroll bar.
  await expect
    .poll(() =>
      page.locator('#akamai-decoder').evaluate((element) => element.getBoundingClientRect().height),
    )
    .toBe(reported);
  for (const message of await received(page)) {
    expect(Object.keys(message).sort()).toEqual(['height', 'type', 'version']);
  }
});

test('embed mode reports to its parent only, not to the page above', async ({ page }) => {
  await page.goto('/host/embed-nested.html');
  const wiki = page.frames().find((frame) => frame.url().endsWith('/host/embed.html'));
  if (wiki === undefined) throw new Error('the wiki frame did not load');
  await expect.poll(async () => (await received(wiki)).length).toBeGreaterThan(0);
  expect(await received(page)).toEqual([]);
});

test('?embed=1 makes any screen compact, in a sandboxed frame too', async ({ page }) => {
  await page.setContent(
    `<iframe id="f" sandbox="allow-scripts" src="http://127.0.0.1:4174${SUB_PATH}#/codes/18?embed=1" width="800" height="600"></iframe>`,
  );
  const frame = page.frameLocator('#f');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
    'Reason code 18: ERR_ACCESS_DENIED',
  );
  await expect(frame.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(frame.getByText('Nothing is remembered here')).toBeVisible();
});

test('the bookmarklet sends only the references of a page to the app', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${SUB_PATH}#/bookmarklet`);
  const link = page.getByRole('link', { name: 'Decode Akamai references' });
  const address = (await link.getAttribute('href')) ?? '';
  expect(address).toMatch(/^javascript:/);
  await page.getByRole('button', { name: 'Copy the bookmarklet' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  // Clicking it on the app's own page explains instead of running (and breaks no CSP).
  await link.click();
  await expect(page.getByText('Clicking it here does nothing')).toBeVisible();

  await page.goto('/host/error-page.html');
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    // What a click on the bookmark runs: the code in its address, on this page.
    page.evaluate(decodeURIComponent(address.slice('javascript:'.length))),
  ]);
  await popup.waitForLoadState();
  expect(popup.url()).toBe(`http://127.0.0.1:4174${SUB_PATH}#/?refs=${SEED}`);
  expect(popup.url()).not.toMatch(/PRIVATE|Access|permission/);
  await expect(
    popup.getByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
  ).toBeVisible();
  await expect(popup.getByLabel(PASTE_LABEL)).toHaveValue(SEED);
});

test('copy link gives deep links that carry references only', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${SUB_PATH}#/`);
  await paste(
    page,
    `secret words Reference #${SEED} and 30.74c47b68.1626182696.201415a4 more secret words`,
  );
  await page.getByRole('button', { name: `Copy a link to ${SEED}` }).click();
  const one = await page.evaluate(() => navigator.clipboard.readText());
  expect(one).toBe(`http://127.0.0.1:4174${SUB_PATH}#/decode/${SEED}`);
  await page.getByRole('button', { name: 'Copy a link to all 2 references' }).click();
  const all = await page.evaluate(() => navigator.clipboard.readText());
  expect(all).toBe(
    `http://127.0.0.1:4174${SUB_PATH}#/?refs=${SEED},30.74c47b68.1626182696.201415a4`,
  );
  await page.goto(all);
  await expect(page.getByRole('article')).toHaveCount(2);
});

test('the single-file copy works from file:// with the network off', async ({ page, context }) => {
  await context.setOffline(true);
  await page.goto(`${SINGLE_FILE_URL}#/`);
  await paste(page, `Reference #${SEED}`);
  await expect(
    page.getByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
  ).toBeVisible();
  // Files are read on the page itself there: a file:// copy has no worker beside it.
  await dropFiles(page, [{ name: 'gateway.log', text: readFixture('triage/hand-counted.log') }]);
  await expect(page.getByRole('list', { name: 'Files read' })).toContainText(
    'Decoded 9 references',
  );
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
  await page.getByRole('link', { name: /Draft one SR for/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Draft a My Oracle Support service request',
  );
});

test('after the first visit, the app opens and decodes offline', async ({ page, context }) => {
  await page.goto(`${SUB_PATH}#/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await paste(page, `Reference #${SEED}`);
  await expect(
    page.getByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
  ).toBeVisible();
  await page.goto(`${SUB_PATH}#/service-request?refs=${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Draft a My Oracle Support service request',
  );
});
