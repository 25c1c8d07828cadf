import { expect, test } from './fixtures.ts';

test('everything is reachable by keyboard alone, with visible focus', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/');
  // The first render is a transition that finishes after load: wait for it as a person would.
  await expect(page.getByLabel('Paste reference IDs or any text containing them')).toBeVisible();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.keyboard.press('Tab');
  const box = page.getByLabel('Paste reference IDs or any text containing them');
  await expect(box).toBeFocused();
  const outline = await box.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.type('Reference #18.4c96df17.1644609140.2a155db');
  await expect(page.getByRole('article')).toHaveCount(1);

  // Tab from the box past the file controls to the card's main action, then its copy button.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Choose files…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByText('Which files, and what is kept')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Draft SR for this reference' })).toBeFocused();
  await page.keyboard.press('Tab');
  const copy = page.getByRole('button', { name: 'Copy reference 18.4c96df17.1644609140.2a155db' });
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Copied', { exact: true })).toBeVisible();

  // Reach the code table through the navigation, by keyboard.
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('Shift+Tab');
  await expect(box).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Bookmarklet' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Reason codes' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Focus moves to the new page's heading, not to <body>.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Akamai reason codes');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
