import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { placeholderPng, readPngChunks, readPngTexts, textChunk, writePng, type PngChunk } from './png-chunks';
import { readPngWithPython } from './test-support';

const chunksOf = (bytes: Uint8Array) => {
  const read = readPngChunks(bytes);
  if (!read.ok) throw new Error(read.error);
  return read.chunks;
};

/** The placeholder with text chunks put before its IEND. */
function pngWith(...texts: PngChunk[]): Uint8Array {
  const chunks = chunksOf(placeholderPng('test'));
  return writePng([...chunks.slice(0, -1), ...texts, chunks[chunks.length - 1]]);
}

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part)))));

describe('placeholderPng', () => {
  it('makes a valid 400×600 PNG that another reader decodes whole, the same colour for the same seed', () => {
    const png = placeholderPng('Greta Holm');
    const seen = readPngWithPython(png);
    expect(seen).toMatchObject({ width: 400, height: 600, pixel_bytes: 600 * (1 + 400 * 3), chunks: ['IHDR', 'IDAT', 'IEND'] });
    expect(png).toEqual(placeholderPng('Greta Holm'));
    expect(png).not.toEqual(placeholderPng('Bram'));
    console.log(`placeholder PNG: ${png.length} bytes`);
  });
});

describe('readPngChunks', () => {
  const good = pngWith(textChunk('Comment', 'hello'));

  it('reads every chunk up to IEND and ignores what follows it', () => {
    const read = readPngChunks(bytes(good, 'trailing bytes'));
    expect(read.ok && read.chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'tEXt', 'IEND']);
  });

  it('refuses a damaged file, saying what is wrong', () => {
    expect(readPngChunks(good.subarray(0, good.length - 20))).toEqual({ ok: false, error: 'This PNG is damaged: the file is cut short.' });
    expect(readPngChunks(good.subarray(0, good.length - 12))).toEqual({ ok: false, error: 'This PNG is damaged: the file is cut short.' });
    const flipped = good.slice();
    flipped[flipped.length - 20] ^= 0xff; // inside the tEXt chunk's text
    expect(readPngChunks(flipped)).toEqual({ ok: false, error: 'This PNG is damaged: the checksum of its tEXt chunk is wrong.' });
    const crlf = good.slice();
    crlf[4] = 0x0a;
    expect(readPngChunks(crlf)).toEqual({
      ok: false,
      error: 'This PNG is damaged: its signature is wrong (was it sent as text rather than as a file?).',
    });
    const noHeader = writePng([textChunk('a', 'b'), { type: 'IEND', data: new Uint8Array(0) }]);
    expect(readPngChunks(noHeader)).toEqual({ ok: false, error: 'This PNG is damaged: it does not begin with an IHDR chunk.' });
  });
});

describe('readPngTexts', () => {
  it('reads tEXt and zTXt as Latin-1 and iTXt as UTF-8, compressed or not', () => {
    const zTXt = { type: 'zTXt', data: bytes('Title\0', [0], zlib.deflateSync(Buffer.from('Caf\xe9', 'latin1'))) };
    const iTXt = { type: 'iTXt', data: bytes('Author\0', [0, 0], 'fr\0Auteur\0', Buffer.from('Zoë ✓', 'utf8')) };
    const iTXtCompressed = { type: 'iTXt', data: bytes('Note\0', [1, 0], '\0\0', zlib.deflateSync(Buffer.from('über', 'utf8'))) };
    const texts = readPngTexts(chunksOf(pngWith(textChunk('Comment', 'na\xefve'), zTXt, iTXt, iTXtCompressed)));
    expect(texts).toEqual([
      { type: 'tEXt', keyword: 'Comment', text: 'naïve' },
      { type: 'zTXt', keyword: 'Title', text: 'Café' },
      { type: 'iTXt', keyword: 'Author', text: 'Zoë ✓' },
      { type: 'iTXt', keyword: 'Note', text: 'über' },
    ]);
  });

  it('says why a compressed text cannot be read rather than failing', () => {
    const broken = { type: 'zTXt', data: bytes('chara\0', [0], 'not zlib at all') };
    expect(readPngTexts([broken])).toEqual([{ type: 'zTXt', keyword: 'chara', text: null, problem: 'its compressed text is damaged' }]);
  });
});
