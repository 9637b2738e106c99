import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { createCharacter, getCharacter } from './support/factories';

/** One exchange with the character, so that it has a session to lose (or keep). */
async function talkTo(request: APIRequestContext, charID: string) {
  const answer = await request.post('/api/character/getResponse', {
    form: { charID, sessionID: '-1', userText: 'Do you remember the harbour?', voiceResponse: 'False' },
  });
  expect(answer.status(), await answer.text()).toBe(200);
}

async function expectOneSession(page: Page, charID: string) {
  await page.goto(`/characters/${charID}/sessions`);
  // The header row and the one session.
  await expect(page.getByRole('table', { name: 'Sessions, newest first', exact: true }).getByRole('row')).toHaveCount(2);
}

async function deleteFromList(page: Page, name: string, says: string) {
  await page.goto(`/characters?q=${encodeURIComponent(name)}`);
  await page.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
  await expect(confirm).toContainText(says);
  await expect(confirm).not.toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Delete character', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
}

test('a deleted character comes back with its session: by Undo in the toast, and from the Trash page', async ({
  page,
  request,
  backendKind,
}) => {
  test.skip(backendKind !== 'local', 'in front of Convai the character is made again under a new ID: the next test checks that');
  const { id, name } = await createCharacter(request);
  await talkTo(request, id);
  const says = `“${name}” goes to the trash with its sessions, documents and history; you can restore it there for 30 days.`;

  // Undo, from the toast.
  await deleteFromList(page, name, says);
  const toast = page.getByRole('listitem').filter({ hasText: `Deleted “${name}”.` });
  await expect(toast).toContainText('It is in the Trash for 30 days.');
  await toast.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByText(`Restored “${name}”.`, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  expect((await getCharacter(request, id)).status).toBe(200);
  await expectOneSession(page, id);

  // Delete again; after a reload the toast is gone, and the Trash page restores it.
  await deleteFromList(page, name, says);
  expect((await getCharacter(request, id)).status).toBe(400);
  await page.reload();
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Trash', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Trash', exact: true })).toBeVisible();
  const row = page.getByRole('list', { name: 'Deleted characters', exact: true }).getByRole('listitem', { name, exact: true });
  await expect(row).toContainText(/Restorable until \w+ \d+, \d{4}/);
  await row.getByRole('button', { name: `Restore ${name}`, exact: true }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('link', { name: `Open “${name}”`, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expectOneSession(page, id);
});

test('in front of Convai a deleted character is made again under a new ID: by Undo in the toast, and from the Trash page', async ({
  page,
  request,
  backendKind,
}) => {
  test.skip(backendKind !== 'convai', 'locally the character comes back under its own ID: the test above checks that');
  const backstory = 'Mara mends nets on the north pier and remembers every storm.';
  const { id, name } = await createCharacter(request, { backstory });
  const says = `Convai deletes “${name}” for good, with its sessions. This dashboard keeps its last version in the trash for 30 days: restoring it makes it again under a new ID, without its sessions.`;

  await deleteFromList(page, name, says);
  expect((await getCharacter(request, id)).status).toBe(400);
  const toast = page.getByRole('listitem').filter({ hasText: `Deleted “${name}”.` });
  await toast.getByRole('button', { name: 'Undo', exact: true }).click();
  const restored = page.getByRole('listitem').filter({ hasText: `Restored “${name}” under a new ID.` });
  await restored.getByRole('link', { name: `Open “${name}”`, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  const newId = page.url().split('/characters/')[1] ?? '';
  expect(newId).not.toBe(id);
  expect((await getCharacter(request, newId)).body.backstory).toBe(backstory);

  // Deleted again, it waits on the Trash page, which makes it again.
  await deleteFromList(page, name, says);
  await page.goto('/trash');
  await expect(page.getByText('Restoring one makes it again on Convai under a new ID; its past sessions do not come back.')).toBeVisible();
  const row = page.getByRole('list', { name: 'Deleted characters', exact: true }).getByRole('listitem', { name, exact: true });
  await row.getByRole('button', { name: `Restore ${name}`, exact: true }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Restored', exact: true })).toContainText(`“${name}” is back, under a new ID`);
  await page.getByRole('link', { name: `Open “${name}”`, exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Backstory', exact: true })).toHaveValue(backstory);
});

test('a save over a version another tab saved is refused, says why, and keeps what was typed', async ({ page, context, request }) => {
  const { id } = await createCharacter(request);
  const first = 'Odile keeps the lighthouse lamp burning through every winter storm.';
  const second = 'Odile sold the lighthouse and bought a boat.';
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto(`/characters/${id}`);
    await expect(tab.getByText('All changes saved', { exact: true })).toBeVisible();
  }

  await page.getByLabel('Backstory', { exact: true }).fill(first);
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();
  await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();

  await other.getByLabel('Backstory', { exact: true }).fill(second);
  await other.getByRole('button', { name: 'Save changes', exact: true }).click();
  const alert = other.getByRole('alert').filter({ hasText: 'The character was not saved.' });
  await expect(alert).toContainText('This character was changed since this page opened it');
  await expect(alert.getByRole('link', { name: 'Compare the versions in History', exact: true })).toHaveAttribute(
    'href',
    `/characters/${id}/history`,
  );
  await expect(other.getByLabel('Backstory', { exact: true })).toHaveValue(second);
  expect((await getCharacter(request, id)).body.backstory).toBe(first);
});

test('an editor opened again shows what another tab saved meanwhile, not its own cached copy', async ({ page, context, request }) => {
  const { id } = await createCharacter(request);
  const saved = 'Odile moved to the mainland and teaches sailing.';
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto(`/characters/${id}`);
    await expect(tab.getByText('All changes saved', { exact: true })).toBeVisible();
  }
  // The other tab leaves the editor (its copy of the character stays cached), then this one saves.
  await other.getByRole('link', { name: 'History', exact: true }).click();
  await expect(other.getByRole('heading', { name: 'History', exact: true })).toBeVisible();
  await page.getByLabel('Backstory', { exact: true }).fill(saved);
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();
  await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();

  await other.getByRole('link', { name: 'Details', exact: true }).click();
  await expect(other.getByRole('textbox', { name: 'Backstory', exact: true })).toHaveValue(saved);
});
