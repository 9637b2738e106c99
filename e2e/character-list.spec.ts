import { expect, test } from './support/test';
import { createCharacter, uniqueName } from './support/factories';

test('search narrows the list as you type, and sorting reorders it', async ({ page, request }) => {
  const tag = uniqueName('Sortable');
  const [alpha, beta, gamma] = ['Gamma', 'Alpha', 'Beta'].map((word) => `${tag} ${word}`);
  await createCharacter(request, { charName: alpha });
  await createCharacter(request, { charName: beta });
  await createCharacter(request, { charName: gamma });

  await page.goto('/characters');
  await expect(page.getByRole('list', { name: 'Characters', exact: true })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search characters by name', exact: true });
  await search.pressSequentially(tag.toLowerCase().slice(0, 12), { delay: 10 });
  await search.fill(tag.toLowerCase());
  const names = page.getByRole('list', { name: 'Characters', exact: true }).getByRole('link');
  await expect(names).toHaveText([gamma, beta, alpha]);
  await expect(page.getByText('3 of')).toBeVisible();

  await page.getByLabel('Sort', { exact: true }).selectOption('name');
  await expect(names).toHaveText([beta, gamma, alpha].sort());
  await page.getByLabel('Sort', { exact: true }).selectOption('oldest');
  await expect(names).toHaveText([alpha, beta, gamma]);

  // The search and the order live in the address (which follows typing a moment later): a reload keeps them.
  await expect(page).toHaveURL(/[?&]q=sortable/);
  await expect(page).toHaveURL(/[?&]sort=oldest/);
  await page.reload();
  await expect(search).toHaveValue(tag.toLowerCase());
  await expect(names).toHaveText([alpha, beta, gamma]);
});

test('demo characters show their picture or their initials', async ({ page }) => {
  await page.goto('/characters?q=Mara%20Quill');
  const row = page.getByRole('listitem').filter({ hasText: 'Mara Quill' });
  await expect(row.locator('img')).toHaveJSProperty('complete', true);
  expect(await row.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.goto('/characters?q=Sir%20Aldous');
  await expect(page.getByRole('listitem').filter({ hasText: 'Sir Aldous Penrith' })).toContainText('SP');
});

test('Enter opens a character by exact name, and says so when there is none', async ({ page, request }) => {
  const { id, name } = await createCharacter(request, { charName: uniqueName('Exact Eliza') });
  await page.goto('/characters');
  const search = page.getByRole('searchbox', { name: 'Search characters by name', exact: true });
  await search.fill(name);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/characters/${id}$`));
  await expect(page.getByRole('heading', { name })).toBeVisible();

  await page.goto('/characters');
  await search.fill(`${name} Nobody`);
  await page.getByRole('button', { name: 'Open exact name' }).click();
  await expect(page.getByRole('alert')).toHaveText(`No character is named exactly “${name} Nobody”.`);
  await expect(search).toHaveValue(`${name} Nobody`);
});
