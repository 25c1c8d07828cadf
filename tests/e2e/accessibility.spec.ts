import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dropFiles, expect, paste, readFixture, test } from './fixtures.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SEED = '18.4c96df17.1644609140.2a155db';

interface ScreenState {
  readonly name: string;
  readonly open: (page: Page) => Promise<void>;
}

const STATES: readonly ScreenState[] = [
  {
    name: 'decode screen, empty state',
    open: async (page) => {
      await page.goto('/#/');
      await expect(page.getByRole('heading', { name: 'What to paste' })).toBeVisible();
    },
  },
  {
    name: 'decode screen with results, warnings and rejections',
    open: async (page) => {
      await page.goto('/#/');
      await paste(
        page,
        [
          `Reference #${SEED}`,
          'Akamai-GRN: 0.4c96df17.1644609140.2a155db',
          'Reference #25.4c96df17.1644609140.2a155db',
          'Reference ID: 18.4f6c1a3b.1756192800.knfjvdun',
        ].join('\n'),
      );
      await expect(page.getByRole('article')).toHaveCount(3);
      await page.getByRole('button', { name: `Copy reference ${SEED}` }).click();
    },
  },
  {
    name: 'deep link',
    open: async (page) => {
      await page.goto(`/#/decode/${SEED}`);
      await expect(page.getByRole('article')).toBeVisible();
    },
  },
  {
    name: 'invalid deep link',
    open: async (page) => {
      await page.goto('/#/decode/not-a-reference');
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'code table, filtered',
    open: async (page) => {
      await page.goto('/#/codes');
      await page.getByLabel('Filter codes by number, name or words').fill('origin');
      await expect(page.getByRole('table')).toBeVisible();
    },
  },
  {
    name: 'one code',
    open: async (page) => {
      await page.goto('/#/codes/102');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
  {
    name: 'service request draft with warnings and a field error',
    open: async (page) => {
      await page.goto(`/#/service-request?refs=${SEED},0.1.2`);
      await page.getByLabel('HTTP status seen').fill('4033');
      await page.getByLabel('Connectivity').selectOption('vpn-connect');
      await expect(page.getByRole('region', { name: 'Your service request' })).toBeVisible();
    },
  },
  {
    name: 'batch view of dropped files, chart table open, filtered and selected',
    open: async (page) => {
      await page.goto('/#/');
      await dropFiles(page, [
        { name: 'gateway.log', text: readFixture('triage/hand-counted.log') },
        { name: 'incident.har', text: readFixture('triage/incident.har') },
        { name: 'archive.log', text: 'PK\u0003\u0004 not text' },
      ]);
      await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
      await page.getByText('The chart as a table').click();
      await page.getByLabel('Filter references').fill('meter');
      await page.getByLabel('Select all 4 matching references').check();
    },
  },
  {
    name: 'a card unfolded (causes, next steps, sources) and a code page with its sources open',
    open: async (page) => {
      await page.goto('/#/');
      await paste(page, readFixture('akamai-access-denied.html'));
      await page.getByText('Causes, next steps and sources for code 18').click();
      await page.getByRole('article').getByText('Sources', { exact: true }).click();
      await expect(page.getByRole('article')).toContainText('confidence');
    },
  },
  {
    name: 'a batch with its cards unfolded, a URL cut in the middle focused, after Back',
    open: async (page) => {
      await page.goto('/#/');
      await dropFiles(page, [
        { name: 'gateway.log', text: readFixture('triage/hand-counted.log') },
      ]);
      await page.getByText('One card per reference (9)').click();
      await page.getByRole('link', { name: 'About code 30' }).first().click();
      // The decode screen's cards stay in the page, hidden: open the code page's own sources.
      await page.locator('details.sources summary:visible').click();
      await page.goBack();
      await page.locator('.references-table .url.truncated').first().focus();
      await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
    },
  },
  {
    name: 'embed mode with a result',
    open: async (page) => {
      await page.goto('/#/embed');
      await paste(page, `Reference #${SEED}`);
      await expect(page.getByRole('article')).toHaveCount(1);
    },
  },
  {
    name: 'bookmarklet page',
    open: async (page) => {
      await page.goto('/#/bookmarklet');
      await expect(page.getByRole('link', { name: 'Decode Akamai references' })).toBeVisible();
    },
  },
  {
    name: 'inbound allowlist request with accepted and refused lines',
    open: async (page) => {
      await page.goto('/#/requests?kind=inbound');
      await page.getByLabel('Environment name').fill('PROD');
      await page
        .getByLabel('Sources, one per line')
        .fill('52.10.20.0/28\n203.0.113.5/24\n10.0.0.1');
      await expect(page.getByRole('list', { name: 'Verdict for each source line' })).toBeVisible();
    },
  },
  {
    name: 'outbound request with a refused target and a certificate error',
    open: async (page) => {
      await page.goto('/#/requests?kind=outbound');
      await page.getByLabel('Targets, one per line').fill('https://erp.example.com:8443/x');
      await page.getByLabel('Certificate chain (PEM)').fill('-----BEGIN CERTIFICATE-----\nMIIC');
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'home-region request with a DNS answer',
    open: async (page) => {
      await page.goto('/#/requests?kind=home-region&connectivity=fastconnect');
      await page.getByLabel('DNS lookup output').fill(readFixture('dns/dig-akamai.txt'));
      await expect(
        page.getByRole('status').filter({ hasText: 'resolves through Akamai' }),
      ).toBeVisible();
    },
  },
  {
    name: 'not found',
    open: async (page) => {
      await page.goto('/#/nowhere');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const state of STATES) {
      test(`axe finds no WCAG 2.2 AA violation: ${state.name}`, async ({ page }) => {
        await state.open(page);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
