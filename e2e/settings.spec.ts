import { expect, test } from './support/test';
import { startChildServer } from './support/child-server';
import { startConvaiStandIn } from './support/convai-stand-in';

test('the active backend is always in sight, and the settings page checks the connection', async ({ page, backendKind }) => {
  await page.goto('/characters');
  const badge = page.getByTestId('backend-badge');
  await expect(badge).toHaveText(backendKind === 'convai' ? 'Convai' : 'Local');
  await badge.click();
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  const details = page.getByRole('main').locator('dl');
  await expect(details).toContainText(backendKind === 'convai' ? 'Convai’s hosted service' : 'The local Convai API');
  await page.getByRole('button', { name: 'Check the connection', exact: true }).click();
  await expect(page.getByTestId('key-state')).toContainText('Accepted');
  await expect(details).toContainText(
    backendKind === 'convai' ? /Backstories and replies\s*Convai/ : /Backstories and replies\s*Offline generator/,
  );
});

test('a dashboard with an access token asks for it once, then works', async ({ page }) => {
  const token = 'e2e-dashboard-token-8c1f2a77';
  const server = await startChildServer({ DASHBOARD_TOKEN: token });
  try {
    await page.goto(`${server.url}/characters`);
    await expect(page.getByRole('heading', { name: 'Access token', exact: true })).toBeVisible();
    await page.getByLabel('Token', { exact: true }).fill('not-the-token-at-all');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByText('That token is not the one the server was started with.')).toBeVisible();
    await expect(page.getByLabel('Token', { exact: true })).toHaveValue('not-the-token-at-all');

    await page.getByLabel('Token', { exact: true }).fill(token);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Characters', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Mara Quill', exact: true })).toBeVisible();
    // Entered once: a reload, a new page of the same browser, need nothing more.
    await page.reload();
    await expect(page.getByRole('link', { name: 'Mara Quill', exact: true })).toBeVisible();
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'dashboard_token')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(JSON.stringify(cookies)).not.toContain(token);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  } finally {
    await server.kill();
  }
  expect(server.output()).not.toContain(token);
});

test('what the hosted service refuses is said in plain words where it was needed; the rest keeps working', async ({ page }) => {
  const record = {
    character_name: 'Refusal Tester',
    character_id: 'c-1',
    user_id: 'u-1',
    voice_type: 'MALE',
    timestamp: '2025-01-02T03:04:05',
    backstory: 'Tests refusals.',
    listing: 'unlisted',
  };
  const standIn = await startConvaiStandIn({
    '/character/list': { status: 200, body: { characters: [record] } },
    '/character/get': { status: 200, body: record },
    '/tts/get_available_voices': {
      status: 200,
      body: { 'Convai Voices': [{ 'Male Voice': { voice_value: 'MALE', lang_codes: ['en-US'], gender: 'MALE' } }] },
    },
    '/tts/get_available_languages': { status: 200, body: [{ 'en-US': { lang_code: 'en-US', lang_name: 'English' } }] },
    '/character/chatHistory/list': { status: 403, body: { ERROR: 'This API is accessible only with the Scale and Enterprise plans.' } },
    '/character/getResponse': { status: 429, body: { detail: 'Rate limit exceeded.' } },
  });
  const front = await startChildServer({ BACKEND: 'convai', CONVAI_API_URL: standIn.url, CONVAI_API_KEY: 'stand-in-key-123' });
  try {
    await page.goto(`${front.url}/characters/c-1/sessions`);
    const plan = page.getByRole('alert');
    await expect(plan).toContainText('The sessions could not be loaded.');
    await expect(plan).toContainText('This API is accessible only with the Scale and Enterprise plans.');
    await expect(plan).toContainText('Your Convai plan does not include this API');

    await page
      .getByRole('navigation', { name: 'Character sections', exact: true })
      .getByRole('link', { name: 'Test chat', exact: true })
      .click();
    await page.getByRole('textbox').fill('hello');
    await page.keyboard.press('Enter');
    const limited = page.getByRole('alert');
    await expect(limited).toContainText('Rate limit exceeded.');
    await expect(limited).toContainText('Wait a minute, then try again.');
    await expect(page.getByRole('textbox')).toHaveValue('hello');

    // The rest of the app works.
    await page
      .getByRole('navigation', { name: 'Character sections', exact: true })
      .getByRole('link', { name: 'Details', exact: true })
      .click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Refusal Tester');
    await page.getByRole('link', { name: 'Characters', exact: true }).first().click();
    await expect(page.getByRole('link', { name: 'Refusal Tester', exact: true })).toBeVisible();
  } finally {
    await front.kill();
    await standIn.close();
  }
});

test('the theme follows the system until one is chosen in Settings, and the choice is remembered', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
  // The system prefers dark: the page is dark from its first paint.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/settings');
  expect(await dark()).toBe(true);
  const darkBackground = await background();
  const theme = page.getByRole('region', { name: 'Appearance', exact: true }).getByRole('radiogroup', { name: 'Theme', exact: true });
  const choose = (name: string) => theme.getByText(name, { exact: true }).click();
  const option = (name: string) => theme.getByRole('radio', { name, exact: true });
  await expect(option('As the system')).toBeChecked();
  // The system changes its mind: the page follows.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(dark).toBe(false);
  expect(await background()).not.toBe(darkBackground);

  // Chosen dark, it stays dark whatever the system says, after a reload and on another page.
  await choose('Dark');
  await expect.poll(dark).toBe(true);
  expect(await background()).toBe(darkBackground);
  await page.goto('/characters');
  expect(await dark()).toBe(true);
  await page.goto('/settings');
  await expect(option('Dark')).toBeChecked();

  // Light, then back to the system's.
  await choose('Light');
  await expect.poll(dark).toBe(false);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  expect(await dark()).toBe(false);
  await choose('As the system');
  await expect.poll(dark).toBe(true);
});
