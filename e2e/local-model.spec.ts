import { startLlmStandIn } from '../server/testing/llm-stand-in';
import { startArrangement } from './support/child-server';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

/** What the stand-in model writes, in pieces. */
const STORY = ['Captain Ilse Varga', ' ran the night ferry', ' across the Strait', ' for twenty years.'];

/** A model server on loopback (the stand-in), and an address where nothing answers, as LOCAL_LLM_URLS. */
async function localModelServers() {
  const standIn = await startLlmStandIn(() => ({ kind: 'stream', pieces: STORY }), { models: ['llama3.1:8b', 'qwen2.5:7b'] });
  // Port 2: below the ports the system hands out, so no stand-in of a test running beside this one
  // can be given it (a port found free and closed again could be), and not one fetch refuses to try.
  const silent = 'http://127.0.0.1:2/v1';
  // Settings names a server by its address (only Ollama's and LM Studio's usual ports get a name);
  // the generator's label by its host and port.
  return {
    standIn,
    silent,
    address: standIn.baseUrl,
    host: new URL(standIn.baseUrl).host,
    env: { LOCAL_LLM_URLS: `${standIn.baseUrl},${silent}` },
  };
}

test('Settings offers the models of a local model server, and one click makes it write backstories', async ({ page, backendKind }) => {
  const servers = await localModelServers();
  // In front of Convai the setting goes to the dashboard's server, which does not write there.
  const arrangement = await startArrangement(backendKind, {}, servers.env);
  try {
    await page.goto(`${arrangement.front.url}/settings`);
    // The status's row "Backstories and replies": which generator writes.
    const writer = page
      .getByRole('main')
      .locator('dl > div', { has: page.getByText('Backstories and replies', { exact: true }) })
      .locator('dd');
    if (backendKind === 'convai') {
      await expect(writer).toHaveText('Convai');
      await expect(page.getByRole('heading', { name: 'Local model', exact: true })).toHaveCount(0);
      expect(await (await page.request.get(`${arrangement.front.url}/dashboard/local-models`)).json()).toEqual({ offered: false });
      return;
    }

    const section = page.getByRole('region', { name: 'Local model', exact: true });
    await expect(section.getByTestId('writer-in-use')).toHaveText('In use: the offline writer');
    const models = section.getByRole('list', { name: `Models on ${servers.address}`, exact: true });
    await expect(models.getByRole('listitem')).toHaveText(['llama3.1:8bUse', 'qwen2.5:7bUse']);
    // The address where nothing answers is named, with why.
    await expect(section).toContainText(`Also looked at:${servers.silent}: Nothing answers (ECONNREFUSED).`);

    await section.getByRole('button', { name: `Use qwen2.5:7b on ${servers.address}`, exact: true }).click();
    const label = `qwen2.5:7b on ${servers.host}`;
    await expect(models.locator('[aria-current="true"]')).toHaveText('qwen2.5:7bIn use');
    await expect(section.getByTestId('writer-in-use')).toContainText(`In use: qwen2.5:7b on ${servers.address}`);
    await expect(writer).toHaveText(label);

    // The backstory generator now writes with the stand-in's model.
    await generateFromTheMenu(page);
    await expect(page.getByTestId('take-status')).toHaveText('Finished');
    await expect(page.getByTestId('take-text')).toHaveText(STORY.join(''));
    await expect(page.getByText(`Written by ${label}`, { exact: true })).toBeVisible();
    const asked = servers.standIn.received.at(-1)?.body;
    expect(asked?.model).toBe('qwen2.5:7b');
    expect(JSON.stringify(asked?.messages)).toContain('Ferry captain; gruff, loyal to her crew');

    // The server keeps the choice; going back to the offline writer is one click too.
    await page.goto(`${arrangement.front.url}/settings`);
    await expect(section.getByTestId('writer-in-use')).toContainText(`In use: qwen2.5:7b on ${servers.address}`);
    await section.getByRole('button', { name: 'Use the offline writer', exact: true }).click();
    await expect(section.getByTestId('writer-in-use')).toHaveText('In use: the offline writer');
    await expect(writer).toHaveText('Offline generator');
    await expect(models.getByRole('listitem')).toHaveText(['llama3.1:8bUse', 'qwen2.5:7bUse']);
  } finally {
    await arrangement.stop();
    await servers.standIn.close();
  }
});

test('when the chosen model server stops, generating says so, and Settings goes back to the offline writer', async ({
  page,
  backendKind,
}) => {
  test.skip(backendKind === 'convai', 'in front of Convai there is no local model to choose (the test above checks that)');
  const servers = await localModelServers();
  const arrangement = await startArrangement('local', {}, servers.env);
  try {
    await page.goto(`${arrangement.front.url}/settings`);
    const section = page.getByRole('region', { name: 'Local model', exact: true });
    await section.getByRole('button', { name: `Use llama3.1:8b on ${servers.address}`, exact: true }).click();
    await expect(section.getByTestId('writer-in-use')).toContainText(`In use: llama3.1:8b on ${servers.address}`);
    await servers.standIn.close();

    await generateFromTheMenu(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not reach the language model service (ECONNREFUSED).');
    await expect(alert).toContainText(`llama3.1:8b on ${servers.host} was chosen in Settings, which can go back to the offline writer.`);

    await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(section.getByRole('status')).toHaveText(
      `${servers.address} does not answer now: backstories and replies fail until it runs again, or until you go back to the offline writer.`,
    );
    await section.getByRole('button', { name: 'Use the offline writer', exact: true }).click();
    await expect(section.getByTestId('writer-in-use')).toHaveText('In use: the offline writer');

    await generateFromTheMenu(page);
    await expect(page.getByTestId('take-status')).toHaveText('Finished', { timeout: 20_000 });
    await expect(page.getByText('Written by Offline generator', { exact: true })).toBeVisible();
  } finally {
    await arrangement.stop();
  }
});

/** Opens the backstory generator from the main menu and asks for one backstory. */
async function generateFromTheMenu(page: Page) {
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Backstory generator', exact: true }).click();
  await page.getByLabel('Name', { exact: true }).fill('Ilse Varga');
  await page.getByLabel('Description', { exact: true }).fill('Ferry captain; gruff, loyal to her crew');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
}
