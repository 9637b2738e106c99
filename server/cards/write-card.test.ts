import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CardV3 } from './card-types';
import { placeholderPng, readPngChunks, textChunk, writePng } from './png-chunks';
import { readCard } from './read-card';
import { fixtureBytes, fixtureJson, readPngWithPython } from './test-support';
import { cardFileName, cardToV2, writeCard } from './write-card';

function readOk(bytes: Uint8Array, fileName = 'card') {
  const result = readCard(bytes, fileName);
  if (!result.ok) throw new Error(result.error);
  return result;
}

const fromBase64Json = (text: string): unknown => JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
const fixtures = ['v1.json', 'v2-lorebook.json', 'v3-assets.json'];
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('writeCard: round trips lose nothing', () => {
  it.each(fixtures)('JSON: %s read, written and read again is the same card', (name) => {
    const first = readOk(fixtureBytes(name));
    const written = writeCard(first.card, 'json');
    expect(written).toMatchObject({ mime: 'application/json', warnings: name === 'v3-assets.json' ? [expect.any(String)] : [] });
    const again = readOk(written.bytes);
    expect(again.card).toEqual(first.card);
    expect(again.spec).toBe('v3');
  });

  it.each(fixtures)('PNG: %s as a PNG that another reader finds both cards in, read back the same', (name) => {
    const first = readOk(fixtureBytes(name));
    const written = writeCard(first.card, 'png');
    expect(written.mime).toBe('image/png');
    const seen = readPngWithPython(written.bytes);
    expect(seen).toMatchObject({ width: 400, height: 600, pixel_bytes: 600 * 1201 });
    const cards = seen.texts.filter((text) => ['ccv3', 'chara'].includes(text.keyword));
    expect(cards.map((text) => text.keyword).sort()).toEqual(['ccv3', 'chara']);
    expect(fromBase64Json(cards.find((text) => text.keyword === 'ccv3')!.text)).toEqual(first.card);
    expect(fromBase64Json(cards.find((text) => text.keyword === 'chara')!.text)).toEqual(cardToV2(first.card));
    expect(seen.chunks.indexOf('IEND')).toBe(seen.chunks.length - 1);

    const again = readOk(written.bytes, 'card.png');
    expect(again.card).toEqual(first.card);
    expect(again.spec).toBe('v3');
    // Written again from what was read: the same file.
    expect(writeCard(again.card, 'png', { image: again.image }).bytes).toEqual(written.bytes);
  });

  it('CHARX: card, assets and other files read, written and read again are the same', () => {
    const v3 = fixtureJson('v3-assets.json') as CardV3;
    const charx = zipSync({
      'card.json': encode(v3),
      'assets/icon/images/main.png': placeholderPng('Nimue'),
      'assets/background/images/lake.webp': new Uint8Array(Buffer.from('RIFF\0\0\0\0WEBPVP8 lake')),
      'assets/x_voice/audio/hello.mp3': new Uint8Array([0xff, 0xfb, 1, 2, 3]),
      'x_meta/app.json': encode({ theme: 'lake' }),
    });
    const first = readOk(charx, 'nimue.charx');
    const written = writeCard(first.card, 'charx', first);
    expect(written).toMatchObject({ mime: 'application/zip', fileName: 'Nimue.charx', warnings: [] });
    expect(written.card).toEqual(first.card);
    const again = readOk(written.bytes, 'nimue.charx');
    expect(again.card).toEqual(first.card);
    expect(again.assets).toEqual(first.assets);
    expect(again.otherFiles).toEqual(first.otherFiles);
    expect(again.image).toEqual(first.image);
    expect(Object.keys(unzipSync(written.bytes)).sort()).toEqual([
      'assets/background/images/lake.webp',
      'assets/icon/images/main.png',
      'assets/x_voice/audio/hello.mp3',
      'card.json',
      'x_meta/app.json',
    ]);
    // The same card, the same bytes: zip times come from the card's modification date.
    expect(writeCard(again.card, 'charx', again).bytes).toEqual(written.bytes);
  });
});

describe('writeCard: PNG', () => {
  const v2 = readOk(fixtureBytes('v2-lorebook.json')).card;

  it("replaces a picture's old card chunks, whatever their case, and keeps its other chunks", () => {
    const read = readPngChunks(placeholderPng('old'));
    if (!read.ok) throw new Error(read.error);
    const old = [textChunk('Chara', 'b2xk'), textChunk('CCV3', 'b2xk'), textChunk('Comment', 'painted by hand')];
    const picture = writePng([...read.chunks.slice(0, -1), ...old, read.chunks[read.chunks.length - 1]]);
    const written = writeCard(v2, 'png', { image: { bytes: picture, mime: 'image/png' } });
    const seen = readPngWithPython(written.bytes);
    expect(seen.texts.map((text) => text.keyword)).toEqual(['Comment', 'chara', 'ccv3']);
    expect(seen.chunks).toEqual(['IHDR', 'IDAT', 'tEXt', 'tEXt', 'tEXt', 'IEND']);
    expect(readOk(written.bytes).card).toEqual(v2);
  });

  it('puts a placeholder in place of a picture that is not a PNG, and says so', () => {
    const written = writeCard(v2, 'png', { image: { bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), mime: 'image/jpeg' } });
    expect(written.warnings).toEqual([
      "The character's picture is not a PNG (image/jpeg), which a PNG card needs: a placeholder picture was used.",
    ]);
    expect(readPngWithPython(written.bytes)).toMatchObject({ width: 400, height: 600 });
  });

  it("warns that a PNG cannot carry a card's embedded assets", () => {
    const v3 = readOk(fixtureBytes('v3-assets.json')).card;
    expect(writeCard(v3, 'png').warnings).toEqual([
      "A PNG card cannot hold the card's 3 embedded assets (pictures, sounds…): export it as CHARX to keep them.",
    ]);
  });
});

describe('writeCard: CHARX from other formats', () => {
  it('stores the picture as the main icon, and assets that had other addresses under assets/', () => {
    const card: CardV3 = {
      ...readOk(fixtureBytes('v1.json')).card,
      spec: 'chara_card_v3',
    };
    card.data = {
      ...card.data,
      assets: [
        { type: 'icon', uri: 'ccdefault:', name: 'main', ext: 'png' },
        { type: 'emotion', uri: '__asset:0', name: 'joy/../up', ext: 'png' },
      ],
    };
    const picture = placeholderPng('Bram');
    const joy = new Uint8Array([1, 2, 3]);
    const written = writeCard(card, 'charx', {
      image: { bytes: picture, mime: 'image/png' },
      assets: [{ type: 'emotion', uri: '__asset:0', name: 'joy', ext: 'png', bytes: joy }],
    });
    expect(written.card.data.assets).toEqual([
      { type: 'icon', uri: 'embeded://assets/icon/images/main.png', name: 'main', ext: 'png' },
      { type: 'emotion', uri: 'embeded://assets/emotion/images/joy_.._up.png', name: 'joy/../up', ext: 'png' },
    ]);
    const again = readOk(written.bytes);
    expect(again.card).toEqual(written.card);
    expect(again.image).toEqual({ bytes: picture, mime: 'image/png' });
    expect(again.assets[1].bytes).toEqual(joy);
  });

  it('adds the picture as the main icon to a card that names no assets, and says when embedded files are missing', () => {
    const v2 = readOk(fixtureBytes('v2-lorebook.json')).card;
    const withPicture = writeCard(v2, 'charx', { image: { bytes: placeholderPng('Ilse'), mime: 'image/png' } });
    expect(withPicture.card.data.assets).toEqual([
      { type: 'icon', uri: 'embeded://assets/icon/images/main.png', name: 'main', ext: 'png' },
    ]);
    expect(writeCard(v2, 'charx').card).toBe(v2);

    const v3 = readOk(fixtureBytes('v3-assets.json')).card;
    expect(writeCard(v3, 'charx').warnings).toEqual(['The card names 3 embedded assets whose file is not at hand: the CHARX lacks them.']);
  });
});

describe('cardToV2', () => {
  const v3 = readOk(fixtureBytes('v3-assets.json')).card;
  const v2 = cardToV2(readOk(fixtureBytes('v2-lorebook.json')).card);

  it("leaves out V3's own fields, keeps the rest, unknown ones included", () => {
    const copy = cardToV2(v3);
    expect(copy.spec).toBe('chara_card_v2');
    expect(copy.spec_version).toBe('2.0');
    expect(copy.x_application).toEqual({ exported_by: 'some-tool', build: 42 });
    for (const field of [
      'assets',
      'nickname',
      'creator_notes_multilingual',
      'source',
      'group_only_greetings',
      'creation_date',
      'modification_date',
    ]) {
      expect(copy.data).not.toHaveProperty(field);
    }
    expect(copy.data).toMatchObject({ name: 'Nimue', tags: ['myth', 'lake'], extensions: v3.data.extensions });
  });

  it('begins the creator notes with a notice that it is a copy, and takes decorators out of lorebook entries', () => {
    expect(v2.data.creator_notes).toBe(
      'This is the Character Card V2 copy of a V3 card, for applications that read only V2: what V3 added is missing here. An application that reads V3 cards shows all of it.\n\nMade for the Skyward campaign. Pairs with the Aurel lorebook.',
    );
    const book = v2.data.character_book as { entries: { content: string }[] };
    expect(book.entries[1].content).toBe('The Guild of Lifters controls the lift-stone trade and lends money at ruinous rates.');
    expect(v2.data.x_unknown_data_field).toEqual({ kept: [1, 2, 3] });
  });
});

describe('cardFileName', () => {
  it('names the file after the character, without what file systems refuse', () => {
    const card = readOk(fixtureBytes('v1.json')).card;
    expect(cardFileName(card, 'png')).toBe('Bram the Ferryman.png');
    expect(cardFileName({ ...card, data: { ...card.data, name: 'a/b:c?*<d>' } }, 'charx')).toBe('a b c d.charx');
    expect(cardFileName({ ...card, data: { ...card.data, name: '..' } }, 'json')).toBe('character.json');
  });
});
