/** CHARX files (a zip with card.json at its root, and the card's assets): reading them safely, and their paths. */
import { Unzip, UnzipInflate } from 'fflate';

/** A CHARX's files, inflated, may hold at most this much: a zip bomb stops here. */
export const MAX_CHARX_UNZIPPED_BYTES = 100 * 1024 * 1024;
/** and it may hold at most this many files (each costs a little, even empty). */
export const MAX_CHARX_FILES = 10_000;

export type UnzippedCharx = { ok: true; files: Map<string, Uint8Array> } | { ok: false; error: string };

/**
 * A name that could lead out of the folder it is unpacked into, were anyone to unpack it: `..` as a
 * part, an absolute path, a drive letter, a backslash (a Windows separator a zip must not use).
 */
export const isUnsafeZipName = (name: string) =>
  name.startsWith('/') || name.includes('\\') || name.includes('\0') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..');

/**
 * A CHARX's files by path, inflated with a running count (as server/knowledge/read-document.ts
 * does for DOCX) so that an archive that would unpack to more than MAX_CHARX_UNZIPPED_BYTES is
 * refused as soon as it gets there. A file with an unsafe name refuses the whole archive: no tool
 * writes such names, so it is damaged or made to attack, and refusing says so where skipping
 * would hide it. Folders are skipped; of two files with one name, the first is kept.
 */
export function unzipCharx(bytes: Uint8Array): UnzippedCharx {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  let count = 0;
  let problem: string | null = null;
  const unfinished = new Set<string>();
  const unzip = new Unzip((file) => {
    if (problem) return;
    if (isUnsafeZipName(file.name)) {
      const shown = file.name.length > 80 ? `${file.name.slice(0, 77)}…` : file.name;
      problem = `This CHARX holds a file with an unsafe name ('${shown}'): it is refused.`;
      return;
    }
    if (file.name.endsWith('/')) return;
    count += 1;
    if (count > MAX_CHARX_FILES) {
      problem = `This CHARX holds more than ${MAX_CHARX_FILES.toLocaleString('en')} files: it is refused.`;
      return;
    }
    if (files.has(file.name)) return;
    const name = file.name;
    const pieces: Uint8Array[] = [];
    unfinished.add(name);
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) {
        problem = damaged;
        return;
      }
      total += chunk.length;
      if (total > MAX_CHARX_UNZIPPED_BYTES) {
        problem = `This CHARX would unpack to more than ${MAX_CHARX_UNZIPPED_BYTES / 1024 / 1024} MB: it is refused as a zip bomb.`;
        file.terminate();
        return;
      }
      pieces.push(chunk);
      if (final) {
        files.set(name, pieces.length === 1 ? pieces[0] : concat(pieces));
        unfinished.delete(name);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Small steps: deflate inflates up to about a thousand times, so one step never unpacks more than about 16 MB at once.
    const step = 16 * 1024;
    for (let offset = 0; offset < bytes.length && !problem; offset += step) {
      unzip.push(bytes.subarray(offset, offset + step), offset + step >= bytes.length);
    }
  } catch {
    problem ??= damaged;
  }
  if (problem) return { ok: false, error: problem };
  if (unfinished.size > 0) return { ok: false, error: damaged };
  return { ok: true, files };
}

const damaged = 'This CHARX is damaged: its zip archive cannot be read.';

/** The path inside a CHARX that an `embeded://` address names (the spec's spelling, with one d; the usual one is read too), or null. */
export function embeddedPath(uri: string): string | null {
  for (const scheme of ['embeded://', 'embedded://']) if (uri.startsWith(scheme)) return uri.slice(scheme.length);
  return null;
}

function concat(pieces: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}
