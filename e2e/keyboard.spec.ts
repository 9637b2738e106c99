import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { getCharacter, uniqueName } from './support/factories';

/*
 * Keyboard only: every step is a key press (page.keyboard), never a click. A control is reached
 * with Tab or a shortcut, as someone without a mouse would.
 */

/** Presses Tab (Shift+Tab going back) until `target` has the focus; fails past `most` presses. */
async function tabTo(page: Page, target: Locator, { back = false, most = 250 } = {}) {
  // Found once (a role query over a long form is slow), then asked after each press.
  const element = await target.elementHandle();
  for (let presses = 0; presses < most; presses += 1) {
    if (await element?.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** Opens a page and waits until its keyboard shortcuts are in (they load once the page is idle: the title says so). */
async function open(page: Page, path: string, title: string) {
  await page.goto(path);
  await expect(page).toHaveTitle(`${title} · Character Studio`);
}

async function characterId(request: APIRequestContext, name: string) {
  const response = await request.post('/api/character/get', { data: { charName: name } });
  return ((await response.json()) as { character_id: string }).character_id;
}

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette', exact: true });
const paletteInput = (page: Page) => palette(page).getByRole('combobox', { name: 'Jump to a character, a page or an action', exact: true });

test('create a character, write its backstory with the generator, apply it and save, by keyboard', async ({ page, request }) => {
  // Tab by Tab through a long form (each voice, each language).
  test.setTimeout(120_000);
  const name = uniqueName('Maren of the Salt Road');
  await open(page, '/characters', 'Characters');

  // The palette's "New character" action opens the form; the focus starts at its heading.
  await page.keyboard.press('Control+k');
  // Its code loads on this first use: what is typed goes in once its field has the focus.
  await expect(paletteInput(page)).toBeFocused();
  await page.keyboard.type('new character');
  await expect(palette(page).getByRole('option', { name: 'New character', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  const heading = page.getByRole('heading', { name: 'New character', exact: true, level: 1 });
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle('New character · Character Studio');

  await tabTo(page, page.getByLabel('Name', { exact: true }));
  await page.keyboard.type(name);
  // The first voice: Tab lands in the group, Space chooses.
  const voices = page.getByRole('radiogroup', { name: 'Voices', exact: true }).getByRole('radio');
  await tabTo(page, voices.first());
  await page.keyboard.press('Space');
  await expect(voices.first()).toBeChecked();

  // The generator, beside the backstory: a description, Generate, then Apply… and its dialog.
  await tabTo(page, page.getByRole('button', { name: 'Generate a backstory…', exact: true }));
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Backstory generator', exact: true });
  await expect(panel.getByLabel('Name', { exact: true })).toHaveValue(name);
  await tabTo(page, panel.getByLabel('Description', { exact: true }));
  await page.keyboard.type('A salt trader who crosses the desert with twelve camels; shrewd, kind to strangers');
  await tabTo(page, panel.getByRole('button', { name: 'Generate', exact: true }));
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('take-status')).toHaveText('Finished', { timeout: 20_000 });
  const take = await panel.getByTestId('take-text').innerText();
  await tabTo(page, panel.getByRole('button', { name: 'Apply…', exact: true }));
  await page.keyboard.press('Enter');
  const apply = page.getByRole('dialog', { name: 'Apply this take to the backstory?', exact: true });
  await expect(apply).toBeVisible();
  await tabTo(page, apply.getByRole('button', { name: 'Apply to backstory', exact: true }));
  await page.keyboard.press('Enter');
  await expect(apply).toBeHidden();
  const backstory = page.getByLabel('Backstory', { exact: true });
  await expect(backstory).not.toHaveValue('');
  expect((await backstory.inputValue()).replace(/\s+/g, ' ').trim()).toBe(take.replace(/\s+/g, ' ').trim());

  // Save: the editor of the new character opens, its heading focused.
  await tabTo(page, page.getByRole('button', { name: 'Create character', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name, exact: true, level: 1 })).toBeFocused();
  await expect(page).toHaveTitle(`${name} · Character Studio`);
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  const saved = await getCharacter(request, id);
  expect(saved.body.character_name).toBe(name);
  expect(saved.body.backstory).toBe(await backstory.inputValue());
});

test("open a demo character's session and find a word in its transcript, moving with Enter, J and K", async ({ page, request }) => {
  const lena = await characterId(request, 'Lena Whitcombe');
  await open(page, `/characters/${lena}/sessions`, 'Sessions · Lena Whitcombe');

  // J moves through the session rows; Enter opens the one focused.
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  await page.keyboard.press('j');
  await expect(rows.nth(1).getByRole('link')).toBeFocused();
  await page.keyboard.press('j');
  await expect(rows.nth(2).getByRole('link')).toBeFocused();
  await page.keyboard.press('k');
  await expect(rows.nth(1).getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Session of/, level: 1 })).toBeFocused();

  // `/` goes to the find field; Enter steps through the matches.
  await page.keyboard.press('/');
  const find = page.getByRole('searchbox', { name: 'Find in transcript', exact: true });
  await expect(find).toBeFocused();
  await page.keyboard.type('the');
  const count = page.getByTestId('find-count');
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.innerText()).split(' of ')[1]);
  expect(total).toBeGreaterThan(3);
  const transcript = page.getByRole('list', { name: 'Transcript', exact: true });
  await expect(transcript.locator('mark[data-current]')).toHaveText(/the/i);
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);

  // Out of the field, J and K move between the matches too (typed in it, they would be text).
  await page.keyboard.press('Tab');
  await expect(find).not.toBeFocused();
  await page.keyboard.press('j');
  await expect(count).toHaveText(`3 of ${total}`);
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(count).toHaveText(`1 of ${total}`);
  await expect(find).toHaveValue('the');
});

test('the palette jumps to a character by its name, and Escape gives the focus back', async ({ page, request }) => {
  const osric = await characterId(request, 'Osric Tallow');
  await open(page, '/backstory', 'Backstory generator');

  // Escape closes it, and the focus is where it was (the name field, where Ctrl+K works too).
  const nameField = page.getByLabel('Name', { exact: true });
  await tabTo(page, nameField);
  await page.keyboard.press('Control+k');
  await expect(paletteInput(page)).toBeFocused();
  await expect(palette(page).getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveValue('');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('osric tal');
  const option = palette(page).getByRole('option', { name: 'Osric Tallow', exact: true });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  // A character's own pages are offered too.
  await expect(palette(page).getByRole('option', { name: 'Sessions · Osric Tallow', exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/characters/${osric}$`));
  await expect(page.getByRole('heading', { name: 'Osric Tallow', exact: true, level: 1 })).toBeFocused();

  // Typing the page's name after the character's goes to that page.
  await page.keyboard.press('Control+k');
  // Each opening starts afresh.
  await expect(paletteInput(page)).toHaveValue('');
  await page.keyboard.type('osric history');
  await expect(palette(page).getByRole('option', { name: 'History · Osric Tallow', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/characters/${osric}/history$`));
  const history = page.getByRole('heading', { name: 'History', exact: true, level: 1 });
  await expect(history).toBeFocused();

  // An action: the theme switches, and the focus is back where it was.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('dark theme');
  await expect(palette(page).getByRole('option', { name: 'Switch to the dark theme', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(history).toBeFocused();
  // Another opens the shortcuts dialog once the palette has closed.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('shortcuts');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts', exact: true })).toBeVisible();
  await expect(palette(page)).toBeHidden();
});

test('? lists the shortcuts; g c and g b go to their pages; / goes to the search; keys typed in a field stay text', async ({ page }) => {
  await open(page, '/characters', 'Characters');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts', exact: true });
  await expect(help).toBeVisible();
  for (const label of [
    'Open the command palette: jump to a character, a page or an action',
    'Go to Characters',
    'Go to the Backstory generator',
    "Go to the page's search field",
    'Next exchange',
    'Rate the exchange good',
    'Finish the session and open the next one to review',
  ])
    await expect(help.getByText(label, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('g');
  await page.keyboard.press('b');
  await expect(page.getByRole('heading', { name: 'Backstory generator', exact: true, level: 1 })).toBeFocused();
  await expect(page).toHaveTitle('Backstory generator · Character Studio');
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await expect(page.getByRole('heading', { name: 'Characters', exact: true, level: 1 })).toBeFocused();

  // J and K move through the character rows.
  const links = page.getByRole('list', { name: 'Characters', exact: true }).getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(links.nth(0)).toBeFocused();

  // `/` goes to the search; g then b typed there is text, not a move.
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search characters by name', exact: true });
  await expect(search).toBeFocused();
  await page.keyboard.type('gb');
  await expect(search).toHaveValue('gb');
  await page.keyboard.press('?');
  await expect(search).toHaveValue('gb?');
  await expect(page).toHaveURL(/\/characters\?q=gb/);
  await expect(help).toBeHidden();
});
