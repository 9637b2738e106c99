/**
 * PNG files as chunks (https://www.w3.org/TR/png/#5Chunk-layout): read and checked, their text
 * chunks decoded, written back; and a plain placeholder picture for a character that has none.
 */
import zlib from 'node:zlib';
import { Rng } from '../lib/seeded-random';

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export type PngChunk = { type: string; data: Uint8Array };

/** A text chunk's kind, keyword and text, or why its text could not be read (damaged or oversized compressed text). */
export type PngText = { type: string; keyword: string } & ({ text: string } | { text: null; problem: string });

/** Compressed text (zTXt, compressed iTXt) may inflate to at most this much: beyond, it is not a card but a bomb. */
const MAX_INFLATED_TEXT = 50 * 1024 * 1024;

export const isPng = (bytes: Uint8Array) => bytes.length >= 8 && PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);

const damaged = (why: string) => ({ ok: false as const, error: `This PNG is damaged: ${why}` });

/**
 * A PNG's chunks up to IEND, each checked against its CRC: a damaged file is refused with a
 * sentence that says what is wrong. Bytes after IEND are ignored, as PNG decoders do.
 */
export function readPngChunks(bytes: Uint8Array): { ok: true; chunks: PngChunk[] } | { ok: false; error: string } {
  if (!isPng(bytes)) return damaged('its signature is wrong (was it sent as text rather than as a file?).');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let offset = PNG_SIGNATURE.length;
  for (;;) {
    if (offset + 12 > bytes.length) return damaged('the file is cut short.');
    const length = view.getUint32(offset);
    const typeBytes = bytes.subarray(offset + 4, offset + 8);
    const type = String.fromCharCode(...typeBytes);
    if (!/^[A-Za-z]{4}$/.test(type)) return damaged('it holds a chunk with an invalid name.');
    const dataEnd = offset + 8 + length;
    if (dataEnd + 4 > bytes.length) return damaged('the file is cut short.');
    const data = bytes.subarray(offset + 8, dataEnd);
    if (view.getUint32(dataEnd) !== zlib.crc32(data, zlib.crc32(typeBytes))) return damaged(`the checksum of its ${type} chunk is wrong.`);
    if (chunks.length === 0 && type !== 'IHDR') return damaged('it does not begin with an IHDR chunk.');
    chunks.push({ type, data });
    offset = dataEnd + 4;
    if (type === 'IEND') return { ok: true, chunks };
  }
}

/** The keyword of a text chunk (tEXt, zTXt, iTXt), or null for any other chunk. */
export function textKeyword(chunk: PngChunk): string | null {
  if (chunk.type !== 'tEXt' && chunk.type !== 'zTXt' && chunk.type !== 'iTXt') return null;
  const end = chunk.data.indexOf(0);
  return latin1(chunk.data.subarray(0, end < 0 ? chunk.data.length : end));
}

/** Every text chunk's keyword and text, in file order: tEXt and zTXt in Latin-1, iTXt in UTF-8, compressed ones inflated. */
export function readPngTexts(chunks: PngChunk[]): PngText[] {
  const texts: PngText[] = [];
  for (const chunk of chunks) {
    const found = textKeyword(chunk);
    if (found === null) continue;
    const head = { type: chunk.type, keyword: found };
    const data = chunk.data;
    const afterKeyword = data.indexOf(0) + 1;
    if (afterKeyword === 0) {
      texts.push({ ...head, text: '' });
      continue;
    }
    if (chunk.type === 'tEXt') {
      texts.push({ ...head, text: latin1(data.subarray(afterKeyword)) });
    } else if (chunk.type === 'zTXt') {
      const inflated = inflate(data.subarray(afterKeyword + 1));
      texts.push(typeof inflated === 'string' ? { ...head, text: null, problem: inflated } : { ...head, text: latin1(inflated) });
    } else {
      // iTXt: compression flag, method, language tag\0, translated keyword\0, text.
      const compressed = data[afterKeyword] === 1;
      const languageEnd = data.indexOf(0, afterKeyword + 2);
      const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
      if (translatedEnd < 0) {
        texts.push({ ...head, text: null, problem: 'its international text chunk is incomplete' });
        continue;
      }
      const body = data.subarray(translatedEnd + 1);
      const inflated = compressed ? inflate(body) : body;
      texts.push(
        typeof inflated === 'string'
          ? { ...head, text: null, problem: inflated }
          : { ...head, text: Buffer.from(inflated).toString('utf8') },
      );
    }
  }
  return texts;
}

function inflate(bytes: Uint8Array): Uint8Array | string {
  try {
    return zlib.inflateSync(bytes, { maxOutputLength: MAX_INFLATED_TEXT });
  } catch (error) {
    return error instanceof RangeError ? 'its compressed text is too large' : 'its compressed text is damaged';
  }
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** A tEXt chunk. The text is written as Latin-1, so it should be ASCII (a card's is base64). */
export function textChunk(keyword: string, text: string): PngChunk {
  return { type: 'tEXt', data: Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.of(0), Buffer.from(text, 'latin1')]) };
}

/** A PNG file of these chunks, each with its length and CRC. */
export function writePng(chunks: PngChunk[]): Uint8Array {
  const parts: Uint8Array[] = [PNG_SIGNATURE];
  for (const chunk of chunks) {
    const header = Buffer.alloc(8);
    header.writeUInt32BE(chunk.data.length, 0);
    header.write(chunk.type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(chunk.data, zlib.crc32(header.subarray(4))), 0);
    parts.push(header, chunk.data, crc);
  }
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * A picture for a character that has none: a PNG of one colour, chosen from `seed` (the
 * character's name: the same name, the same colour), muted so that it reads as a placeholder.
 */
export function placeholderPng(seed: string, width = 400, height = 600): Uint8Array {
  const [red, green, blue] = hslToRgb(Rng.fromText(seed).float() * 360, 0.35, 0.55);
  const row = Buffer.alloc(1 + width * 3); // filter byte 0, then RGB triples
  for (let x = 0; x < width; x++) row.set([red, green, blue], 1 + x * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter method, not interlaced
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)), { level: 9 });
  return writePng([
    { type: 'IHDR', data: header },
    { type: 'IDAT', data: pixels },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
}

function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const amplitude = saturation * Math.min(lightness, 1 - lightness);
  const channel = (shift: number) => {
    const k = (shift + hue / 30) % 12;
    return Math.round(255 * (lightness - amplitude * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [channel(0), channel(8), channel(4)];
}
