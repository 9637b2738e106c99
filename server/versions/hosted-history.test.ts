import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase, type Db } from '../db/connection';
import { listen } from '../testing/listen';

/** This project's own server plays Convai's hosted service: two accounts. */
const HOSTED_KEY = 'hosted-service-key-history-1';
const OTHER_KEY = 'hosted-service-key-history-2';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

type Summary = { number: number; source: string; changed: string[]; restored_from: number | null };
type Answer = { status: number; json: Record<string, unknown> };

async function answerOf(response: Response): Promise<Answer> {
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function arrangement() {
  const hostedApp = createApp({ db: openDatabase(':memory:').db, localApiKeys: [HOSTED_KEY, OTHER_KEY], distDir: null });
  const hosted = await listen(hostedApp.fetch);
  closers.push(hosted.close);
  /** A call straight to the service, as a game or Convai's own site would make it. */
  const direct = async (path: string, body: Record<string, unknown>, key = HOSTED_KEY) =>
    answerOf(await hostedApp.request(path, { method: 'POST', headers: { 'CONVAI-API-KEY': key }, body: JSON.stringify(body) }));

  /** The dashboard's server in front of it (BACKEND=convai), on its own database. */
  const front = (apiKey = HOSTED_KEY, db: Db = openDatabase(':memory:').db) => {
    let upstreamCalls = 0;
    const app = createApp({
      db,
      localApiKeys: ['unused-local-key-1'],
      distDir: null,
      backend: { kind: 'convai', url: hosted.url, apiKey, timeoutMs: 5_000 },
      upstreamFetch: (input, init) => {
        upstreamCalls += 1;
        return fetch(input, init);
      },
    });
    const api = async (path: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      answerOf(
        await app.request(`/api${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify(body),
        }),
      );
    const dashboard = async (path: string, method: 'GET' | 'POST' = 'GET') => answerOf(await app.request(`/dashboard${path}`, { method }));
    const versions = async (charID: string) => {
      const answer = await dashboard(`/characters/${charID}/versions`);
      return { ...answer, list: (answer.json.versions ?? []) as Summary[] };
    };
    return { app, api, dashboard, versions, upstreamCalls: () => upstreamCalls };
  };
  return { direct, front };
}

describe('history in front of Convai: the dashboard server keeps the versions of what it changes there', () => {
  it('records create and each save, a change made outside the dashboard, and restores a version on the service', async () => {
    const { direct, front } = await arrangement();
    const studio = front();
    const { charID } = (await studio.api('/character/create', { charName: 'Odile', voiceType: 'FEMALE', backstory: 'First.' })).json as {
      charID: string;
    };
    await studio.api('/character/update', { charID, backstory: 'Second.' });
    await studio.api('/character/update', { charID, backstory: 'Third, generated.' }, { 'X-Change-Source': 'generator' });
    // Made on the service directly: History records it as found when it next looks.
    await direct('/character/update', { charID, backstory: 'Fourth, from a game tool.' });

    const { list } = await studio.versions(charID);
    expect(list.map((version) => [version.number, version.source])).toEqual([
      [4, 'found'],
      [3, 'generator'],
      [2, 'dashboard'],
      [1, 'create'],
    ]);
    expect(list[0]?.changed).toEqual(['backstory']);
    // Nothing new: opening History again records nothing.
    expect((await studio.versions(charID)).list).toHaveLength(4);

    const restored = await studio.dashboard(`/characters/${charID}/versions/2/restore`, 'POST');
    expect(restored).toMatchObject({
      status: 200,
      json: { version: { number: 5, source: 'restore', restored_from: 2 }, not_restored: [] },
    });
    expect((await direct('/character/get', { charID })).json.backstory).toBe('Second.');
  });

  it('records the narrative graph and brings it back, with the sections the service made again under new ids', async () => {
    const { direct, front } = await arrangement();
    const studio = front();
    const { charID } = (await studio.api('/character/create', { charName: 'Iris', voiceType: 'FEMALE', backstory: 'A guide.' })).json as {
      charID: string;
    };
    const hall = String(
      (await studio.api('/character/narrative/create-section', { character_id: charID, section_name: 'Hall', objective: 'Greet.' })).json
        .section_id,
    );
    const gallery = String(
      (await studio.api('/character/narrative/create-section', { character_id: charID, section_name: 'Gallery', objective: 'Show.' })).json
        .section_id,
    );
    await studio.api('/character/narrative/edit-section', {
      character_id: charID,
      section_id: hall,
      updated_data: { decisions: [{ criteria: 'The visitor asks about paintings', next_section_id: gallery }] },
    });
    await studio.api('/character/narrative/create-trigger', { character_id: charID, trigger_name: 'Bell', destination_section: gallery });
    const before = (await studio.versions(charID)).list[0];
    expect(before?.changed).toEqual(['narrative']);

    // Moving a section on the graph is not a change of the character: no version, and no reading back.
    const calls = studio.upstreamCalls();
    await studio.api('/character/narrative/edit-section', {
      character_id: charID,
      section_id: hall,
      updated_data: { node_position: { x: 5, y: 9 } },
    });
    expect(studio.upstreamCalls() - calls).toBe(1);

    // The gallery is deleted, then brought back by restoring the version that had it.
    await studio.api('/character/narrative/delete-section', { character_id: charID, section_id: gallery });
    const restored = await studio.dashboard(`/characters/${charID}/versions/${before?.number}/restore`, 'POST');
    expect(restored.status).toBe(200);
    const sections = (await direct('/character/narrative/list-sections', { character_id: charID })).json as unknown as Array<{
      section_id: string;
      section_name: string;
      decisions: Array<{ next_section_id: string }>;
    }>;
    const newGallery = sections.find((section) => section.section_name === 'Gallery');
    expect(newGallery?.section_id).not.toBe(gallery);
    expect(sections.find((section) => section.section_name === 'Hall')?.decisions).toEqual([
      expect.objectContaining({ next_section_id: newGallery?.section_id }),
    ]);
    const triggers = (await direct('/character/narrative/list-triggers', { character_id: charID })).json as unknown as Array<{
      trigger_name: string;
      destination_section: string | null;
    }>;
    expect(triggers).toEqual([expect.objectContaining({ trigger_name: 'Bell', destination_section: newGallery?.section_id })]);
  });

  it('refuses a save over a version newer than the page showed, and saves nothing', async () => {
    const { direct, front } = await arrangement();
    const studio = front();
    const { charID } = (await studio.api('/character/create', { charName: 'Greta', voiceType: 'FEMALE', backstory: 'First.' })).json as {
      charID: string;
    };
    expect((await studio.versions(charID)).list[0]?.number).toBe(1);
    expect((await studio.api('/character/update', { charID, backstory: 'Tab one.' }, { 'X-Base-Version': '1' })).status).toBe(200);
    const second = await studio.api('/character/update', { charID, backstory: 'Tab two.' }, { 'X-Base-Version': '1' });
    expect(second).toEqual({
      status: 409,
      json: {
        ERROR:
          'This character was changed since this page opened it (it showed version 1; it is now at version 2). Nothing was saved: compare the two versions in History, then save again.',
      },
    });
    // A change made on the service since is caught the same way.
    await direct('/character/update', { charID, backstory: 'From a game tool.' });
    expect((await studio.api('/character/update', { charID, backstory: 'Tab one again.' }, { 'X-Base-Version': '2' })).status).toBe(409);
    expect((await direct('/character/get', { charID })).json.backstory).toBe('From a game tool.');
  });

  it('starts the history of a character made elsewhere from what the service had when History first opened', async () => {
    const { direct, front } = await arrangement();
    const { charID } = (await direct('/character/create', { charName: 'Pavel', voiceType: 'MALE', backstory: 'A ferryman.' })).json as {
      charID: string;
    };
    const studio = front();
    const { list } = await studio.versions(charID);
    expect(list).toEqual([expect.objectContaining({ number: 1, source: 'found' })]);
    const snapshot = (await studio.dashboard(`/characters/${charID}/versions/1`)).json.snapshot as Record<string, unknown>;
    expect(snapshot).toMatchObject({ character_name: 'Pavel', voice_type: 'MALE', backstory: 'A ferryman.', docs: [] });
    // A character the service does not know: its refusal, in the error shape.
    expect(await studio.versions('no-such-character')).toMatchObject({ status: 400, json: { ERROR: expect.any(String) } });
  });

  it('keeps a deleted character in its trash and makes it again, under a new id, with its history', async () => {
    const { direct, front } = await arrangement();
    const studio = front();
    const { charID } = (await studio.api('/character/create', { charName: 'Mara', voiceType: 'FEMALE', backstory: 'First.' })).json as {
      charID: string;
    };
    await studio.api('/character/update', { charID, backstory: 'Second.', languageCodes: ['en-US', 'fr-FR'] });
    expect((await studio.api('/character/delete', { charID })).status).toBe(200);
    expect((await direct('/character/get', { charID })).status).toBe(400);

    const trash = await studio.dashboard('/trash');
    expect(trash.json).toMatchObject({
      same_id: false,
      days: 30,
      characters: [expect.objectContaining({ character_id: charID, character_name: 'Mara' })],
    });
    const restored = await studio.dashboard(`/trash/${charID}/restore`, 'POST');
    expect(restored).toMatchObject({ status: 200, json: { same_id: false } });
    const newId = String(restored.json.charID);
    expect(newId).not.toBe(charID);
    expect((await direct('/character/get', { charID: newId })).json).toMatchObject({
      backstory: 'Second.',
      language_codes: ['en-US', 'fr-FR'],
    });
    // Its history came with it; made again as its last version was, it adds no version of its own.
    const { list } = await studio.versions(newId);
    expect(list.map((version) => version.source)).toEqual(['dashboard', 'create']);
    expect((await studio.dashboard('/trash')).json.characters).toEqual([]);
    expect(await studio.dashboard(`/trash/${charID}/restore`, 'POST')).toMatchObject({
      status: 400,
      json: { ERROR: expect.stringMatching(/^No character of yours in the trash/) },
    });
  });

  it("keeps one account's history and trash from another's", async () => {
    const { front } = await arrangement();
    const db = openDatabase(':memory:').db;
    const mine = front(HOSTED_KEY, db);
    const { charID } = (await mine.api('/character/create', { charName: 'Nell', voiceType: 'FEMALE', backstory: 'Mine.' })).json as {
      charID: string;
    };
    await mine.api('/character/delete', { charID });
    // The same dashboard database, now in front of another account.
    const theirs = front(OTHER_KEY, db);
    expect((await theirs.dashboard('/trash')).json.characters).toEqual([]);
    expect((await theirs.dashboard(`/trash/${charID}/restore`, 'POST')).status).toBe(400);
    expect((await theirs.dashboard(`/characters/${charID}/versions/1`)).status).toBe(400);
  });

  it('passes a change through when the service cannot be read back, and says why History has nothing', async () => {
    const studio = createApp({
      db: openDatabase(':memory:').db,
      localApiKeys: ['unused-local-key-1'],
      distDir: null,
      backend: { kind: 'convai', url: 'http://127.0.0.1:9', apiKey: 'hosted-key-123', timeoutMs: 1_000 },
    });
    const answer = await answerOf(await studio.request('/dashboard/characters/some-id/versions'));
    expect(answer).toEqual({
      status: 502,
      json: { ERROR: expect.stringMatching(/^Could not reach the Convai service at 127\.0\.0\.1:9/) },
    });
    expect(await answerOf(await studio.request('/dashboard/trash'))).toEqual({
      status: 200,
      json: { days: 30, same_id: false, characters: [] },
    });
  });
});
