import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Character } from '../../contract/schemas/characters';
import type { Section, Trigger } from '../../contract/schemas/narrative';
import { describe, expect, it } from 'vitest';
import { KEY_A, testApp } from '../testing/test-app';
import { DATABASE_FILE, openDatabase } from './connection';
import { migrations } from './migrations';
import { loadDemoData, seedDemoData } from './seed';
import { registerUsers } from './users';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'convai-db-'));

describe('the database', () => {
  it('keeps characters and keys across a restart', async () => {
    const dir = tempDir();
    const first = openDatabase(dir);
    expect(first.created).toBe(true);
    const before = testApp({ db: first.db });
    const id = await before.createCharacter({ charName: 'Persistent', backstory: 'Survives restarts.' });
    await before.post('/character/update', { charID: id, languageCodes: ['fi-FI'] });
    const record = (await before.post('/character/get', { charID: id })).json;
    first.db.close();

    const second = openDatabase(dir);
    expect(second.created).toBe(false);
    const after = testApp({ db: second.db });
    expect((await after.post('/character/get', { charID: id })).json).toEqual(record);
    second.db.close();
  });

  it('runs in WAL mode and records the schema version', () => {
    const dir = tempDir();
    const { db } = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
    db.close();
  });

  it('refuses a database from a newer version of the server', () => {
    const dir = tempDir();
    const { db } = openDatabase(dir);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openDatabase(dir)).toThrow(/newer than this server knows/);
  });

  it('seeds demo characters with distinct names and multi-paragraph backstories', async () => {
    const { db } = openDatabase(':memory:');
    const app = testApp({ db });
    const count = seedDemoData(db, registerUsers(db, [KEY_A]).get(KEY_A)!.id, await loadDemoData());
    expect(count).toBeGreaterThanOrEqual(12);
    const list = (await app.post<{ characters: Character[] }>('/character/list', {}, { key: KEY_A })).json.characters;
    expect(new Set(list.map((c) => c.character_name)).size).toBe(count);
    for (const character of list) {
      const record = (await app.post<Character>('/character/get', { charID: character.character_id })).json;
      expect(record.backstory?.split('\n\n').length, record.character_name).toBeGreaterThanOrEqual(3);
    }
  });

  it('seeds a demo narrative: sections joined by decisions, triggers, the start section set', async () => {
    const { db } = openDatabase(':memory:');
    const app = testApp({ db });
    seedDemoData(db, registerUsers(db, [KEY_A]).get(KEY_A)!.id, await loadDemoData());
    const lena = (await app.post<Character>('/character/get', { charName: 'Lena Whitcombe' }, { key: KEY_A })).json;
    const body = { character_id: lena.character_id };
    const sections = (await app.post<Section[]>('/character/narrative/list-sections', body, { key: KEY_A })).json;
    const triggers = (await app.post<Trigger[]>('/character/narrative/list-triggers', body, { key: KEY_A })).json;
    expect(sections.map((section) => section.section_name)).toEqual([
      'Welcome',
      'The Medieval Gallery',
      'The Maritime Room',
      'The Deep Time Hall',
      'Closing time',
    ]);
    expect(sections[0].decisions).toEqual([
      { criteria: 'The player agrees to the tour', next_section_id: sections[1].section_id },
      { criteria: 'The player asks to see the Kelderstone Slab', next_section_id: sections[3].section_id },
    ]);
    expect(triggers.map((trigger) => [trigger.trigger_name, trigger.destination_section])).toEqual([
      ['visitor_arrives', sections[0].section_id],
      ['entered_deep_time_hall', sections[3].section_id],
      ['closing_bell', sections[4].section_id],
    ]);
    expect(lena.start_narrative_section_id).toBe(sections[0].section_id);
    expect(lena.is_narrative_driven).toBe(true);
  });

  it('seeds demo documents, connected to their characters, and demo replies that cite them', async () => {
    const { db } = openDatabase(':memory:');
    const app = testApp({ db });
    seedDemoData(db, registerUsers(db, [KEY_A]).get(KEY_A)!.id, await loadDemoData());
    const osric = (await app.post<Character>('/character/get', { charName: 'Osric Tallow' }, { key: KEY_A })).json;
    const documents = (
      await app.post<{ docs: Array<{ file_name: string; status: string; is_available: boolean }> }>('/character/knowledge-bank/list', {
        character_id: osric.character_id,
      })
    ).json.docs;
    expect(documents.filter((doc) => doc.status === 'active').map((doc) => doc.file_name)).toEqual([
      'House menu and rates.txt',
      'Notice board this week.txt',
    ]);
    expect(documents.every((doc) => doc.is_available)).toBe(true);

    // "evening. an ale please" is answered from the menu ("Brown ale… Two coppers"): the transcript says so.
    const sessions = (
      await app.post<Array<{ sessionID: string }>>('/character/chatHistory/list', { charID: osric.character_id, limit: '-1' })
    ).json;
    const exchanges = (
      await Promise.all(
        sessions.map(
          async ({ sessionID }) =>
            (
              await app.post<Array<{ interaction: Array<{ message: string }>; sources?: Array<{ file_name: string }> }>>(
                '/character/chatHistory/details',
                { charID: osric.character_id, sessionID },
              )
            ).json,
        ),
      )
    ).flat();
    const ale = exchanges.find((exchange) => exchange.interaction[0]?.message === 'evening. an ale please');
    expect(ale?.sources?.map((source) => source.file_name)).toEqual(['House menu and rates.txt']);
    // Most exchanges drew on no document.
    expect(exchanges.filter((exchange) => exchange.sources).length).toBeLessThan(exchanges.length / 4);
  });
});
