import { expect, test } from './support/test';
import { createCharacter, getCharacter } from './support/factories';
import type { Page } from '@playwright/test';
import { arrangements, HOSTED_KEY } from './support/servers';

const first = 'Odile keeps the lighthouse lamp burning through every winter storm.';
const second = 'Odile keeps the harbour lantern burning through every winter storm.';
const third = 'Odile keeps the harbour lantern burning through every long summer night.';

/** Types a new backstory in the editor and saves it. */
async function saveBackstory(page: Page, backstory: string) {
  await page.getByLabel('Backstory', { exact: true }).fill(backstory);
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();
  await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();
  // The "Changes saved." toast stays up a few seconds but does not cover the Save button: the next
  // save (a click Playwright would refuse on a covered button) needs no closing it first.
}

test('History lists each save, diffs any two word by word, restores an earlier version and keeps names', async ({ page, request }) => {
  const { id } = await createCharacter(request, { backstory: first });
  await page.goto(`/characters/${id}`);
  await saveBackstory(page, second);
  await saveBackstory(page, third);

  await page
    .getByRole('navigation', { name: 'Character sections', exact: true })
    .getByRole('link', { name: 'History', exact: true })
    .click();
  const versions = page.getByRole('list', { name: 'Versions', exact: true });
  await expect(versions.getByRole('listitem')).toHaveCount(3);
  const version = (number: number) => versions.getByRole('listitem', { name: `Version ${number}`, exact: true });
  await expect(version(3)).toContainText('Saved in the dashboard');
  await expect(version(3)).toContainText('Changed: Backstory');
  await expect(version(3)).toContainText('Current');
  await expect(version(1)).toContainText('Created');

  // By default the latest change; then the first version against the last.
  await expect(page.getByRole('heading', { name: 'Changes from version 2 to version 3', exact: true })).toBeVisible();
  await page.getByLabel('From', { exact: true }).selectOption({ label: 'Version 1' });
  await expect(page.getByRole('heading', { name: 'Changes from version 1 to version 3', exact: true })).toBeVisible();
  const backstory = page.getByRole('region', { name: 'Backstory', exact: true });
  for (const word of ['harbour', 'lantern', 'long', 'summer', 'night']) {
    await expect(backstory.getByRole('insertion').filter({ hasText: word })).toHaveCount(1);
  }
  for (const word of ['lighthouse', 'lamp', 'winter', 'storm']) {
    await expect(backstory.getByRole('deletion').filter({ hasText: word })).toHaveCount(1);
  }
  // Colour is not the only sign: each change says what it is.
  await expect(backstory.getByRole('insertion').first()).toContainText('added:');
  await expect(backstory.getByRole('deletion').first()).toContainText('removed:');
  await expect(backstory).toContainText('5 words added · 4 words removed');

  // Restoring the first version asks first, then records a fourth version.
  await version(1).getByRole('button', { name: 'Restore version 1…', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Restore version 1?', exact: true });
  await expect(dialog).toContainText('this is recorded as a new version, nothing is lost.');
  await dialog.getByRole('button', { name: 'Restore version 1', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(versions.getByRole('listitem')).toHaveCount(4);
  await expect(version(4)).toContainText('Restored version 1');
  await expect(version(4)).toContainText('Current');
  expect((await getCharacter(request, id)).body.backstory).toBe(first);
  // The comparison shows the restore itself, and the editor shows the restored backstory.
  await expect(page.getByRole('heading', { name: 'Changes from version 3 to version 4', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Details', exact: true }).click();
  // The text box, not the comparison's Backstory region (which is there until the page changes).
  await expect(page.getByRole('textbox', { name: 'Backstory', exact: true })).toHaveValue(first);

  // A name given to a version stays after a reload; an empty name takes it away.
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await version(2).getByRole('button', { name: 'Name version 2', exact: true }).click();
  await page.getByLabel('Name of version 2', { exact: true }).fill('shipped in build 0.4');
  await page.keyboard.press('Enter');
  await expect(version(2)).toContainText('shipped in build 0.4');
  await page.reload();
  await expect(version(2)).toContainText('shipped in build 0.4');
  await version(2).getByRole('button', { name: 'Rename version 2', exact: true }).click();
  await page.getByLabel('Name of version 2', { exact: true }).fill('');
  await page.keyboard.press('Enter');
  await expect(version(2).getByRole('button', { name: 'Name version 2', exact: true })).toBeVisible();
  await expect(version(2)).not.toContainText('shipped in build 0.4');
});

test('a character changed outside the dashboard shows that change in History', async ({ page, request, backendKind }) => {
  test.skip(
    backendKind !== 'convai',
    'only Convai can be changed behind the dashboard’s back: locally every change is recorded as it is made',
  );
  const { id } = await createCharacter(request, { backstory: first });
  await page.goto(`/characters/${id}/history`);
  const versions = page.getByRole('list', { name: 'Versions', exact: true });
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  // A game tool, or Convai's own site, changes the character on the service.
  const changed = await request.post(`${arrangements.convai.hostedDemo}/character/update`, {
    headers: { 'CONVAI-API-KEY': HOSTED_KEY },
    data: { charID: id, backstory: second },
  });
  expect(changed.status()).toBe(200);
  await page.reload();
  const latest = versions.getByRole('listitem', { name: 'Version 2', exact: true });
  await expect(latest).toContainText('Changed on Convai outside this dashboard');
  await expect(latest).toContainText('Changed: Backstory');
});

test('a transcript names the version its session ran with, and compares it with the character now', async ({
  page,
  request,
  backendKind,
}) => {
  test.skip(backendKind !== 'local', "in front of Convai sessions are the service's, and it does not say which version a session ran with");
  const { id } = await createCharacter(request, { backstory: first });
  const talk = await request.post('/api/character/getResponse', { form: { charID: id, sessionID: '-1', userText: 'Good evening.' } });
  const { sessionID } = (await talk.json()) as { sessionID: string };
  expect((await request.post('/api/character/update', { data: { charID: id, backstory: second } })).status()).toBe(200);

  await page.goto(`/characters/${id}/sessions/${sessionID}`);
  await page.getByRole('link', { name: 'Ran with version 1 · compare with now', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Changes from version 1 to version 2', exact: true })).toBeVisible();
  const backstory = page.getByRole('region', { name: 'Backstory', exact: true });
  await expect(backstory.getByRole('insertion').filter({ hasText: 'harbour' })).toHaveCount(1);
});

test('a long history shows its newest hundred versions, and the older ones on request', async ({ page, request }) => {
  const { id } = await createCharacter(request, { backstory: 'Version one.' });
  for (let number = 2; number <= 103; number += 1) {
    const saved = await request.post('/api/character/update', { data: { charID: id, backstory: `Version ${number}.` } });
    expect(saved.status()).toBe(200);
  }
  await page.goto(`/characters/${id}/history`);
  const versions = page.getByRole('list', { name: 'Versions', exact: true });
  await expect(versions.getByRole('listitem')).toHaveCount(100);
  await expect(versions.getByRole('listitem', { name: 'Version 103', exact: true })).toBeVisible();
  await expect(versions.getByRole('listitem', { name: 'Version 3', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the 3 older versions', exact: true }).click();
  await expect(versions.getByRole('listitem')).toHaveCount(103);
  await expect(versions.getByRole('listitem', { name: 'Version 1', exact: true })).toContainText('Created');
  await expect(page.getByRole('button', { name: /^Show the/ })).toHaveCount(0);
});
