import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../contract/errors';
import type { Character } from '../../contract/schemas/characters';
import { KEY_A, KEY_B, testApp, type Encoding } from '../testing/test-app';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const encodings: Encoding[] = ['json', 'form', 'multipart'];

describe('POST /character/create', () => {
  it.each(encodings)('creates a character from a %s body and answers 201 with its id', async (encoding) => {
    const { post } = testApp();
    const created = await post(
      '/character/create',
      { charName: 'Raymond', voiceType: 'MALE', backstory: 'A mastermind.', actions: 'laugh, walk' },
      { encoding },
    );
    expect(created.status).toBe(201);
    expect(Object.keys(created.json)).toEqual(['charID']);
    expect(created.json.charID).toMatch(UUID);

    const got = await post('/character/get', { charID: created.json.charID });
    expect(got.status).toBe(200);
    expect(got.json.character_name).toBe('Raymond');
    expect(got.json.character_actions).toEqual(['laugh', 'walk']);
  });

  it('takes the seed document sample unchanged', async () => {
    const { app } = testApp();
    // The body of the seed's Python sample, byte for byte as json.dumps sends it.
    const payload = JSON.stringify({
      charName: 'Raymond',
      voiceType: 'MALE',
      backstory:
        "Raymond Reddington is a main character in the NBC series The Blacklist. Reddington is a criminal mastermind, making it to #4 and later to #1 on the FBI's Ten Most Wanted Fugitives, who suddenly turns himself in after 20+ years of evading the FBI.",
    });
    const response = await app.request('/character/create', {
      method: 'POST',
      headers: { 'CONVAI-API-KEY': KEY_A, 'Content-Type': 'application/json' },
      body: payload,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ charID: expect.stringMatching(UUID) });
  });

  it('accepts actions as a JSON list too', async () => {
    const { post } = testApp();
    const created = await post('/character/create', {
      charName: 'Ana',
      voiceType: 'FEMALE',
      backstory: 'A guide.',
      actions: ['wave', ' point ', 'wave', ''],
    });
    const got = await post('/character/get', { charID: created.json.charID });
    expect(got.json.character_actions).toEqual(['wave', 'point']);
  });

  it.each([
    ['no name', { voiceType: 'MALE', backstory: 'x' }],
    ['an empty name', { charName: '   ', voiceType: 'MALE', backstory: 'x' }],
    ['no voice', { charName: 'A', backstory: 'x' }],
    ['no backstory', { charName: 'A', voiceType: 'MALE' }],
    ['a name of the wrong type', { charName: 42, voiceType: 'MALE', backstory: 'x' }],
    ['a name too long', { charName: 'x'.repeat(101), voiceType: 'MALE', backstory: 'x' }],
    ['a NUL byte in the name', { charName: 'A\u0000B', voiceType: 'MALE', backstory: 'x' }],
    ['actions of the wrong type', { charName: 'A', voiceType: 'MALE', backstory: 'x', actions: 5 }],
  ])('refuses %s with the documented 400', async (_label, body) => {
    const { post } = testApp();
    const response = await post('/character/create', body);
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ INTERNAL_ERROR: errorMessages.createFailed });
  });

  it('refuses malformed JSON with the documented 400', async () => {
    const { app } = testApp();
    const response = await app.request('/character/create', {
      method: 'POST',
      headers: { 'CONVAI-API-KEY': KEY_A, 'Content-Type': 'application/json' },
      body: '{"charName": "Raymond", ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ INTERNAL_ERROR: errorMessages.createFailed });
  });

  it('refuses a body over the limit with 413 in the endpoint error shape', async () => {
    const { post } = testApp();
    const response = await post('/character/create', { charName: 'A', voiceType: 'MALE', backstory: 'x'.repeat(1_100_000) });
    expect(response.status).toBe(413);
    expect(Object.keys(response.json)).toEqual(['INTERNAL_ERROR']);
    expect(response.json.INTERNAL_ERROR).toMatch(/too large/);
  });

  it('answers the documented 401 bodies for a missing and a wrong key', async () => {
    const { post } = testApp();
    const body = { charName: 'A', voiceType: 'MALE', backstory: 'x' };
    const missing = await post('/character/create', body, { key: null });
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({ API_ERROR: 'api_key not found.' });
    const wrong = await post('/character/create', body, { key: 'not-a-key-at-all' });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ API_ERROR: 'Invalid API key provided.' });
  });
});

describe('POST /character/get', () => {
  it('answers the full record, field by field', async () => {
    const { post, createCharacter } = testApp();
    const id = await createCharacter({ charName: 'Mindy', voiceType: 'FEMALE', backstory: 'Lawyer.\n\nStubborn.', actions: 'argue' });
    const { status, json } = await post('/character/get', { charID: id });
    expect(status).toBe(200);
    expect(json).toEqual({
      character_name: 'Mindy',
      character_id: id,
      user_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      voice_type: 'FEMALE',
      timestamp: expect.stringMatching(TIMESTAMP),
      backstory: 'Lawyer.\n\nStubborn.',
      listing: 'unlisted',
      language_code: 'en-US',
      language_codes: ['en-US'],
      character_actions: ['argue'],
      character_emotions: [],
      model_details: {
        modelType: 'NULL',
        modelLink: 'NULL',
        modelPlaceholder: 'NULL',
        METAHUMAN: { avatar_image: 'NULL', avatar_image_square: 'NULL' },
      },
      is_narrative_driven: false,
      memory_settings: { enabled: false },
      personalised_prompt_config: { MODEL: 'gpt-4o-mini', TEMPERATURE: 0.7, REASONING_EFFORT: null },
      start_narrative_section_id: null,
      last_interacted_with: null,
    });
    // The timestamp is the creation time, in UTC.
    expect(Math.abs(Date.parse(`${String(json.timestamp)}Z`) - Date.now())).toBeLessThan(5_000);
  });

  it('finds a character by exact name, the newest of that name first', async () => {
    const { post, createCharacter } = testApp();
    await createCharacter({ charName: 'Twin', backstory: 'older' });
    const newer = await createCharacter({ charName: 'Twin', backstory: 'newer' });
    const found = await post('/character/get', { charName: 'Twin' });
    expect(found.status).toBe(200);
    expect(found.json.character_id).toBe(newer);
    const missing = await post('/character/get', { charName: 'twin' });
    expect(missing.status).toBe(400);
  });

  it.each([
    ['an unknown id', { charID: 'no-such-character' }],
    ['no id and no name', {}],
    ['an id of the wrong type', { charID: { $ne: null } }],
  ])('answers %s with the documented 400', async (_label, body) => {
    const { post } = testApp();
    const response = await post('/character/get', body);
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ ERROR: errorMessages.databaseCallsFailed });
  });

  it('needs a key', async () => {
    const { post } = testApp();
    const response = await post('/character/get', { charID: 'x' }, { key: null });
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ API_ERROR: 'api_key not found.' });
  });
});

describe('POST /character/update', () => {
  it.each(encodings)('changes only the fields sent in a %s body', async (encoding) => {
    const { post, createCharacter } = testApp();
    const id = await createCharacter({ charName: 'Raymond', voiceType: 'MALE', backstory: 'Before.', actions: 'laugh' });
    const before = (await post('/character/get', { charID: id })).json;

    const response = await post('/character/update', { charID: id, backstory: 'After.' }, { encoding });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ STATUS: 'SUCCESS' });

    const after = (await post('/character/get', { charID: id })).json;
    expect(after).toEqual({ ...before, backstory: 'After.' });
  });

  it('updates name, voice, actions (as `action`) and languages together', async () => {
    const { post, createCharacter } = testApp();
    const id = await createCharacter();
    const response = await post('/character/update', {
      charID: id,
      charName: 'Raymond Reddington',
      voiceType: 'US MALE 1',
      action: 'smirk, sip tea',
      languageCodes: ['de-DE', 'en-US'],
    });
    expect(response.status).toBe(200);
    const after = (await post('/character/get', { charID: id })).json;
    expect(after).toMatchObject({
      character_name: 'Raymond Reddington',
      voice_type: 'US MALE 1',
      character_actions: ['smirk', 'sip tea'],
      language_codes: ['de-DE', 'en-US'],
      language_code: 'de-DE',
    });
  });

  it('takes repeated form fields and JSON-encoded strings as language lists', async () => {
    const { post, createCharacter } = testApp();
    const id = await createCharacter();
    await post('/character/update', { charID: id, languageCodes: ['fr-FR', 'ja-JP'] }, { encoding: 'form' });
    expect((await post('/character/get', { charID: id })).json.language_codes).toEqual(['fr-FR', 'ja-JP']);
    await post('/character/update', { charID: id, languageCodes: '["ko-KR"]' }, { encoding: 'multipart' });
    expect((await post('/character/get', { charID: id })).json.language_codes).toEqual(['ko-KR']);
  });

  it('answers an unknown id with the documented 400', async () => {
    const { post } = testApp();
    const response = await post('/character/update', { charID: 'missing', backstory: 'x' });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ ERROR: errorMessages.characterNotFound });
  });

  it('refuses an unknown language code, saying which, and changes nothing', async () => {
    const { post, createCharacter } = testApp();
    const id = await createCharacter();
    const response = await post('/character/update', { charID: id, charName: 'Changed', languageCodes: ['en-US', 'xx-YY'] });
    expect(response.status).toBe(400);
    expect(Object.keys(response.json)).toEqual(['ERROR']);
    expect(response.json.ERROR).toContain('xx-YY');
    expect((await post('/character/get', { charID: id })).json.character_name).toBe('Raymond');
  });

  it('refuses an empty name and a missing charID', async () => {
    const { post, createCharacter } = testApp();
    const id = await createCharacter();
    const empty = await post('/character/update', { charID: id, charName: '' });
    expect(empty.status).toBe(400);
    expect(empty.json.ERROR).toMatch(/charName/);
    const noId = await post('/character/update', { backstory: 'x' });
    expect(noId.status).toBe(400);
    expect(noId.json.ERROR).toMatch(/charID is required/);
  });
});

describe('POST /user/clone_character', () => {
  it('copies the character under a new id, connected to the same documents only when KB is true', async () => {
    const { post, createCharacter, uploadDocument } = testApp();
    const id = await createCharacter({ charName: 'Original', actions: 'wave' });
    const menu = await uploadDocument('menu.txt', 'Ale: 3 coins');
    await uploadDocument('notices.txt', 'The ferry is late.');
    expect((await post('/character/update', { charID: id, docs: [{ id: menu.id, status: 'active' }] })).status).toBe(200);
    const documents = async (charID: string) =>
      (
        await post<{ docs: Array<{ file_name: string; status: string }> }>('/character/knowledge-bank/list', { character_id: charID })
      ).json.docs
        .filter((doc) => doc.status === 'active')
        .map((doc) => doc.file_name);

    const plain = await post<{ charID: string }>('/user/clone_character', { charID: id });
    expect(plain.status).toBe(200);
    expect(Object.keys(plain.json)).toEqual(['charID']);
    expect(plain.json.charID).not.toBe(id);
    expect(await documents(plain.json.charID)).toEqual([]);

    const withKb = await post<{ charID: string }>('/user/clone_character', { charID: id, KB: 'True' }, { encoding: 'form' });
    expect(withKb.status).toBe(200);
    expect(await documents(withKb.json.charID)).toEqual(['menu.txt']);
    expect(await documents(id)).toEqual(['menu.txt']);

    const original = (await post('/character/get', { charID: id })).json;
    const copy = (await post('/character/get', { charID: withKb.json.charID })).json;
    expect(copy).toMatchObject({
      character_name: original.character_name,
      backstory: original.backstory,
      voice_type: original.voice_type,
      character_actions: ['wave'],
    });
    expect((await post('/character/list')).json.characters).toHaveLength(3);
    // Documents are read in a worker thread, which takes a moment to start on a busy machine.
  }, 60_000);

  it('accepts KB as a JSON boolean and refuses nonsense', async () => {
    const { post, createCharacter } = testApp();
    const id = await createCharacter();
    expect((await post('/user/clone_character', { charID: id, KB: false })).status).toBe(200);
    const bad = await post('/user/clone_character', { charID: id, KB: 'perhaps' });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ ERROR: errorMessages.databaseCallsFailed });
  });

  it('answers an unknown id with a 400', async () => {
    const { post } = testApp();
    const response = await post('/user/clone_character', { charID: 'missing' });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ ERROR: errorMessages.databaseCallsFailed });
  });
});

describe('POST /character/delete', () => {
  it('deletes for good', async () => {
    const { post, createCharacter } = testApp();
    const id = await createCharacter();
    const response = await post('/character/delete', { charID: id }, { encoding: 'form' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ STATUS: 'SUCCESS' });
    expect((await post('/character/get', { charID: id })).status).toBe(400);
    const again = await post('/character/delete', { charID: id });
    expect(again.status).toBe(400);
    expect(again.json).toEqual({ ERROR: errorMessages.databaseCallsFailed });
  });
});

describe('POST /character/list', () => {
  it("lists the user's characters newest first, without backstories", async () => {
    const { post, createCharacter } = testApp();
    const first = await createCharacter({ charName: 'First' });
    const second = await createCharacter({ charName: 'Second' });
    const { status, json } = await post<{ characters: Character[] }>('/character/list');
    expect(status).toBe(200);
    expect(Object.keys(json)).toEqual(['characters']);
    expect(json.characters.map((c) => c.character_id)).toEqual([second, first]);
    for (const record of json.characters) {
      expect(record).not.toHaveProperty('backstory');
      expect(record).toMatchObject({ character_name: expect.any(String), voice_type: 'MALE', timestamp: expect.stringMatching(TIMESTAMP) });
    }
  });

  it('works with no body at all and with an empty form', async () => {
    const { app } = testApp();
    const bare = await app.request('/character/list', { method: 'POST', headers: { 'CONVAI-API-KEY': KEY_A } });
    expect(bare.status).toBe(200);
    expect(await bare.json()).toEqual({ characters: [] });
  });
});

describe('isolation between users', () => {
  it("lets no user list, change, clone or delete another user's characters", async () => {
    const { post, createCharacter } = testApp();
    const id = await createCharacter({ charName: 'Secret' }, KEY_A);

    expect((await post('/character/list', {}, { key: KEY_B })).json.characters).toEqual([]);
    expect((await post('/character/get', { charID: id }, { key: KEY_B })).status).toBe(400);
    expect((await post('/character/get', { charName: 'Secret' }, { key: KEY_B })).status).toBe(400);
    expect((await post('/character/update', { charID: id, charName: 'Stolen' }, { key: KEY_B })).json).toEqual({
      ERROR: errorMessages.characterNotFound,
    });
    expect((await post('/user/clone_character', { charID: id }, { key: KEY_B })).status).toBe(400);
    expect((await post('/character/delete', { charID: id }, { key: KEY_B })).status).toBe(400);

    const own = (await post('/character/get', { charID: id }, { key: KEY_A })).json;
    expect(own.character_name).toBe('Secret');
    expect((await post('/character/list', {}, { key: KEY_A })).json.characters).toHaveLength(1);
  });

  it("lets a user read, but not change, another user's public character", async () => {
    const { post, createCharacter, db } = testApp();
    const id = await createCharacter({ charName: 'Town Crier' }, KEY_A);
    db.prepare("UPDATE characters SET listing = 'public' WHERE id = ?").run(id);

    expect((await post('/character/get', { charID: id }, { key: KEY_B })).json.character_name).toBe('Town Crier');
    expect((await post('/character/get', { charName: 'Town Crier' }, { key: KEY_B })).status).toBe(200);
    expect((await post('/character/list', {}, { key: KEY_B })).json.characters).toEqual([]);
    expect((await post('/character/update', { charID: id, backstory: 'x' }, { key: KEY_B })).status).toBe(400);
    expect((await post('/user/clone_character', { charID: id }, { key: KEY_B })).status).toBe(400);
    expect((await post('/character/delete', { charID: id }, { key: KEY_B })).status).toBe(400);
    expect((await post('/character/get', { charID: id }, { key: KEY_A })).json.backstory).toBe(
      'A criminal mastermind who turned himself in.',
    );
  });
});
