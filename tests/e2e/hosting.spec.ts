import {
  dropFiles,
  readFixture,
  expect,
  paste,
  PASTE_LABEL,
  pasteEvent,
  test,
} from './fixtures.ts';

const SEED = '18.4c96df17.1644609140.2a155db';
const SUB_PATH = '/tools/akamai/reference-decoder/';

test('works under a nested sub-path of a plain static server', async ({ page, watch }) => {
  await page.goto(`${SUB_PATH}#/codes/18`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Reason code 18: ERR_ACCESS_DENIED',
  );
  await page.getByRole('link', { name: 'Decode', exact: true }).click();
  await paste(page, `Reference #${SEED}`);
  await expect(
    page.getByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
  ).toBeVisible();
  const assets = watch.requests.filter((url) => url.includes('/assets/'));
  expect(assets.length).toBeGreaterThan(0);
  for (const url of assets)
    expect(new URL(url).pathname.startsWith(`${SUB_PATH}assets/`)).toBe(true);
});

test('a host that sends the precompressed copies serves every script and style compressed', async ({
  page,
}) => {
  const encodings = new Map<string, string>();
  page.on('response', (response) => {
    if (/\.(js|css)$/.test(new URL(response.url()).pathname))
      encodings.set(response.url(), response.headers()['content-encoding'] ?? 'none');
  });
  await page.goto('/#/');
  await paste(page, `Reference #${SEED}`);
  await expect(
    page.getByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
  ).toBeVisible();
  expect(encodings.size).toBeGreaterThanOrEqual(2);
  for (const [url, encoding] of encodings) expect(encoding, url).toBe('br');
});

test('works inside an iframe on a wiki page', async ({ page }) => {
  await page.goto('/host/iframe.html');
  const frame = page.frameLocator('#decoder');
  await frame.getByLabel(PASTE_LABEL).fill(`Reference #${SEED}`);
  await expect(
    frame.getByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
  ).toBeVisible();
});

test('works inside a sandboxed iframe without same-origin (no storage, no worker)', async ({
  page,
}) => {
  await page.goto('/host/sandboxed.html');
  const frame = page.frameLocator('#decoder');
  await frame.getByLabel(PASTE_LABEL).fill(`Reference #${SEED}`);
  await expect(
    frame.getByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
  ).toBeVisible();
  await expect(frame.getByText('23.223.150.76')).toBeVisible();

  // A paste large enough for the worker, which an opaque origin may not start: decoded anyway.
  const app = page.frames().find((candidate) => candidate.url().includes(SUB_PATH));
  if (app === undefined) throw new Error('the decoder frame did not load');
  await pasteEvent(app, `${'log line\n'.repeat(30_000)}Reference #30.74c47b68.1626182696.201415a4`);
  await expect(
    frame.getByRole('article', {
      name: 'Oracle’s server behind Akamai did not answer properly (code 30)',
    }),
  ).toBeVisible();

  // Dropped files are read on the main thread there, and the batch view loads as a classic script.
  await dropFiles(app, [{ name: 'gateway.log', text: readFixture('triage/hand-counted.log') }]);
  await expect(frame.getByRole('list', { name: 'Files read' })).toContainText(
    'Decoded 9 references',
  );
  await expect(frame.getByRole('region', { name: 'Summary' })).toBeVisible();
});
