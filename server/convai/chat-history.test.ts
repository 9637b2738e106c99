import { createCharacterStore } from '../db/characters';
import type { SessionSummary } from '../../contract/schemas/conversation';
import { describe, expect, it } from 'vitest';
import { createSessionStore } from '../db/sessions';
import { registerUsers } from '../db/users';
import { KEY_A, KEY_B, testApp } from '../testing/test-app';
import { chatHistoryErrors } from './chat-history';

/** A character with sessions started at known times (UTC). */
async function withSessions() {
  const context = testApp();
  const charID = await context.createCharacter({ charName: 'Lena' });
  const sessionStore = createSessionStore(context.db);
  const userId = registerUsers(context.db, [KEY_A]).get(KEY_A)!.id;
  const starts = ['2024-09-25 19:54:56.000001', '2024-09-25 20:52:57.500000', '2024-10-01 08:05:09.000000'];
  const ids = starts.map((startedAt, index) => sessionStore.start(charID, userId, { startedAt, addedToMemory: index === 1 }));
  sessionStore.record(ids[0], charID, {
    userText: 'Hi there',
    characterText: 'Welcome to the History Museum.',
    at: '2024-09-25 19:54:59.124733',
  });
  sessionStore.record(ids[0], charID, {
    userText: 'User entered the hall',
    characterText: 'This is the Deep Time Hall.',
    trigger: { name: 'enter_hall' },
    at: '2024-09-25 19:55:30.000002',
  });
  return { ...context, charID, ids };
}

describe('POST /character/chatHistory/list', () => {
  it('lists sessions newest first, with DD-MM-YYYY dates and HH:MM:SS times', async () => {
    const { post, charID, ids } = await withSessions();
    const response = await post('/character/chatHistory/list', { charID, limit: '-1' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual([
      { sessionID: ids[2], date: '01-10-2024', time: '08:05:09', is_added_to_memory: false },
      { sessionID: ids[1], date: '25-09-2024', time: '20:52:57', is_added_to_memory: true },
      { sessionID: ids[0], date: '25-09-2024', time: '19:54:56', is_added_to_memory: false },
    ]);
  });

  it.each([
    ['"2"', '2', 2],
    ['2 as a number', 2, 2],
    ['"0"', '0', 0],
    ['"-1" (all)', '-1', 3],
    ['nothing (all)', undefined, 3],
  ])('limits to %s', async (_label, limit, count) => {
    const { post, charID, ids } = await withSessions();
    const response = await post<SessionSummary[]>('/character/chatHistory/list', limit === undefined ? { charID } : { charID, limit }, {
      encoding: 'json',
    });
    expect(response.json).toHaveLength(count);
    if (count > 0) expect(response.json[0].sessionID).toBe(ids[2]);
  });

  it.each([['abc'], ['1.5'], ['-7']])('refuses the limit %s with a 400', async (limit) => {
    const { post, charID } = await withSessions();
    const response = await post('/character/chatHistory/list', { charID, limit });
    expect(response.status).toBe(400);
    expect(Object.keys(response.json)).toEqual(['ERROR']);
  });

  it("shows a user nothing of another user's character", async () => {
    const { post, charID } = await withSessions();
    const response = await post('/character/chatHistory/list', { charID, limit: '-1' }, { key: KEY_B });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ ERROR: chatHistoryErrors.character });
  });

  it('answers a bad key with the documented 401', async () => {
    const { post, charID } = await withSessions();
    const response = await post('/character/chatHistory/list', { charID, limit: '-1' }, { key: 'not-the-key-at-all' });
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ ERROR: 'Invalid API key provided.' });
  });
});

describe('POST /character/chatHistory/details', () => {
  it('gives the exchanges oldest first, with microsecond timestamps and trigger marks', async () => {
    const { post, charID, ids } = await withSessions();
    const response = await post('/character/chatHistory/details', { charID, sessionID: ids[0] }, { encoding: 'form' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual([
      {
        timestamp: '2024-09-25 19:54:59.124733',
        interaction: [
          { speaker: 'User', message: 'Hi there' },
          { speaker: 'Character', message: 'Welcome to the History Museum.' },
        ],
        is_trigger_input: false,
      },
      {
        timestamp: '2024-09-25 19:55:30.000002',
        interaction: [
          { speaker: 'User', message: 'User entered the hall' },
          { speaker: 'Character', message: 'This is the Deep Time Hall.' },
        ],
        is_trigger_input: true,
      },
    ]);
    expect((await post('/character/chatHistory/details', { charID, sessionID: ids[1] })).json).toEqual([]);
  });

  it('refuses a session of another character, an unknown one, and another user', async () => {
    const { post, charID, ids, createCharacter } = await withSessions();
    const other = await createCharacter({ charName: 'Other' });
    expect((await post('/character/chatHistory/details', { charID: other, sessionID: ids[0] })).json).toEqual({
      ERROR: chatHistoryErrors.session,
    });
    expect((await post('/character/chatHistory/details', { charID, sessionID: 'nope' })).status).toBe(400);
    expect((await post('/character/chatHistory/details', { charID, sessionID: ids[0] }, { key: KEY_B })).json).toEqual({
      ERROR: chatHistoryErrors.character,
    });
    expect((await post('/character/chatHistory/details', { charID })).json).toEqual({ ERROR: 'sessionID is required.' });
  });

  it('goes with its character: out of reach once it is deleted, deleted with it for good when its time in the trash is up', async () => {
    const { post, charID, ids, db } = await withSessions();
    await post('/character/delete', { charID });
    expect((await post('/character/chatHistory/details', { charID, sessionID: ids[0] })).status).toBe(400);
    createCharacterStore(db).purgeTrash(new Date(Date.now() + 1_000).toISOString());
    expect(db.prepare('SELECT COUNT(*) AS count FROM exchanges WHERE session_id = ?').get(ids[0])).toEqual({ count: 0 });
  });
});
