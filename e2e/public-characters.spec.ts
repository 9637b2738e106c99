import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { HOSTED_KEY, startArrangement } from './support/child-server';
import { expect, test } from './support/test';

test("another account's public character opens read-only, and can start a character of one's own", async ({ page, backendKind }) => {
  test.setTimeout(90_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convai-public-'));
  const dashboardKey = backendKind === 'local' ? 'dashboard-key-5c1f9e37' : HOSTED_KEY;
  const otherKey = 'other-account-key-8a2d4b61';
  const arrangement = await startArrangement(backendKind, {
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOCAL_API_KEYS: `${dashboardKey},${otherKey}`,
  });
  try {
    // Another account makes a character, which is listed as public (the API has no call for that:
    // it is set in the database, as the hosted service's own tools would).
    const created = await fetch(`${arrangement.source.url}/character/create`, {
      method: 'POST',
      headers: { 'CONVAI-API-KEY': otherKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ charName: 'Wren the Cartographer', voiceType: 'FEMALE', backstory: 'Wren maps the drowned coast.' }),
    });
    const { charID } = (await created.json()) as { charID: string };
    const db = new Database(path.join(dataDir, 'convai-local.sqlite'));
    db.prepare("UPDATE characters SET listing = 'public' WHERE id = ?").run(charID);
    db.close();

    // It is not in the dashboard user's list…
    await page.goto(`${arrangement.front.url}/characters`);
    await expect(page.getByText('No characters yet')).toBeVisible();

    // …but it opens, read-only, saying why.
    await page.goto(`${arrangement.front.url}/characters/${charID}`);
    await expect(page.getByRole('heading', { name: 'Wren the Cartographer', exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'another account’s public character' })).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toBeDisabled();
    await expect(page.getByLabel('Backstory', { exact: true })).toHaveValue('Wren maps the drowned coast.');
    await expect(page.getByLabel('Backstory', { exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save changes', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Delete/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Clone/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Generate', exact: true })).toHaveCount(0);

    // Building on it starts a new character of one's own with its name and backstory.
    await page.getByRole('button', { name: 'Start a character from this', exact: true }).click();
    await expect(page).toHaveURL(/\/characters\/new$/);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Wren the Cartographer');
    await expect(page.getByLabel('Backstory', { exact: true })).toHaveValue('Wren maps the drowned coast.');
    await expect(page.getByLabel('Name', { exact: true })).toBeEnabled();
  } finally {
    await arrangement.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
