import { dropFiles, expect, paste, readFixture, test } from './fixtures.ts';
import { incidentLog } from './incident-data.ts';

const PASTED = [
  'Reference #18.4c96df17.1644609140.2a155db',
  'Reference #30.a2f01c17.1764321400.2c1001',
].join('\n');

test('paste, "About code", Back: the same cards, the text, the place on the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/');
  await paste(page, PASTED);
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(2);
  const names = await cards.evaluateAll((all) =>
    all.map((card) => card.querySelector('h2')?.textContent),
  );
  const about = page.getByRole('link', { name: 'About code 30' });
  await about.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  await about.click();

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/Reason code 30/);
  await expect(heading).toBeFocused();

  await page.goBack();
  await expect(cards).toHaveCount(2);
  expect(
    await cards.evaluateAll((all) => all.map((card) => card.querySelector('h2')?.textContent)),
  ).toEqual(names);
  await expect(page.getByLabel('Paste reference IDs or any text containing them')).toHaveValue(
    PASTED,
  );
  // Back where the person left: the link they followed has focus, the page its scroll position.
  await expect(page.getByRole('link', { name: 'About code 30' })).toBeFocused();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThanOrEqual(2);

  // And forward again.
  await page.goForward();
  await expect(heading).toHaveText(/Reason code 30/);
});

test('drop a HAR, draft the SR, Back: the batch as it was, filter and files included', async ({
  page,
}) => {
  await page.goto('/#/');
  await dropFiles(page, [
    { name: 'incident.har', text: readFixture('triage/incident.har') },
    { name: 'incident.log', text: incidentLog(Math.floor(Date.now() / 1000)) },
  ]);
  const table = page.getByRole('table', { name: /Decoded references, sortable/ });
  await expect(table.getByRole('row')).toHaveCount(50);
  await page.getByLabel('Filter references').fill('meter');
  await expect(page.getByText(/references match/)).toBeVisible();
  const matching = await page.getByText(/references match/).textContent();

  await page.getByRole('link', { name: /Draft one SR for/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Summary' })).toBeHidden();

  await page.goBack();
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
  await expect(page.getByLabel('Filter references')).toHaveValue('meter');
  await expect(page.getByText(/references match/)).toHaveText(matching ?? '');
  await expect(
    page.getByRole('list', { name: 'Files read' }).getByRole('listitem').filter({
      hasText: 'incident.har',
    }),
  ).toContainText('Decoded 3 references');
});

test('"Try an example" moves focus to the result; a skip link leads to the results', async ({
  page,
}) => {
  await page.goto('/#/');
  await page.getByRole('button', { name: /Try an example/ }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toBeFocused();

  await page.getByRole('link', { name: 'Skip to results' }).focus();
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#results')).toBeFocused();
});

test('a file dropped on another page does not reach the hidden decode screen', async ({ page }) => {
  await page.goto('/#/');
  await paste(page, PASTED);
  await expect(page.getByRole('article')).toHaveCount(2);
  await page.getByRole('link', { name: 'Reason codes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Akamai reason codes');
  await page.evaluate(() => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File(['Reference #97.0f5e6b68.1764324100.3d0001'], 'late.log'));
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }),
    );
  });
  await page.goBack();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Files read' })).toHaveCount(0);
});
