import { zipSync, type ZipOptions } from 'fflate';
import type { CardAsset, CardAssetFile, CardFormat, CardImage, CardOtherFile, CardV2, CardV3, Lorebook } from './card-types';
import { isPng, placeholderPng, readPngChunks, textChunk, textKeyword, writePng, type PngChunk } from './png-chunks';
import { embeddedPath, isUnsafeZipName } from './charx';
// V3's own fields go from the V2 copy: the `ccv3` chunk beside it keeps them.
import { v3OnlyFields } from './normalise-card';

/** What a card file carries beside the card: its picture, its assets' bytes, a CHARX's other files. */
export type CardContent = { image?: CardImage | null; assets?: CardAssetFile[]; otherFiles?: CardOtherFile[] };

/** A written card file; `card` is the card as written (a CHARX gives assets it embeds an `embeded://` address). */
export type WrittenCard = { bytes: Uint8Array; mime: string; fileName: string; card: CardV3; warnings: string[] };

const mimes: Record<CardFormat, string> = { json: 'application/json', png: 'image/png', charx: 'application/zip' };

/** A card as a file of the format asked for. */
export function writeCard(card: CardV3, format: CardFormat, content: CardContent = {}): WrittenCard {
  const written =
    format === 'json'
      ? { bytes: writeCardJson(card), card, warnings: unembeddable(card, 'A JSON card') }
      : format === 'png'
        ? { ...writeCardPng(card, content.image ?? null), card }
        : writeCardCharx(card, content);
  return { ...written, mime: mimes[format], fileName: cardFileName(card, format) };
}

/** A V3 card as JSON text (UTF-8, indented so that a person can read it). */
export function writeCardJson(card: CardV3): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(card, null, 2)}\n`);
}

const CARD_KEYWORDS = new Set(['chara', 'ccv3']);

/**
 * A PNG card: the picture given (a PNG; anything else, or none, gets a placeholder in the
 * character's colour) with its old card chunks removed, whatever their case, and two new ones
 * before IEND: `ccv3` with the V3 card and `chara` with its V2 copy, each the base64 of its JSON.
 * The picture's other chunks, the card's embedded `chara-ext-asset_:` ones among them, are kept.
 */
export function writeCardPng(card: CardV3, image: CardImage | null): { bytes: Uint8Array; warnings: string[] } {
  const warnings = unembeddable(card, 'A PNG card');
  let chunks: PngChunk[] | null = null;
  if (image && !isPng(image.bytes)) {
    warnings.push(`The character's picture is not a PNG (${image.mime}), which a PNG card needs: a placeholder picture was used.`);
  } else if (image) {
    const png = readPngChunks(image.bytes);
    if (png.ok) chunks = png.chunks;
    else warnings.push(`The character's picture cannot be used (${png.error}): a placeholder picture was used.`);
  }
  chunks ??= (readPngChunks(placeholderPng(card.data.name)) as { chunks: PngChunk[] }).chunks;
  const kept = chunks.filter((chunk) => !CARD_KEYWORDS.has(textKeyword(chunk)?.toLowerCase() ?? ''));
  kept.splice(
    kept.findIndex((chunk) => chunk.type === 'IEND'),
    0,
    textChunk('chara', base64Json(cardToV2(card))),
    textChunk('ccv3', base64Json(card)),
  );
  return { bytes: writePng(kept), warnings };
}

const base64Json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64');

/** Embedded assets live only in a CHARX: another format keeps their addresses but not their files. */
function unembeddable(card: CardV3, format: string): string[] {
  const count = card.data.assets?.filter((asset) => embeddedPath(asset.uri) !== null).length ?? 0;
  if (count === 0) return [];
  return [
    `${format} cannot hold the card's ${count} embedded asset${count === 1 ? '' : 's'} (pictures, sounds…): export it as CHARX to keep them.`,
  ];
}

const V2_COPY_NOTICE =
  'This is the Character Card V2 copy of a V3 card, for applications that read only V2: what V3 added is missing here. An application that reads V3 cards shows all of it.';

/**
 * The V2 copy of a V3 card (a PNG's `chara` chunk). As the V3 specification asks of such a copy:
 * V3's own fields are left out, the creator notes begin with a notice that this is a copy, and
 * lorebook entries lose their decorators (`@@…` lines). Everything else, unknown fields and
 * extensions included, is kept.
 */
export function cardToV2(card: CardV3): CardV2 {
  const { spec: _spec, spec_version: _version, data, ...rest } = card;
  const fields = Object.entries(data).filter(([key]) => !v3OnlyFields.has(key));
  const v2Data = Object.fromEntries(
    fields.map(([key, value]) => {
      if (key === 'creator_notes') return [key, data.creator_notes ? `${V2_COPY_NOTICE}\n\n${data.creator_notes}` : V2_COPY_NOTICE];
      if (key === 'character_book' && data.character_book) return [key, withoutDecorators(data.character_book)];
      return [key, value];
    }),
  );
  return Object.fromEntries([['spec', 'chara_card_v2'], ['spec_version', '2.0'], ['data', v2Data], ...Object.entries(rest)]) as CardV2;
}

/** A lorebook whose entries' texts begin without their decorators (the `@@name value` lines V3 puts first). */
export function withoutDecorators(book: Lorebook): Lorebook {
  return { ...book, entries: book.entries.map((entry) => ({ ...entry, content: entry.content.replace(/^(?:@@[^\n]*(?:\n|$))+\n*/, '') })) };
}

/**
 * A CHARX: `card.json` at the root, and the assets whose bytes are given. An asset keeps its
 * `embeded://` path; one with bytes but another address (a PNG's `__asset:`, `ccdefault:`) is
 * stored under `assets/{type}/{images|audio|…}/` and its address changed to point there. The
 * picture given becomes the main icon unless an icon is already stored. `otherFiles` (another
 * application's data) are stored as they came.
 */
export function writeCardCharx(card: CardV3, content: CardContent = {}): { bytes: Uint8Array; card: CardV3; warnings: string[] } {
  const warnings: string[] = [];
  const files = new Map<string, Uint8Array>();
  const bytesByUri = new Map((content.assets ?? []).flatMap((asset) => (asset.bytes ? [[asset.uri, asset.bytes] as const] : [])));
  const reserved = new Set(['card.json', ...(content.otherFiles ?? []).map((file) => file.path)]);
  const freePath = (asset: Pick<CardAsset, 'type' | 'name' | 'ext'>) => {
    const ext = safeSegment(asset.ext).toLowerCase() || 'bin';
    const stem = `assets/${safeSegment(asset.type) || 'other'}/${folderFor(ext)}/${safeSegment(asset.name) || 'asset'}`;
    let candidate = `${stem}.${ext}`;
    for (let number = 2; files.has(candidate) || reserved.has(candidate); number++) candidate = `${stem}-${number}.${ext}`;
    return candidate;
  };

  let missing = 0;
  let assets = card.data.assets?.map((asset): CardAsset => {
    const bytes = bytesByUri.get(asset.uri);
    const inside = embeddedPath(asset.uri);
    if (inside !== null && !isUnsafeZipName(inside) && inside !== 'card.json') {
      if (bytes) files.set(inside, bytes);
      else missing += 1;
      return asset;
    }
    if (!bytes) return asset;
    const place = freePath(asset);
    files.set(place, bytes);
    return { ...asset, uri: `embeded://${place}` };
  });
  if (missing > 0) {
    warnings.push(
      `The card names ${missing} embedded asset${missing === 1 ? '' : 's'} whose file is not at hand: the CHARX lacks ${missing === 1 ? 'it' : 'them'}.`,
    );
  }

  const image = content.image;
  const hasIcon = assets?.some((asset) => asset.type === 'icon' && files.has(embeddedPath(asset.uri) ?? ''));
  if (image && !hasIcon) {
    const ext = extensionOf(image.mime);
    const place = freePath({ type: 'icon', name: 'main', ext });
    files.set(place, image.bytes);
    const icon: CardAsset = { type: 'icon', uri: `embeded://${place}`, name: 'main', ext };
    const main = assets?.findIndex((asset) => asset.type === 'icon' && asset.name === 'main') ?? -1;
    assets =
      main >= 0 ? assets!.map((asset, index) => (index === main ? { ...asset, uri: icon.uri, ext } : asset)) : [...(assets ?? []), icon];
  }

  const written: CardV3 = assets === card.data.assets ? card : { ...card, data: { ...card.data, assets } };
  for (const file of content.otherFiles ?? []) {
    if (isUnsafeZipName(file.path) || file.path === 'card.json' || files.has(file.path)) continue;
    files.set(file.path, file.bytes);
  }
  const mtime = zipTime(written.data.modification_date);
  const entries: [string, [Uint8Array, ZipOptions]][] = [
    ['card.json', [new TextEncoder().encode(JSON.stringify(written, null, 2)), { level: 6, mtime }]],
    // Pictures, sounds and videos are compressed already: stored as they are.
    ...[...files].map(([place, bytes]): [string, [Uint8Array, ZipOptions]] => [
      place,
      [bytes, { level: isCompressed(place) ? 0 : 6, mtime }],
    ]),
  ];
  return { bytes: zipSync(Object.fromEntries(entries)), card: written, warnings };
}

const folders: [string, string[]][] = [
  ['images', ['png', 'jpg', 'jpeg', 'webp', 'gif', 'avif', 'bmp', 'svg']],
  ['audio', ['mp3', 'wav', 'ogg', 'flac', 'm4a', 'opus', 'aac']],
  ['video', ['mp4', 'webm', 'mov', 'mkv']],
  ['3d', ['mmd', 'obj', 'fbx', 'glb', 'gltf', 'vrm', 'pmx']],
  ['ai', ['safetensors', 'ckpt', 'pt', 'onnx']],
  ['fonts', ['otf', 'ttf', 'woff', 'woff2']],
  ['code', ['lua', 'js', 'ts', 'py']],
];
const folderFor = (ext: string) => folders.find(([, extensions]) => extensions.includes(ext))?.[0] ?? 'other';
const isCompressed = (place: string) => /\.(png|jpe?g|webp|gif|avif|mp3|ogg|opus|m4a|aac|mp4|webm|mov|mkv|woff2?|zip)$/i.test(place);

const extensionsByMime: Record<string, string> = { 'image/jpeg': 'jpg', 'image/svg+xml': 'svg' };
const extensionOf = (mime: string) => extensionsByMime[mime] ?? (mime.split('/')[1] || 'bin');

/** A part of a path made of letters, digits, spaces, dots, dashes and underscores only. */
const safeSegment = (text: string) =>
  text
    .replace(/[^\p{L}\p{N} ._-]+/gu, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 60);

/** Zip times run from 1980 to 2099; the card's modification date keeps a written CHARX the same from one export to the next. */
function zipTime(seconds: number | undefined): Date {
  const [earliest, latest] = [Date.UTC(1980, 0, 2), Date.UTC(2099, 11, 30)];
  return new Date(Math.min(latest, Math.max(earliest, (seconds ?? 0) * 1000)));
}

/** A file name for the card: the character's name, without what file systems refuse, and the format's extension. */
export function cardFileName(card: CardV3, format: CardFormat): string {
  const name = card.data.name
    // eslint-disable-next-line no-control-regex -- control characters are among what file systems refuse
    .replace(/[<>:"/\\|?*\u0000-\u001F]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80);
  return `${name || 'character'}.${format}`;
}
