import type { APIRequestContext, Locator, Page, TestInfo } from '@playwright/test';
import { audit, screenshot } from './support/axe';
import { startChildServer } from './support/child-server';
import { createCharacter, uniqueName } from './support/factories';
import { expect, test } from './support/test';

/**
 * Every page and every dialog, in both themes, audited by axe (WCAG 2.0 and 2.1, A and AA): a
 * serious or critical violation fails the test. Each page is also saved as a full-page screenshot
 * (`<project>-<theme>-<page>.png` in the test's output folder, attached to the report) so the
 * themes can be looked at.
 */

const themes = ['light', 'dark'] as const;
type Theme = (typeof themes)[number];

/** The demo character with a narrative, sessions that follow it, and knowledge documents. */
const DEMO = 'Lena Whitcombe';

async function characterId(request: APIRequestContext, name: string) {
  const response = await request.post('/api/character/get', { data: { charName: name } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { character_id: string }).character_id;
}

async function sessionIds(request: APIRequestContext, charID: string) {
  const response = await request.post('/api/character/chatHistory/list', { data: { charID, limit: '-1' } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as Array<{ sessionID: string }>).map((session) => session.sessionID);
}

/** A character saved twice, so that History has a difference to show and a version to restore. */
async function characterWithHistory(request: APIRequestContext) {
  const { id, name } = await createCharacter(request, {
    charName: uniqueName('Aster'),
    backstory: 'Aster keeps the lighthouse lamp burning through every winter storm.',
  });
  const saved = await request.post('/api/character/update', {
    data: { charID: id, backstory: 'Aster keeps the harbour lantern burning through every long summer night.' },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  return { id, name };
}

/** A page is ready when its heading is there and nothing is loading. */
async function ready(page: Page, heading: string | RegExp) {
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  await expect(page.locator('.animate-spin')).toHaveCount(0);
}

async function visit(page: Page, url: string, heading: string | RegExp) {
  await page.goto(url);
  await ready(page, heading);
}

/**
 * Opens a dialog, checks that focus moved into it, audits and photographs it, closes it with
 * Escape and checks that focus went back to what opened it.
 */
async function checkDialog(
  page: Page,
  testInfo: TestInfo,
  theme: Theme,
  name: string,
  opener: Locator,
  dialog: Locator,
  options: { opened?: () => Promise<unknown> } = {},
) {
  await opener.click();
  await expect(dialog).toBeVisible();
  await options.opened?.();
  await expect
    .poll(() => dialog.evaluate((element) => element.contains(document.activeElement)), { message: `focus in ${name}` })
    .toBe(true);
  await expect(dialog.locator('.animate-spin')).toHaveCount(0);
  await audit(page, `the ${name} dialog`);
  await screenshot(page, testInfo, theme, `dialog-${name}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener, `focus back on what opened ${name}`).toBeFocused();
}

for (const theme of themes) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
    });

    test(`every page passes the audit (${theme})`, async ({ page, request, backendKind }, testInfo) => {
      // Seventeen pages, each loaded, audited and photographed: about a minute, more on a busy machine.
      test.setTimeout(240_000);
      const lena = await characterId(request, DEMO);
      const [newest, older] = await sessionIds(request, lena);
      const historied = await characterWithHistory(request);
      // One character in the trash, so that the page shows a row and its Restore button.
      const discarded = await createCharacter(request, { charName: uniqueName('Discarded') });
      expect((await request.post('/api/character/delete', { data: { charID: discarded.id } })).status()).toBe(200);
      const pages: Array<{ name: string; url: string; heading: string | RegExp; then?: () => Promise<void> }> = [
        { name: 'characters', url: '/characters', heading: 'Characters' },
        { name: 'new-character', url: '/characters/new', heading: 'New character' },
        { name: 'character-details', url: `/characters/${lena}`, heading: DEMO },
        {
          name: 'character-details-backstory-generator',
          url: `/characters/${lena}`,
          heading: DEMO,
          then: async () => {
            await page.getByRole('button', { name: 'Generate a backstory…', exact: true }).click();
            await expect(page.getByRole('region', { name: 'Backstory generator', exact: true })).toBeVisible();
          },
        },
        { name: 'character-narrative', url: `/characters/${lena}/narrative`, heading: 'Narrative' },
        { name: 'character-knowledge', url: `/characters/${lena}/knowledge`, heading: 'Knowledge' },
        { name: 'character-sessions', url: `/characters/${lena}/sessions`, heading: 'Sessions' },
        { name: 'transcript', url: `/characters/${lena}/sessions/${newest}`, heading: /^Session of/ },
        {
          name: 'sessions-compared',
          url: `/characters/${lena}/sessions/compare?a=${older}&b=${newest}`,
          heading: 'Two sessions side by side',
        },
        { name: 'test-chat', url: `/characters/${lena}/chat`, heading: 'Test chat' },
        { name: 'character-history', url: `/characters/${historied.id}/history`, heading: 'History' },
        { name: 'knowledge-bank', url: '/knowledge', heading: 'Knowledge bank' },
        { name: 'backstory-generator', url: '/backstory', heading: 'Backstory generator' },
        { name: 'insights', url: '/insights', heading: 'Insights' },
        { name: 'trash', url: '/trash', heading: 'Trash' },
        { name: 'settings', url: '/settings', heading: 'Settings' },
        { name: 'not-found', url: '/no-such-page', heading: 'Page not found' },
      ];
      expect(older, `${DEMO} has two sessions in the ${backendKind} arrangement`).toBeTruthy();
      for (const shown of pages) {
        await visit(page, shown.url, shown.heading);
        await shown.then?.();
        await audit(page, `${shown.name} (${shown.url})`);
        await screenshot(page, testInfo, theme, shown.name);
      }
    });

    test(`every dialog of the character list, the editor and History passes the audit, takes focus and gives it back (${theme})`, async ({
      page,
      request,
      backendKind,
    }, testInfo) => {
      test.slow();
      const historied = await characterWithHistory(request);
      const check = (name: string, opener: Locator, dialog: Locator, options?: { opened?: () => Promise<unknown> }) =>
        checkDialog(page, testInfo, theme, name, opener, dialog, options);

      // The character list: clone, delete, and (locally) the cards' import and export.
      await visit(page, '/characters', 'Characters');
      // Opened by keys, from anywhere: the command palette and the list of shortcuts (their keys are
      // in once the page is idle, when the title names the page).
      await expect(page).toHaveTitle('Characters · Character Studio');
      const palette = page.getByRole('dialog', { name: 'Command palette', exact: true });
      await page.keyboard.press('Control+k');
      await expect(palette.getByRole('combobox')).toBeFocused();
      await audit(page, 'the command palette');
      await screenshot(page, testInfo, theme, 'dialog-command-palette');
      await page.keyboard.press('Escape');
      await expect(palette).toBeHidden();
      const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts', exact: true });
      await page.keyboard.press('?');
      await expect(shortcuts).toBeVisible();
      await audit(page, 'the keyboard shortcuts dialog');
      await screenshot(page, testInfo, theme, 'dialog-keyboard-shortcuts');
      await page.keyboard.press('Escape');
      await expect(shortcuts).toBeHidden();
      await page.getByRole('searchbox', { name: 'Search characters by name', exact: true }).fill(DEMO);
      await check(
        'clone',
        page.getByRole('button', { name: `Clone ${DEMO}`, exact: true }),
        page.getByRole('dialog', { name: `Clone “${DEMO}”`, exact: true }),
      );
      await check(
        'delete-character',
        page.getByRole('button', { name: `Delete ${DEMO}`, exact: true }),
        page.getByRole('alertdialog', { name: `Delete “${DEMO}”?`, exact: true }),
      );
      if (backendKind === 'local') {
        await check(
          'import-cards',
          page.getByRole('button', { name: 'Import cards…', exact: true }),
          page.getByRole('dialog', { name: 'Import character cards', exact: true }),
        );
        await check(
          'export-cards',
          page.getByRole('button', { name: 'Export…', exact: true }),
          page.getByRole('dialog', { name: 'Export character cards', exact: true }),
        );
      }

      // The editor: leaving with unsaved changes, and applying a generated backstory.
      await visit(page, `/characters/${historied.id}`, historied.name);
      await page.getByRole('button', { name: 'Generate a backstory…', exact: true }).click();
      const generator = page.getByRole('region', { name: 'Backstory generator', exact: true });
      await generator.getByRole('button', { name: 'Generate', exact: true }).click();
      await expect(generator.getByTestId('take-status')).toHaveText('Finished', { timeout: 20_000 });
      await audit(page, 'the editor with a generated take');
      await check(
        'apply-take',
        generator.getByRole('button', { name: 'Apply…', exact: true }),
        page.getByRole('dialog', { name: 'Apply this take to the backstory?', exact: true }),
      );
      // The form's Name (the generator beside it has one too).
      await page.getByLabel('Name', { exact: true }).first().fill(`${historied.name} (draft)`);
      const leave = page.getByRole('link', { name: 'Characters', exact: true }).first();
      await leave.click();
      const discard = page.getByRole('alertdialog', { name: 'Discard unsaved changes?', exact: true });
      await expect(discard).toBeVisible();
      await audit(page, 'the discard-changes dialog');
      await screenshot(page, testInfo, theme, 'dialog-discard-changes');
      await discard.getByRole('button', { name: 'Keep editing', exact: true }).click();
      await expect(discard).toBeHidden();

      // History: restoring a version asks first.
      await visit(page, `/characters/${historied.id}/history`, 'History');
      await check(
        'restore-version',
        page.getByRole('button', { name: 'Restore version 1…', exact: true }),
        page.getByRole('alertdialog', { name: 'Restore version 1?', exact: true }),
      );
    });

    test(`every dialog of the sessions, knowledge and narrative pages passes the audit, takes focus and gives it back (${theme})`, async ({
      page,
      request,
      backendKind,
    }, testInfo) => {
      test.slow();
      const lena = await characterId(request, DEMO);
      const [newest] = await sessionIds(request, lena);
      const historied = await characterWithHistory(request);
      const check = (name: string, opener: Locator, dialog: Locator, options?: { opened?: () => Promise<unknown> }) =>
        checkDialog(page, testInfo, theme, name, opener, dialog, options);

      // A transcript: an exchange's labels, the export menu, and the session's path on the narrative graph.
      await visit(page, `/characters/${lena}/sessions/${newest}`, /^Session of/);
      await check(
        'labels',
        page.getByRole('group', { name: 'Review of exchange 1', exact: true }).getByRole('button', { name: 'Labels…', exact: true }),
        page.getByRole('dialog', { name: 'Labels of exchange 1', exact: true }),
      );
      await check('export-menu', page.getByRole('button', { name: 'Export', exact: true }), page.getByRole('menu'));
      const showPath = page.getByRole('button', { name: 'Show path on graph', exact: true });
      if (await showPath.isVisible()) {
        await check('session-path', showPath, page.getByRole('dialog', { name: 'The session’s path', exact: true }), {
          opened: () => expect(page.getByTestId('session-path-graph')).toBeVisible(),
        });
      }

      // The knowledge tab: a document's passages (locally: Convai's service does not give a document's
      // text back, so it has no preview), and deleting one.
      await visit(page, `/characters/${lena}/knowledge`, 'Knowledge');
      const documents = page.getByRole('table', { name: 'Documents', exact: true });
      const remove = documents.getByRole('button', { name: /^Delete / }).first();
      const documentName = ((await remove.getAttribute('aria-label')) ?? '').replace(/^Delete /, '');
      if (backendKind === 'local') {
        await check(
          'document-passages',
          documents.getByRole('button', { name: `Preview ${documentName}`, exact: true }),
          page.getByRole('dialog', { name: documentName, exact: true }),
        );
      }
      await check('delete-document', remove, page.getByRole('alertdialog'));

      // Test chat with a reply in it, and (locally) the trigger form.
      await visit(page, `/characters/${historied.id}/chat`, 'Test chat');
      const message = page.getByLabel(`Message to ${historied.name}`, { exact: true });
      await message.fill('Good evening. What keeps you busy?');
      await message.press('Enter');
      await expect(page.getByRole('list', { name: 'Conversation', exact: true }).locator('[data-speaker="character"]')).toHaveCount(1);
      // The box empties once the reply is complete (slow on a busy machine).
      await expect(message).toHaveValue('', { timeout: 30_000 });
      if (backendKind === 'local') {
        await page.getByRole('button', { name: 'Trigger', exact: true }).click();
        await expect(page.getByRole('form', { name: 'Fire a trigger', exact: true })).toBeVisible();
      }
      await audit(page, 'test chat with a reply');
      await screenshot(page, testInfo, theme, 'test-chat-with-a-reply');

      // An upload on the knowledge tab: its row, once the document is read.
      await visit(page, `/characters/${historied.id}/knowledge`, 'Knowledge');
      const fileName = `${uniqueName('Harbour notes')}.txt`;
      const zone = page.getByRole('region', { name: 'Upload documents', exact: true });
      const dataTransfer = await page.evaluateHandle((name) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['The harbour lantern is lit at dusk and put out at dawn.'], name, { type: 'text/plain' }));
        return transfer;
      }, fileName);
      await zone.dispatchEvent('dragenter', { dataTransfer });
      await zone.dispatchEvent('dragover', { dataTransfer });
      await zone.dispatchEvent('drop', { dataTransfer });
      const uploaded = page
        .getByRole('table', { name: 'Documents', exact: true })
        .getByRole('row')
        .filter({ has: page.getByText(fileName, { exact: true }) });
      await expect(uploaded.getByTestId('document-state')).toContainText('Ready', { timeout: 20_000 });
      await audit(page, 'the knowledge tab after an upload');
      await screenshot(page, testInfo, theme, 'knowledge-after-an-upload');

      // The narrative: a section, a decision and a trigger, added or edited, and a deletion.
      await visit(page, `/characters/${lena}/narrative`, 'Narrative');
      const list = page.getByRole('complementary', { name: 'Sections and triggers', exact: true });
      await check(
        'add-section',
        page.getByRole('button', { name: 'Add section', exact: true }),
        page.getByRole('dialog', { name: 'Add a section', exact: true }),
      );
      await check(
        'edit-section',
        list.getByRole('button', { name: 'Edit “Welcome”', exact: true }),
        page.getByRole('dialog', { name: /^Edit/ }),
      );
      await check(
        'edit-decision',
        list.getByRole('button', { name: /^Edit the decision from “Welcome”/ }).first(),
        page.getByRole('dialog', { name: 'Edit a decision from “Welcome”', exact: true }),
      );
      await check(
        'add-trigger',
        page.getByRole('button', { name: 'Add trigger', exact: true }),
        page.getByRole('dialog', { name: 'Add a trigger', exact: true }),
      );
      await check('delete-section', list.getByRole('button', { name: 'Delete “Welcome”', exact: true }), page.getByRole('alertdialog'));
    });
  });
}

test('the access-token page passes the audit in both themes, and with a refused token', async ({ page, backendKind }, testInfo) => {
  test.skip(backendKind !== 'local', 'the page is the dashboard server’s own, the same in front of Convai: the local run audits it');
  // Only a server started with DASHBOARD_TOKEN asks for it; the shared test servers do not.
  const server = await startChildServer({ DASHBOARD_TOKEN: 'e2e-accessibility-token-3b9d0c51' });
  try {
    for (const theme of themes) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${server.url}/characters`);
      await ready(page, 'Access token');
      await audit(page, `the access-token page (${theme})`);
      await screenshot(page, testInfo, theme, 'access-token');
      await page.getByLabel('Token', { exact: true }).fill('not-the-token-at-all');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect(page.getByText('That token is not the one the server was started with.')).toBeVisible();
      await audit(page, `the access-token page with a refused token (${theme})`);
    }
  } finally {
    await server.kill();
  }
});

test('the main pages hold at 1,024 px wide and at 200 % zoom (640 px) without a horizontal scroll', async ({ page, request }, testInfo) => {
  test.slow();
  const lena = await characterId(request, DEMO);
  const [newest] = await sessionIds(request, lena);
  const pages = [
    { name: 'characters', url: '/characters', heading: 'Characters' },
    { name: 'character-details', url: `/characters/${lena}`, heading: DEMO },
    { name: 'character-narrative', url: `/characters/${lena}/narrative`, heading: 'Narrative' },
    { name: 'character-knowledge', url: `/characters/${lena}/knowledge`, heading: 'Knowledge' },
    { name: 'character-sessions', url: `/characters/${lena}/sessions`, heading: 'Sessions' },
    { name: 'transcript', url: `/characters/${lena}/sessions/${newest}`, heading: /^Session of/ },
    { name: 'test-chat', url: `/characters/${lena}/chat`, heading: 'Test chat' },
    { name: 'character-history', url: `/characters/${lena}/history`, heading: 'History' },
    { name: 'knowledge-bank', url: '/knowledge', heading: 'Knowledge bank' },
    { name: 'backstory-generator', url: '/backstory', heading: 'Backstory generator' },
    { name: 'insights', url: '/insights', heading: 'Insights' },
    { name: 'settings', url: '/settings', heading: 'Settings' },
  ];
  for (const width of [1024, 640]) {
    await page.setViewportSize({ width, height: 720 });
    for (const shown of pages) {
      await visit(page, shown.url, shown.heading);
      const widths = await page.evaluate(() => {
        const overflow = (element: Element | null) => (element ? element.scrollWidth - element.clientWidth : 0);
        return {
          document: overflow(document.documentElement),
          main: overflow(document.querySelector('main')),
        };
      });
      expect.soft(widths.main, `${shown.name}: the page's body scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      expect.soft(widths.document, `${shown.name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      await screenshot(page, testInfo, 'light', `${shown.name}-${width}px`);
    }
  }
});

test('with reduced motion asked for, nothing spins, pulses or slides', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await visit(page, '/characters', 'Characters');
  // A control with a transition, and an element made to spin: both settle at once.
  const durations = await page.evaluate(() => {
    const spinner = document.createElement('span');
    spinner.className = 'animate-spin';
    document.body.append(spinner);
    const button = document.querySelector('.transition-colors')!;
    const seconds = (value: string) =>
      Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
    const result = {
      transition: seconds(getComputedStyle(button).transitionDuration),
      animation: seconds(getComputedStyle(spinner).animationDuration),
    };
    spinner.remove();
    return result;
  });
  expect(durations.transition).toBeLessThan(0.001);
  expect(durations.animation).toBeLessThan(0.001);
});
