import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { createCharacter, uniqueName } from './support/factories';
import { testChat } from './support/test-chat';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'knowledge', name), 'utf8');

/**
 * The fact only the bell document holds. Its own paragraph, after four paragraphs long enough to be
 * a passage each (the server joins paragraphs up to about 600 characters), so the passage a reply
 * quotes is exactly this sentence, and it is the fifth: the document view has to scroll to it.
 */
const BELL_FACT = 'The Harbour Bell of Saltmere was cast in 1742 by Ottilie Brandt.';

type FilePayload = { name: string; mimeType: string; buffer: Buffer };
const textFile = (name: string, text: string, mimeType = 'text/plain'): FilePayload => ({ name, mimeType, buffer: Buffer.from(text) });

/** The Knowledge tab of a character, reached as a designer would. */
async function openKnowledgeTab(page: Page, characterId: string) {
  await page.goto(`/characters/${characterId}`);
  await page
    .getByRole('navigation', { name: 'Character sections', exact: true })
    .getByRole('link', { name: 'Knowledge', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Knowledge', exact: true })).toBeVisible();
}

/** The documents table's row of a document. */
const documentRow = (page: Page, fileName: string) =>
  page
    .getByRole('table', { name: 'Documents', exact: true })
    .getByRole('row')
    .filter({ has: page.getByText(fileName, { exact: true }) });

/** Uploads files by keyboard: focus "Choose files", press Enter, pick them in the file chooser. */
async function chooseFiles(page: Page, files: FilePayload[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files', exact: true }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(files);
}

/** Drops files onto the upload area, as dragging them from the desktop does. */
async function dropFiles(page: Page, files: FilePayload[]) {
  const zone = page.getByRole('region', { name: 'Upload documents', exact: true });
  const dataTransfer = await page.evaluateHandle(
    (payloads) => {
      const transfer = new DataTransfer();
      for (const file of payloads) transfer.items.add(new File([file.text], file.name, { type: file.mimeType }));
      return transfer;
    },
    files.map((file) => ({ name: file.name, mimeType: file.mimeType, text: file.buffer.toString('utf8') })),
  );
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await expect(zone).toContainText('Drop to upload');
  await zone.dispatchEvent('drop', { dataTransfer });
}

/** What the server says of an empty file: the page must show the server's own words. */
async function refusalOfEmptyFile(request: APIRequestContext) {
  const response = await request.post('/api/character/knowledge-bank/upload', {
    multipart: { file_name: 'empty.txt', file: { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) } },
  });
  expect(response.status()).toBe(400);
  return ((await response.json()) as { ERROR: string }).ERROR;
}

/** Holds every upload's answer until released: the progress bars stay in sight for as long as the test needs. */
async function holdUploads(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/character/knowledge-bank/upload', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

async function expectReady(page: Page, fileName: string) {
  await expect(documentRow(page, fileName).getByTestId('document-state')).toContainText('Ready');
}

/** The document view opened from a source: the passage used is marked and in view (local), or the hosted service's refusal with the passage quoted. */
async function expectSourceOpened(dialog: Locator, backendKind: string) {
  if (backendKind === 'local') {
    const used = dialog.locator('[aria-current="true"]');
    await expect(used).toHaveAccessibleName(/^Passage 5, used in the reply$/);
    await expect(used).toContainText(BELL_FACT);
    await expect(used).toBeInViewport();
  } else {
    await expect(dialog.getByRole('alert')).toContainText('Convai');
    await expect(dialog.getByRole('blockquote')).toHaveText(BELL_FACT);
  }
}

test('upload two documents at once, connect one, and a reply names the passage it used, which opens the document there', async ({
  page,
  request,
  backendKind,
}) => {
  const character = await createCharacter(request, { charName: uniqueName('Harbourmaster') });
  const bell = `saltmere-bell-${Date.now().toString(36)}.txt`;
  const lighthouse = `saltmere-light-${Date.now().toString(36)}.md`;
  await openKnowledgeTab(page, character.id);

  // Two files chosen at once, with the keyboard: a progress bar each, named after its file.
  const release = await holdUploads(page);
  await chooseFiles(page, [
    textFile(bell, `${fixture('saltmere-history.txt').trim()}\n\n${BELL_FACT}\n`),
    textFile(lighthouse, fixture('saltmere-lighthouse.md'), 'text/markdown'),
  ]);
  const uploads = page.getByRole('list', { name: 'Uploads', exact: true });
  for (const name of [bell, lighthouse]) {
    const progress = uploads.getByRole('progressbar', { name: `Uploading ${name}`, exact: true });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', /^\d+$/);
    await expect(uploads.getByRole('button', { name: `Cancel uploading ${name}`, exact: true })).toBeVisible();
  }
  release();

  // Uploaded, processed, ready: both in the table; the upload list empties.
  await expect(uploads).toBeHidden();
  await expectReady(page, bell);
  await expectReady(page, lighthouse);

  // Connected to the character: the switch, labelled with the document's name, holds after a reload.
  const bellSwitch = page.getByRole('switch', { name: bell, exact: true });
  await expect(bellSwitch).not.toBeChecked();
  await bellSwitch.check();
  await expect(page.getByText(/uses 1 of \d+ documents?\./)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('switch', { name: bell, exact: true })).toBeChecked();
  await expect(page.getByRole('switch', { name: lighthouse, exact: true })).not.toBeChecked();
  // Only the documents the character uses, at a click; and all of them again.
  // (The radios are visually hidden behind their labels, which are what a mouse clicks.)
  const shown = page.getByRole('radiogroup', { name: 'Documents shown', exact: true });
  await shown.getByText(`Used by ${character.name} (1)`, { exact: true }).click();
  await expect(shown.getByRole('radio', { name: `Used by ${character.name} (1)`, exact: true })).toBeChecked();
  await expect(page.getByRole('switch', { name: bell, exact: true })).toBeChecked();
  await expect(page.getByRole('switch', { name: lighthouse, exact: true })).toHaveCount(0);
  await shown.getByText('All documents', { exact: true }).click();
  await expect(page.getByRole('switch', { name: lighthouse, exact: true })).toBeVisible();

  // The preview shows the extracted text, and finds in it. (Convai's API does not give a document's
  // text back: in front of it there is no preview to offer.)
  if (backendKind === 'local') {
    await page.getByRole('button', { name: `Preview ${lighthouse}`, exact: true }).click();
    const preview = page.getByRole('dialog', { name: lighthouse, exact: true });
    await preview.getByRole('searchbox', { name: 'Find in the document', exact: true }).fill('Jonas Wreel');
    await expect(preview.getByTestId('find-count')).toHaveText('1 of 1');
    await expect(preview.locator('mark')).toHaveText('Jonas Wreel');
    // Escape clears the search first, and leaves the document open.
    const find = preview.getByRole('searchbox', { name: 'Find in the document', exact: true });
    await find.press('Escape');
    await expect(find).toHaveValue('');
    await expect(preview).toBeVisible();
    await preview.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(preview).toBeHidden();
  } else {
    await expect(page.getByRole('button', { name: `Replace ${lighthouse}`, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: `Preview ${lighthouse}`, exact: true })).toHaveCount(0);
  }

  // Test chat: a question only the bell document answers.
  await page
    .getByRole('navigation', { name: 'Character sections', exact: true })
    .getByRole('link', { name: 'Test chat', exact: true })
    .click();
  const chat = testChat(page, character.name);
  await chat.say('When was the Harbour Bell cast?', 1);
  await expect(chat.replies.first()).toContainText('1742');

  // Under the reply, its sources; one opens the document at that passage.
  const source = chat.conversation
    .getByRole('list', { name: 'Sources', exact: true })
    .getByRole('button', { name: `${bell} “${BELL_FACT}”`, exact: true });
  await expect(source).toBeVisible();
  await source.click();
  const opened = page.getByRole('dialog', { name: bell, exact: true });
  await expectSourceOpened(opened, backendKind);
  await opened.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(opened).toBeHidden();

  // The transcript keeps the sources, and opens them the same way.
  await page.getByRole('link', { name: 'View the transcript', exact: true }).click();
  const transcript = page.getByRole('list', { name: 'Transcript', exact: true });
  await transcript
    .getByRole('list', { name: 'Sources', exact: true })
    .getByRole('button', { name: `${bell} “${BELL_FACT}”`, exact: true })
    .click();
  await expectSourceOpened(page.getByRole('dialog', { name: bell, exact: true }), backendKind);
});

test('a refused file shows the server’s reason beside it while the other uploads; deleting asks, naming every character that loses the document', async ({
  page,
  request,
}) => {
  const first = await createCharacter(request, { charName: uniqueName('Quay warden') });
  const second = await createCharacter(request, { charName: uniqueName('Net mender') });
  const lore = `saltmere-lore-${Date.now().toString(36)}.md`;
  const empty = `empty-${Date.now().toString(36)}.txt`;
  const refusal = await refusalOfEmptyFile(request);
  await openKnowledgeTab(page, first.id);

  // Dropped together: the empty one is refused with the server's words beside it, the other goes on.
  await dropFiles(page, [textFile(lore, fixture('saltmere-lighthouse.md'), 'text/markdown'), textFile(empty, '')]);
  const refused = page.getByRole('list', { name: 'Uploads', exact: true }).getByRole('listitem').filter({ hasText: empty });
  await expect(refused.getByRole('alert')).toHaveText(refusal);
  await expectReady(page, lore);
  // Kept until dismissed: the user sees what happened to every file they gave.
  await expect(refused).toBeVisible();
  await refused.getByRole('button', { name: `Dismiss ${empty}`, exact: true }).click();
  await expect(refused).toBeHidden();

  // Connected to both characters: here with the switch, on the second character's tab too.
  await page.getByRole('switch', { name: lore, exact: true }).check();
  await expect(page.getByRole('switch', { name: lore, exact: true })).toBeChecked();
  await openKnowledgeTab(page, second.id);
  await page.getByRole('switch', { name: lore, exact: true }).check();
  await expect(page.getByText(/uses 1 of \d+ documents?\./)).toBeVisible();

  // The knowledge bank page says who uses it.
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Knowledge bank', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Knowledge bank', exact: true })).toBeVisible();
  const users = page.getByRole('list', { name: `Characters using ${lore}`, exact: true });
  await expect(users.getByRole('link', { name: first.name, exact: true })).toBeVisible();
  await expect(users.getByRole('link', { name: second.name, exact: true })).toBeVisible();

  // Delete asks first, naming both characters; cancelled, nothing changes; confirmed, it is gone.
  await page.getByRole('button', { name: `Delete ${lore}`, exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete ${lore}?`, exact: true });
  await expect(confirm.getByTestId('characters-losing')).toHaveText(
    new RegExp(`^(${escape(first.name)} and ${escape(second.name)}|${escape(second.name)} and ${escape(first.name)}) will lose it\\.$`),
  );
  await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(documentRow(page, lore)).toBeVisible();
  await page.getByRole('button', { name: `Delete ${lore}`, exact: true }).click();
  await confirm.getByRole('button', { name: 'Delete document', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(documentRow(page, lore)).toHaveCount(0);

  // Gone from the characters too.
  await openKnowledgeTab(page, first.id);
  await expect(page.getByRole('switch', { name: lore, exact: true })).toHaveCount(0);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
