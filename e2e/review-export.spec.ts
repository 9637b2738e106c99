import fs from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { exchangeKey } from '../contract/schemas/annotations';
import { expect, test } from './support/test';
import { createCharacter, uniqueName } from './support/factories';

type Exchange = { timestamp: string; interaction: Array<{ speaker: string; message: string }> };

/** A session of `turns` exchanges with a new character, through the dashboard's /api; its exchanges as the chat history gives them. */
async function sessionWith(request: APIRequestContext, turns: string[]) {
  const backstory = 'Ysolde Marrow ferries travellers across the Black Mere. She counts coins twice and trusts no one who pays in silver.';
  const { id, name } = await createCharacter(request, { charName: uniqueName('Ysolde'), backstory });
  let sessionID = '-1';
  for (const userText of turns) {
    const answer = await request.post('/api/character/getResponse', { form: { charID: id, sessionID, userText, voiceResponse: 'False' } });
    expect(answer.status(), await answer.text()).toBe(200);
    sessionID = ((await answer.json()) as { sessionID: string }).sessionID;
  }
  const details = await request.post('/api/character/chatHistory/details', { data: { charID: id, sessionID } });
  expect(details.status(), await details.text()).toBe(200);
  const exchanges = (await details.json()) as Exchange[];
  expect(exchanges).toHaveLength(turns.length);
  return { id, name, backstory, sessionID, exchanges };
}

/** Each exchange's review key: its timestamp, with its place among those that share it. */
function keysOf(exchanges: Exchange[]) {
  const seen = new Map<string, number>();
  return exchanges.map(({ timestamp }) => {
    const ordinal = seen.get(timestamp) ?? 0;
    seen.set(timestamp, ordinal + 1);
    return exchangeKey(timestamp, ordinal);
  });
}

const replyOf = (exchange: Exchange) => exchange.interaction.find((turn) => turn.speaker.toLowerCase() !== 'user')!.message;

async function exportAs(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), content: fs.readFileSync(await download.path(), 'utf8') };
}

test('exports carry the review, and the fine-tuning JSONL holds the exchange rated good', async ({ page, request }) => {
  const turns = ['Good evening, ferryman.', 'How much to cross?', 'Will you take silver?'];
  const { id, backstory, sessionID, exchanges } = await sessionWith(request, turns);
  const keys = keysOf(exchanges);
  const annotate = async (index: number, body: Record<string, unknown>) => {
    const answer = await request.post(
      `/dashboard/characters/${encodeURIComponent(id)}/sessions/${encodeURIComponent(sessionID)}/exchanges/${encodeURIComponent(keys[index])}`,
      { data: body },
    );
    expect(answer.status(), await answer.text()).toBe(200);
  };
  await annotate(1, { rating: 'good' });
  await annotate(2, { rating: 'bad', labels: ['lore error'], note: 'She would never refuse silver outright.' });

  await page.goto(`/characters/${id}/sessions/${sessionID}`);
  await expect(page.getByText(turns[2])).toBeVisible();

  const json = await exportAs(page, 'JSON');
  expect(json.name).toMatch(/\.json$/);
  const parsed = JSON.parse(json.content) as {
    sessions: Array<{ sessionID: string; review_status: string; exchanges: Array<{ review: unknown }> }>;
  };
  expect(parsed.sessions).toHaveLength(1);
  expect(parsed.sessions[0].review_status).toBe('unreviewed');
  expect(parsed.sessions[0].exchanges.map((exchange) => exchange.review)).toEqual([
    null,
    { rating: 'good', labels: [], note: '' },
    { rating: 'bad', labels: ['lore error'], note: 'She would never refuse silver outright.' },
  ]);

  const fineTune = await exportAs(page, 'Fine-tuning JSONL (exchanges rated good)');
  expect(fineTune.name).toMatch(/-fine-tune\.jsonl$/);
  const lines = fineTune.content.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  const { messages } = JSON.parse(lines[0]) as { messages: Array<{ role: string; content: string }> };
  expect(messages[0]).toEqual({ role: 'system', content: backstory });
  expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user', 'assistant']);
  expect(messages[1].content).toBe(turns[0]);
  expect(messages[3].content).toBe(turns[1]);
  expect(messages.at(-1)).toEqual({ role: 'assistant', content: replyOf(exchanges[1]) });
});

test('with nothing rated good, the fine-tuning export says so and saves no file', async ({ page, request }) => {
  const { id, sessionID, exchanges } = await sessionWith(request, ['Is the mere deep?']);
  const [key] = keysOf(exchanges);
  const answer = await request.post(
    `/dashboard/characters/${encodeURIComponent(id)}/sessions/${encodeURIComponent(sessionID)}/exchanges/${encodeURIComponent(key)}`,
    { data: { rating: 'bad' } },
  );
  expect(answer.status()).toBe(200);
  await page.goto(`/characters/${id}/sessions/${sessionID}`);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Fine-tuning JSONL (exchanges rated good)', exact: true }).click();
  await expect(page.getByText('Nothing in this session is rated good yet')).toBeVisible();
  expect(downloads).toBe(0);
});
