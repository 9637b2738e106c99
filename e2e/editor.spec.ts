import { expect, test } from './support/test';
import { createCharacter, uniqueName } from './support/factories';

test('a validation error shows beside its field and keeps what was typed', async ({ page }) => {
  await page.goto('/characters/new');
  const backstory = 'Odile keeps the lighthouse lamp burning.\n\nShe talks to the gulls.';
  await page.getByLabel('Backstory', { exact: true }).fill(backstory);
  await page.getByLabel('Actions', { exact: true }).fill('trim wick');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Create character', exact: true }).click();

  const name = page.getByLabel('Name', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  // The message is tied to the field for assistive technology.
  const describedBy = await name.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('Name is required.');
  await expect(page.getByRole('group', { name: 'Voice', exact: true })).toContainText('Choose a voice.');
  await expect(page.getByLabel('Backstory', { exact: true })).toHaveValue(backstory);
  await expect(page.getByRole('list', { name: 'Action list', exact: true })).toContainText('trim wick');
  expect(page.url()).toMatch(/\/characters\/new$/);

  // Fixing the fields clears the errors and creates the character.
  const fixed = uniqueName('Odile');
  await name.fill(fixed);
  await page.getByRole('radio', { name: /^Female Voice/ }).check();
  await page.getByRole('button', { name: 'Create character', exact: true }).click();
  await expect(page.getByRole('heading', { name: fixed })).toBeVisible();
});

test("a server error shows beside the form and keeps the user's edits", async ({ page, request }) => {
  const { id, name } = await createCharacter(request);
  await page.goto(`/characters/${id}`);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);

  // The character is deleted elsewhere (another tab, a teammate) while it is being edited.
  await request.post('/api/character/delete', { data: { charID: id } });
  const edited = 'A backstory typed with care, which must not be lost.';
  await page.getByLabel('Backstory', { exact: true }).fill(edited);
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'The character was not saved.' });
  await expect(alert).toContainText('Could not fetch character details from all_characters table.');
  await expect(page.getByLabel('Backstory', { exact: true })).toHaveValue(edited);
  await expect(page.getByText('Unsaved changes')).toBeVisible();
});

test('leaving with unsaved changes asks first, in the app and on reload', async ({ page, request }) => {
  const { id, name } = await createCharacter(request);
  await page.goto(`/characters/${id}`);
  await page.getByLabel('Name', { exact: true }).fill(`${name} (draft)`);

  // Navigating inside the app: a dialog, and staying keeps the edit.
  await page.getByRole('link', { name: 'Characters', exact: true }).first().click();
  const dialog = page.getByRole('alertdialog', { name: 'Discard unsaved changes?', exact: true });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/characters/${id}$`));
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`${name} (draft)`);

  // Reloading: the browser's own prompt; dismissing it keeps the page.
  const prompts: string[] = [];
  page.once('dialog', (prompt) => {
    prompts.push(prompt.type());
    void prompt.dismiss();
  });
  await page.reload({ timeout: 3_000 }).catch(() => {});
  expect(prompts).toEqual(['beforeunload']);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`${name} (draft)`);

  // Discarding leaves, and the record is unchanged.
  await page.getByRole('link', { name: 'Characters', exact: true }).first().click();
  await dialog.getByRole('button', { name: 'Discard changes', exact: true }).click();
  await expect(page).toHaveURL(/\/characters$/);
  const record = await request.post('/api/character/get', { data: { charID: id } });
  expect(((await record.json()) as { character_name: string }).character_name).toBe(name);
});

test('the voice list filters by language and gender and plays samples', async ({ page }) => {
  await page.goto('/characters/new');
  const voices = page.getByRole('radiogroup', { name: 'Voices', exact: true });
  await expect(voices.getByRole('radio').first()).toBeVisible();
  const all = await voices.getByRole('radio').count();

  // Counts are read once the list shows the filter (a count alone does not wait for it).
  await page.getByLabel('Voice language', { exact: true }).selectOption({ label: 'Japanese' });
  await expect(voices).toContainText('ja-JP');
  await expect.poll(() => voices.getByRole('radio').count()).toBeLessThan(all);
  expect(await voices.getByRole('radio').count()).toBeGreaterThan(0);

  await page.getByLabel('Voice language', { exact: true }).selectOption({ label: 'All languages' });
  await page.getByRole('radiogroup', { name: 'Voice gender', exact: true }).getByText('Female').click();
  await expect(voices).not.toContainText('· Male ·');
  await expect.poll(() => voices.getByRole('radio').count()).toBeLessThan(all);
  const female = await voices.getByRole('radio').count();

  await page.getByLabel('Filter voices by name', { exact: true }).fill('female voice');
  await expect.poll(() => voices.getByRole('radio').count()).toBeLessThan(female);
  for (const name of await voices.locator('label').allInnerTexts()) expect(name).toMatch(/Female Voice/);
  await voices.getByRole('radio', { name: /^Female Voice/ }).check();
  await expect(page.getByRole('group', { name: 'Voice', exact: true })).toContainText('Selected: Female Voice');

  // The sample plays (its button turns into a stop button) and no error shows.
  const play = page.getByRole('button', { name: 'Play a sample of Female Voice', exact: true });
  await play.click();
  await expect(page.getByRole('button', { name: 'Stop the sample of Female Voice', exact: true })).toBeVisible();
  await expect(page.getByText('The sample could not be played.')).toHaveCount(0);
});
