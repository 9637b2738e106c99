import path from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';

/** How a document is read, decided by its file name's extension. */
export type DocumentKind = 'text' | 'markdown' | 'csv' | 'pdf' | 'docx';

const kindsByExtension: Record<string, DocumentKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.csv': 'csv',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

export const readableKinds = 'plain text (.txt), Markdown (.md), CSV (.csv), PDF (.pdf) and Word (.docx)';

export function documentKind(fileName: string): DocumentKind | null {
  return kindsByExtension[path.extname(fileName).toLowerCase()] ?? null;
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** A DOCX is a zip: its parts, inflated, may hold at most this much (a zip bomb stops here). */
const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

const failed = (reason: string): ReadResult => ({ ok: false, reason });

/** A library's error as words to put in brackets: its first line, without a closing stop. */
export const problemOf = (error: unknown) =>
  (error instanceof Error ? (error.message.split('\n')[0] ?? '') : '').replace(/[.\s]+$/, '') || 'unknown problem';

/**
 * A document's text, or why it has none. Runs in the extraction worker (server/knowledge/
 * extraction-worker.ts): a PDF or a DOCX may take long or much memory, and the server must keep
 * serving meanwhile.
 */
export async function readDocument(kind: DocumentKind, bytes: Uint8Array): Promise<ReadResult> {
  const result = await readByKind(kind, bytes);
  if (!result.ok) return result;
  const text = tidyText(result.text);
  if (!text.trim()) return failed(kind === 'pdf' ? pdfWithoutText : 'The file holds no text.');
  return { ok: true, text };
}

function readByKind(kind: DocumentKind, bytes: Uint8Array): Promise<ReadResult> | ReadResult {
  switch (kind) {
    case 'text':
    case 'markdown':
    case 'csv':
      return decodeText(bytes);
    case 'pdf':
      return readPdf(bytes);
    case 'docx':
      return readDocx(bytes);
  }
}

/** Line ends made `\n`, no NUL or other control characters, no trailing spaces on lines. */
function tidyText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

const notText =
  'This file does not look like text: it holds binary data. Save it as plain text (UTF-8) and upload it again, or upload it as the kind of file it is.';

/** Text in UTF-8 (or UTF-16 with its byte-order mark, or Windows-1252 as older editors save it). */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };
  // Text has no NUL bytes, and few control characters besides tabs and line ends.
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return failed(notText);
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls += 1;
  }
  if (controls > Math.max(8, bytes.length / 200)) return failed(notText);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes) };
  }
}

// Windows-1252's characters at 0x80–0x9F (where Latin-1 has control characters); the rest is Latin-1.
// Node 20's TextDecoder decodes 'windows-1252' as Latin-1, so the table is applied here.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

const pdfWithoutText =
  'This PDF has no text to read: its pages are images (a scan, perhaps). Upload a PDF with selectable text, or the text itself.';

async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    // pdf.js takes ownership of the buffer it is given: a copy keeps the caller's intact.
    document = await getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: VerbosityLevel.ERRORS,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return failed('This PDF is protected by a password. Upload a copy without the password.');
    return failed(`This file could not be read as a PDF (${problemOf(error)}).`);
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
      page.cleanup();
    }
    return { ok: true, text: pages.join('\n\n') };
  } finally {
    await document.destroy();
  }
}

/**
 * A DOCX's text. Its zip is inflated first with a running count, so that an archive that would
 * inflate to more than MAX_UNZIPPED_BYTES (a zip bomb) is refused before mammoth opens it.
 */
async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  const inflated = inflatedSize(bytes);
  if (inflated === 'bomb') {
    return failed(`This DOCX would unpack to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB: it is refused as a zip bomb.`);
  }
  if (inflated === 'corrupt') return failed('This file is not a readable DOCX: its zip archive is damaged.');
  const mammoth = (await import('mammoth')).default;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { ok: true, text: result.value };
  } catch (error) {
    return failed(`This file could not be read as a DOCX (${problemOf(error)}).`);
  }
}

/** How much a zip's entries inflate to, counted as they inflate and stopped at the limit. */
function inflatedSize(bytes: Uint8Array): number | 'bomb' | 'corrupt' {
  let total = 0;
  let bomb = false;
  let corrupt = false;
  let entries = 0;
  const unzip = new Unzip((file) => {
    entries += 1;
    file.ondata = (error, chunk) => {
      if (error) corrupt = true;
      else total += chunk.length;
      if (total > MAX_UNZIPPED_BYTES && !bomb) {
        bomb = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    const step = 1024 * 1024;
    for (let offset = 0; offset < bytes.length && !bomb && !corrupt; offset += step) {
      unzip.push(bytes.subarray(offset, offset + step), offset + step >= bytes.length);
    }
  } catch {
    corrupt = true;
  }
  if (bomb) return 'bomb';
  if (corrupt || entries === 0) return 'corrupt';
  return total;
}
