import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { KEY_A, KEY_B, testApp } from '../testing/test-app';

type Trashed = { character_id: string; character_name: string; deleted_at: string; expires_at: string };

function withTrash(options: { trashDays?: number } = {}) {
  const db = openDatabase(':memory:').db;
  const app = createApp({ db, localApiKeys: [KEY_A, KEY_B], distDir: null, ...options });
  const helpers = testApp({ db, app });
  const trash = async () => {
    const response = await app.request('/dashboard/trash');
    return { status: response.status, json: (await response.json()) as { characters: Trashed[]; days: number; ERROR?: string } };
  };
  const restore = async (id: string) => {
    const response = await app.request(`/dashboard/trash/${id}/restore`, { method: 'POST' });
    return { status: response.status, json: (await response.json()) as { charID?: string; ERROR?: string } };
  };
  return { ...helpers, db, trash, restore };
}

describe('the trash', () => {
  it('keeps a deleted character, gone for every API call, and restores it whole under its id', async () => {
    const { post, createCharacter, trash, restore, uploadDocument } = withTrash();
    const charID = await createCharacter({ charName: 'Greta', backstory: 'Rings the bells.' });
    const talk = await post('/character/getResponse', { charID, sessionID: '-1', userText: 'Hello' });
    const doc = await uploadDocument('bell.txt', 'The bell was cast in 1742.');
    await post('/character/update', { charID, docs: [{ id: doc.id, status: 'active' }] });
    await post('/character/narrative/create-section', { character_id: charID, section_name: 'Tower', objective: 'Ring.' });

    expect((await post('/character/delete', { charID })).json).toEqual({ STATUS: 'SUCCESS' });
    // Gone, as Convai documents it, for every call.
    expect((await post('/character/get', { charID })).status).toBe(400);
    expect((await post('/character/get', { charName: 'Greta' })).status).toBe(400);
    expect((await post('/character/update', { charID, backstory: 'x' })).status).toBe(400);
    expect((await post('/character/chatHistory/list', { charID })).status).toBe(400);
    expect((await post('/character/delete', { charID })).status).toBe(400);
    expect((await post<{ characters: unknown[] }>('/character/list')).json.characters).toEqual([]);
    expect(
      (await post<{ docs: Array<{ character_ids: string[] }> }>('/character/knowledge-bank/list')).json.docs[0]?.character_ids,
    ).toEqual([]);

    const trashed = (await trash()).json;
    expect(trashed.days).toBe(30);
    expect(trashed.characters).toEqual([
      { character_id: charID, character_name: 'Greta', deleted_at: expect.any(String), expires_at: expect.any(String) },
    ]);
    const [entry] = trashed.characters;
    expect(Date.parse(entry.expires_at) - Date.parse(entry.deleted_at)).toBe(30 * 24 * 60 * 60 * 1000);

    expect(await restore(charID)).toEqual({ status: 200, json: { charID, same_id: true } });
    expect((await post('/character/get', { charID })).json).toMatchObject({ character_name: 'Greta', backstory: 'Rings the bells.' });
    expect((await post<Array<{ sessionID: string }>>('/character/chatHistory/list', { charID })).json.map((s) => s.sessionID)).toEqual([
      talk.json.sessionID,
    ]);
    expect(
      (await post<{ docs: Array<{ status: string }> }>('/character/knowledge-bank/list', { character_id: charID })).json.docs,
    ).toMatchObject([{ status: 'active' }]);
    expect((await post<unknown[]>('/character/narrative/list-sections', { character_id: charID })).json).toHaveLength(1);
    expect((await trash()).json.characters).toEqual([]);
    expect((await restore(charID)).status).toBe(400);
  }, 60_000);

  it('shows and restores only the dashboard user’s own deleted characters', async () => {
    const { post, createCharacter, trash, restore } = withTrash();
    const theirs = await createCharacter({ charName: 'Theirs' }, KEY_B);
    await post('/character/delete', { charID: theirs }, { key: KEY_B });
    expect((await trash()).json.characters).toEqual([]);
    expect(await restore(theirs)).toMatchObject({
      status: 400,
      json: { ERROR: expect.stringMatching(/^No character of yours in the trash/) },
    });
    expect((await post('/character/get', { charID: theirs }, { key: KEY_B })).status).toBe(400);
  });

  it('deletes for good what has been in the trash longer than it may, sessions and history too', async () => {
    const { post, createCharacter, trash, restore, db } = withTrash({ trashDays: 0 });
    const charID = await createCharacter();
    await post('/character/getResponse', { charID, sessionID: '-1', userText: 'Hello' });
    await post('/character/delete', { charID });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await trash()).json.characters).toEqual([]);
    expect((await restore(charID)).status).toBe(400);
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE character_id = ?`).get(charID) as { n: number }).n;
    expect([count('sessions'), count('character_versions')]).toEqual([0, 0]);
    expect((db.prepare('SELECT count(*) AS n FROM characters WHERE id = ?').get(charID) as { n: number }).n).toBe(0);
  });
});
