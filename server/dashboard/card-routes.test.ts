import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { CharacterSnapshot } from '../../contract/schemas/versions';
import { createApp } from '../app';
import { cardToCharacter, characterToCard } from '../cards/map-card';
import { placeholderPng } from '../cards/png-chunks';
import { readCard } from '../cards/read-card';
import { fixtureBytes, fixtureJson } from '../cards/test-support';
import { writeCard } from '../cards/write-card';
import { createCharacterStore } from '../db/characters';
import { openDatabase } from '../db/connection';
import { KEY_B, testApp, type JsonObject } from '../testing/test-app';

const folders: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

type FileResult = { file_name: string; ok: boolean; error?: string; charID?: string | null; name?: string; action?: string } & JsonObject;

/** An app on its own in-memory database, its pictures and documents in temporary folders; and helpers to send cards. */
function cardsApp(options: { hosted?: boolean } = {}) {
  const db = openDatabase(':memory:').db;
  const pictureDir = tempDir('card-pictures-');
  const app = createApp({
    db,
    localApiKeys: ['test-key-user-a', KEY_B],
    distDir: null,
    pictureDir,
    knowledgeDir: tempDir('card-knowledge-'),
    ...(options.hosted ? { backend: { kind: 'convai', url: 'http://127.0.0.1:9', apiKey: 'k-123456789', timeoutMs: 2_000 } as const } : {}),
  });
  const helpers = testApp({ db, app });

  const sendCards = async (route: 'preview' | 'import', files: File[], choices?: unknown) => {
    const form = new FormData();
    for (const file of files) form.append('file', file, file.name);
    if (choices !== undefined) form.append('choices', typeof choices === 'string' ? choices : JSON.stringify(choices));
    const response = await app.request(`/dashboard/cards/${route}`, { method: 'POST', body: form });
    const json = (await response.json()) as { files: FileResult[]; ERROR?: string };
    return { status: response.status, json };
  };

  const exportCards = async (body: unknown) => {
    const response = await app.request('/dashboard/cards/export', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  const character = async (charID: string, key?: string) => (await helpers.post('/character/get', { charID }, { key })).json;
  const listNames = async () =>
    ((await helpers.post('/character/list', {})).json.characters as Array<{ character_name: string }>).map((row) => row.character_name);
  const versions = async (charID: string) =>
    (
      (await (await app.request(`/dashboard/characters/${charID}/versions`)).json()) as {
        versions: Array<{ number: number; source: string }>;
      }
    ).versions;
  const snapshotOf = async (charID: string) => {
    const [latest] = await versions(charID);
    const answer = (await (await app.request(`/dashboard/characters/${charID}/versions/${latest?.number}`)).json()) as {
      snapshot: CharacterSnapshot;
    };
    return answer.snapshot;
  };
  return { ...helpers, app, db, pictureDir, sendCards, exportCards, character, listNames, versions, snapshotOf };
}

const greta = fixtureJson('character.json') as CharacterSnapshot;

/** Three cards of three kinds: a V2 JSON with a lorebook, a V3 PNG exported from a Convai character (settings and narrative), a CHARX with a picture. */
function threeCards() {
  const jsonV2 = new File([fixtureBytes('v2-lorebook.json') as BlobPart], 'ilse.json');
  const gretaCard = characterToCard(greta).card;
  const pngV3 = new File([writeCard(gretaCard, 'png').bytes as BlobPart], 'greta.png');
  const mirela = characterToCard({
    ...greta,
    character_name: 'Mirela',
    backstory: 'A ferry pilot.',
    narrative: { sections: [], triggers: [] },
  });
  const charx = new File(
    [writeCard(mirela.card, 'charx', { image: { bytes: placeholderPng('Mirela'), mime: 'image/png' } }).bytes as BlobPart],
    'mirela.charx',
  );
  return { jsonV2, pngV3, charx };
}

/** Card JSON of a plain V2 card with this name. */
const plainCard = (name: string, description = 'Someone.') =>
  new File(
    [
      JSON.stringify({
        spec: 'chara_card_v2',
        spec_version: '2.0',
        data: { name, description, personality: '', scenario: '', first_mes: 'Hi.', mes_example: '' },
      }),
    ],
    `${name.replace(/[^a-z]/gi, '') || 'card'}.json`,
  );

describe('character cards: preview', () => {
  it('reports each file, a broken one beside good ones, and saves nothing', async () => {
    const { sendCards, listNames, post, createCharacter } = cardsApp();
    const before = await listNames();
    const { jsonV2, pngV3, charx } = threeCards();
    const broken = new File(['this is not a card'], 'broken.json');
    const preview = await sendCards('preview', [jsonV2, broken, pngV3, charx]);
    expect(preview.status).toBe(200);
    const [ilse, bad, gretaFile, mirela] = preview.json.files;
    expect(ilse).toMatchObject({
      file_name: 'ilse.json',
      ok: true,
      format: 'json',
      spec: 'v2',
      name: 'Captain Ilse Varga',
      greetings_count: 2,
      tags: expect.arrayContaining(['airship', 'captain']) as string[],
      lorebook: { entries: expect.any(Number) as number },
      has_image: false,
      name_taken: false,
    });
    expect(String(ilse?.backstory_preview)).toContain('Captain Ilse Varga commands the airship');
    expect(bad).toMatchObject({ file_name: 'broken.json', ok: false, error: expect.stringContaining('not a character card') as string });
    expect(gretaFile).toMatchObject({ ok: true, format: 'png', spec: 'v3', name: 'Greta Holm', has_image: true, lorebook: null });
    expect(mirela).toMatchObject({ ok: true, format: 'charx', name: 'Mirela', has_image: true });

    expect(await listNames()).toEqual(before);
    expect(((await post('/character/knowledge-bank/list', {})).json.docs as unknown[]).length).toBe(0);

    await createCharacter({ charName: 'Captain Ilse Varga' });
    expect((await sendCards('preview', [jsonV2])).json.files[0]).toMatchObject({ ok: true, name_taken: true });
  });

  it('refuses a body without files, too many files, and more than the upload limit, in the error shape', async () => {
    const { app, sendCards } = cardsApp();
    const none = await app.request('/dashboard/cards/preview', { method: 'POST', body: new FormData() });
    expect(none.status).toBe(400);
    expect(await none.json()).toEqual({ ERROR: expect.stringContaining('"file"') as string });
    const many = await sendCards(
      'preview',
      Array.from({ length: 21 }, (_, index) => plainCard(`Card ${index}`)),
    );
    expect(many).toMatchObject({ status: 400, json: { ERROR: expect.stringContaining('At most 20 files') as string } });
    const huge = await app.request('/dashboard/cards/preview', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(300 * 1024 * 1024) },
      body: '--x--',
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ ERROR: expect.stringContaining('too large') as string });
    const notForm = await app.request('/dashboard/cards/import', { method: 'POST', body: '{"file": 1}' });
    expect(notForm.status).toBe(400);
    expect(await notForm.json()).toHaveProperty('ERROR');
  });
});

describe('character cards: import', () => {
  it('makes a character of each kind of file: fields, picture at its avatar URL, the lorebook a connected document that becomes ready', async () => {
    const { sendCards, character, app, post, waitForDocument, versions } = cardsApp();
    const { jsonV2, pngV3, charx } = threeCards();
    const imported = await sendCards('import', [jsonV2, pngV3, charx]);
    expect(imported.status).toBe(200);
    expect(imported.json.files.map((file) => [file.file_name, file.ok, file.action, file.name])).toEqual([
      ['ilse.json', true, 'import', 'Captain Ilse Varga'],
      ['greta.png', true, 'import', 'Greta Holm'],
      ['mirela.charx', true, 'import', 'Mirela'],
    ]);
    const [ilseId, gretaId, mirelaId] = imported.json.files.map((file) => String(file.charID));

    const ilse = await character(ilseId);
    expect(ilse.character_name).toBe('Captain Ilse Varga');
    expect(ilse.backstory).toContain('Description:\nCaptain Ilse Varga commands the airship *Kestrel*');
    // The card names no voice; it says "she" of Ilse.
    expect(ilse.voice_type).toBe('FEMALE');
    expect(imported.json.files[0]).toMatchObject({
      warnings: expect.arrayContaining([
        'The card names no voice: a female voice was chosen, as the card says “she”. Choose another in the editor if it does not fit.',
      ]),
    });
    expect((ilse.model_details as { modelPlaceholder: string }).modelPlaceholder).toBe('NULL');

    const gretaRecord = await character(gretaId);
    expect(gretaRecord).toMatchObject({
      character_name: 'Greta Holm',
      backstory: greta.backstory,
      voice_type: 'FEMALE',
      language_codes: ['en-US', 'de-DE'],
      character_actions: ['Ring bell', 'Wave'],
      is_narrative_driven: true,
      memory_settings: { enabled: true },
    });
    for (const charID of [gretaId, mirelaId]) {
      const avatar = ((await character(charID)).model_details as { modelPlaceholder: string }).modelPlaceholder;
      const url = new URL(avatar);
      expect(url.pathname).toMatch(new RegExp(`^/pictures/${charID}-[0-9a-f]{12}\\.png$`));
      const picture = await app.request(url.pathname);
      expect(picture.status).toBe(200);
      expect(picture.headers.get('Content-Type')).toBe('image/png');
      expect(picture.headers.get('Cache-Control')).toContain('max-age');
      expect(new Uint8Array(await picture.arrayBuffer()).subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
    }

    const docs = (await post('/character/knowledge-bank/list', { character_id: ilseId })).json.docs as Array<{
      id: string;
      file_name: string;
      status: string;
    }>;
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ file_name: 'Captain Ilse Varga lorebook.txt', status: 'active' });
    const ready = await waitForDocument(docs[0].id);
    expect(ready.processing_status).toBe('ready');
    const passages = (await post('/character/knowledge-bank/passages', { document_id: docs[0].id })).json.passages as Array<{
      text: string;
    }>;
    expect(passages.map((passage) => passage.text).join('\n')).toContain('Council of Nine');

    for (const charID of [ilseId, gretaId, mirelaId]) expect((await versions(charID)).map((version) => version.source)).toEqual(['import']);
  }, 60_000);

  it('refuses a taken name unless told; copies under the next free number; replaces keeping the old state in History', async () => {
    const { sendCards, createCharacter, character, versions, app, post, waitForDocument } = cardsApp();
    const { jsonV2, pngV3 } = threeCards();
    const existing = await createCharacter({ charName: 'Captain Ilse Varga', backstory: 'The first Ilse.' });

    const refused = await sendCards('import', [jsonV2, pngV3]);
    expect(refused.json.files[0]).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already have a character named.*copy.*replace.*skip/) as string,
    });
    expect(refused.json.files[1]).toMatchObject({ ok: true, name: 'Greta Holm' });

    const copied = await sendCards('import', [jsonV2], [{ file_name: 'ilse.json', action: 'copy' }]);
    expect(copied.json.files[0]).toMatchObject({ ok: true, action: 'copy', name: 'Captain Ilse Varga (2)' });
    const again = await sendCards('import', [jsonV2], [{ file_name: 'ilse.json', action: 'copy' }]);
    expect(again.json.files[0]).toMatchObject({ ok: true, name: 'Captain Ilse Varga (3)' });

    const skipped = await sendCards('import', [jsonV2], [{ file_name: 'ilse.json', action: 'skip' }]);
    expect(skipped.json.files[0]).toMatchObject({ ok: true, action: 'skip', charID: null });

    const replaced = await sendCards('import', [jsonV2], [{ file_name: 'ilse.json', action: 'replace' }]);
    expect(replaced.json.files[0]).toMatchObject({ ok: true, action: 'replace', charID: existing });
    // Replaced again: still one lorebook document, its text read again.
    await sendCards('import', [jsonV2], [{ file_name: 'ilse.json', action: 'replace' }]);
    const docs = (await post('/character/knowledge-bank/list', { character_id: existing })).json.docs as Array<{
      id: string;
      status: string;
    }>;
    expect(docs.filter((doc) => doc.status === 'active')).toHaveLength(1);
    expect((await waitForDocument(docs[0].id)).processing_status).toBe('ready');
    expect((await character(existing)).backstory).toContain('commands the airship');
    const history = await versions(existing);
    expect(history.map((version) => version.source)).toEqual(['import', 'create']);
    const first = (await (await app.request(`/dashboard/characters/${existing}/versions/1`)).json()) as { snapshot: CharacterSnapshot };
    expect(first.snapshot.backstory).toBe('The first Ilse.');

    const badChoices = await sendCards('import', [jsonV2], 'not json');
    expect(badChoices).toMatchObject({ status: 400, json: { ERROR: expect.stringContaining('choices') as string } });
  });

  it('keeps markup in names as text, and answers a file over 50 MB with its own error while the others are imported', async () => {
    const { sendCards, character } = cardsApp();
    const markup = '<img src=x onerror="alert(1)"> Eve & <b>Co</b>';
    const big = new File([new Uint8Array(60 * 1024 * 1024).fill(32)], 'huge.json');
    const result = await sendCards('import', [big, plainCard(markup)]);
    expect(result.status).toBe(200);
    expect(result.json.files[0]).toMatchObject({
      file_name: 'huge.json',
      ok: false,
      error: expect.stringContaining('at most 50 MB') as string,
    });
    expect(result.json.files[1]).toMatchObject({ ok: true, name: markup });
    expect((await character(String(result.json.files[1]?.charID))).character_name).toBe(markup);
  }, 60_000);

  it('never replaces or exports another user’s character', async () => {
    const { sendCards, createCharacter, character, exportCards } = cardsApp();
    const theirs = await createCharacter({ charName: 'Captain Ilse Varga', backstory: 'B’s own Ilse.' }, KEY_B);
    const { jsonV2 } = threeCards();
    const result = await sendCards('import', [jsonV2], [{ file_name: 'ilse.json', action: 'replace' }]);
    expect(result.json.files[0]).toMatchObject({ ok: true, action: 'import' });
    expect(result.json.files[0]?.charID).not.toBe(theirs);
    expect((await character(theirs, KEY_B)).backstory).toBe('B’s own Ilse.');
    const refused = await exportCards({ character_ids: [String(result.json.files[0]?.charID), theirs], format: 'json' });
    expect(refused.status).toBe(400);
    expect(JSON.parse(new TextDecoder().decode(refused.bytes))).toEqual({ ERROR: `No such character of yours: ${theirs}.` });
  });

  it('drops the card and its picture with the character when the trash is emptied', async () => {
    const { sendCards, character, app, post, db, pictureDir } = cardsApp();
    const { pngV3 } = threeCards();
    const charID = String((await sendCards('import', [pngV3])).json.files[0]?.charID);
    const picture = new URL(((await character(charID)).model_details as { modelPlaceholder: string }).modelPlaceholder).pathname;
    await post('/character/delete', { charID });
    expect((await app.request(picture)).status).toBe(404);
    createCharacterStore(db).purgeTrash(new Date(Date.now() + 60_000).toISOString());
    expect(db.prepare('SELECT count(*) AS count FROM character_cards').get()).toEqual({ count: 0 });
    // The file goes at the next start.
    const file = path.join(pictureDir, picture.slice('/pictures/'.length));
    expect(fs.existsSync(file)).toBe(true);
    createApp({ db, localApiKeys: ['test-key-user-a'], distDir: null, pictureDir });
    expect(fs.existsSync(file)).toBe(false);
    for (const bad of ['/pictures/..%2F..%2Fetc%2Fpasswd', `/pictures/${charID}.png`, '/pictures/nothing']) {
      const response = await app.request(bad);
      expect(response.status).toBe(404);
      expect(await response.json()).toHaveProperty('ERROR');
    }
  });
});

describe('character cards: export', () => {
  it('exports one character as a PNG card that reads back to the same fields', async () => {
    const { sendCards, exportCards } = cardsApp();
    const { pngV3 } = threeCards();
    const charID = String((await sendCards('import', [pngV3])).json.files[0]?.charID);
    const exported = await exportCards({ character_ids: [charID], format: 'png' });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('Content-Type')).toBe('image/png');
    expect(exported.headers.get('Content-Disposition')).toBe(`attachment; filename="Greta Holm.png"; filename*=UTF-8''Greta%20Holm.png`);
    const read = readCard(exported.bytes, 'Greta Holm.png');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const mapped = cardToCharacter(read.card);
    expect(mapped.character_name).toBe('Greta Holm');
    expect(mapped.backstory).toBe(greta.backstory);
    expect(mapped.settings).toMatchObject({ voice_type: 'FEMALE', language_codes: ['en-US', 'de-DE'], temperature: 0.6 });
  });

  it('exports several characters as one zip, a file each under unique names; a non-ASCII name gets an ASCII fallback', async () => {
    const { sendCards, exportCards, createCharacter } = cardsApp();
    const ids = [
      await createCharacter({ charName: 'Twin' }),
      await createCharacter({ charName: 'Twin' }),
      String((await sendCards('import', [plainCard('Zoë')])).json.files[0]?.charID),
    ];
    const zip = await exportCards({ character_ids: ids, format: 'json' });
    expect(zip.status).toBe(200);
    expect(zip.headers.get('Content-Type')).toBe('application/zip');
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual(['Twin (2).json', 'Twin.json', 'Zoë.json']);
    for (const bytes of Object.values(files)) expect(readCard(bytes, 'card.json').ok).toBe(true);

    const one = await exportCards({ character_ids: [ids[2]], format: 'charx' });
    expect(one.headers.get('Content-Disposition')).toBe(`attachment; filename="Zo_.charx"; filename*=UTF-8''Zo%C3%AB.charx`);
  });

  it('round trip: import, export, import again gives the same character, settings and narrative graph', async () => {
    const { sendCards, exportCards, snapshotOf } = cardsApp();
    const { pngV3 } = threeCards();
    const first = String((await sendCards('import', [pngV3])).json.files[0]?.charID);
    for (const format of ['json', 'png', 'charx'] as const) {
      const exported = await exportCards({ character_ids: [first], format });
      const file = new File([exported.bytes], `again.${format}`);
      const again = await sendCards('import', [file], [{ file_name: file.name, action: 'copy' }]);
      expect(again.json.files[0]).toMatchObject({ ok: true, action: 'copy' });
      const [before, after] = [await snapshotOf(first), await snapshotOf(String(again.json.files[0]?.charID))];
      expect(comparable(after)).toEqual({ ...comparable(before), character_name: expect.stringMatching(/^Greta Holm \(\d\)$/) as string });
      expect(after.narrative.sections.map((section) => section.section_id)).not.toContain(before.narrative.sections[0]?.section_id);
    }
  });

  it('connects the documents of the names the card lists, where the user has them, and says which are missing', async () => {
    const { sendCards, exportCards, uploadDocument, post, snapshotOf } = cardsApp();
    const { jsonV2 } = threeCards();
    const first = String((await sendCards('import', [jsonV2])).json.files[0]?.charID);
    const guide = await uploadDocument('guide.txt', 'The Kestrel sails at dawn.');
    await post('/character/update', { charID: first, docs: [{ id: guide.id, status: 'active' }] });
    const exported = await exportCards({ character_ids: [first], format: 'json' });
    const file = new File([exported.bytes], 'again.json');
    const again = await sendCards('import', [file], [{ file_name: 'again.json', action: 'copy' }]);
    const copy = String(again.json.files[0]?.charID);
    expect((await snapshotOf(copy)).docs.map((doc) => doc.file_name).sort()).toEqual(['Captain Ilse Varga lorebook.txt', 'guide.txt']);
    expect((await snapshotOf(copy)).docs.find((doc) => doc.file_name === 'guide.txt')?.id).toBe(guide.id);

    const elsewhere = cardsApp();
    const moved = await elsewhere.sendCards('import', [file]);
    expect(moved.json.files[0]?.warnings).toEqual(expect.arrayContaining([expect.stringContaining("'guide.txt'")]));
  }, 60_000);

  it('answers hostile bodies with a JSON 4xx, never a 500', async () => {
    const { app } = cardsApp();
    const bodies: Array<[string, RequestInit]> = [
      [
        '/dashboard/cards/import',
        { method: 'POST', body: 'file=abc&choices=[]', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      ],
      [
        '/dashboard/cards/import',
        { method: 'POST', body: '--x\r\nbroken', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } },
      ],
      ['/dashboard/cards/preview', { method: 'POST', body: '\u0000\u0001', headers: { 'Content-Type': 'application/json' } }],
      [
        '/dashboard/cards/export',
        { method: 'POST', body: '{"character_ids": "x", "format": "png"}', headers: { 'Content-Type': 'application/json' } },
      ],
      ['/dashboard/cards/export', { method: 'POST', body: 'x'.repeat(300_000), headers: { 'Content-Type': 'application/json' } }],
    ];
    for (const [route, init] of bodies) {
      const response = await app.request(route, init);
      expect(response.status, route).toBeGreaterThanOrEqual(400);
      expect(response.status, route).toBeLessThan(500);
      expect(await response.json()).toHaveProperty('ERROR');
    }
    const form = new FormData();
    form.append('file', plainCard('Ann'));
    form.append('choices', JSON.stringify([{ file_name: 'Ann.json', action: 'explode' }]));
    const badAction = await app.request('/dashboard/cards/import', { method: 'POST', body: form });
    expect(badAction.status).toBe(400);
    const crossSite = new FormData();
    crossSite.append('file', plainCard('Ann'));
    const fromElsewhere = await app.request('/dashboard/cards/import', {
      method: 'POST',
      body: crossSite,
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(fromElsewhere.status).toBe(403);
    expect(await fromElsewhere.json()).toEqual({ ERROR: expect.stringContaining('another site') as string });
    const textOnly = new FormData();
    textOnly.append('file', 'just text');
    expect((await app.request('/dashboard/cards/import', { method: 'POST', body: textOnly })).status).toBe(400);
  });

  it('refuses unknown ids, too many ids and a bad body with a JSON error', async () => {
    const { exportCards } = cardsApp();
    const cases: Array<[unknown, RegExp]> = [
      [{ character_ids: ['nope'], format: 'png' }, /^No such character of yours: nope\.$/],
      [{ character_ids: Array.from({ length: 1001 }, (_, index) => `id-${index}`), format: 'json' }, /At most 1000/],
      [{ character_ids: [], format: 'json' }, /at least one/],
      [{ character_ids: ['x'], format: 'gif' }, /"format"/],
      ['not json', /"format"/],
    ];
    for (const [body, message] of cases) {
      const answer = await exportCards(body);
      expect(answer.status).toBe(400);
      expect((JSON.parse(new TextDecoder().decode(answer.bytes)) as { ERROR: string }).ERROR).toMatch(message);
    }
  });
});

describe('character cards in front of Convai', () => {
  it('answers that cards need the local server', async () => {
    const { sendCards, exportCards } = cardsApp({ hosted: true });
    expect(await sendCards('preview', [plainCard('Ann')])).toEqual({
      status: 400,
      json: { ERROR: 'Importing and exporting cards needs the local server for now.' },
    });
    expect((await exportCards({ character_ids: ['x'], format: 'json' })).status).toBe(400);
  });
});

/** A snapshot with its graph's ids replaced by names, and without documents (a card does not carry them). */
function comparable(snapshot: CharacterSnapshot) {
  const names = new Map(snapshot.narrative.sections.map((section) => [section.section_id, section.section_name]));
  const { docs: _docs, ...rest } = snapshot;
  return {
    ...rest,
    start_narrative_section_id: names.get(snapshot.start_narrative_section_id ?? '') ?? null,
    narrative: {
      sections: snapshot.narrative.sections.map((section) => ({
        ...section,
        section_id: section.section_name,
        decisions: section.decisions.map((decision) => ({ ...decision, next_section_id: names.get(decision.next_section_id) })),
      })),
      triggers: snapshot.narrative.triggers.map((trigger) => ({
        ...trigger,
        trigger_id: 'any',
        destination_section: names.get(trigger.destination_section ?? '') ?? null,
      })),
    },
  };
}
