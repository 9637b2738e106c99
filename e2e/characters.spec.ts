import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { getCharacter, uniqueName } from './support/factories';

async function searchFor(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search characters by name', exact: true }).fill(text);
}

test('create, find, edit, reload, clone and delete a character', async ({ page, request, backendKind }) => {
  const name = uniqueName('Brannoc the Ferryman');

  // Create through the form.
  await page.goto('/characters');
  await page.getByRole('link', { name: 'New character', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'New character', exact: true })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('radio', { name: /^Male Voice/ }).check();
  await page.getByRole('checkbox', { name: /German/ }).check();
  await page.getByLabel('Actions', { exact: true }).fill('row boat');
  await page.keyboard.press('Enter');
  await page.getByLabel('Actions', { exact: true }).fill('collect fare');
  await page.keyboard.press('Enter');
  await page
    .getByLabel('Backstory', { exact: true })
    .fill('Brannoc has rowed the black river for forty years.\n\nHe never asks for names.');
  await page.getByRole('button', { name: 'Create character', exact: true }).click();

  // The editor of the new character opens; the record holds what was typed.
  await expect(page.getByRole('heading', { name })).toBeVisible();
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  const created = await getCharacter(request, id);
  expect(created.body).toMatchObject({
    character_name: name,
    voice_type: 'MALE',
    character_actions: ['row boat', 'collect fare'],
    language_codes: ['en-US', 'de-DE'],
    backstory: 'Brannoc has rowed the black river for forty years.\n\nHe never asks for names.',
  });

  // It appears in the list.
  await page.getByRole('link', { name: 'Characters', exact: true }).first().click();
  await searchFor(page, name);
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Male Voice');
  await expect(row).toContainText('de-DE');

  // Edit two fields.
  await row.getByRole('link', { name }).click();
  const renamed = `${name} II`;
  await page.getByLabel('Name', { exact: true }).fill(renamed);
  await page.getByLabel('Backstory', { exact: true }).fill('Brannoc retired and gave the oar to his daughter.');
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: renamed })).toBeVisible();

  // A reload shows them.
  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(renamed);
  await expect(page.getByLabel('Backstory', { exact: true })).toHaveValue('Brannoc retired and gave the oar to his daughter.');
  // Untouched fields stay as they were.
  await expect(page.getByRole('checkbox', { name: /German/ })).toBeChecked();

  // Clone from the list, asking for the same knowledge-bank documents too.
  await page.getByRole('link', { name: 'Characters', exact: true }).first().click();
  await searchFor(page, renamed);
  await page.getByRole('button', { name: `Clone ${renamed}` }).click();
  const cloneDialog = page.getByRole('dialog', { name: `Clone “${renamed}”` });
  await expect(cloneDialog.getByLabel('Name of the copy', { exact: true })).toHaveValue(`${renamed} (copy)`);
  await cloneDialog.getByRole('checkbox', { name: 'Also give it the same knowledge-bank documents' }).check();
  await cloneDialog.getByRole('button', { name: 'Clone character', exact: true }).click();
  await expect(cloneDialog).toBeHidden();
  await expect(page.getByRole('link', { name: `${renamed} (copy)` })).toBeVisible();
  await expect(page.getByText('2 of')).toBeVisible();

  // Delete the original: the confirmation names it and says what happens to it (the local server
  // keeps it in the trash; Convai's service deletes it for good, and the dashboard keeps its last version).
  await page.getByRole('button', { name: `Delete ${renamed}`, exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete “${renamed}”?` });
  if (backendKind === 'local') {
    await expect(confirm).toContainText(
      'goes to the trash with its sessions, documents and history; you can restore it there for 30 days.',
    );
    await expect(confirm).not.toContainText('cannot be undone');
  } else {
    await expect(confirm).toContainText(
      `Convai deletes “${renamed}” for good, with its sessions. This dashboard keeps its last version in the trash for 30 days`,
    );
  }
  await confirm.getByRole('button', { name: 'Delete character', exact: true }).click();
  await expect(confirm).toBeHidden();

  // Gone from the list without a reload, and from every API call.
  await expect(page.getByRole('link', { name: renamed, exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: `${renamed} (copy)` })).toBeVisible();
  expect((await getCharacter(request, id)).status).toBe(400);
  await page.reload();
  await expect(page.getByRole('link', { name: `${renamed} (copy)` })).toBeVisible();
  await expect(page.getByRole('link', { name: renamed, exact: true })).toHaveCount(0);
});
