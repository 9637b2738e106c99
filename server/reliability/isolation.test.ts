import type { Character } from '../../contract/schemas/characters';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { KEY_A, KEY_B, testApp } from '../testing/test-app';

/**
 * Two users; every endpoint tried by one on the other's characters and sessions. Nothing is read,
 * changed, cloned, deleted or listed across users, except `get` on a character listed as public.
 */
describe('isolation between users', () => {
  it('lets no call of one user touch what belongs to the other', async () => {
    const { db } = openDatabase(':memory:');
    // A is also the dashboard's user (/api acts as A): B's things must be out of its reach too.
    const app = createApp({ db, localApiKeys: [KEY_A, KEY_B], distDir: null });
    const { post, uploadDocument, createCharacter } = testApp({ db, app });
    const create = async (key: string, name: string) =>
      (await post('/character/create', { charName: name, voiceType: 'MALE', backstory: `${name}'s story.` }, { key })).json
        .charID as string;

    const secret = await create(KEY_B, 'Secret of B');
    const shown = await create(KEY_B, 'Public of B');
    db.prepare("UPDATE characters SET listing = 'public' WHERE id = ?").run(shown);
    const talk = await post('/character/getResponse', { userText: 'hello there', charID: secret, sessionID: '-1' }, { key: KEY_B });
    const bSession = talk.json.sessionID as string;
    // B's narrative graphs, one on each character.
    const graph = new Map<string, { section: string; trigger: string }>();
    for (const charID of [secret, shown]) {
      const section = (
        await post(
          '/character/narrative/create-section',
          { character_id: charID, section_name: 'Hall', objective: 'Greet.' },
          { key: KEY_B },
        )
      ).json.section_id as string;
      const trigger = (
        await post(
          '/character/narrative/create-trigger',
          { character_id: charID, trigger_name: 'enter', destination_section: section },
          { key: KEY_B },
        )
      ).json.trigger_id as string;
      graph.set(charID, { section, trigger });
    }
    // B's knowledge-bank document, connected to the private character; A has a character of its own.
    const document = await uploadDocument('vault.txt', 'The vault code is 4471.', KEY_B);
    await post('/character/update', { charID: secret, docs: [{ id: document.id, status: 'active' }] }, { key: KEY_B });
    const own = await createCharacter({ charName: 'Own of A' });
    // When someone last talked to the public character may change (talking to it is allowed).
    const withoutLastTalk = <T extends { last_interacted_with?: unknown }>(record: T) => ({ ...record, last_interacted_with: 'any' });
    const snapshot = async () => ({
      secret: (await post('/character/get', { charID: secret }, { key: KEY_B })).json,
      shown: withoutLastTalk((await post('/character/get', { charID: shown }, { key: KEY_B })).json),
      list: (await post<{ characters: Character[] }>('/character/list', {}, { key: KEY_B })).json.characters.map(withoutLastTalk),
      sessions: (await post('/character/chatHistory/list', { charID: secret, limit: '-1' }, { key: KEY_B })).json,
      transcript: (await post('/character/chatHistory/details', { charID: secret, sessionID: bSession }, { key: KEY_B })).json,
      documents: (await post('/character/knowledge-bank/list', { character_id: secret }, { key: KEY_B })).json,
      passages: (await post('/character/knowledge-bank/passages', { document_id: document.id }, { key: KEY_B })).json,
      narrative: await Promise.all(
        [secret, shown].flatMap((character_id) => [
          post('/character/narrative/list-sections', { character_id }, { key: KEY_B }).then((response) => response.json),
          post('/character/narrative/list-triggers', { character_id }, { key: KEY_B }).then((response) => response.json),
        ]),
      ),
    });
    const before = await snapshot();

    // Every call A (or the dashboard, which is A) can make against B's things.
    const attempts: Array<{ call: string; path: string; body: Record<string, unknown>; allowed?: boolean }> = [];
    for (const prefix of ['', '/api']) {
      for (const charID of [secret, shown]) {
        const isPublic = charID === shown;
        attempts.push(
          { call: 'get', path: `${prefix}/character/get`, body: { charID }, allowed: isPublic },
          {
            call: 'get by name',
            path: `${prefix}/character/get`,
            body: { charName: isPublic ? 'Public of B' : 'Secret of B' },
            allowed: isPublic,
          },
          { call: 'update', path: `${prefix}/character/update`, body: { charID, charName: 'Taken', backstory: 'Overwritten' } },
          { call: 'clone', path: `${prefix}/user/clone_character`, body: { charID, KB: 'True' } },
          { call: 'delete', path: `${prefix}/character/delete`, body: { charID } },
          { call: 'sessions', path: `${prefix}/character/chatHistory/list`, body: { charID, limit: '-1' } },
          { call: 'transcript', path: `${prefix}/character/chatHistory/details`, body: { charID, sessionID: bSession } },
        );
        // The narrative graph is its owner's alone, public character or not.
        const { section: section_id, trigger: trigger_id } = graph.get(charID)!;
        const narrative = `${prefix}/character/narrative`;
        attempts.push(
          {
            call: 'narrative toggle',
            path: `${prefix}/character/toggle-is-narrative-driven`,
            body: { character_id: charID, is_narrative_driven: true },
          },
          { call: 'create section', path: `${narrative}/create-section`, body: { character_id: charID, section_name: 'Taken' } },
          {
            call: 'edit section',
            path: `${narrative}/edit-section`,
            body: { character_id: charID, section_id, updated_data: { section_name: 'Taken' } },
          },
          { call: 'get section', path: `${narrative}/get-section`, body: { character_id: charID, section_id } },
          { call: 'list sections', path: `${narrative}/list-sections`, body: { character_id: charID } },
          { call: 'delete section', path: `${narrative}/delete-section`, body: { character_id: charID, section_id } },
          { call: 'create trigger', path: `${narrative}/create-trigger`, body: { character_id: charID, trigger_name: 'taken' } },
          {
            call: 'update trigger',
            path: `${narrative}/update-trigger`,
            body: { character_id: charID, trigger_id, updated_data: { trigger_name: 'taken' } },
          },
          { call: 'get trigger', path: `${narrative}/get-trigger`, body: { character_id: charID, trigger_id } },
          { call: 'list triggers', path: `${narrative}/list-triggers`, body: { character_id: charID } },
          { call: 'delete trigger', path: `${narrative}/delete-trigger`, body: { character_id: charID, trigger_id } },
        );
      }
      const bank = `${prefix}/character/knowledge-bank`;
      attempts.push(
        // B's documents are B's alone: not listed against B's characters, read, replaced, deleted or connected.
        { call: 'list documents (private character)', path: `${bank}/list`, body: { character_id: secret } },
        { call: 'list documents (public character)', path: `${bank}/list`, body: { character_id: shown } },
        { call: 'read document', path: `${bank}/passages`, body: { document_id: document.id } },
        { call: 'replace document', path: `${bank}/update`, body: { document_id: document.id, file: 'Overwritten.' } },
        { call: 'delete document', path: `${bank}/delete`, body: { document_id: document.id } },
        {
          call: 'connect document',
          path: `${prefix}/character/update`,
          body: { charID: own, docs: [{ id: document.id, status: 'active' }] },
        },
        // Talking to B's private character is refused; to the public one allowed, but never into B's session.
        {
          call: 'talk (private)',
          path: `${prefix}/character/getResponse`,
          body: { charID: secret, sessionID: bSession, userText: 'let me in' },
        },
        {
          call: "talk (public, into B's session)",
          path: `${prefix}/character/getResponse`,
          body: { charID: shown, sessionID: bSession, userText: 'let me in' },
          allowed: true,
        },
      );
    }

    const crossed: string[] = [];
    for (const attempt of attempts) {
      const response = await post(attempt.path, attempt.body, { key: attempt.path.startsWith('/api') ? null : KEY_A });
      const succeeded = response.status >= 200 && response.status < 300;
      if (succeeded !== Boolean(attempt.allowed))
        crossed.push(`${attempt.path} ${attempt.call}: ${response.status} ${response.text.slice(0, 120)}`);
      if (attempt.call.startsWith('talk (public') && succeeded) expect(response.json.sessionID).not.toBe(bSession);
      if (attempt.call === 'get' && succeeded) expect(response.json.character_id).toBe(shown);
    }
    // A's own lists show none of B's characters or documents.
    for (const prefix of ['', '/api']) {
      const documents = await post<{ docs: unknown[] }>(`${prefix}/character/knowledge-bank/list`, {}, { key: prefix ? null : KEY_A });
      expect(documents.json.docs).toEqual([]);
    }
    for (const prefix of ['', '/api']) {
      const list = await post<{ characters: Character[] }>(`${prefix}/character/list`, {}, { key: prefix ? null : KEY_A });
      expect(list.json.characters.map((character) => character.character_id)).not.toContain(secret);
      expect(list.json.characters.map((character) => character.character_id)).not.toContain(shown);
    }

    console.log(
      `isolation: ${attempts.length} cross-user attempts over ${new Set(attempts.map((attempt) => attempt.call)).size} kinds of call, direct and through /api; ${crossed.length} crossed`,
    );
    expect(crossed).toEqual([]);
    // B's things are exactly as they were (the public character's sessions aside: A may talk to it).
    expect(await snapshot()).toEqual(before);
    // B's document is read in a worker thread, which takes a moment to start on a busy machine.
  }, 60_000);
});
