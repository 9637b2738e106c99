import path from 'node:path';
import { problemOf } from '../knowledge/read-document';
import type { CardAssetFile, CardImage, CardOtherFile, ReadCardResult } from './card-types';
import { normaliseCard } from './normalise-card';
import { readPngChunks, readPngTexts, type PngText } from './png-chunks';
import { embeddedPath, unzipCharx } from './charx';

/** The largest card file read: a PNG of a large picture, or a CHARX with a few pictures and sounds. */
export const MAX_CARD_BYTES = 50 * 1024 * 1024;

/** What a PNG's card chunks are called (matched whatever their case), and the prefix of its embedded assets' chunks. */
const V3_KEYWORD = 'ccv3';
const V2_KEYWORD = 'chara';
const PNG_ASSET_PREFIX = 'chara-ext-asset_:';

type Failure = { ok: false; error: string };
const failed = (error: string): Failure => ({ ok: false, error });

/**
 * A character card from a file's bytes, whatever its kind: JSON, PNG or CHARX, told apart by their
 * content (the name only helps to say what is wrong). Never throws: bad input gets `{ ok: false }`
 * with a sentence a designer understands.
 */
export function readCard(bytes: Uint8Array, fileName: string): ReadCardResult {
  try {
    return readAnyCard(bytes, fileName);
  } catch (error) {
    return failed(`This file could not be read as a character card (${problemOf(error)}).`);
  }
}

function readAnyCard(bytes: Uint8Array, fileName: string): ReadCardResult {
  if (bytes.length === 0) return failed('The file is empty.');
  if (bytes.length > MAX_CARD_BYTES)
    return failed(`The file is ${megabytes(bytes.length)}; a card may be at most ${megabytes(MAX_CARD_BYTES)}.`);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return readPngCard(bytes);
  if (startsWith(bytes, [0x50, 0x4b])) return readCharxCard(bytes);
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '.png') return failed('This file is named .png but is not a PNG image.');
  if (extension === '.charx') return failed('This file is named .charx but is not a CHARX (zip) archive.');
  const text = utf8(bytes);
  if (!/^\s*[{[]/.test(text)) return failed('This file is not a character card: a card is a JSON, PNG or CHARX file.');
  const parsed = cardFromJson(text);
  if (!parsed.ok) return parsed;
  return { ...parsed, format: 'json', image: null, assets: parsed.card.data.assets?.map(assetFile) ?? [], otherFiles: [] };
}

type ParsedCard = Extract<ReturnType<typeof normaliseCard>, { ok: true }>;

function cardFromJson(text: string): ParsedCard | Failure {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(`The card's JSON cannot be read: ${problemOf(error)}.`);
  }
  return normaliseCard(json);
}

function readPngCard(bytes: Uint8Array): ReadCardResult {
  const png = readPngChunks(bytes);
  if (!png.ok) return png;
  const texts = readPngTexts(png.chunks);
  const v3 = texts.find((text) => text.keyword.toLowerCase() === V3_KEYWORD);
  const v2 = texts.find((text) => text.keyword.toLowerCase() === V2_KEYWORD);
  if (!v3 && !v2) return failed('This PNG has no character card in it.');
  const warnings: string[] = [];
  // V3's chunk is preferred; the V2 one beside it is a copy for older applications.
  let parsed = cardFromPngText((v3 ?? v2)!);
  if (!parsed.ok && v3 && v2) {
    const older = cardFromPngText(v2);
    if (older.ok) {
      warnings.push(`The PNG's V3 card (${V3_KEYWORD}) cannot be read, so its V2 copy (${V2_KEYWORD}) was read instead. ${parsed.error}`);
      parsed = older;
    }
  }
  if (!parsed.ok) return parsed;

  const assetTexts = new Map(
    texts
      .filter((text) => text.keyword.toLowerCase().startsWith(PNG_ASSET_PREFIX))
      .map((text) => [text.keyword.slice(PNG_ASSET_PREFIX.length), text.text]),
  );
  const assets = (parsed.card.data.assets ?? []).map((asset) => {
    const file = assetFile(asset);
    if (!asset.uri.startsWith('__asset:')) return file;
    const text = assetTexts.get(asset.uri.slice('__asset:'.length));
    const decoded = text ? decodeBase64(text) : null;
    if (decoded) file.bytes = decoded;
    else warnings.push(`The asset '${asset.name}' (${asset.uri}) is not in the PNG.`);
    return file;
  });
  return {
    ...parsed,
    format: 'png',
    warnings: [...warnings, ...parsed.warnings],
    image: { bytes, mime: 'image/png' },
    assets,
    otherFiles: [],
  };
}

function cardFromPngText(chunk: PngText): ParsedCard | Failure {
  if (chunk.text === null) return failed(`The card's text in this PNG cannot be read: ${chunk.problem}.`);
  const trimmed = chunk.text.trim();
  // A few tools write the JSON itself rather than its base64; tEXt and zTXt hold its UTF-8 bytes as Latin-1.
  if (trimmed.startsWith('{')) return cardFromJson(chunk.type === 'iTXt' ? trimmed : Buffer.from(trimmed, 'latin1').toString('utf8'));
  const bytes = decodeBase64(trimmed);
  if (!bytes) return failed("The card's base64 text cannot be read.");
  return cardFromJson(utf8(bytes));
}

function readCharxCard(bytes: Uint8Array): ReadCardResult {
  const zip = unzipCharx(bytes);
  if (!zip.ok) return zip;
  const cardJson = zip.files.get('card.json');
  if (!cardJson) return failed('This CHARX has no card.json at its root.');
  const parsed = cardFromJson(utf8(cardJson));
  if (!parsed.ok) return parsed;
  const warnings: string[] = [];
  const used = new Set(['card.json']);
  const assets = (parsed.card.data.assets ?? []).map((asset) => {
    const file = assetFile(asset);
    const inside = embeddedPath(asset.uri);
    if (inside === null) return file;
    const found = zip.files.get(inside);
    if (found) {
      file.bytes = found;
      used.add(inside);
    } else {
      warnings.push(`The asset '${asset.name}' (${asset.uri}) is not in the CHARX.`);
    }
    return file;
  });
  const otherFiles: CardOtherFile[] = [...zip.files]
    .filter(([name]) => !used.has(name))
    .map(([name, data]) => ({ path: name, bytes: data }));
  return { ...parsed, format: 'charx', warnings: [...warnings, ...parsed.warnings], image: mainIcon(assets), assets, otherFiles };
}

const assetFile = ({ type, name, uri, ext }: CardAssetFile): CardAssetFile => ({ type, name, uri, ext });

/** The picture of the character: the icon named 'main', else the first icon, when its bytes are at hand and are an image. */
export function mainIcon(assets: CardAssetFile[]): CardImage | null {
  const icons = assets.filter((asset) => asset.type === 'icon' && asset.bytes);
  const icon = icons.find((asset) => asset.name === 'main') ?? icons[0];
  if (!icon?.bytes) return null;
  const mime = imageMime(icon.bytes, icon.ext);
  return mime ? { bytes: icon.bytes, mime } : null;
}

const mimesByExtension: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** An image's type, from its first bytes (an extension may be wrong), else from its extension; null when it is no image. */
export function imageMime(bytes: Uint8Array, ext: string): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 12) === 'ftypavif') return 'image/avif';
  return mimesByExtension[ext.toLowerCase()] ?? null;
}

/** Strict base64 (or base64url): null for anything else, where Buffer would skip what it cannot read. */
export function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) return null;
  if (compact.includes('=') && compact.length % 4 !== 0) return null;
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes); // drops a byte-order mark

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

function megabytes(size: number): string {
  // Rounded up, so that a file just over the limit does not read as the limit itself.
  return `${Math.ceil((size / 1024 / 1024) * 10) / 10} MB`;
}
