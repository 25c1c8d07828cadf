import type { Page } from '@playwright/test';
import { issue } from '../core/network/certificate-factory.ts';
import { SINGLE_FILE_URL, expect, paste, readFixture, test } from './fixtures.ts';

const SEED = '18.4c96df17.1644609140.2a155db';
const DAY = 86_400_000;

async function selfSigned() {
  const now = Date.now();
  return issue({
    commonName: 'erp.example.com',
    dnsNames: ['erp.example.com'],
    notBefore: new Date(now - 10 * DAY),
    notAfter: new Date(now + 300 * DAY),
  });
}

async function selfSignedPem(): Promise<string> {
  return (await selfSigned()).pem;
}

/** What a user fills in for an inbound change: one good source and two that bounce. */
async function fillInbound(page: Page): Promise<void> {
  await page.getByLabel('Environment name').fill('PROD');
  await page.getByLabel('Justification').fill('New integration server');
  await page
    .getByLabel('Sources, one per line')
    .fill('52.10.20.0/28\n203.0.113.5/24\nocid1.tenancy.oc1..aaaaaaaabbbbbbbbccccccccdddddddd');
}

test('an inbound request with one good and two bad lines: each verdict, and a draft with only the good source', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/requests?kind=inbound');
  await fillInbound(page);
  const verdicts = page
    .getByRole('list', { name: 'Verdict for each source line' })
    .getByRole('listitem');
  await expect(verdicts.nth(0)).toContainText('Line 1: ✓ OK 52.10.20.0/28');
  await expect(verdicts.nth(1)).toContainText('Line 2: ✗ Refused 203.0.113.5/24');
  await expect(verdicts.nth(1)).toContainText('the network is 203.0.113.0/24');
  await expect(verdicts.nth(2)).toContainText('tenancy OCID, not a VCN OCID');

  await page.getByRole('button', { name: 'Copy description' }).click();
  await expect(page.getByText('Copied', { exact: true })).toBeVisible();
  const description = await page.evaluate(() => navigator.clipboard.readText());
  expect(description).toContain('Sources:\n- 52.10.20.0/28');
  expect(description).not.toContain('203.0.113');
  expect(description).not.toContain('ocid1.tenancy');

  // Saved on this device: a reload keeps the draft.
  await page.reload();
  await expect(page.getByLabel('Environment name')).toHaveValue('PROD');
  await expect(verdicts).toHaveCount(3);
});

test('a pasted self-signed certificate is named, and the X.509 script loads only on this screen', async ({
  page,
  watch,
}) => {
  await page.goto(`/#/service-request?refs=${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const requestsScript = (url: string) => /\/assets\/requests-[0-9a-f]+\.js$/.test(url);
  expect(watch.requests.filter(requestsScript)).toEqual([]);

  await page.getByRole('link', { name: 'Network requests' }).click();
  await page.getByRole('link', { name: 'Outbound target' }).click();
  await page.getByLabel('Targets, one per line').fill('https://erp.example.com/ouaf/notify');
  await page.getByLabel('Certificate chain (PEM)').fill(await selfSignedPem());
  const findings = page.getByRole('list', { name: 'Certificate findings' });
  await expect(findings).toContainText('is self-signed');
  await expect(findings).toContainText('CN=erp.example.com');
  await expect(page.getByLabel('Request description')).toContainText('Open issue: Certificate 1');
  expect(watch.requests.filter(requestsScript)).toHaveLength(1);
});

test('a certificate file dropped on the check is read', async ({ page }) => {
  await page.goto('/#/requests?kind=outbound');
  const pem = await selfSignedPem();
  const zone = page.locator('section.certificate-check');
  await zone.waitFor();
  await zone.evaluate((element, text) => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([text], 'erp.pem'));
    for (const type of ['dragover', 'drop']) {
      element.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }));
    }
  }, pem);
  await expect(page.getByText('Read erp.pem.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Certificate findings' })).toContainText(
    'self-signed',
  );
});

test('a binary .cer file chosen from the keyboard is read', async ({ page }) => {
  await page.goto('/#/requests?kind=outbound');
  const der = Buffer.from((await selfSigned()).certificate.toSchema(true).toBER(false));
  await page.getByRole('button', { name: 'Choose a certificate file…' }).focus();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.keyboard.press('Enter'),
  ]);
  await chooser.setFiles({ name: 'erp.cer', mimeType: 'application/pkix-cert', buffer: der });
  await expect(page.getByText('Read erp.cer.')).toBeVisible();
  await expect(page.getByLabel('Certificate chain (PEM)')).toHaveValue(
    /^-----BEGIN CERTIFICATE-----\n/,
  );
  await expect(page.getByRole('list', { name: 'Certificate findings' })).toContainText(
    'self-signed',
  );
});

test('from a code 18 card to a prefilled inbound request', async ({ page }) => {
  await page.goto('/#/service-request?refs=' + SEED);
  await page.getByLabel("Caller's egress IP or CIDR").fill('52.10.20.7');
  // The SR form saves as the user types (debounced): wait for it, as a user pausing would.
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.localStorage.getItem('akamai-reference-decoder/service-request/v2'),
      ),
    )
    .toContain('52.10.20.7');
  await page.goto('/#/');
  await paste(page, readFixture('akamai-access-denied.html'));
  await page.getByRole('link', { name: 'Request an allowlist change' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Allowlist and network requests',
  );
  await expect(page.getByLabel('Sources, one per line')).toHaveValue('52.10.20.7');
  await expect(page.getByRole('list', { name: 'Verdict for each source line' })).toContainText(
    'sent as 52.10.20.7/32',
  );
});

test('the DNS check explains an Akamai answer for VPN Connect', async ({ page }) => {
  await page.goto('/#/requests?kind=home-region&connectivity=vpn-connect&focus=dns');
  await expect(page.getByLabel('DNS lookup output')).toBeFocused();
  await page
    .getByLabel('DNS lookup output')
    .fill(readFixture('dns/resolve-dnsname-table-akamai.txt'));
  await expect(page.getByText(/resolves through Akamai .* not through VPN Connect/)).toBeVisible();
  await expect(page.getByLabel('Request description')).toContainText('DNS today:');
});

for (const width of [390, 1280]) {
  test(`at ${width} px the form has no sideways scroll and each verdict sits in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/#/requests?kind=inbound');
    await fillInbound(page);
    const list = page.getByRole('list', { name: 'Verdict for each source line' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.getByLabel('Sources, one per line').boundingBox();
    const verdicts = await list.boundingBox();
    if (box === null || verdicts === null) throw new Error('not rendered');
    // Beside the box when there is room, below it when not; never on top of it.
    const overlaps =
      box.x < verdicts.x + verdicts.width &&
      verdicts.x < box.x + box.width &&
      box.y < verdicts.y + verdicts.height &&
      verdicts.y < box.y + box.height;
    expect(overlaps).toBe(false);
    if (width >= 1280) expect(verdicts.x).toBeGreaterThan(box.x + box.width - 1);
    else expect(verdicts.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
  });
}

test('the single-file copy checks a certificate from file:// with the network off', async ({
  page,
  context,
}) => {
  await context.setOffline(true);
  await page.goto(`${SINGLE_FILE_URL}#/requests?kind=outbound`);
  await page.getByLabel('Certificate chain (PEM)').fill(await selfSignedPem());
  await expect(page.getByRole('list', { name: 'Certificate findings' })).toContainText(
    'self-signed',
  );
});

test('at 390 px long host names in a DNS answer and a certificate report cause no sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.goto('/#/requests?kind=home-region&connectivity=vpn-connect');
  await page.getByLabel('DNS lookup output').fill(readFixture('dns/dig-akamai.txt'));
  await expect(page.getByText('CNAME chain')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);

  await page.getByRole('link', { name: 'Outbound target' }).click();
  await page.getByLabel('Targets, one per line').fill('https://erp.example.com/ouaf/notify');
  await page.getByLabel('Certificate chain (PEM)').fill(await selfSignedPem());
  await expect(page.getByRole('list', { name: 'Certificates in the chain' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
