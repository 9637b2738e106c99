import fs from 'node:fs';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import type { z } from 'zod/mini';
import { errorMessages } from '../../contract/errors';
import {
  knowledgeDocumentRequest,
  knowledgeListRequest,
  knowledgeUpdateRequest,
  knowledgeUpload,
  knowledgeUploadRequest,
} from '../../contract/schemas/knowledge';
import type { CharacterStore } from '../db/characters';
import type { DocumentRow, KnowledgeStore, ListedDocumentRow } from '../db/knowledge';
import type { User } from '../db/users';
import { errorBody } from '../http/error-body';
import type { Extractor } from '../knowledge/extractor';
import { documentKind, readableKinds, type DocumentKind } from '../knowledge/read-document';
import { splitPassages } from '../knowledge/split-passages';
import { convaiPost, type KeyRing } from './endpoint';
import { changeSourceOf } from '../versions/change-source';
import type { ChangeRecorder } from '../versions/record-change';

export const knowledgeErrors = {
  document: (id: string) => `No document '${id}' in this account's knowledge bank.`,
  noFile: 'file is required: the document, sent as a file part of a multipart/form-data body.',
  emptyFile: 'The file is empty: there is nothing to read in it.',
  fileName: 'file_name must be a file name of at most 255 characters, without control characters.',
  kind: (fileName: string) =>
    `'${fileName}' is not a kind of file the knowledge bank reads. It reads ${readableKinds}: the file name's extension says which.`,
  character: errorMessages.characterNotFound,
} as const;

/** Where the knowledge bank keeps what it was given, and who reads it. */
export type KnowledgeFiles = {
  /** The uploaded files are kept here, named by document id and revision (never by the name given). */
  directory: string;
  extractor: Extractor;
};

/** The record Convai prints, with the local server's additions (processing state, why it failed, passages). */
export function documentRecord(row: DocumentRow, connected: boolean, passageCount: number | null = null) {
  return {
    id: row.id,
    file_name: row.file_name,
    is_available: row.state === 'ready',
    status: connected ? 'active' : 'inactive',
    timestamp: row.updated_at,
    file_size: String(row.file_size),
    processing_status: row.state,
    processing_error: row.failure,
    passage_count: passageCount,
  };
}

const listedRecord = (row: ListedDocumentRow) => ({
  ...documentRecord(row, row.connected === 1, row.state === 'ready' ? row.passage_count : null),
  // The local server's addition: every character using the document (they are all the user's own).
  character_ids: JSON.parse(row.character_ids) as string[],
});

/** The name a document is listed under: the last part of what was sent (a client may send a path). */
function documentName(sent: string): string | null {
  const name = sent.split(/[\\/]/).at(-1)?.trim() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (!name || name.length > 255 || /[\u0000-\u001F\u007F]/.test(name)) return null;
  return name;
}

type Upload = { ok: true; bytes: Uint8Array; fileName: string; kind: DocumentKind } | { ok: false; message: string };

/** The file and the name it goes by, from an upload or update body; or why they are refused. */
async function readUpload(fields: { file_name?: unknown; file?: unknown }, fallbackName: string | null): Promise<Upload> {
  let { file, file_name: sentName } = fields;
  // Convai's Python sample sends file_name as a part of its own; a client sending only that part,
  // named like a file, sends the document under that field.
  if (!(file instanceof Blob) && sentName instanceof Blob && 'name' in sentName && sentName.size > 300) {
    file = sentName;
    sentName = undefined;
  }
  if (!(file instanceof Blob)) return { ok: false, message: knowledgeErrors.noFile };
  if (sentName instanceof Blob) sentName = sentName.size <= 1024 ? await sentName.text() : undefined;
  const given = typeof sentName === 'string' && sentName.trim() ? sentName : ('name' in file && (file as File).name) || fallbackName;
  const fileName = typeof given === 'string' ? documentName(given) : null;
  if (!fileName) return { ok: false, message: knowledgeErrors.fileName };
  const kind = documentKind(fileName);
  if (!kind) return { ok: false, message: knowledgeErrors.kind(fileName) };
  if (file.size === 0) return { ok: false, message: knowledgeErrors.emptyFile };
  return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()), fileName, kind };
}

/**
 * Where an uploaded document's file is kept, and reading it in the background: what an upload does,
 * shared with importing a character card (its lorebook becomes a document).
 */
export function documentFiles(files: KnowledgeFiles, knowledgeStore: KnowledgeStore) {
  const fileOf = (row: DocumentRow) => path.join(files.directory, `${row.id}-${row.revision}${path.extname(row.file_name).toLowerCase()}`);

  /** Reads a revision of a document in the background; it ends ready, or failed saying why. */
  const process = (row: DocumentRow, bytes: Uint8Array) => {
    void files.extractor
      .extract(row.kind, bytes)
      .then((result) => {
        if (result.ok) knowledgeStore.finish(row.id, row.revision, splitPassages(result.text, row.kind));
        else knowledgeStore.fail(row.id, row.revision, result.reason);
      })
      .catch((error: unknown) => {
        // The document stays `processing`: the log says why (a database that cannot be written to).
        console.error(`The text of '${row.file_name}' could not be stored:`, error);
      });
  };

  /** Keeps the file; the previous revision's file goes once the new one is written. */
  const keepFile = (row: DocumentRow, bytes: Uint8Array, previous?: DocumentRow) => {
    fs.mkdirSync(files.directory, { recursive: true });
    fs.writeFileSync(fileOf(row), bytes);
    if (previous) fs.rmSync(fileOf(previous), { force: true });
  };

  return { fileOf, keepFile, process };
}

/**
 * The knowledge bank, mounted at /character: an account's documents (upload, update, list, delete),
 * read and indexed in the background, and the passages of one (the local server's addition).
 * Connecting documents to characters goes through /character/update (server/convai/characters.ts).
 */
export function knowledgeRoutes(
  keys: KeyRing,
  characterStore: CharacterStore,
  knowledgeStore: KnowledgeStore,
  files: KnowledgeFiles,
  recordChange: ChangeRecorder,
) {
  const routes = new Hono();

  const { fileOf, keepFile, process } = documentFiles(files, knowledgeStore);

  const knowledgePost = <S extends z.ZodMiniType>(
    routePath: string,
    schema: S,
    handler: (c: Context, input: z.output<S>, user: User) => Response | Promise<Response>,
    upload = false,
  ) =>
    routes.post(
      routePath,
      convaiPost(
        keys,
        {
          authKey: 'API_ERROR',
          errorKey: 'ERROR',
          schema,
          invalid: (problem) => problem,
          // The whole file, and room for the multipart framing and the other fields.
          ...(upload ? { maxBodyBytes: knowledgeUpload.maxBytes + 64 * 1024, tooLarge: tooLargeMessage } : {}),
        },
        handler,
      ),
    );
  const refuse = (c: Context, message: string) => errorBody(c, 'ERROR', message, 400);

  knowledgePost(
    '/knowledge-bank/upload',
    knowledgeUploadRequest,
    async (c, input, user) => {
      const upload = await readUpload(input, null);
      if (!upload.ok) return refuse(c, upload.message);
      if (upload.bytes.byteLength > knowledgeUpload.maxBytes) return tooLarge(c);
      const row = knowledgeStore.create(user.id, { fileName: upload.fileName, fileSize: upload.bytes.byteLength, kind: upload.kind });
      try {
        keepFile(row, upload.bytes);
      } catch (error) {
        knowledgeStore.remove(row.id, user.id);
        throw error;
      }
      process(row, upload.bytes);
      return c.json(documentRecord(row, false));
    },
    true,
  );

  knowledgePost(
    '/knowledge-bank/update',
    knowledgeUpdateRequest,
    async (c, input, user) => {
      const previous = knowledgeStore.owned(input.document_id, user.id);
      if (!previous) return refuse(c, knowledgeErrors.document(input.document_id));
      const upload = await readUpload(input, previous.file_name);
      if (!upload.ok) return refuse(c, upload.message);
      if (upload.bytes.byteLength > knowledgeUpload.maxBytes) return tooLarge(c);
      const row = knowledgeStore.replace(previous.id, user.id, {
        fileName: upload.fileName,
        fileSize: upload.bytes.byteLength,
        kind: upload.kind,
      });
      if (!row) return refuse(c, knowledgeErrors.document(input.document_id));
      keepFile(row, upload.bytes, previous);
      process(row, upload.bytes);
      return c.json(documentRecord(row, false));
    },
    true,
  );

  knowledgePost('/knowledge-bank/list', knowledgeListRequest, (c, input, user) => {
    const characterId = input.character_id ?? null;
    if (characterId !== null && !characterStore.owned(characterId, user.id)) return refuse(c, knowledgeErrors.character);
    return c.json({ docs: knowledgeStore.list(user.id, characterId).map(listedRecord) });
  });

  knowledgePost('/knowledge-bank/delete', knowledgeDocumentRequest, (c, input, user) => {
    const row = knowledgeStore.owned(input.document_id, user.id);
    const losing = row ? knowledgeStore.charactersUsing(row.id) : [];
    if (!row || !knowledgeStore.remove(row.id, user.id)) return refuse(c, knowledgeErrors.document(input.document_id));
    fs.rmSync(fileOf(row), { force: true });
    // Each character that lost the document changed.
    for (const characterId of losing) recordChange(characterId, changeSourceOf(c));
    return c.json({ STATUS: 'SUCCESS' });
  });

  // The local server's addition: a document's extracted text, passage by passage, for the
  // dashboard's preview and its "Sources".
  knowledgePost('/knowledge-bank/passages', knowledgeDocumentRequest, (c, input, user) => {
    const row = knowledgeStore.owned(input.document_id, user.id);
    if (!row) return refuse(c, knowledgeErrors.document(input.document_id));
    const passages = row.state === 'ready' ? knowledgeStore.passages(row.id) : [];
    return c.json({
      document: documentRecord(row, false, row.state === 'ready' ? passages.length : null),
      passages: passages.map((passage) => ({ passage_id: passage.id, text: passage.text })),
    });
  });

  return routes;
}

const tooLargeMessage = `The file is too large: the knowledge bank takes files of up to ${knowledgeUpload.maxBytes / 1024 / 1024} MiB.`;

const tooLarge = (c: Context) => errorBody(c, 'ERROR', tooLargeMessage, 413);
