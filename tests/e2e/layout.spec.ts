import type { Locator, Page } from '@playwright/test';
import { dropFiles, expect, paste, readFixture, test } from './fixtures.ts';
import { incidentLog } from './incident-data.ts';

/** The widths every screen is checked at: a phone, a tablet, a laptop, a desktop. */
const WIDTHS = [390, 768, 1280, 1920] as const;
/** A references row holds a URL in one or two lines: a few lines of text at most. */
const TALLEST_ROW_PX = 130;

interface Box {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function boxes(locator: Locator, label: string): Promise<Box[]> {
  const all = await locator.all();
  const found: Box[] = [];
  for (const [index, item] of all.entries()) {
    const box = await item.boundingBox();
    if (box !== null) found.push({ label: `${label} ${index + 1}`, ...box });
  }
  return found;
}

/** Pairs of boxes that share any area (a one-pixel touch is not an overlap). */
function overlaps(list: readonly Box[]): string[] {
  const found: string[] = [];
  list.forEach((a, index) => {
    for (const b of list.slice(index + 1)) {
      const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (width > 1 && height > 1) found.push(`${a.label} overlaps ${b.label}`);
    }
  });
  return found;
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 600 ? 844 : 900 } });

    test('a pasted error page: result in view, no sideways scroll', async ({ page }) => {
      await page.goto('/#/');
      await expect(page.getByRole('heading', { name: 'What to paste' })).toBeVisible();
      expect(await pageOverflow(page)).toBe(0);

      await paste(page, readFixture('akamai-access-denied.html'));
      const status = page.getByRole('status').filter({ hasText: 'Found 1 reference.' });
      await expect(status).toBeInViewport();
      const card = page.getByRole('article').first();
      await expect(card).toBeVisible();
      // The first result starts on screen, with its headline readable.
      await expect(card.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
      expect(await pageOverflow(page)).toBe(0);
    });

    test('a dropped incident: summary boxes apart, table in its own box, rows bounded', async ({
      page,
    }) => {
      await page.goto('/#/');
      await dropFiles(page, [
        { name: 'incident.log', text: incidentLog(Math.floor(Date.now() / 1000)) },
      ]);
      const table = page.getByRole('table', { name: /Decoded references, sortable/ });
      await expect(table.getByRole('row')).toHaveCount(47);
      await expect(page.getByText('Found 46 references.')).toBeInViewport();
      expect(await pageOverflow(page)).toBe(0);

      const summary = page.getByRole('region', { name: 'Summary' });
      const parts = [
        ...(await boxes(summary.locator('.summary-figures > div'), 'figure')),
        ...(await boxes(summary.getByRole('table'), 'table')),
      ];
      expect(parts.length).toBe(10);
      expect(overlaps(parts)).toEqual([]);
      // Inside each summary table no cell is drawn over another (counts over shares).
      for (const countTable of await summary.getByRole('table').all()) {
        for (const row of await countTable.getByRole('row').all()) {
          expect(overlaps(await boxes(row.locator('th, td'), 'cell'))).toEqual([]);
        }
      }
      // A wide table scrolls inside its box; the page never does.
      const tableBox = await table.boundingBox();
      const scroller = await table.locator('xpath=..').boundingBox();
      expect(scroller?.width ?? Infinity).toBeLessThanOrEqual(width);
      expect(tableBox?.width ?? 0).toBeGreaterThan(0);

      const heights = await table
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
      expect(Math.max(...heights)).toBeLessThanOrEqual(TALLEST_ROW_PX);

      // Long URLs are cut in the middle; the whole one is there on hover and for screen readers.
      const url = table.locator('.url.truncated').first();
      const whole = await url.getAttribute('title');
      expect(whole).toMatch(/^https:\/\/api\.example-utility\.com\/rest\//);
      await url.focus();
      await expect(url.locator('.url-full')).toBeVisible();
      await expect(url.locator('.url-full')).toHaveText(whole ?? '');
    });

    test('other screens: no sideways scroll', async ({ page }) => {
      for (const [route, heading] of [
        ['/#/codes', 'Akamai reason codes'],
        ['/#/codes/18', /Reason code 18/],
        ['/#/service-request?refs=18.4c96df17.1644609140.2a155db', /service request/i],
        ['/#/decode/18.4c96df17.1644609140.2a155db', 'Decoded reference'],
        ['/#/bookmarklet', /bookmarklet/i],
      ] as const) {
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        expect(await pageOverflow(page), route).toBe(0);
      }
    });
  });
}
