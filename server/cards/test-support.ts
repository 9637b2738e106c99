/** What the cards' tests share: their fixtures, and a PNG reader independent of this library's. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const fixtures = path.join(import.meta.dirname, 'fixtures');

/** A fixture file's bytes. */
export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(fixtures, name)));

/** A fixture file's JSON. */
export const fixtureJson = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8'));

export type PngSeenByPython = {
  width: number;
  height: number;
  pixel_bytes: number;
  chunks: string[];
  texts: { keyword: string; text: string }[];
};

/**
 * A PNG as Python's zlib and struct read it (fixtures/png_text_chunks.py): the signature and every
 * CRC checked, the text chunks decoded. `.ci/run` makes sure a python3 is there.
 */
export function readPngWithPython(bytes: Uint8Array): PngSeenByPython {
  const output = execFileSync('python3', [path.join(fixtures, 'png_text_chunks.py')], { input: bytes, timeout: 20_000 });
  return JSON.parse(output.toString('utf8')) as PngSeenByPython;
}
