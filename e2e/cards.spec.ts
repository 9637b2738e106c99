import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { normaliseCard } from '../server/cards/normalise-card';
import { placeholderPng } from '../server/cards/png-chunks';
import { readCard } from '../server/cards/read-card';
import { fixtureJson } from '../server/cards/test-support';
import { writeCard } from '../server/cards/write-card';
import type { CardV3 } from '../server/cards/card-types';
import { expect, test } from './support/test';
import { createCharacter, uniqueName } from './support/factories';

type CardFile = { name: string; mimeType: string; buffer: Buffer };

/** A fixture card under a name of its own (tests share a server). */
function fixtureCard(fixture: string, name: string): CardV3 {
  const read = normaliseCard(fixtureJson(fixture));
  if (!read.ok) throw new Error(read.error);
  return { ...read.card, data: { ...read.card.data, name } };
}

/** A card as a file of the kind given; a PNG carries a picture of its own. */
function cardFile(card: CardV3, format: 'json' | 'png' | 'charx', fileName: string): CardFile {
  const image = { bytes: placeholderPng(fileName, 64, 96), mime: 'image/png' };
  const written = writeCard(card, format, format === 'json' ? {} : { image });
  return { name: fileName, mimeType: written.mime, buffer: Buffer.from(written.bytes) };
}

/** Drops files on the import dialog's drop zone, as a file manager would. */
async function dropFiles(page: Page, files: CardFile[]) {
  const zone = page.getByRole('region', { name: 'Card files', exact: true });
  const dataTransfer = await page.evaluateHandle(
    (payload) => {
      const transfer = new DataTransfer();
      for (const file of payload) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.mimeType }));
      return transfer;
    },
    files.map((file) => ({ name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] })),
  );
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

async function openImport(page: Page) {
  await page.goto('/characters');
  await page.getByRole('button', { name: 'Import cards…', exact: true }).click();
  return page.getByRole('dialog', { name: 'Import character cards', exact: true });
}

test.beforeEach(({ backendKind }) => {
  test.skip(
    backendKind !== 'local',
    'cards go in and out through the local server for now: in front of Convai the buttons are not offered',
  );
});

test('three card files of different kinds are previewed, imported and listed with their pictures; a broken one says why', async ({
  page,
}) => {
  const names = { json: uniqueName('Ilse'), png: uniqueName('Nimue'), charx: uniqueName('Orrin') };
  // The V2 card as such (the library writes V3): its name changed in both places a V2 card keeps it.
  const v2 = fixtureJson('v2-lorebook.json') as { name: string; data: { name: string } };
  const v2File = { ...v2, name: names.json, data: { ...v2.data, name: names.json } };
  const files = [
    { name: 'ilse.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v2File)) },
    cardFile(fixtureCard('v3-assets.json', names.png), 'png', 'nimue.png'),
    cardFile(fixtureCard('v3-assets.json', names.charx), 'charx', 'orrin.charx'),
    { name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n\x1a\nnot really a picture') },
  ];

  // Cancelled after the preview: nothing is saved.
  let dialog = await openImport(page);
  await dropFiles(page, files.slice(0, 1));
  await expect(dialog.getByRole('row', { name: 'ilse.json', exact: true })).toContainText(names.json);
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByLabel('Search characters by name', { exact: true }).fill(names.json);
  await expect(page.getByText(`No character name contains “${names.json}”.`, { exact: true })).toBeVisible();

  dialog = await openImport(page);
  await dropFiles(page, files);
  const row = (fileName: string) => dialog.getByRole('row', { name: fileName, exact: true });
  await expect(row('ilse.json')).toContainText('JSON, V2 card');
  await expect(row('ilse.json')).toContainText('becomes a knowledge document');
  await expect(row('nimue.png')).toContainText('PNG, V3 card');
  await expect(row('orrin.charx')).toContainText('CHARX, V3 card');
  await expect(row('broken.png')).toContainText('Will not be imported');
  // Markup in a card is text, never run.
  await expect(row('nimue.png')).toContainText("<script>alert('x')</script>");

  await dialog.getByRole('button', { name: 'Import 3 cards', exact: true }).click();
  const results = dialog.getByRole('list', { name: 'Import results', exact: true });
  await expect(dialog.getByRole('status').filter({ hasText: '3 cards imported.' })).toBeVisible();
  await expect(results.getByRole('listitem', { name: 'broken.png', exact: true })).not.toContainText('Imported as');
  await dialog.getByRole('button', { name: 'Done', exact: true }).click();

  for (const name of Object.values(names)) {
    await page.getByLabel('Search characters by name', { exact: true }).fill(name);
    const listed = page.getByRole('list', { name: 'Characters', exact: true }).getByRole('listitem').filter({ hasText: name });
    await expect(listed).toHaveCount(1);
    // A JSON card has no picture: its initials stand in.
    if (name === names.json) {
      await expect(listed.locator('img')).toHaveCount(0);
      continue;
    }
    // The card's picture, served by the local server and loaded.
    const picture = listed.locator('img');
    await expect(picture).toHaveAttribute('src', /\/pictures\//);
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  }
});

test('a card whose name is taken is imported as a copy, replaces the character (kept in its History), or is skipped', async ({
  page,
  request,
}) => {
  const { id, name } = await createCharacter(request, { backstory: 'The one made here first.' });
  const files = [
    cardFile(fixtureCard('v2-lorebook.json', name), 'json', 'copy.json'),
    cardFile(fixtureCard('v2-lorebook.json', name), 'json', 'replace.json'),
    cardFile(fixtureCard('v2-lorebook.json', name), 'json', 'skip.json'),
  ];
  const dialog = await openImport(page);
  await dropFiles(page, files);
  await expect(dialog.getByRole('row', { name: 'copy.json', exact: true })).toContainText(
    `A character of yours is already called “${name}”.`,
  );
  await expect(dialog.getByLabel('On import of copy.json', { exact: true })).toHaveValue('copy');
  await dialog
    .getByLabel('On import of replace.json', { exact: true })
    .selectOption({ label: 'Replace it (the old one stays in its History)' });
  await dialog.getByLabel('On import of skip.json', { exact: true }).selectOption({ label: 'Skip' });
  await dialog.getByRole('button', { name: 'Import 2 cards', exact: true }).click();
  const results = dialog.getByRole('list', { name: 'Import results', exact: true });
  await expect(results.getByRole('listitem', { name: 'copy.json', exact: true })).toContainText(`Imported as ${name} (2)`);
  await expect(results.getByRole('listitem', { name: 'replace.json', exact: true })).toContainText(`Replaced ${name}`);
  await expect(results.getByRole('listitem', { name: 'skip.json', exact: true })).toContainText('Skipped.');

  // The replaced character kept its id; its History has the version before the import.
  await results.getByRole('listitem', { name: 'replace.json', exact: true }).getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/characters/${id}$`));
  await expect(page.getByRole('textbox', { name: 'Backstory', exact: true })).toHaveValue(/airship/);
  await page.getByRole('link', { name: 'History', exact: true }).click();
  const versions = page.getByRole('list', { name: 'Versions', exact: true });
  await expect(versions.getByRole('listitem', { name: 'Version 2', exact: true })).toContainText('Imported');
  await expect(versions.getByRole('listitem', { name: 'Version 1', exact: true })).toContainText('Created');
});

test('a selection exports as one zip of cards that read back as those characters', async ({ page, request }) => {
  const first = await createCharacter(request, { charName: uniqueName('Export Ada'), backstory: 'Ada charts the northern sea.' });
  const second = await createCharacter(request, { charName: uniqueName('Export Bram'), backstory: 'Bram keeps the lighthouse.' });
  await page.goto('/characters');
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export character cards', exact: true });
  // Every character is offered at once, before any filter.
  await expect(dialog.getByRole('list', { name: 'Characters to export', exact: true }).getByRole('checkbox').first()).toBeVisible();
  for (const character of [first, second]) {
    await dialog.getByLabel('Filter characters', { exact: true }).fill(character.name);
    await dialog.getByRole('checkbox', { name: character.name, exact: true }).check();
  }
  await expect(dialog).toContainText('2 characters selected.');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export 2 characters as a zip', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.zip$/);
  const zip = unzipSync(new Uint8Array(await (await file.createReadStream()).toArray().then((parts) => Buffer.concat(parts))));
  const cards = Object.entries(zip).map(([fileName, bytes]) => readCard(bytes, fileName));
  expect(cards).toHaveLength(2);
  const read = cards
    .map((card) => (card.ok ? { name: card.card.data.name, format: card.format } : card.error))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  expect(read).toEqual([
    { name: first.name, format: 'png' },
    { name: second.name, format: 'png' },
  ]);
  await expect(page.getByText(/^Exported 2 characters as .+\.zip\.$/)).toBeVisible();
});

test('the editor exports its character as a JSON card', async ({ page, request }) => {
  const { id, name } = await createCharacter(request, { backstory: 'Cato tends the orchard terraces.' });
  await page.goto(`/characters/${id}`);
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export character cards', exact: true });
  await expect(dialog.getByRole('checkbox', { name, exact: true })).toBeChecked();
  await dialog.getByText('JSON', { exact: true }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export the card', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
  const card = readCard(new Uint8Array(bytes), file.suggestedFilename());
  expect(card.ok && { spec: card.spec, name: card.card.data.name }).toEqual({ spec: 'v3', name });
});
