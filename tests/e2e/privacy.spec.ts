import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { dropFiles, expect, paste, test } from './fixtures.ts';

/** Fake credentials in every URL form of issue 10, each findable by its FAKE value. */
const SECRETS = {
  userinfo: 'FAKEPASS1',
  atInPassword: 'p@ssFAKE2',
  jsessionid: 'FAKEJSESS3',
  hdnts: 'exp=1700000000~acl=/*~hmac=FAKE4',
  ticket: 'ST-FAKE5',
  sig: 'FAKESIG6',
  amzSignature: 'FAKEAMZ7',
  accessToken: 'FAKETOKEN8',
  logUserinfo: 'FAKELOGPASS9',
};
const LEAK = /FAKE/;

const entry = (url: string, reference: string) => ({
  startedDateTime: '2025-11-28T11:30:00.000Z',
  request: { method: 'GET', url, headers: [] },
  response: {
    status: 403,
    headers: [{ name: 'X-Reference-Error', value: reference }],
    content: { mimeType: 'text/plain', text: '' },
  },
});

const HAR = JSON.stringify({
  log: {
    entries: [
      entry(
        `https://svc:${SECRETS.userinfo}@ccs.example.com/rest/a?access_token=${SECRETS.accessToken}&page=2`,
        '18.4c96df17.1764329400.1001',
      ),
      entry(
        `https://u:${SECRETS.atInPassword}@ccs.example.com/rest/b;jsessionid=${SECRETS.jsessionid}?q=1`,
        '18.4c96df17.1764329400.1002',
      ),
      entry(
        `https://media.example.com/v.m3u8?hdnts=${encodeURIComponent(SECRETS.hdnts)}&ticket=${SECRETS.ticket}&sig=${SECRETS.sig}`,
        '18.4c96df17.1764329400.1003',
      ),
      entry(
        `https://b.s3.example.com/o?X-Amz-Date=20251128&X-Amz-Signature=${SECRETS.amzSignature}`,
        '18.4c96df17.1764329400.1004',
      ),
    ],
  },
});
/** The batch table appears past a handful of references: three more, without secrets. */
const LOG = [
  `2025-11-28T11:31:00Z proxy GET //svc:${SECRETS.logUserinfo}@ccs.example.com/rest/c 403 Reference #18.4c96df17.1764329400.1005`,
  ...[6, 7, 8].map(
    (n) =>
      `2025-11-28T11:3${n}:00Z GET https://ccs.example.com/rest/d 403 Reference #18.4c96df17.1764329400.100${n}`,
  ),
].join('\n');

async function saved(page: Page, button: string | RegExp): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

test('a HAR with secret URLs exports clean CSV and JSON, even with query strings kept', async ({
  page,
}) => {
  await page.goto('/#/');
  // The option sits in the Files panel's folded details, as a user finds it.
  await page.getByText('Which files, and what is kept').click();
  await page.getByLabel(/Keep query strings in URLs/).check();
  await dropFiles(page, [
    { name: 'secret-urls.har', text: HAR },
    { name: 'proxy.log', text: LOG },
  ]);
  // The same HAR again, gzip-compressed, through the file picker: read with DecompressionStream.
  await page.locator('input[type="file"]').setInputFiles({
    name: 'secret-urls.har.gz',
    mimeType: 'application/gzip',
    buffer: gzipSync(HAR),
  });
  const files = page.getByRole('list', { name: 'Files read' });
  const fileRow = (name: string) => files.getByRole('listitem').filter({ hasText: name });
  await expect(fileRow('secret-urls.har.gz')).toContainText('Decoded 4 references');
  await expect(fileRow('secret-urls.har.gz')).toContainText('gzip-compressed');
  await expect(fileRow('proxy.log')).toContainText('Decoded 4 references');
  await expect(page.getByText('Found 8 references.')).toBeVisible();

  const table = page.getByRole('table', { name: /Decoded references, sortable/ });
  const row = (reference: string) => table.getByRole('row').filter({ hasText: reference });
  await expect(row('18.4c96df17.1764329400.1001')).toContainText(
    'GET https://ccs.example.com/rest/a?access_token=%5Bremoved%5D&page=2',
  );
  await expect(row('18.4c96df17.1764329400.1002')).toContainText(
    'https://ccs.example.com/rest/b;jsessionid=[removed]?q=1',
  );
  await expect(row('18.4c96df17.1764329400.1005')).toContainText('//ccs.example.com/rest/c');

  expect(await page.content()).not.toMatch(LEAK);
  const exported = [
    await saved(page, /References as CSV/),
    await saved(page, 'References as JSON'),
    await saved(page, 'Summary as CSV'),
    await saved(page, 'Summary and timeline as JSON'),
  ];
  for (const text of exported) expect(text).not.toMatch(LEAK);
  expect(exported[0]).toContain('https://media.example.com/v.m3u8?hdnts=%5Bremoved%5D');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toMatch(LEAK);
});

/**
 * The app's own files: on-demand scripts, and the icon the browser asks again on navigation. The
 * only requests allowed after the first paint.
 */
const OWN_FILE = /^http:\/\/127\.0\.0\.1:\d+\/(?:assets\/[\w.-]+\.js|favicon\.svg)$/;

test('pasted text is stored nowhere, and neither drops, drafts nor exports make a request', async ({
  page,
  watch,
}) => {
  const marker = 'PASTEDMARKER7f3a';
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'What to paste' })).toBeVisible();
  const firstPaint = watch.requests.length;
  await paste(
    page,
    [
      `${marker} 2025-11-28T11:30:00Z GET https://ccs.example.com/rest/x 403 Reference #18.4c96df17.1764329400.2001`,
      `${marker} 2025-11-28T11:31:00Z GET https://ccs.example.com/rest/x 403 Reference #18.4c96df17.1764329460.2002`,
    ].join('\n'),
  );
  await dropFiles(page, [{ name: 'proxy.log', text: LOG }]);
  await expect(page.getByText('Found 6 references.')).toBeVisible();
  for (const button of [/References as CSV/, 'References as JSON', 'Summary as CSV']) {
    expect(await saved(page, button)).not.toContain(marker);
  }
  await page.getByRole('link', { name: /Draft one SR for/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /service request/i })).toBeVisible();
  await page.getByLabel('Business impact level').selectOption({ index: 1 });
  await page.goBack();
  await expect(page.getByText('Found 6 references.')).toBeVisible();
  const late = watch.requests.slice(firstPaint).filter((url) => !OWN_FILE.test(url));
  expect(late).toEqual([]);
  // Leaving the page is when the tab's storage is written: reload, then read every store.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const stored = await page.evaluate(async () => {
    const databases = (await indexedDB.databases?.()) ?? [];
    const cacheNames = await caches.keys().catch(() => []);
    return JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookie: document.cookie,
      databases,
      cacheNames,
    });
  });
  expect(stored).not.toContain(marker);
  // The SR form was saved (so storage was written, and read here), without the pasted text.
  expect(JSON.parse(stored).local).not.toEqual({});
});

test('every built page forbids connections and form posts in its Content-Security-Policy', () => {
  const built = [
    readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8'),
    readFileSync(
      new URL('../../dist-single/akamai-reference-decoder.html', import.meta.url),
      'utf8',
    ),
  ];
  for (const html of built) {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    const directives = (policy ?? '')
      .replaceAll('&#39;', "'")
      .split(';')
      .map((directive) => directive.trim());
    expect(directives).toContain("connect-src 'none'");
    expect(directives).toContain("form-action 'none'");
    expect(directives).toContain("object-src 'none'");
    expect(directives.find((directive) => directive.startsWith('default-src'))).toBeDefined();
  }
});
