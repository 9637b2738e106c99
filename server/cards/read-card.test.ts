import { zipSync } from 'fflate';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CardV3 } from './card-types';
import { MAX_CHARX_UNZIPPED_BYTES } from './charx';
import { placeholderPng, readPngChunks, textChunk, writePng, type PngChunk } from './png-chunks';
import { MAX_CARD_BYTES, readCard } from './read-card';
import { fixtureBytes, fixtureJson } from './test-support';

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const base64 = (value: unknown) => Buffer.from(encode(value)).toString('base64');

/** A PNG (the placeholder picture) with these chunks put before its IEND. */
function pngWith(...extra: PngChunk[]): Uint8Array {
  const read = readPngChunks(placeholderPng('fixture'));
  if (!read.ok) throw new Error(read.error);
  return writePng([...read.chunks.slice(0, -1), ...extra, read.chunks[read.chunks.length - 1]]);
}

function readOk(bytes: Uint8Array, fileName = 'card') {
  const result = readCard(bytes, fileName);
  if (!result.ok) throw new Error(result.error);
  return result;
}

const v1 = fixtureJson('v1.json') as Record<string, unknown>;
const v2 = fixtureJson('v2-lorebook.json') as { data: Record<string, unknown> } & Record<string, unknown>;
const v3 = fixtureJson('v3-assets.json') as CardV3;

describe('readCard: JSON', () => {
  it('upgrades a V1 card to V3, field by field, its other top-level fields kept as they were', () => {
    const result = readOk(fixtureBytes('v1.json'), 'bram.json');
    expect(result).toEqual({
      ok: true,
      format: 'json',
      spec: 'v1',
      image: null,
      assets: [],
      otherFiles: [],
      warnings: [],
      card: {
        spec: 'chara_card_v3',
        spec_version: '3.0',
        data: {
          name: v1.name,
          description: v1.description,
          personality: v1.personality,
          scenario: v1.scenario,
          first_mes: v1.first_mes,
          mes_example: v1.mes_example,
          creator_notes: '',
          system_prompt: '',
          post_history_instructions: '',
          alternate_greetings: [],
          tags: [],
          creator: '',
          character_version: '',
          extensions: {},
          group_only_greetings: [],
        },
        avatar: 'none',
        talkativeness: '0.4',
        chat: 'Bram the Ferryman - 2023-05-01',
      },
    });
  });

  it('upgrades a V2 card: its lorebook, unknown extensions, unknown fields and top-level copies all kept', () => {
    const { card, spec, warnings } = readOk(fixtureBytes('v2-lorebook.json'));
    expect(spec).toBe('v2');
    expect(warnings).toEqual([]);
    const { character_book: book, ...fields } = v2.data;
    expect(card.data).toEqual({ ...fields, character_book: card.data.character_book, group_only_greetings: [] });
    // V3 asks every entry for use_regex; what V2 had is all there.
    const entries = (book as { entries: object[] }).entries;
    expect(card.data.character_book).toEqual({ ...(book as object), entries: entries.map((entry) => ({ ...entry, use_regex: false })) });
    expect(card.data.character_book?.entries[1].display_index).toBe(1);
    expect(card.data.x_unknown_data_field).toEqual({ kept: [1, 2, 3] });
    const { spec: _spec, spec_version: _version, data: _data, ...topLevel } = v2;
    expect(card).toMatchObject(topLevel);
    expect(card.spec).toBe('chara_card_v3');
  });

  it('keeps a field named __proto__ as data, without touching any prototype', () => {
    const { card } = readOk(fixtureBytes('v2-lorebook.json'));
    expect(Object.hasOwn(card.data.extensions, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(card.data.extensions, '__proto__')?.value).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(card.data.extensions)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a V3 card exactly as it is, assets named without their bytes', () => {
    const result = readOk(fixtureBytes('v3-assets.json'));
    expect(result.card).toEqual(v3);
    expect(result.spec).toBe('v3');
    expect(result.assets.map((asset) => asset.uri)).toEqual(v3.data.assets!.map((asset) => asset.uri));
    expect(result.assets.every((asset) => asset.bytes === undefined)).toBe(true);
  });

  it('reads a newer spec_version (3.5) with a warning, and a numeric one as text', () => {
    const newer = readOk(encode({ ...v3, spec_version: '3.5' }));
    expect(newer.card.spec_version).toBe('3.5');
    expect(newer.warnings).toEqual(['This card follows card spec 3.5, newer than 3.0: what that version added is kept but not used.']);
    expect(readOk(encode({ ...v3, spec_version: 3 })).card.spec_version).toBe('3.0');
  });

  it('keeps markup as plain text: nothing in a card is interpreted', () => {
    const { card } = readOk(fixtureBytes('v3-assets.json'));
    expect(card.data.description).toContain(`<script>alert('x')</script> <img src=x onerror="alert(1)">`);
  });

  it('converts a field of an obvious other kind with a warning, and says once what repeats', () => {
    const entries = Array.from({ length: 300 }, () => ({ keys: 'one key', content: 'text' }));
    const { card, warnings } = readOk(
      encode({ spec: 'chara_card_v2', data: { name: 42, tags: 'solo', extensions: [], character_book: { entries } } }),
    );
    expect(card.data).toMatchObject({ name: '42', tags: ['solo'], extensions: {}, description: '' });
    expect(card.data.character_book?.entries[0]).toEqual({
      keys: ['one key'],
      content: 'text',
      extensions: {},
      enabled: true,
      insertion_order: 0,
      use_regex: false,
    });
    expect(warnings).toEqual([
      "The card's 'name' is not text; it was read as text.",
      "A lorebook entry's 'keys' is not a list; its text was read as a list of one (300 times).",
      "The card's 'tags' is not a list; its text was read as a list of one.",
      "The card's 'extensions' is not a set of fields; it was left empty.",
    ]);
  });

  it('refuses what is not a card, each time saying why', () => {
    const cases: [Uint8Array, string, string][] = [
      [new Uint8Array(0), 'x.json', 'The file is empty.'],
      [encode('{"name": "Bram",'), 'x.json', `The card's JSON cannot be read: ${jsonProblem('{"name": "Bram",')}.`],
      [encode({ spec: 'foo', data: {} }), 'x.json', "Unknown card spec 'foo'."],
      [encode({ spec: 'chara_card_v2' }), 'x.json', "This V2 card has no 'data' section."],
      [encode({ hello: 'world' }), 'x.json', 'This JSON is not a character card: it has no name and no spec.'],
      [encode([1, 2]), 'x.json', 'This JSON is not a character card: it is not an object with fields.'],
      [encode('GIF89a…'), 'x.gif', 'This file is not a character card: a card is a JSON, PNG or CHARX file.'],
      [encode('{"name": "Bram"}'), 'bram.png', 'This file is named .png but is not a PNG image.'],
      [encode('{"name": "Bram"}'), 'bram.charx', 'This file is named .charx but is not a CHARX (zip) archive.'],
    ];
    for (const [bytes, name, error] of cases) expect(readCard(bytes, name)).toEqual({ ok: false, error });
  });

  it('refuses a file over the size limit before reading it', () => {
    const big = new Uint8Array(60 * 1024 * 1024);
    expect(readCard(big, 'huge.png')).toEqual({ ok: false, error: 'The file is 60 MB; a card may be at most 50 MB.' });
    expect(readCard(new Uint8Array(MAX_CARD_BYTES + 1), 'x')).toEqual({
      ok: false,
      error: 'The file is 50.1 MB; a card may be at most 50 MB.',
    });
  });

  it('reads JSON by its content whatever the name says, with or without a byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...fixtureBytes('v1.json')]);
    expect(readOk(withBom, 'bram.txt').card.data.name).toBe('Bram the Ferryman');
  });
});

const jsonProblem = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message.replace(/[.\s]+$/, '');
  }
  return '';
};

describe('readCard: PNG', () => {
  const named = (name: string) => ({ ...v3, data: { ...v3.data, name } });

  it('reads a V2 card from a chara chunk, the PNG itself as the picture', () => {
    const png = pngWith(textChunk('chara', base64(v2)));
    const result = readOk(png, 'ilse.png');
    expect(result).toMatchObject({ format: 'png', spec: 'v2', image: { bytes: png, mime: 'image/png' } });
    expect(result.card.data.name).toBe('Captain Ilse Varga');
  });

  it('prefers ccv3 to chara, whichever comes first, and matches keywords whatever their case', () => {
    expect(readOk(pngWith(textChunk('chara', base64(v2)), textChunk('ccv3', base64(named('V3'))))).card.data.name).toBe('V3');
    expect(readOk(pngWith(textChunk('CCV3', base64(named('upper'))), textChunk('Chara', base64(v2)))).card.data.name).toBe('upper');
    expect(readOk(pngWith(textChunk('CHARA', base64(v1)))).spec).toBe('v1');
  });

  it('looks at every text chunk, compressed ones too', () => {
    const others = [textChunk('Comment', 'made with a paint program'), textChunk('parameters', 'steps: 20')];
    expect(readOk(pngWith(...others, textChunk('ccv3', base64(v3)))).card).toEqual(v3);
    const zTXt = { type: 'zTXt', data: new Uint8Array(Buffer.concat([Buffer.from('ccv3\0\0'), zlib.deflateSync(base64(v3))])) };
    expect(readOk(pngWith(...others, zTXt)).card).toEqual(v3);
    const iTXt = { type: 'iTXt', data: new Uint8Array(Buffer.concat([Buffer.from('chara\0\0\0\0\0'), Buffer.from(JSON.stringify(v1))])) };
    expect(readOk(pngWith(iTXt)).card.data.name).toBe('Bram the Ferryman');
  });

  it('reads a chara chunk holding the JSON itself rather than its base64', () => {
    const latin1 = Buffer.from(JSON.stringify({ ...v1, name: 'Zoë' }), 'utf8').toString('latin1');
    expect(readOk(pngWith(textChunk('chara', latin1))).card.data.name).toBe('Zoë');
  });

  it('falls back to chara, with a warning, when ccv3 cannot be read', () => {
    const result = readOk(pngWith(textChunk('ccv3', '%%%'), textChunk('chara', base64(v2))));
    expect(result.card.data.name).toBe('Captain Ilse Varga');
    expect(result.warnings).toEqual([
      "The PNG's V3 card (ccv3) cannot be read, so its V2 copy (chara) was read instead. The card's base64 text cannot be read.",
    ]);
  });

  it("fills in a PNG's embedded __asset: files", () => {
    const card = { ...v3, data: { ...v3.data, assets: [{ type: 'emotion', uri: '__asset:0', name: 'joy', ext: 'png' }] } };
    const result = readOk(pngWith(textChunk('ccv3', base64(card)), textChunk('chara-ext-asset_:0', Buffer.from('JOY').toString('base64'))));
    expect(result.assets).toEqual([
      { type: 'emotion', uri: '__asset:0', name: 'joy', ext: 'png', bytes: new Uint8Array(Buffer.from('JOY')) },
    ]);
  });

  it('refuses a PNG without a card, with a damaged card, or damaged itself', () => {
    const cases: [Uint8Array, string][] = [
      [pngWith(textChunk('Comment', 'no card here')), 'This PNG has no character card in it.'],
      [pngWith(textChunk('chara', 'eyJuYW1lIjog*Qn==')), "The card's base64 text cannot be read."],
      [pngWith(textChunk('chara', 'abcde')), "The card's base64 text cannot be read."],
      [pngWith(textChunk('ccv3', base64('{"spec": '))), `The card's JSON cannot be read: ${jsonProblem('{"spec": ')}.`],
      [pngWith(textChunk('ccv3', base64({ spec: 'chara_card_v9', data: {} }))), "Unknown card spec 'chara_card_v9'."],
      [
        pngWith({ type: 'zTXt', data: new Uint8Array(Buffer.from('chara\0\0garbage')) }),
        "The card's text in this PNG cannot be read: its compressed text is damaged.",
      ],
    ];
    for (const [png, error] of cases) expect(readCard(png, 'card.png')).toEqual({ ok: false, error });

    const good = pngWith(textChunk('ccv3', base64(v3)));
    expect(readCard(good.subarray(0, good.length - 100), 'card.png')).toEqual({
      ok: false,
      error: 'This PNG is damaged: the file is cut short.',
    });
    const flipped = good.slice();
    flipped[flipped.length - 40] ^= 0x01;
    expect(readCard(flipped, 'card.png')).toEqual({ ok: false, error: 'This PNG is damaged: the checksum of its tEXt chunk is wrong.' });
  });
});

describe('readCard: CHARX', () => {
  const files = {
    'assets/icon/images/main.png': placeholderPng('Nimue'),
    'assets/background/images/lake.webp': new Uint8Array(Buffer.from('RIFF\0\0\0\0WEBPVP8 lake')),
    'assets/x_voice/audio/hello.mp3': new Uint8Array([0xff, 0xfb, 1, 2, 3]),
    'x_meta/app.json': encode({ theme: 'lake' }),
  };
  const charx = zipSync({ 'card.json': encode(v3), ...files });

  it('reads card.json and the assets it names, the main icon as the picture, other files kept', () => {
    const result = readOk(charx, 'nimue.charx');
    expect(result.card).toEqual(v3);
    expect(result).toMatchObject({
      format: 'charx',
      spec: 'v3',
      warnings: [],
      image: { bytes: files['assets/icon/images/main.png'], mime: 'image/png' },
    });
    expect(result.assets).toEqual([
      { type: 'icon', uri: 'embeded://assets/icon/images/main.png', name: 'main', ext: 'png', bytes: files['assets/icon/images/main.png'] },
      {
        type: 'background',
        uri: 'embeded://assets/background/images/lake.webp',
        name: 'lake',
        ext: 'webp',
        bytes: files['assets/background/images/lake.webp'],
      },
      { type: 'emotion', uri: 'https://example.com/nimue/smile.png', name: 'smile', ext: 'png' },
      {
        type: 'x_voice',
        uri: 'embeded://assets/x_voice/audio/hello.mp3',
        name: 'hello',
        ext: 'mp3',
        bytes: files['assets/x_voice/audio/hello.mp3'],
      },
    ]);
    expect(result.otherFiles).toEqual([{ path: 'x_meta/app.json', bytes: files['x_meta/app.json'] }]);
  });

  it('says which named asset is missing', () => {
    const { 'assets/x_voice/audio/hello.mp3': _gone, ...rest } = files;
    const result = readOk(zipSync({ 'card.json': encode(v3), ...rest }));
    expect(result.warnings).toEqual(["The asset 'hello' (embeded://assets/x_voice/audio/hello.mp3) is not in the CHARX."]);
  });

  it('refuses a CHARX without card.json at its root', () => {
    for (const zip of [zipSync({ 'cards/card.json': encode(v3) }), zipSync({ 'readme.txt': encode('hi') })]) {
      expect(readCard(zip, 'x.charx')).toEqual({ ok: false, error: 'This CHARX has no card.json at its root.' });
    }
  });

  it('refuses a file whose name leads out of the archive, whatever its form', () => {
    for (const name of ['../evil.txt', 'assets/../../evil.txt', '/etc/evil', 'assets\\evil.txt', 'C:/evil.txt']) {
      const zip = zipSync({ 'card.json': encode(v3), [name]: encode('x') });
      expect(readCard(zip, 'x.charx')).toEqual({
        ok: false,
        error: `This CHARX holds a file with an unsafe name ('${name}'): it is refused.`,
      });
    }
  });

  it('refuses a zip bomb as soon as it unpacks beyond the limit', () => {
    const bomb = zipSync({
      'card.json': encode(v3),
      'assets/other/other/zeros.bin': [new Uint8Array(MAX_CHARX_UNZIPPED_BYTES + 1024), { level: 1 }],
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(readCard(bomb, 'x.charx')).toEqual({
      ok: false,
      error: 'This CHARX would unpack to more than 100 MB: it is refused as a zip bomb.',
    });
  });

  it('refuses a damaged or cut-short archive', () => {
    const cut = charx.subarray(0, Math.floor(charx.length / 2));
    expect(readCard(cut, 'x.charx')).toEqual({ ok: false, error: 'This CHARX is damaged: its zip archive cannot be read.' });
  });
});
