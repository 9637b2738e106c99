import type { Page } from '@playwright/test';
import { createCharacter, uniqueName } from './support/factories';
import { expect, test } from './support/test';

/** Every audio element the page starts playing, kept where the test can ask how far it got. */
async function recordPlayback(page: Page) {
  await page.addInitScript(() => {
    const played: HTMLMediaElement[] = [];
    (window as unknown as { __played: HTMLMediaElement[] }).__played = played;
    const play = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'play')?.value as (this: HTMLMediaElement) => Promise<void>;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      played.push(this);
      return play.call(this);
    };
  });
  return {
    /** How far the last sound started has played, in seconds. */
    playedFor: () => page.evaluate(() => (window as unknown as { __played: HTMLMediaElement[] }).__played.at(-1)?.currentTime ?? 0),
    /** Which of the sounds started so far are playing now, in the order they started. */
    playing: () => page.evaluate(() => (window as unknown as { __played: HTMLMediaElement[] }).__played.map((audio) => !audio.paused)),
  };
}

test('AI settings and memory are saved and shown again after a reload', async ({ page, request }) => {
  const { id } = await createCharacter(request, { charName: uniqueName('Settings') });
  await page.goto(`/characters/${id}`);
  const settings = page.getByRole('region', { name: 'AI settings', exact: true });
  await settings.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: 'GPT-5' });
  const effort = settings.getByRole('combobox', { name: 'Reasoning effort', exact: true });
  await expect(effort).toBeEnabled();
  await effort.selectOption('high');
  await settings.getByRole('spinbutton', { name: 'Temperature', exact: true }).fill('0.35');
  await settings.getByRole('switch', { name: 'Long-term memory', exact: true }).check();
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();
  await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();

  await page.reload();
  await expect(settings.getByRole('combobox', { name: 'Model', exact: true })).toHaveValue('gpt-5');
  await expect(effort).toHaveValue('high');
  await expect(settings.getByRole('spinbutton', { name: 'Temperature', exact: true })).toHaveValue('0.35');
  await expect(settings.getByRole('switch', { name: 'Long-term memory', exact: true })).toBeChecked();

  // A model without reasoning offers no level, and saving goes back to the default one.
  await settings.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: 'GPT-4o mini' });
  await expect(effort).toBeDisabled();
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();
  await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(settings.getByRole('combobox', { name: 'Model', exact: true })).toHaveValue('gpt-4o-mini');
  await expect(effort).toHaveValue('');
});

test('any voice’s sample plays, one at a time', async ({ page }) => {
  const { playedFor, playing } = await recordPlayback(page);
  await page.goto('/characters/new');
  const voices = page.getByRole('radiogroup', { name: 'Voices', exact: true });
  await page.getByLabel('Voice language', { exact: true }).selectOption({ label: 'French' });
  const first = voices.getByRole('button', { name: /^Play a sample of / }).first();
  const name = ((await first.getAttribute('aria-label')) ?? '').replace('Play a sample of ', '');
  await first.click();
  await expect(page.getByRole('button', { name: `Stop the sample of ${name}`, exact: true })).toBeVisible();
  await expect.poll(playedFor, { timeout: 20_000 }).toBeGreaterThan(0.2);

  // Another sample stops the first.
  await page.getByLabel('Voice language', { exact: true }).selectOption({ label: 'Japanese' });
  await voices
    .getByRole('button', { name: /^Play a sample of / })
    .first()
    .click();
  await expect(voices.getByRole('button', { name: /^Stop the sample of / })).toHaveCount(1);
  await expect.poll(playing).toEqual([false, true]);
});

test('in the test chat a reply grows as it is written, and its audio plays', async ({ page, request }) => {
  const { playedFor, playing } = await recordPlayback(page);
  const { id, name } = await createCharacter(request, {
    charName: uniqueName('Speaker'),
    voiceType: 'MALE',
    backstory:
      // The answer to "Where were you born?" is a long sentence, so that it arrives in many pieces.
      'Corin Ashdown keeps the Drowned Lantern, a tavern in the hill town of Ashford. He was born in the cellar of the tavern during the great flood of the river, while his mother held the lantern high and his father bailed the water out with a soup pot. He pours ale, settles arguments and remembers every debt.',
  });
  await page.goto(`/characters/${id}/chat`);
  // Every length the reply's text had on screen, as it changed.
  await page.evaluate(() => {
    const lengths: number[] = [];
    (window as unknown as { __lengths: number[] }).__lengths = lengths;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="reply-text"]')?.textContent ?? '';
      if (text.length !== lengths.at(-1)) lengths.push(text.length);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const message = page.getByLabel(`Message to ${name}`, { exact: true });
  await message.fill('Where were you born?');
  await message.press('Enter');
  await expect(message).toHaveValue('', { timeout: 20_000 });
  const lengths = await page.evaluate(() => (window as unknown as { __lengths: number[] }).__lengths.filter((length) => length > 0));
  expect(lengths.length, `the reply's lengths on screen: ${lengths.join(', ')}`).toBeGreaterThanOrEqual(3);
  expect(lengths).toEqual([...lengths].sort((a, b) => a - b));

  await page.getByRole('button', { name: 'Play the reply', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Stop the reply', exact: true })).toBeVisible();
  await expect.poll(playedFor, { timeout: 20_000 }).toBeGreaterThan(0.2);

  // With "Speak replies" on, the next reply is read aloud by itself.
  await page.getByRole('switch', { name: 'Speak replies', exact: true }).check();
  await message.fill('What do you pour?');
  await message.press('Enter');
  await expect(page.getByRole('button', { name: 'Stop the reply', exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Play the reply', exact: true })).toHaveCount(1);
  // The first reply's audio was stopped for the new one.
  await expect.poll(playing).toEqual([false, true]);
});
