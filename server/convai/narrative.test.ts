import { createCharacterStore } from '../db/characters';
import { describe, expect, it } from 'vitest';
import type { Section, Trigger } from '../../contract/schemas/narrative';
import { sectionListSchema, sectionSchema, triggerListSchema, triggerSchema } from '../../contract/schemas/narrative';
import { KEY_B, testApp, type Encoding } from '../testing/test-app';

type Post = ReturnType<typeof testApp>['post'];

/** A character with three sections (hall → gallery, hall → exit) and a trigger to the gallery. */
async function museum(post: Post, charID: string) {
  const section = async (section_name: string, objective: string, extra: Record<string, unknown> = {}) => {
    const response = await post('/character/narrative/create-section', {
      character_id: charID,
      section_name,
      objective,
      updated_character_data: {},
      behavior_tree_code: '',
      bt_constants: '',
      ...extra,
    });
    expect(response.status).toBe(200);
    return String(response.json.section_id);
  };
  const hall = await section('Entrance hall', 'Welcome the visitor and offer the tour.', { node_position: { x: 0, y: 0 } });
  const gallery = await section('Gallery', 'Show the paintings.');
  const exit = await section('Exit', 'Say goodbye.');
  const edited = await post('/character/narrative/edit-section', {
    character_id: charID,
    section_id: hall,
    updated_data: {
      decisions: [
        { criteria: 'The visitor asks about the paintings', next_section_id: gallery },
        { criteria: 'The visitor wants to leave', next_section_id: exit, priority: 2 },
      ],
    },
  });
  expect(edited.status).toBe(200);
  const trigger = await post<Trigger>('/character/narrative/create-trigger', {
    character_id: charID,
    trigger_name: 'enter_gallery',
    trigger_message: 'The visitor walked into the gallery',
    destination_section: gallery,
  });
  expect(trigger.status).toBe(200);
  return { hall, gallery, exit, trigger: trigger.json.trigger_id };
}

describe('narrative design: sections', () => {
  it.each<Encoding>(['json', 'form', 'multipart'])('creates a section from a %s body and answers its id', async (encoding) => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const created = await post(
      '/character/narrative/create-section',
      {
        character_id: charID,
        section_name: 'Entrance hall',
        objective: 'Welcome the visitor.',
        node_position: JSON.stringify({ x: 120, y: -40 }),
      },
      { encoding },
    );
    expect(created.status).toBe(200);
    expect(created.json).toEqual({ section_id: expect.any(String) });
    const section = await post(
      '/character/narrative/get-section',
      { character_id: charID, section_id: created.json.section_id },
      { encoding },
    );
    expect(section.status).toBe(200);
    expect(section.json).toEqual({
      character_id: charID,
      section_id: created.json.section_id,
      section_name: 'Entrance hall',
      objective: 'Welcome the visitor.',
      decisions: null,
      parents: null,
      triggers: null,
      updated_character_data: {},
      bt_constants: '',
      behavior_tree_code: '',
      node_position: { x: 120, y: -40 },
    });
    expect(sectionSchema.safeParse(section.json).success).toBe(true);
  });

  it('lists sections as a top-level array in the order they were made, with parents and triggers computed', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const { hall, gallery, exit, trigger } = await museum(post, charID);
    const list = await post<Section[]>('/character/narrative/list-sections', { character_id: charID });
    expect(list.status).toBe(200);
    expect(Array.isArray(list.json)).toBe(true);
    expect(sectionListSchema.safeParse(list.json).success).toBe(true);
    expect(list.json.map((section) => section.section_id)).toEqual([hall, gallery, exit]);
    const [hallRecord, galleryRecord, exitRecord] = list.json;
    expect(hallRecord.decisions).toEqual([
      { criteria: 'The visitor asks about the paintings', next_section_id: gallery },
      { criteria: 'The visitor wants to leave', next_section_id: exit, priority: 2 },
    ]);
    expect(hallRecord.parents).toBeNull();
    expect(hallRecord.node_position).toEqual({ x: 0, y: 0 });
    expect(galleryRecord.parents).toEqual([hall]);
    expect(galleryRecord.triggers).toEqual([trigger]);
    expect(galleryRecord.node_position).toBeNull();
    expect(exitRecord.parents).toEqual([hall]);
    expect(exitRecord.triggers).toBeNull();
  });

  it.each(['updated_data', 'updated_character_data'])('edits a section with the changes under %s', async (key) => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const { hall, gallery } = await museum(post, charID);
    const changes = {
      section_name: 'Great hall',
      objective: 'Greet the visitor by name.',
      decisions: [{ criteria: 'The visitor is ready', next_section_id: gallery }],
      node_position: [10, 20],
    };
    const edited = await post('/character/narrative/edit-section', { character_id: charID, section_id: hall, [key]: changes });
    expect(edited.status).toBe(200);
    expect(edited.json).toEqual({ status: 'success', section_id: hall, updated_data: changes });
    const section = await post<Section>('/character/narrative/get-section', { character_id: charID, section_id: hall });
    expect(section.json).toMatchObject({ ...changes, decisions: changes.decisions });
  });

  it('takes the changes of a form body as JSON text, and answers only what was changed', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const { hall } = await museum(post, charID);
    const edited = await post(
      '/character/narrative/edit-section',
      { character_id: charID, section_id: hall, updated_data: JSON.stringify({ objective: 'Sell a ticket.' }) },
      { encoding: 'form' },
    );
    expect(edited.status).toBe(200);
    expect(edited.json).toEqual({ status: 'success', section_id: hall, updated_data: { objective: 'Sell a ticket.' } });
    const section = await post<Section>('/character/narrative/get-section', { character_id: charID, section_id: hall });
    expect(section.json.section_name).toBe('Entrance hall');
    expect(section.json.decisions).toHaveLength(2);
  });

  it('refuses a decision that leads to an unknown section, naming it, and changes nothing', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const { hall, gallery } = await museum(post, charID);
    const edited = await post('/character/narrative/edit-section', {
      character_id: charID,
      section_id: hall,
      updated_data: {
        section_name: 'Renamed',
        decisions: [
          { criteria: 'ok', next_section_id: gallery },
          { criteria: 'lost', next_section_id: 'no-such-section' },
        ],
      },
    });
    expect(edited.status).toBe(400);
    expect(edited.json).toEqual({ ERROR: expect.stringContaining("'no-such-section'") });
    const section = await post<Section>('/character/narrative/get-section', { character_id: charID, section_id: hall });
    expect(section.json.section_name).toBe('Entrance hall');
    expect(section.json.decisions).toHaveLength(2);

    const created = await post('/character/narrative/create-section', {
      character_id: charID,
      section_name: 'Stray',
      objective: '',
      decisions: [{ criteria: 'x', next_section_id: 'nowhere' }],
    });
    expect(created.status).toBe(400);
    expect(created.json).toEqual({ ERROR: expect.stringContaining("'nowhere'") });
    const list = await post<Section[]>('/character/narrative/list-sections', { character_id: charID });
    expect(list.json).toHaveLength(3);
  });

  it.each([
    ['no section_name', '/character/narrative/create-section', { objective: 'x' }, /section_name is required/],
    ['a long section name', '/character/narrative/create-section', { section_name: 'n'.repeat(101) }, /at most 100/],
    [
      'a position too large',
      '/character/narrative/create-section',
      { section_name: 'A', node_position: { x: 'n'.repeat(2000) } },
      /node_position/,
    ],
    ['no changes', '/character/narrative/edit-section', { section_id: 'x' }, /updated_data is required/],
    ['an unknown change', '/character/narrative/edit-section', { section_id: 'x', updated_data: { colour: 'red' } }, /colour/],
    [
      'decisions that are not a list',
      '/character/narrative/edit-section',
      { section_id: 'x', updated_data: { decisions: 'many' } },
      /decisions/,
    ],
    [
      'too many decisions',
      '/character/narrative/edit-section',
      { section_id: 'x', updated_data: { decisions: Array.from({ length: 21 }, () => ({ criteria: 'c', next_section_id: 's' })) } },
      /At most 20 decisions/,
    ],
    [
      'a decision without a target',
      '/character/narrative/edit-section',
      { section_id: 'x', updated_data: { decisions: [{ criteria: 'c' }] } },
      /next_section_id/,
    ],
    ['no trigger_name', '/character/narrative/create-trigger', { trigger_message: 'hi' }, /trigger_name is required/],
    ['an unknown trigger change', '/character/narrative/update-trigger', { trigger_id: 't', updated_data: { volume: 3 } }, /volume/],
    ['a boolean that is not one', '/character/toggle-is-narrative-driven', { is_narrative_driven: 'maybe' }, /boolean/],
  ])('answers %s with a 400 saying what is wrong', async (_label, path, body, message) => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const response = await post(path, { character_id: charID, ...body });
    expect(response.status).toBe(400);
    expect(Object.keys(response.json)).toEqual(['ERROR']);
    expect(String(response.json.ERROR)).toMatch(message);
  });

  it('refuses changes sent under both spellings at once', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const { hall } = await museum(post, charID);
    const response = await post('/character/narrative/edit-section', {
      character_id: charID,
      section_id: hall,
      updated_data: { objective: 'a' },
      updated_character_data: { objective: 'b' },
    });
    expect(response.status).toBe(400);
  });

  it('deletes a section with every path to it: decisions leading there, trigger destinations, the start', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const { hall, gallery, exit, trigger } = await museum(post, charID);
    expect((await post('/character/update', { charID, start_narrative_section_id: gallery })).status).toBe(200);

    const deleted = await post('/character/narrative/delete-section', { character_id: charID, section_id: gallery });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toEqual({ STATUS: 'Successful' });

    const list = await post<Section[]>('/character/narrative/list-sections', { character_id: charID });
    expect(list.json.map((section) => section.section_id)).toEqual([hall, exit]);
    expect(list.json[0].decisions).toEqual([{ criteria: 'The visitor wants to leave', next_section_id: exit, priority: 2 }]);
    const triggerRecord = await post<Trigger>('/character/narrative/get-trigger', { character_id: charID, trigger_id: trigger });
    expect(triggerRecord.json.destination_section).toBeNull();
    const character = await post('/character/get', { charID });
    expect(character.json.start_narrative_section_id).toBeNull();

    const again = await post('/character/narrative/get-section', { character_id: charID, section_id: gallery });
    expect(again.status).toBe(400);
    expect(again.json).toEqual({ ERROR: expect.stringContaining(gallery) });
    expect((await post('/character/narrative/delete-section', { character_id: charID, section_id: gallery })).status).toBe(400);
  });
});

describe('narrative design: triggers', () => {
  it('creates, reads, lists, updates and deletes a trigger in the documented shapes', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const { gallery, exit } = await museum(post, charID);

    const created = await post<Trigger>(
      '/character/narrative/create-trigger',
      { character_id: charID, trigger_name: 'alarm', trigger_message: 'The alarm rings', node_position: JSON.stringify({ x: 5, y: 6 }) },
      { encoding: 'multipart' },
    );
    expect(created.status).toBe(200);
    expect(created.json).toEqual({
      character_id: charID,
      trigger_id: expect.any(String),
      trigger_name: 'alarm',
      trigger_message: 'The alarm rings',
      destination_section: null,
      node_position: { x: 5, y: 6 },
    });
    expect(triggerSchema.safeParse(created.json).success).toBe(true);
    const triggerId = created.json.trigger_id;

    const updated = await post('/character/narrative/update-trigger', {
      character_id: charID,
      trigger_id: triggerId,
      updated_data: { destination_section: exit, trigger_message: 'Everyone out!' },
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toEqual({ STATUS: 'Successful', message: 'Trigger updated successfully' });
    const read = await post<Trigger>('/character/narrative/get-trigger', { character_id: charID, trigger_id: triggerId });
    expect(read.json).toMatchObject({ trigger_name: 'alarm', trigger_message: 'Everyone out!', destination_section: exit });

    // "" unsets the destination (a form body cannot send null).
    await post(
      '/character/narrative/update-trigger',
      { character_id: charID, trigger_id: triggerId, updated_data: JSON.stringify({ destination_section: '' }) },
      { encoding: 'form' },
    );
    expect(
      (await post<Trigger>('/character/narrative/get-trigger', { character_id: charID, trigger_id: triggerId })).json.destination_section,
    ).toBeNull();

    const list = await post<Trigger[]>('/character/narrative/list-triggers', { character_id: charID });
    expect(list.status).toBe(200);
    expect(triggerListSchema.safeParse(list.json).success).toBe(true);
    expect(list.json.map((trigger) => trigger.trigger_name)).toEqual(['enter_gallery', 'alarm']);
    expect(list.json[0].destination_section).toBe(gallery);

    const deleted = await post('/character/narrative/delete-trigger', { character_id: charID, trigger_id: triggerId });
    expect(deleted.json).toEqual({ STATUS: 'Successful', message: 'Trigger deleted successfully' });
    expect((await post<Trigger[]>('/character/narrative/list-triggers', { character_id: charID })).json).toHaveLength(1);
    const gone = await post('/character/narrative/get-trigger', { character_id: charID, trigger_id: triggerId });
    expect(gone.status).toBe(400);
    expect(gone.json).toEqual({ ERROR: expect.stringContaining(triggerId) });
  });

  it('refuses a second trigger of the same name (in any case), naming it', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    await museum(post, charID);
    const duplicate = await post('/character/narrative/create-trigger', { character_id: charID, trigger_name: 'Enter_Gallery' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.json).toEqual({ ERROR: expect.stringContaining("'Enter_Gallery'") });

    const other = await post<Trigger>('/character/narrative/create-trigger', { character_id: charID, trigger_name: 'alarm' });
    const renamed = await post('/character/narrative/update-trigger', {
      character_id: charID,
      trigger_id: other.json.trigger_id,
      updated_data: { trigger_name: 'enter_gallery' },
    });
    expect(renamed.status).toBe(400);
    expect(renamed.json).toEqual({ ERROR: expect.stringContaining("'enter_gallery'") });
    // Its own name again is no duplicate.
    const same = await post('/character/narrative/update-trigger', {
      character_id: charID,
      trigger_id: other.json.trigger_id,
      updated_data: { trigger_name: 'alarm' },
    });
    expect(same.status).toBe(200);

    // Another character may use the name.
    const second = await createCharacter({ charName: 'Other' });
    expect((await post('/character/narrative/create-trigger', { character_id: second, trigger_name: 'enter_gallery' })).status).toBe(200);
  });

  it('refuses a destination that is not one of the character’s sections, naming it', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const { trigger } = await museum(post, charID);
    const otherCharacter = await createCharacter({ charName: 'Other' });
    const { gallery: othersGallery } = await museum(post, otherCharacter);

    const created = await post('/character/narrative/create-trigger', {
      character_id: charID,
      trigger_name: 'x',
      destination_section: othersGallery,
    });
    expect(created.status).toBe(400);
    expect(created.json).toEqual({ ERROR: expect.stringContaining(othersGallery) });
    const updated = await post('/character/narrative/update-trigger', {
      character_id: charID,
      trigger_id: trigger,
      updated_data: { destination_section: 'missing-section' },
    });
    expect(updated.status).toBe(400);
    expect(updated.json).toEqual({ ERROR: expect.stringContaining('missing-section') });
  });

  it('refuses a node position nested too deeply to write out, with a 400, not a 500', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const { trigger } = await museum(post, charID);
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    for (const [path, body] of [
      ['/character/narrative/create-section', { character_id: charID, section_name: 'Deep', objective: '', node_position: deep }],
      [
        '/character/narrative/update-trigger',
        { character_id: charID, trigger_id: trigger, updated_data: JSON.stringify({ node_position: 0 }).replace('0', deep) },
      ],
    ] as const) {
      const answer = await post(path, body, { encoding: 'form' });
      expect(answer.status, path).toBe(400);
      expect(answer.json, path).toEqual({ ERROR: expect.stringContaining('node_position') });
    }
  });
});

describe('narrative design: the character', () => {
  it('toggles is_narrative_driven, booleans as strings too', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const on = await post(
      '/character/toggle-is-narrative-driven',
      { character_id: charID, is_narrative_driven: 'True' },
      { encoding: 'form' },
    );
    expect(on.status).toBe(200);
    expect(on.json).toEqual({ STATUS: 'Successful' });
    expect((await post('/character/get', { charID })).json.is_narrative_driven).toBe(true);
    await post('/character/toggle-is-narrative-driven', { character_id: charID, is_narrative_driven: false });
    expect((await post('/character/get', { charID })).json.is_narrative_driven).toBe(false);
    // JSON numbers, as some engines send them.
    expect((await post('/character/toggle-is-narrative-driven', { character_id: charID, is_narrative_driven: 1 })).status).toBe(200);
    expect((await post('/character/get', { charID })).json.is_narrative_driven).toBe(true);
    expect((await post('/character/toggle-is-narrative-driven', { character_id: charID, is_narrative_driven: 2 })).status).toBe(400);
  });

  it('sets and unsets the start section through update, refusing one the character lacks', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const { gallery } = await museum(post, charID);
    expect((await post('/character/update', { charID, start_narrative_section_id: gallery, is_narrative_driven: 'true' })).json).toEqual({
      STATUS: 'SUCCESS',
    });
    const record = await post('/character/get', { charID });
    expect(record.json).toMatchObject({ start_narrative_section_id: gallery, is_narrative_driven: true });

    const unknown = await post('/character/update', { charID, start_narrative_section_id: 'elsewhere', charName: 'Renamed' });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toEqual({ ERROR: expect.stringContaining("'elsewhere'") });
    expect((await post('/character/get', { charID })).json.character_name).toBe('Raymond');

    await post('/character/update', { charID, start_narrative_section_id: '' }, { encoding: 'form' });
    expect((await post('/character/get', { charID })).json.start_narrative_section_id).toBeNull();
  });

  it("keeps users apart: another user's character is a 400 and nothing is touched", async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const { hall, trigger } = await museum(post, charID);
    const before = await post<Section[]>('/character/narrative/list-sections', { character_id: charID });

    const attempts: Array<[string, Record<string, unknown>]> = [
      ['/character/toggle-is-narrative-driven', { is_narrative_driven: true }],
      ['/character/narrative/create-section', { section_name: 'Intruder' }],
      ['/character/narrative/edit-section', { section_id: hall, updated_data: { section_name: 'Taken' } }],
      ['/character/narrative/get-section', { section_id: hall }],
      ['/character/narrative/list-sections', {}],
      ['/character/narrative/delete-section', { section_id: hall }],
      ['/character/narrative/create-trigger', { trigger_name: 'intrude' }],
      ['/character/narrative/update-trigger', { trigger_id: trigger, updated_data: { trigger_name: 'taken' } }],
      ['/character/narrative/get-trigger', { trigger_id: trigger }],
      ['/character/narrative/list-triggers', {}],
      ['/character/narrative/delete-trigger', { trigger_id: trigger }],
    ];
    for (const [path, body] of attempts) {
      const response = await post(path, { character_id: charID, ...body }, { key: KEY_B });
      expect(response.status, path).toBe(400);
      expect(response.json, path).toEqual({ ERROR: 'Could not fetch character details from all_characters table.' });
    }
    // B's own character cannot reach A's sections either.
    const own = await createCharacter({ charName: 'B' }, KEY_B);
    const reach = await post('/character/narrative/get-section', { character_id: own, section_id: hall }, { key: KEY_B });
    expect(reach.status).toBe(400);
    const pointing = await post(
      '/character/narrative/create-trigger',
      { character_id: own, trigger_name: 'steal', destination_section: hall },
      { key: KEY_B },
    );
    expect(pointing.status).toBe(400);

    expect((await post('/character/narrative/list-sections', { character_id: charID })).json).toEqual(before.json);
    expect((await post('/character/get', { charID })).json.is_narrative_driven).toBe(false);
    expect((await post<Trigger[]>('/character/narrative/list-triggers', { character_id: charID })).json.map((t) => t.trigger_name)).toEqual(
      ['enter_gallery'],
    );
  });

  it('answers a wrong key with 401 and a missing key with the contract body', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const wrong = await post('/character/narrative/list-sections', { character_id: charID }, { key: 'not-a-key' });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ ERROR: 'Invalid API key provided.' });
    const missing = await post('/character/narrative/list-triggers', { character_id: charID }, { key: null });
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({ ERROR: 'api_key not found.' });
  });

  it('answers with a trailing slash too', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const response = await post('/character/narrative/list-sections/', { character_id: charID });
    expect(response.status).toBe(200);
    expect(response.json).toEqual([]);
  });

  it('goes with its character: out of reach once it is deleted, and deleted with it for good when its time in the trash is up', async () => {
    const { post, createCharacter, db } = testApp();
    const charID = await createCharacter();
    await museum(post, charID);
    await post('/character/getResponse', { charID, sessionID: '-1', userText: 'Hello' });
    expect((await post('/character/delete', { charID })).status).toBe(200);
    expect((await post('/character/narrative/list-sections', { character_id: charID })).status).toBe(400);
    createCharacterStore(db).purgeTrash(new Date(Date.now() + 1_000).toISOString());
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get() as { count: number }).count;
    expect(count('narrative_sections')).toBe(0);
    expect(count('narrative_triggers')).toBe(0);
    expect(count('sessions')).toBe(0);
  });
});
