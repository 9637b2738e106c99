import { afterEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../contract/schemas/conversation';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { GeneratorError, type ReplyRequest, type TextGenerator } from '../generate/generator';
import { openAiCompatibleGenerator } from '../generate/openai-compatible';
import { startLlmStandIn } from '../testing/llm-stand-in';
import { stubGenerator } from '../testing/stub-generator';
import { KEY_A, testApp } from '../testing/test-app';

const standIns: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(standIns.splice(0).map((standIn) => standIn.close()));
});

/** An app whose replies are recorded and answered "reply N". */
function appWith(generator?: TextGenerator) {
  const seen: ReplyRequest[] = [];
  const { db } = openDatabase(':memory:');
  const writer =
    generator ??
    stubGenerator({
      async *reply(request) {
        seen.push(request);
        yield `reply ${seen.length}`;
      },
    });
  const app = createApp({ db, localApiKeys: [KEY_A], distDir: null, generator: writer });
  return { ...testApp({ db, app }), seen };
}

type Post = ReturnType<typeof testApp>['post'];

/** A narrative-driven museum guide: hall → (paintings) → gallery; a trigger to the vault. */
async function guide(post: Post, charID: string, options: { narrativeDriven?: boolean } = {}) {
  const section = async (section_name: string, objective: string) =>
    String((await post('/character/narrative/create-section', { character_id: charID, section_name, objective })).json.section_id);
  const hall = await section('Entrance hall', 'Welcome the visitor and offer the tour.');
  const gallery = await section('Gallery', 'Show the paintings, one by one.');
  const vault = await section('Vault', 'Warn the visitor away from the vault.');
  await post('/character/narrative/edit-section', {
    character_id: charID,
    section_id: hall,
    updated_data: { decisions: [{ criteria: 'The visitor asks about the paintings', next_section_id: gallery }] },
  });
  await post('/character/narrative/create-trigger', {
    character_id: charID,
    trigger_name: 'enter_vault',
    trigger_message: 'The visitor opened the vault door',
    destination_section: vault,
  });
  if (options.narrativeDriven !== false) {
    await post('/character/toggle-is-narrative-driven', { character_id: charID, is_narrative_driven: true });
  }
  return { hall, gallery, vault };
}

describe('getResponse on a narrative-driven character', () => {
  it('starts in the first section, stays while no decision is met, moves when one is, and records it', async () => {
    const { post, createCharacter, seen } = appWith();
    const charID = await createCharacter({ charName: 'Ines' });
    const { hall, gallery } = await guide(post, charID);

    const first = await post('/character/getResponse', { charID, sessionID: '-1', userText: 'Good morning!' });
    expect(first.status).toBe(200);
    const sessionID = String(first.json.sessionID);
    expect(seen[0].narrative).toEqual({
      sectionName: 'Entrance hall',
      objective: 'Welcome the visitor and offer the tour.',
      entered: true,
    });

    await post('/character/getResponse', { charID, sessionID, userText: 'Tell me about those paintings.' });
    expect(seen[1].narrative).toEqual({ sectionName: 'Gallery', objective: 'Show the paintings, one by one.', entered: true });
    await post('/character/getResponse', { charID, sessionID, userText: 'Lovely.' });
    expect(seen[2].narrative).toMatchObject({ sectionName: 'Gallery', entered: false });

    const details = await post<Exchange[]>('/character/chatHistory/details', { charID, sessionID });
    expect(details.json.map((exchange) => exchange.narrative)).toEqual([
      { section_id: hall, section_name: 'Entrance hall', moved_from: null, moved_by: null },
      {
        section_id: gallery,
        section_name: 'Gallery',
        moved_from: hall,
        moved_by: { kind: 'decision', criteria: 'The visitor asks about the paintings' },
      },
      { section_id: gallery, section_name: 'Gallery', moved_from: null, moved_by: null },
    ]);
  });

  it('fires a trigger by name: its message is the turn, marked as a trigger, and the session moves to its destination', async () => {
    const { post, createCharacter, seen } = appWith();
    const charID = await createCharacter();
    const { hall, vault } = await guide(post, charID);
    const first = await post('/character/getResponse', { charID, sessionID: '-1', userText: 'Hello' });
    const sessionID = String(first.json.sessionID);

    const fired = await post('/character/getResponse', { charID, sessionID, trigger_name: 'enter_vault' }, { encoding: 'multipart' });
    expect(fired.status).toBe(200);
    expect(seen[1].trigger).toEqual({ name: 'enter_vault', message: 'The visitor opened the vault door' });
    expect(seen[1].narrative).toEqual({ sectionName: 'Vault', objective: 'Warn the visitor away from the vault.', entered: true });

    const details = await post<Exchange[]>('/character/chatHistory/details', { charID, sessionID });
    expect(details.json[1]).toEqual({
      timestamp: expect.any(String),
      interaction: [
        { speaker: 'User', message: 'The visitor opened the vault door' },
        { speaker: 'Character', message: 'reply 2' },
      ],
      is_trigger_input: true,
      narrative: { section_id: vault, section_name: 'Vault', moved_from: hall, moved_by: { kind: 'trigger', trigger_name: 'enter_vault' } },
    });
  });

  it('fires the trigger whose message is sent alone, and keeps an unknown message as the turn without a move', async () => {
    const { post, createCharacter } = appWith();
    const charID = await createCharacter();
    const { hall, vault } = await guide(post, charID);
    const known = await post('/character/getResponse', { charID, sessionID: '-1', trigger_message: 'The visitor opened the vault door' });
    const sessionID = String(known.json.sessionID);
    const free = await post('/character/getResponse', { charID, sessionID, trigger_message: 'A bell rings somewhere' });
    expect(free.status).toBe(200);
    const details = await post<Exchange[]>('/character/chatHistory/details', { charID, sessionID });
    expect(
      details.json.map((exchange) => [
        exchange.is_trigger_input,
        exchange.narrative?.section_id,
        exchange.narrative?.moved_by?.kind ?? null,
      ]),
    ).toEqual([
      [true, vault, 'trigger'],
      [true, vault, null],
    ]);
    expect(hall).not.toBe(vault);
  });

  it('refuses a trigger name the character does not have, and records nothing', async () => {
    const { post, createCharacter, seen } = appWith();
    const charID = await createCharacter();
    await guide(post, charID);
    const response = await post('/character/getResponse', {
      charID,
      sessionID: '-1',
      trigger_name: 'enter_attic',
      trigger_message: 'Up we go',
    });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ ERROR: expect.stringContaining("'enter_attic'") });
    expect(seen).toHaveLength(0);
    expect((await post('/character/chatHistory/list', { charID })).json).toEqual([]);
  });

  it('starts a new session in the start section when one is set', async () => {
    const { post, createCharacter, seen } = appWith();
    const charID = await createCharacter();
    const { gallery } = await guide(post, charID);
    await post('/character/update', { charID, start_narrative_section_id: gallery });
    const response = await post('/character/getResponse', { charID, sessionID: '-1', userText: 'Hi' });
    expect(response.status).toBe(200);
    expect(seen[0].narrative?.sectionName).toBe('Gallery');
  });

  it('does not follow the graph when the character is not narrative-driven (a known trigger is still its message)', async () => {
    const { post, createCharacter, seen } = appWith();
    const charID = await createCharacter();
    await guide(post, charID, { narrativeDriven: false });
    const first = await post('/character/getResponse', { charID, sessionID: '-1', userText: 'Tell me about the paintings' });
    const fired = await post('/character/getResponse', { charID, sessionID: first.json.sessionID, trigger_name: 'enter_vault' });
    expect(fired.status).toBe(200);
    expect(seen.map((request) => request.narrative)).toEqual([undefined, undefined]);
    expect(seen[1].userText).toBe('The visitor opened the vault door');
    const details = await post<Exchange[]>('/character/chatHistory/details', { charID, sessionID: first.json.sessionID });
    expect(details.json.every((exchange) => !('narrative' in exchange))).toBe(true);
  });

  it('moves a session whose section was deleted to the start again', async () => {
    const { post, createCharacter, seen } = appWith();
    const charID = await createCharacter();
    const { gallery } = await guide(post, charID);
    const first = await post('/character/getResponse', { charID, sessionID: '-1', userText: 'What about the paintings?' });
    expect(seen[0].narrative?.sectionName).toBe('Gallery');
    await post('/character/narrative/delete-section', { character_id: charID, section_id: gallery });
    await post('/character/getResponse', { charID, sessionID: first.json.sessionID, userText: 'And now?' });
    expect(seen[1].narrative?.sectionName).toBe('Entrance hall');
  });

  it('lets the model judge the decisions when a model writes, and tells it the objective', async () => {
    // The first completion asked for is the judgement, the second the reply.
    let calls = 0;
    const standIn = await startLlmStandIn(() => {
      calls += 1;
      return calls === 1 ? { kind: 'stream', pieces: ['1'] } : { kind: 'stream', pieces: ['Right this way.'] };
    });
    standIns.push(standIn);
    const generator = openAiCompatibleGenerator({ baseUrl: standIn.baseUrl, model: 'stand-in-model', apiKey: undefined, timeoutMs: 5_000 });
    const { post, createCharacter } = appWith(generator);
    const charID = await createCharacter({ charName: 'Ines' });
    const { gallery } = await guide(post, charID);

    // Words the offline judge would not take for the criteria: the model's "1" decides.
    const response = await post('/character/getResponse', { charID, sessionID: '-1', userText: 'What hangs on those walls?' });
    expect(response.status).toBe(200);
    expect(response.json.text).toBe('Right this way.');
    const [judged, replied] = standIn.received;
    expect(judged.body.temperature).toBe(0);
    expect(judged.body.messages?.[1].content).toContain('1. The visitor asks about the paintings');
    expect(judged.body.messages?.[1].content).toContain('What hangs on those walls?');
    expect(replied.body.messages?.[0].content).toContain('Show the paintings, one by one.');

    const details = await post<Exchange[]>('/character/chatHistory/details', { charID, sessionID: response.json.sessionID });
    expect(details.json[0].narrative?.section_id).toBe(gallery);
  });
  it('judges offline when the model fails to judge, so the conversation goes on', async () => {
    const seen: ReplyRequest[] = [];
    const { post, createCharacter } = appWith(
      stubGenerator({
        chooseDecision: () => Promise.reject(new GeneratorError('The model did not answer.')),
        async *reply(request) {
          seen.push(request);
          yield 'reply';
        },
      }),
    );
    const charID = await createCharacter({ charName: 'Ines' });
    const { gallery } = await guide(post, charID);
    const response = await post('/character/getResponse', { charID, sessionID: '-1', userText: 'Tell me about those paintings.' });
    expect(response.status).toBe(200);
    const details = await post<Exchange[]>('/character/chatHistory/details', { charID, sessionID: response.json.sessionID });
    expect(details.json[0].narrative?.section_id).toBe(gallery);
  });

  it('records no move for a trigger into the section the session is already in', async () => {
    const { post, createCharacter } = appWith();
    const charID = await createCharacter({ charName: 'Ines' });
    const { vault } = await guide(post, charID);
    const first = await post('/character/getResponse', { charID, sessionID: '-1', trigger_name: 'enter_vault' });
    const sessionID = String(first.json.sessionID);
    await post('/character/getResponse', { charID, sessionID, trigger_name: 'enter_vault' });
    const details = await post<Exchange[]>('/character/chatHistory/details', { charID, sessionID });
    expect(details.json.map((exchange) => [exchange.narrative?.section_id, exchange.narrative?.moved_by ?? null])).toEqual([
      [vault, { kind: 'trigger', trigger_name: 'enter_vault' }],
      [vault, null],
    ]);
  });
});
