import { expect, test } from './support/test';
import { startArrangement } from './support/child-server';
import { createCharacter } from './support/factories';

test('the backstory streams in, stops, regenerates, applies as a diff and saves', async ({ page, request, context, backendKind }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { id, name } = await createCharacter(request, { backstory: 'Mindy argues for a living.\n\nShe rarely loses.' });
  await page.goto(`/characters/${id}`);
  await page.getByRole('button', { name: 'Generate a backstory…', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Backstory generator', exact: true });
  // Prefilled from the character: its name, and its backstory's first sentence.
  await expect(panel.getByLabel('Name', { exact: true })).toHaveValue(name);
  await expect(panel.getByLabel('Description', { exact: true })).toHaveValue('Mindy argues for a living.');
  await panel.getByLabel('Description', { exact: true }).fill('Lawyer in the New York City. Achiever. Stubborn.');

  // Generate: the text grows piece by piece.
  await panel.getByRole('button', { name: 'Generate', exact: true }).click();
  const text = panel.getByTestId('take-text');
  const lengths = new Set<number>();
  await expect
    .poll(
      async () => {
        lengths.add((await text.innerText()).length);
        return lengths.size;
      },
      { intervals: [50], timeout: 10_000 },
    )
    .toBeGreaterThanOrEqual(5);
  await expect(panel.getByTestId('take-status')).toHaveText('Finished', { timeout: 20_000 });
  await expect(panel).toContainText('Written by Offline generator');
  // Copy puts the exact take on the clipboard.
  const copyTake = async () => {
    await panel.getByRole('button', { name: 'Copy', exact: true }).click();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const first = await copyTake();
  expect(first.replace(/\s+/g, ' ').trim()).toBe((await text.innerText()).replace(/\s+/g, ' ').trim());
  expect(first).toContain(name);
  expect(first.split('\n\n').length).toBeGreaterThanOrEqual(3);
  await expect(panel.getByTestId('take-rate')).toContainText('/s');

  // Regenerate: a second take, listed with the first; Stop halts it and keeps the partial text.
  await panel.getByLabel('Description', { exact: true }).fill('Lawyer in Boston. Patient. Secretive.');
  await panel.getByRole('button', { name: 'Regenerate', exact: true }).click();
  await expect.poll(async () => (await text.innerText()).length, { timeout: 10_000 }).toBeGreaterThan(40);
  await panel.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(panel.getByTestId('take-status')).toHaveText('Stopped');
  const partial = await text.innerText();
  await page.waitForTimeout(500);
  expect(await text.innerText()).toBe(partial);
  await expect(panel.getByRole('list', { name: 'Takes', exact: true }).getByRole('listitem')).toHaveCount(2);

  // A third take, run to the end, differs from the first.
  await panel.getByRole('button', { name: 'Regenerate', exact: true }).click();
  await expect(panel.getByTestId('take-status')).toHaveText('Finished', { timeout: 20_000 });
  const third = await copyTake();
  expect(third).not.toBe(first);
  await expect(panel.getByRole('list', { name: 'Takes', exact: true }).getByRole('listitem')).toHaveCount(3);

  // Pick the first take again, and apply it: the diff shows first.
  await panel
    .getByRole('list', { name: 'Takes', exact: true })
    .getByRole('button', { name: /^Take 1/ })
    .click();
  expect(await copyTake()).toBe(first);
  await panel.getByRole('button', { name: 'Apply…', exact: true }).click();
  const diff = page.getByRole('dialog', { name: 'Apply this take to the backstory?', exact: true });
  await expect(diff.locator('del')).not.toHaveCount(0);
  await expect(diff.locator('ins')).not.toHaveCount(0);
  await expect(diff.getByTestId('take-diff')).toContainText('rarely loses');
  await diff.getByRole('button', { name: 'Apply to backstory', exact: true }).click();
  await expect(page.getByLabel('Backstory', { exact: true })).toHaveValue(first);
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  // Saving goes through the normal update and persists.
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  const saved = await request.post('/api/character/get', { data: { charID: id } });
  expect(((await saved.json()) as { backstory: string }).backstory).toBe(first);
  await page.reload();
  await expect(page.getByLabel('Backstory', { exact: true })).toHaveValue(first);

  // Locally, History says where that change came from.
  if (backendKind === 'local') {
    await page
      .getByRole('navigation', { name: 'Character sections', exact: true })
      .getByRole('link', { name: 'History', exact: true })
      .click();
    const latest = page.getByRole('list', { name: 'Versions', exact: true }).getByRole('listitem', { name: 'Version 2', exact: true });
    await expect(latest).toContainText('Generated backstory applied');
  }
});

test('a draft from the backstory page starts a new character', async ({ page }) => {
  await page.goto('/backstory');
  await page.getByLabel('Name', { exact: true }).fill('Captain Ines');
  await page.getByLabel('Description', { exact: true }).fill('a retired sea captain from Lisbon who collects maps, gruff but kind');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByTestId('take-status')).toHaveText('Finished', { timeout: 20_000 });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  const story = await page.evaluate(() => navigator.clipboard.readText());
  await page.getByRole('button', { name: 'Create a character with this', exact: true }).click();
  await expect(page).toHaveURL(/\/characters\/new$/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Captain Ines');
  await expect(page.getByLabel('Backstory', { exact: true })).toHaveValue(story);
  await expect(page.getByText('Unsaved changes')).toBeVisible();
});

test('empty inputs are refused beside their fields', async ({ page }) => {
  await page.goto('/backstory');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByText('Give the character a name.')).toBeVisible();
  await expect(page.getByText('Describe the character in a few words.')).toBeVisible();
  await expect(page.getByTestId('take-text')).toHaveCount(0);
});

test('a stream the server cuts off keeps the partial text, says so and offers a retry', async ({ page, backendKind }) => {
  // The server the text comes from (the hosted service, in front of Convai) dies mid-stream.
  const arrangement = await startArrangement(backendKind, { GENERATOR_DELAY_MS: '60' });
  try {
    await page.goto(`${arrangement.front.url}/backstory`);
    await page.getByLabel('Name', { exact: true }).fill('Unit 7');
    await page.getByLabel('Description', { exact: true }).fill('Rogue AI aboard a mining station; curious, lonely');
    let posts = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/generate-backstory')) posts += 1;
    });
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    const text = page.getByTestId('take-text');
    await expect.poll(async () => (await text.innerText()).length, { timeout: 10_000 }).toBeGreaterThan(60);
    await arrangement.source.kill();

    await expect(page.getByTestId('take-status')).toHaveText('Failed');
    await expect(page.getByRole('alert')).toContainText('The backstory stopped part-way; what arrived is kept.');
    await expect(page.getByRole('alert')).toContainText('The connection was lost before the backstory was finished.');
    expect((await text.innerText()).length).toBeGreaterThan(60);
    await expect(page.getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
    // Nothing was sent again on its own.
    await page.waitForTimeout(1_500);
    expect(posts).toBe(1);
  } finally {
    await arrangement.stop();
  }
});

test('a refused API key shows its message and what to do', async ({ page }) => {
  // A dashboard in front of a service that does not know the key it holds.
  const arrangement = await startArrangement('convai', {}, { CONVAI_API_KEY: 'a-key-the-service-refuses' });
  try {
    await page.goto(`${arrangement.front.url}/backstory`);
    await page.getByLabel('Name', { exact: true }).fill('Mindy');
    await page.getByLabel('Description', { exact: true }).fill('Lawyer in the New York City. Achiever. Stubborn.');
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await expect(page.getByTestId('take-status')).toHaveText('Failed');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The backstory could not be generated.');
    await expect(alert).toContainText('Invalid API key provided.');
    await expect(alert).toContainText('CONVAI_API_KEY');
    await expect(alert.getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
    // The rest of the app keeps working: the settings page says what is wrong.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(page.getByTestId('key-state')).toContainText('Refused');
  } finally {
    await arrangement.stop();
  }
});

test('hiding and showing the tab does not send the request again', async ({ page }) => {
  await page.goto('/backstory');
  await page.getByLabel('Name', { exact: true }).fill('Mindy');
  await page.getByLabel('Description', { exact: true }).fill('Lawyer in the New York City. Achiever. Stubborn.');
  let posts = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/generate-backstory')) posts += 1;
  });
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect.poll(async () => (await page.getByTestId('take-text').innerText()).length).toBeGreaterThan(20);
  const setVisibility = (state: 'hidden' | 'visible') =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => value === 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  await setVisibility('hidden');
  await page.waitForTimeout(300);
  await setVisibility('visible');
  await expect(page.getByTestId('take-status')).toHaveText('Finished', { timeout: 20_000 });
  expect(posts).toBe(1);
});

test('leaving the page aborts a running stream', async ({ page, request }) => {
  const { id } = await createCharacter(request);
  await page.goto(`/characters/${id}`);
  await page.getByRole('button', { name: 'Generate a backstory…', exact: true }).click();
  const aborted = page.waitForEvent('requestfailed', (failed) => failed.url().endsWith('/generate-backstory'));
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect.poll(async () => (await page.getByTestId('take-text').innerText()).length).toBeGreaterThan(20);
  await page.getByRole('link', { name: 'Characters', exact: true }).first().click();
  await expect(page).toHaveURL(/\/characters$/);
  expect((await aborted).failure()?.errorText).toMatch(/ABORTED/);
});

test("a character's takes survive a reload as drafts until discarded", async ({ page, request }) => {
  const { id } = await createCharacter(request, { backstory: 'Mindy argues for a living.' });
  await page.goto(`/characters/${id}`);
  await page.getByRole('button', { name: 'Generate a backstory…', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Backstory generator', exact: true });
  await panel.getByLabel('Description', { exact: true }).fill('Lawyer in Boston. Patient. Secretive.');
  await panel.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(panel.getByTestId('take-status')).toHaveText('Finished', { timeout: 20_000 });
  const text = await panel.getByTestId('take-text').innerText();
  expect(text.length).toBeGreaterThan(40);

  // After a reload the closed panel says a draft waits, and opening it shows the take.
  await page.reload();
  await page.getByRole('button', { name: 'Generate a backstory… (1 draft)', exact: true }).click();
  await expect(panel.getByTestId('take-status')).toHaveText('Finished');
  // innerText, not toHaveText: its textContent runs the paragraphs together.
  expect(await panel.getByTestId('take-text').innerText()).toBe(text);
  await expect(panel.getByRole('list', { name: 'Takes', exact: true }).getByRole('listitem')).toHaveCount(1);

  // Discarded, it is gone, and stays gone after another reload.
  await panel.getByRole('button', { name: 'Discard take 1', exact: true }).click();
  await expect(panel.getByTestId('take-text')).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'Generate a backstory…', exact: true }).click();
  await expect(panel.getByRole('button', { name: 'Generate', exact: true })).toBeVisible();
  await expect(panel.getByTestId('take-text')).toHaveCount(0);
});

test('a screen reader hears the stream start, then whole sentences, then how it ended', async ({ page, backendKind }) => {
  // Slowed well past the announcer's gap between two readings (4 s): the stream must still be
  // running when it is stopped, after the first reading.
  const arrangement = await startArrangement(backendKind, { GENERATOR_DELAY_MS: '150' });
  try {
    // Everything the live region says, in order.
    await page.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => {
        const region = document.querySelector('[data-testid="stream-announcer"]');
        const text = region?.textContent ?? '';
        if (text && said.at(-1) !== text) said.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
    await page.goto(`${arrangement.front.url}/backstory`);
    await page.getByLabel('Name', { exact: true }).fill('Unit 7');
    await page.getByLabel('Description', { exact: true }).fill('Rogue AI aboard a mining station; curious, lonely');
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await expect.poll(async () => (await said())[0]).toBe('Writing the backstory…');
    // A few seconds in, the sentences that arrived are read, whole.
    await expect.poll(async () => (await said()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(page.getByTestId('take-status')).toHaveText('Stopped');
    const text = (await page.getByTestId('take-text').innerText()).replace(/\s+/g, ' ').trim();
    const words = text.split(' ').length;
    await expect.poll(async () => (await said()).at(-1)).toMatch(new RegExp(`Stopped\\. ${words} words are kept\\.$`));

    const messages = await said();
    const read = messages.slice(1, -1);
    for (const sentence of read) expect(sentence, 'a reading ends at a sentence’s end').toMatch(/[.!?…]["'”’)]*$/);
    // What was read is the text from its start, in order, nothing skipped or read twice.
    expect(text.startsWith(read.join(' ').replace(/\s+/g, ' '))).toBe(true);
    // Sparingly: far fewer readings than pieces.
    const pieces = Number((await page.getByTestId('take-rate').innerText()).replace(/,/g, '').replace(/\D.*$/, ''));
    expect(messages.length).toBeLessThan(pieces / 4);
  } finally {
    await arrangement.stop();
  }
});
