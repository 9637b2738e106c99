import { describe, expect, it } from 'vitest';
import { KEY_B, testApp } from '../testing/test-app';

type Summary = { number: number; source: string; name: string | null; changed: string[] };
type Snapshot = {
  backstory: string;
  character_name: string;
  docs: Array<{ file_name: string }>;
  narrative: { sections: Array<{ section_name: string }> };
};

function withHistory() {
  const helpers = testApp();
  const { app } = helpers;
  const versions = async (charID: string) => {
    const response = await app.request(`/dashboard/characters/${charID}/versions`);
    return { status: response.status, json: (await response.json()) as { versions: Summary[]; ERROR?: string } };
  };
  const version = async (charID: string, number: number) =>
    (await (await app.request(`/dashboard/characters/${charID}/versions/${number}`)).json()) as { version: Summary; snapshot: Snapshot };
  const dashboardPost = async (path: string, body: unknown = {}, headers: Record<string, string> = {}) => {
    const response = await app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  return { ...helpers, versions, version, dashboardPost };
}

describe('versions: every change of a character is recorded', () => {
  it('records create, each update (from where it came) and nothing for a save that changes nothing', async () => {
    const { post, createCharacter, versions, dashboardPost } = withHistory();
    const charID = await createCharacter({ charName: 'Greta', backstory: 'First.' });
    await post('/character/update', { charID, backstory: 'Second.' });
    await dashboardPost('/api/character/update', { charID, backstory: 'Third.' });
    await dashboardPost('/api/character/update', { charID, backstory: 'Fourth, generated.' }, { 'X-Change-Source': 'generator' });
    await post('/character/update', { charID, backstory: 'Fourth, generated.' });
    // A header sent straight to the Convai API does not make a call the dashboard's.
    await post('/character/update', { charID, charName: 'Greta Brandt' });
    const list = (await versions(charID)).json.versions;
    expect(list.map((version) => [version.number, version.source, version.changed])).toEqual([
      [5, 'api', ['character_name']],
      [4, 'generator', ['backstory']],
      [3, 'dashboard', ['backstory']],
      [2, 'api', ['backstory']],
      [1, 'create', expect.arrayContaining(['character_name', 'backstory', 'voice_type', 'docs', 'narrative'])],
    ]);
  });

  it('records changes of the narrative graph and the documents, but not a node moved on the graph', async () => {
    const { post, createCharacter, versions, uploadDocument } = withHistory();
    const charID = await createCharacter({ charName: 'Lena' });
    const section = await post('/character/narrative/create-section', { character_id: charID, section_name: 'Hall', objective: 'Greet.' });
    const section_id = String(section.json.section_id);
    await post('/character/narrative/edit-section', {
      character_id: charID,
      section_id,
      updated_data: { node_position: { x: 10, y: 20 } },
    });
    await post('/character/narrative/list-sections', { character_id: charID });
    const doc = await uploadDocument('guide.txt', 'Open daily.');
    await post('/character/update', { charID, docs: [{ id: doc.id, status: 'active' }] });
    await post('/character/knowledge-bank/delete', { document_id: doc.id });
    expect((await versions(charID)).json.versions.map((version) => version.changed)).toEqual([
      ['docs'],
      ['docs'],
      ['narrative'],
      expect.any(Array),
    ]);
  }, 60_000);

  it('gives a clone its own history, and links each session to the version it started with', async () => {
    const { post, createCharacter, versions } = withHistory();
    const charID = await createCharacter({ backstory: 'First.' });
    const clone = String((await post('/user/clone_character', { charID })).json.charID);
    expect((await versions(clone)).json.versions.map((version) => version.source)).toEqual(['clone']);
    await post('/character/update', { charID, backstory: 'Second.' });
    await post('/character/getResponse', { charID, sessionID: '-1', userText: 'Hello' });
    const sessions = (await post<Array<{ character_version?: number }>>('/character/chatHistory/list', { charID })).json;
    expect(sessions[0]?.character_version).toBe(2);
  });
});

describe('versions: two tabs saving the same character', () => {
  it('refuses a dashboard save over a version its page did not show, and takes one that did', async () => {
    const { createCharacter, dashboardPost, versions } = withHistory();
    const charID = await createCharacter({ backstory: 'First.' });
    // Both tabs opened version 1; the first saves, then the second tries.
    expect((await dashboardPost('/api/character/update', { charID, backstory: 'Tab one.' }, { 'X-Base-Version': '1' })).status).toBe(200);
    const second = await dashboardPost('/api/character/update', { charID, backstory: 'Tab two.' }, { 'X-Base-Version': '1' });
    expect(second).toEqual({
      status: 409,
      json: {
        ERROR: expect.stringMatching(
          /^This character was changed since this page opened it \(it showed version 1; it is now at version 2\)/,
        ),
      },
    });
    expect((await versions(charID)).json.versions.map((version) => version.number)).toEqual([2, 1]);
    // Seen the change, it saves.
    expect((await dashboardPost('/api/character/update', { charID, backstory: 'Tab two.' }, { 'X-Base-Version': '2' })).status).toBe(200);
    // A client that says nothing of versions saves as before.
    expect((await dashboardPost('/api/character/update', { charID, backstory: 'No version said.' })).status).toBe(200);
  });
});

describe('versions: restore and names', () => {
  it('restores a version as a new one: fields, documents and graph as they were', async () => {
    const { post, createCharacter, versions, version, dashboardPost, uploadDocument } = withHistory();
    const charID = await createCharacter({ charName: 'Greta', backstory: 'The first backstory.' });
    const doc = await uploadDocument('bell.txt', 'The bell was cast in 1742.');
    await post('/character/update', { charID, docs: [{ id: doc.id, status: 'active' }] });
    const hall = String(
      (await post('/character/narrative/create-section', { character_id: charID, section_name: 'Hall', objective: 'Greet.' })).json
        .section_id,
    );
    // Version 3 has the document and the hall; then everything changes.
    await post('/character/update', {
      charID,
      charName: 'Renamed',
      backstory: 'A later backstory.',
      docs: [{ id: doc.id, status: 'inactive' }],
    });
    await post('/character/narrative/delete-section', { character_id: charID, section_id: hall });
    await post('/character/narrative/create-section', { character_id: charID, section_name: 'Cellar', objective: 'Hide.' });

    const restored = await dashboardPost(`/dashboard/characters/${charID}/versions/3/restore`);
    expect(restored.status).toBe(200);
    expect(restored.json).toMatchObject({ version: { number: 7, source: 'restore' }, not_restored: [] });
    const record = (await post<{ character_name: string; backstory: string }>('/character/get', { charID })).json;
    expect([record.character_name, record.backstory]).toEqual(['Greta', 'The first backstory.']);
    const sections = (
      await post<Array<{ section_id: string; section_name: string }>>('/character/narrative/list-sections', { character_id: charID })
    ).json;
    expect(sections.map((section) => [section.section_id, section.section_name])).toEqual([[hall, 'Hall']]);
    const docs = (await post<{ docs: Array<{ id: string; status: string }> }>('/character/knowledge-bank/list', { character_id: charID }))
      .json.docs;
    expect(docs).toMatchObject([{ id: doc.id, status: 'active' }]);
    // History is never rewritten: all seven versions are there, and the newest is the third again.
    expect((await versions(charID)).json.versions).toHaveLength(7);
    expect((await version(charID, 7)).snapshot).toEqual((await version(charID, 3)).snapshot);
  }, 60_000);

  it('says what it could not bring back: a document deleted since', async () => {
    const { post, createCharacter, dashboardPost, uploadDocument } = withHistory();
    const charID = await createCharacter();
    const doc = await uploadDocument('gone.txt', 'Soon gone.');
    await post('/character/update', { charID, docs: [{ id: doc.id, status: 'active' }] });
    await post('/character/knowledge-bank/delete', { document_id: doc.id });
    const restored = await dashboardPost(`/dashboard/characters/${charID}/versions/2/restore`);
    expect(restored.status).toBe(200);
    expect(restored.json.not_restored).toEqual(["the document 'gone.txt', deleted since"]);
  }, 60_000);

  it('names a version, and takes the name away', async () => {
    const { createCharacter, versions, dashboardPost } = withHistory();
    const charID = await createCharacter();
    expect(
      (await dashboardPost(`/dashboard/characters/${charID}/versions/1/name`, { name: '  shipped in build 0.4 ' })).json,
    ).toMatchObject({
      version: { number: 1, name: 'shipped in build 0.4' },
    });
    expect((await versions(charID)).json.versions[0]?.name).toBe('shipped in build 0.4');
    await dashboardPost(`/dashboard/characters/${charID}/versions/1/name`, { name: '' });
    expect((await versions(charID)).json.versions[0]?.name).toBeNull();
    const long = await dashboardPost(`/dashboard/characters/${charID}/versions/1/name`, { name: 'x'.repeat(101) });
    expect(long).toMatchObject({ status: 400, json: { ERROR: 'A version name is at most 100 characters.' } });
  });

  it('refuses another user’s character and an unknown version, in the error shape', async () => {
    const { createCharacter, versions, dashboardPost } = withHistory();
    const theirs = await createCharacter({}, KEY_B);
    expect(await versions(theirs)).toMatchObject({ status: 400, json: { ERROR: 'No such character of yours.' } });
    const mine = await createCharacter();
    expect(await dashboardPost(`/dashboard/characters/${mine}/versions/9/restore`)).toMatchObject({
      status: 400,
      json: { ERROR: 'This character has no version 9.' },
    });
  });
});
