import { expect, test } from './support/test';
import { startArrangement } from './support/child-server';

test('the API key reaches nothing the browser receives, and no log line', async ({ page, backendKind }) => {
  test.setTimeout(120_000);
  const localKey = 'local-secret-key-4b9e0d2c';
  const arrangement = await startArrangement(
    backendKind,
    backendKind === 'local' ? { LOCAL_API_KEYS: localKey } : { GENERATOR_DELAY_MS: '0' },
  );
  const secret = backendKind === 'local' ? localKey : arrangement.hostedKey!;
  const received: Array<{ url: string; text: string }> = [];
  page.on('response', async (response) => {
    const headers = Object.entries(await response.allHeaders())
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n');
    const body = await response.body().then(
      (buffer) => buffer.toString('utf8'),
      () => '',
    );
    received.push({ url: response.url(), text: `${headers}\n${body}` });
  });

  try {
    const base = arrangement.front.url;
    // A walk through every page, with a stream, a conversation and an error on the way.
    await page.goto(`${base}/characters`);
    await page.getByRole('link', { name: 'Mara Quill', exact: true }).click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Mara Quill');
    await page.getByRole('link', { name: 'Sessions', exact: true }).click();
    await page.getByRole('table').getByRole('row').nth(1).getByRole('link').click();
    await expect(page.getByRole('list', { name: 'Transcript', exact: true })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Character sections', exact: true })
      .getByRole('link', { name: 'Test chat', exact: true })
      .click();
    await page.getByRole('textbox').fill('Hello, navigator');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-speaker="character"]')).toHaveCount(1);
    await page.goto(`${base}/backstory`);
    await page.getByLabel('Name', { exact: true }).fill('Mindy');
    await page.getByLabel('Description', { exact: true }).fill('Lawyer in the New York City. Achiever. Stubborn.');
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await expect(page.getByTestId('take-status')).toHaveText('Finished', { timeout: 30_000 });
    await page.goto(`${base}/characters/not-a-real-id`);
    await expect(page.getByText('There is no character with this ID')).toBeVisible();
    await page.goto(`${base}/settings`);
    await page.getByRole('button', { name: 'Check the connection', exact: true }).click();
    await expect(page.getByTestId('key-state')).toContainText('Accepted');

    expect(received.length).toBeGreaterThan(20);
    expect(received.some((item) => item.url.includes('/assets/') && item.url.endsWith('.js'))).toBe(true);
    const leaks = received.filter((item) => item.text.includes(secret)).map((item) => item.url);
    expect(leaks).toEqual([]);
  } finally {
    await arrangement.stop();
  }
  expect(arrangement.front.output()).not.toContain(secret);
  expect(arrangement.source.output()).not.toContain(secret);
  expect(arrangement.front.output().length).toBeGreaterThan(0);
});
