import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, paste, readFixture, test } from './fixtures.ts';

/** Twelve minutes after the freshest reference of the incident: the logs are fresh. */
const NOW = new Date('2026-11-29T05:47:00Z');
const INCIDENT = `${readFixture('service-request/curl-session.txt')}\n${readFixture('service-request/gateway.log')}`;
const SIX = [
  ['18.4c96df17.1795930502.2a155db', '2026-11-29 05:35:02'],
  ['203.4c96df17.1795930304.1a2c00', '05:31:44'],
  ['30.a2f01c17.1795930035.2c1001', '05:27:15'],
  ['6.a2f01c17.1795929771.2c0ffe', '05:22:51'],
  ['1.0f5e6b68.1795929483.3d0001', '05:18:03'],
  ['18.4c96df17.1795929160.1a2b40', '05:12:40'],
] as const;

async function draftTheIncident(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto('/#/');
  await paste(page, INCIDENT);
  await page.getByRole('link', { name: 'Draft one SR for all 6 references' }).click();
  await expect(page.getByLabel('HTTP method')).toHaveValue('POST');
}

test('a curl -v session and five log lines become one SR with every reference', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await draftTheIncident(page);
  await page.getByLabel('Environment name').fill('PROD');
  await page.getByRole('button', { name: 'Copy description' }).click();
  await expect(page.getByText('Copied', { exact: true })).toBeVisible();
  const description = await page.evaluate(() => navigator.clipboard.readText());

  const lines = description.split('\n');
  const positions = SIX.map(([reference, time]) =>
    lines.findIndex((line) => line === `${reference} ${time}`),
  );
  expect(positions.every((position) => position > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(description).toContain('Akamai references (UTC, freshest first');
  expect(description).toMatch(/^- POST \/rest\/apis\/customer\/v1\/accounts -> HTTP 403 x3/m);
  expect(description).toContain('Failing calls to https://ccs-prod.example-utility.com:');
  expect(description).toContain(
    'the freshest reference is from 05:35:02 UTC (drafted 2026-11-29 05:47 UTC)',
  );
  expect(description.length).toBeLessThanOrEqual(1500);
  expect(description).not.toContain('FAKE-CURL-BEARER');
  // The link carries reference ids only; the request context stayed in the tab.
  expect(page.url()).not.toMatch(/ccs-prod|rest%2Fapis|POST|FAKE/);
});

for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the SR screen at ${width} px, ${scheme}: no sideways scroll, the draft in reach`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      // An earlier incident's draft: listed below, its stable fields offered, never applied.
      await page.clock.setFixedTime(NOW);
      await page.goto('/#/service-request?refs=18.4c96df17.1795926000.2a1000');
      await page.getByLabel('Environment name').fill('PROD');
      await page.getByLabel('Service', { exact: true }).selectOption('customer-cloud-service');
      await expect(
        page.getByRole('region', { name: 'Recent drafts on this device' }).getByRole('listitem'),
      ).toHaveCount(1);
      await draftTheIncident(page);
      await expect(page.getByLabel('Environment name')).toHaveValue('');
      await page.getByRole('button', { name: 'Use these details' }).click();
      await expect(page.getByLabel('Environment name')).toHaveValue('PROD');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const description = page.getByLabel('Problem description');
      await description.scrollIntoViewIfNeeded();
      const box = await description.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(width > 600 ? 300 : 250);
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width).toBe(true);
      // Evidence notes, the offer, the moved-to-attachment list and recent drafts pass axe too.
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((violation) => violation.id)).toEqual([]);
      await page.screenshot({
        path: `test-results/screens/service-request-${width}-${scheme}.png`,
        fullPage: true,
      });
      await page
        .getByRole('region', { name: 'Your service request' })
        .screenshot({ path: `test-results/screens/service-request-${width}-${scheme}-draft.png` });
    });
  }
}
