import type { Exchange } from '../../contract/schemas/conversation';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { GeneratorError, type ReplyRequest } from '../generate/generator';
import { stubGenerator } from '../testing/stub-generator';
import { KEY_A, KEY_B, testApp, type Encoding } from '../testing/test-app';

const backstory = "Mara Quill is the navigator of the Wandering Heron. She grew up in Port Ellery above her father's engraving shop.";

describe('POST /character/getResponse', () => {
  it.each<Encoding>(['multipart', 'form', 'json'])('answers a %s body in the documented shape and starts a session', async (encoding) => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter({ charName: 'Mara Quill', backstory });
    const response = await post(
      '/character/getResponse',
      { userText: 'Where did you grow up?', charID, sessionID: '-1', voiceResponse: 'False' },
      { encoding },
    );
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      charID,
      text: expect.any(String),
      sessionID: expect.stringMatching(/^[0-9a-f]{32}$/),
      audio: null,
      sample_rate: null,
    });
    expect(response.json.text).toMatch(/Port Ellery/);
  });

  it('continues a session with its earlier turns as context, and records every exchange in order', async () => {
    const seen: ReplyRequest[] = [];
    const { db } = openDatabase(':memory:');
    const app = createApp({
      db,
      localApiKeys: [KEY_A],
      distDir: null,
      generator: stubGenerator({
        async *reply(request) {
          seen.push(request);
          yield `reply ${seen.length}`;
        },
      }),
    });
    const { post, createCharacter } = testApp({ db, app });
    const charID = await createCharacter({ charName: 'Mara Quill', backstory });

    const first = await post('/character/getResponse', { userText: 'Hello', charID, sessionID: '-1' });
    const sessionID = first.json.sessionID;
    const second = await post('/character/getResponse', { userText: 'Who are you?', charID, sessionID });
    expect(second.json.sessionID).toBe(sessionID);
    const third = await post('/character/getResponse', { userText: 'Bye', charID, sessionID });
    expect(third.json.text).toBe('reply 3');

    expect(seen[0].history).toEqual([]);
    expect(seen[0].character).toEqual({ name: 'Mara Quill', backstory });
    expect(seen[2].history).toEqual([
      { user: 'Hello', character: 'reply 1' },
      { user: 'Who are you?', character: 'reply 2' },
    ]);

    const details = await post<Exchange[]>('/character/chatHistory/details', { charID, sessionID });
    expect(details.json.map((exchange) => exchange.interaction[0].message)).toEqual(['Hello', 'Who are you?', 'Bye']);
    const record = await post('/character/get', { charID });
    expect(record.json.last_interacted_with).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('takes a narrative-design trigger in place of typed text, and marks it', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter({ charName: 'Mara Quill', backstory });
    const response = await post(
      '/character/getResponse',
      { trigger_name: 'player_boards', trigger_message: 'User entered the scene', charID, sessionID: '-1' },
      { encoding: 'form' },
    );
    expect(response.status).toBe(200);
    const details = await post('/character/chatHistory/details', { charID, sessionID: response.json.sessionID });
    expect(details.json).toEqual([
      {
        timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$/),
        interaction: [
          { speaker: 'User', message: 'User entered the scene' },
          { speaker: 'Character', message: response.json.text },
        ],
        is_trigger_input: true,
      },
    ]);
  });

  it.each([
    ['neither text nor file', {}],
    ['empty text', { userText: '   ' }],
    ['text and a file', { userText: 'hi', file: 'audio-bytes' }],
    ['text and a trigger', { userText: 'hi', trigger_name: 'enter' }],
  ])('answers %s with the documented 400', async (_label, body) => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const response = await post('/character/getResponse', { charID, sessionID: '-1', ...body }, { encoding: 'multipart' });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ ERROR: "Expecting only one; either an audio file or user's query as a string" });
  });

  it('answers an unknown character with the documented 404 shape', async () => {
    const { post } = testApp();
    const response = await post('/character/getResponse', { userText: 'hi', charID: 'nobody', sessionID: '-1' });
    expect(response.status).toBe(404);
    expect(response.json).toEqual({ charID: 'nobody', text: expect.stringMatching(/^process_failure, error: /) });
  });

  it('answers a generator failure in the same shape, with a 5xx, and records nothing', async () => {
    const { db } = openDatabase(':memory:');
    const app = createApp({
      db,
      localApiKeys: [KEY_A],
      distDir: null,
      generator: stubGenerator({
        // eslint-disable-next-line require-yield -- a generator that fails before its first piece
        async *reply() {
          throw new GeneratorError('The language model did not answer.', 504);
        },
      }),
    });
    const { post, createCharacter } = testApp({ db, app });
    const charID = await createCharacter();
    const response = await post('/character/getResponse', { userText: 'hi', charID, sessionID: '-1' });
    expect(response.status).toBe(504);
    expect(response.json).toEqual({ charID, text: 'process_failure, error: The language model did not answer.' });
    expect((await post('/character/chatHistory/list', { charID, limit: '-1' })).json).toEqual([]);
  });

  it("keeps users apart: another user's private character is unknown, a public one talks but its sessions stay its owner's", async () => {
    const { post, createCharacter, db } = testApp();
    const charID = await createCharacter({ charName: 'Mara Quill', backstory }, KEY_A);
    expect((await post('/character/getResponse', { userText: 'hi', charID, sessionID: '-1' }, { key: KEY_B })).status).toBe(404);

    db.prepare("UPDATE characters SET listing = 'public' WHERE id = ?").run(charID);
    const visitor = await post('/character/getResponse', { userText: 'hi', charID, sessionID: '-1' }, { key: KEY_B });
    expect(visitor.status).toBe(200);
    // The owner cannot continue the visitor's session (it starts a new one), nor the visitor the owner's.
    const owner = await post('/character/getResponse', { userText: 'hello', charID, sessionID: visitor.json.sessionID }, { key: KEY_A });
    expect(owner.json.sessionID).not.toBe(visitor.json.sessionID);
    expect((await post('/character/chatHistory/list', { charID, limit: '-1' }, { key: KEY_B })).status).toBe(400);
    expect((await post('/character/chatHistory/list', { charID, limit: '-1' }, { key: KEY_A })).json).toHaveLength(2);
  });

  it('needs a key', async () => {
    const { post } = testApp();
    const response = await post('/character/getResponse', { userText: 'hi', charID: 'x' }, { key: null });
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ ERROR: 'api_key not found.' });
  });
});
