import { expect, test } from './support/test';

// On the server that started with an empty database.
test.describe.configure({ mode: 'serial' });
// Relative URLs of page and request go to the arrangement's empty server.
test.use({ baseURL: async ({ blankURL }, use) => use(blankURL) });

test('an empty database shows a way to create the first character', async ({ page }) => {
  await page.goto('/characters');
  await expect(page.getByText('No characters yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'New character', exact: true })).toHaveCount(2);
});

test('thousands of characters stay a short page of rows and searchable', async ({ page, request }) => {
  // 3,000 creates (through the dashboard and the service, in front of Convai) take a while on a busy machine.
  test.slow();
  const total = 3000;
  const batch = 50;
  for (let start = 0; start < total; start += batch) {
    await Promise.all(
      Array.from({ length: batch }, (_, offset) =>
        request.post('/api/character/create', {
          data: { charName: `Crowd member ${String(start + offset).padStart(4, '0')}`, voiceType: 'MALE', backstory: 'One of many.' },
        }),
      ),
    );
  }

  await page.goto('/characters');
  await expect(page.getByText(`${total.toLocaleString('en-US')} characters`)).toBeVisible();
  const rows = page.getByRole('list', { name: 'Characters', exact: true }).locator(':scope > li');
  // Only the rows in view (and a few more) are in the page.
  expect(await rows.count()).toBeLessThanOrEqual(60);

  // Scrolling to the end brings the last rows in, still few at a time.
  await page.getByLabel('Sort', { exact: true }).selectOption('name');
  await page.getByTestId('character-list-scroller').evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(page.getByRole('link', { name: 'Crowd member 2999', exact: true })).toBeVisible();
  expect(await rows.count()).toBeLessThanOrEqual(60);
  await expect(rows.last()).toHaveAttribute('aria-setsize', String(total));

  await page.getByRole('searchbox', { name: 'Search characters by name', exact: true }).fill('member 1234');
  await expect(page.getByRole('list', { name: 'Characters', exact: true }).getByRole('link')).toHaveText(['Crowd member 1234']);
});
