import { queryOptions } from '@tanstack/react-query';
import { API_BASE, ApiError, apiRequest, checkAnswer, errorFromResponse, type AnswerSchema } from './client';
import type { UpdateCharacterInput } from '@contract/schemas/characters';
import type { KnowledgeDocument, ProcessingState } from '@contract/schemas/knowledge';

// Imported by lazy pages only; the schemas load with the first call that needs them all the same.
const contract = () => import('@contract/schemas/knowledge');
const documentSchema = () => contract().then((module) => module.knowledgeDocumentSchema);
const listSchema = () => contract().then((module) => module.knowledgeListSchema);
const deletedSchema = () => contract().then((module) => module.knowledgeDeletedSchema);
const passagesSchema = () => contract().then((module) => module.documentPassagesSchema);
const statusResponseSchema = () => import('@contract/schemas/characters').then((module) => module.statusResponseSchema);

/** The list asked for without a character: an account that has none yet (every document `inactive`). */
const ACCOUNT = '(account)';

export const knowledgeKeys = {
  all: ['knowledge'] as const,
  lists: () => [...knowledgeKeys.all, 'list'] as const,
  /** The account's documents, `status` said for one character (or for none). */
  list: (characterId: string | null) => [...knowledgeKeys.lists(), characterId ?? ACCOUNT] as const,
  passages: () => [...knowledgeKeys.all, 'passages'] as const,
  passagesOf: (documentId: string) => [...knowledgeKeys.passages(), documentId] as const,
};

/** Every document of the account; `status` is `active` where connected to `characterId`. */
export const listDocuments = (characterId: string | null, signal?: AbortSignal) =>
  apiRequest('/character/knowledge-bank/list', {
    body: characterId === null ? {} : { character_id: characterId },
    schema: listSchema,
    signal,
  }).then((body) => body.docs);

/** Connects a document to a character (`active`) or disconnects it (`inactive`). */
export const setDocumentStatus = (input: { charID: string; documentId: string; active: boolean }) =>
  apiRequest('/character/update', {
    body: {
      charID: input.charID,
      docs: [{ id: input.documentId, status: input.active ? 'active' : 'inactive' }],
    } satisfies UpdateCharacterInput,
    schema: statusResponseSchema,
  });

/** Deletes a document: every character connected to it loses it. */
export const deleteDocument = (documentId: string) =>
  apiRequest('/character/knowledge-bank/delete', { body: { document_id: documentId }, schema: deletedSchema });

/** A document's extracted text, passage by passage (the local server only: Convai's API does not give it back). */
export const getPassages = (documentId: string, signal?: AbortSignal) =>
  apiRequest('/character/knowledge-bank/passages', { body: { document_id: documentId }, schema: passagesSchema, signal });

export type UploadOptions = {
  /** How much of the file has been sent, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** Aborting cancels the upload: the promise rejects with an AbortError. */
  signal?: AbortSignal;
};

/** Uploads a new document; it arrives `processing`. */
export function uploadDocument(file: File, options: UploadOptions = {}): Promise<KnowledgeDocument> {
  const form = new FormData();
  form.append('file_name', file.name);
  form.append('file', file, file.name);
  return sendForm('/character/knowledge-bank/upload', form, documentSchema, options);
}

/** Uploads a new version of a document; it is processed again. */
export function updateDocument(documentId: string, file: File, options: UploadOptions = {}): Promise<KnowledgeDocument> {
  const form = new FormData();
  form.append('document_id', documentId);
  form.append('file', file, file.name);
  return sendForm('/character/knowledge-bank/update', form, documentSchema, options);
}

/** The headers of an XMLHttpRequest's answer, as a fetch Response has them. */
function headersOf(request: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of request
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

const aborted = () => new DOMException('The upload was cancelled.', 'AbortError');

/**
 * Sends a multipart form with XMLHttpRequest: fetch cannot tell how much of a body has been sent.
 * Answers and error bodies are read exactly as `apiRequest` reads them (through a Response made of
 * the request's answer, handed to the same `errorFromResponse` and `checkAnswer`).
 */
function sendForm<T>(path: string, form: FormData, schema: AnswerSchema<T>, { onProgress, signal }: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(aborted());
      return;
    }
    const request = new XMLHttpRequest();
    const cancel = () => request.abort();
    const done = () => signal?.removeEventListener('abort', cancel);
    request.open('POST', `${API_BASE}${path}`);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      done();
      // A status outside 200–599 is no HTTP answer a Response can carry.
      if (request.status < 200 || request.status > 599) {
        reject(new ApiError('Could not reach the server. Check that it is running and try again.', 0));
        return;
      }
      const response = new Response(request.status === 204 ? null : request.responseText, {
        status: request.status,
        statusText: request.statusText,
        headers: headersOf(request),
      });
      if (!response.ok) {
        void errorFromResponse(response).then(reject, reject);
        return;
      }
      onProgress?.(1);
      let json: unknown;
      try {
        json = JSON.parse(request.responseText);
      } catch {
        reject(new ApiError('The server sent an answer that is not JSON.', request.status));
        return;
      }
      checkAnswer(path, request.status, json, schema).then(resolve, reject);
    };
    request.onerror = () => {
      done();
      reject(new ApiError('The upload did not reach the server, or the connection broke. Check that it is running and try again.', 0));
    };
    request.onabort = () => {
      done();
      reject(aborted());
    };
    signal?.addEventListener('abort', cancel, { once: true });
    request.send(form);
  });
}

/** While a document is being processed, its list is asked for again every second. */
export const POLL_MS = 1_000;
/** Convai's service says only "not available yet", also of a document it never will read: asked for less often. */
export const HOSTED_POLL_MS = 10_000;

/**
 * Where a document is in its processing: the local server says; Convai's service says only whether
 * it is available yet (a document it could not read stays unavailable).
 */
export const processingStateOf = (document: KnowledgeDocument): ProcessingState =>
  document.processing_status ?? (document.is_available ? 'ready' : 'processing');

/** How soon to ask for a list again: each second while the local server processes a document, less often for Convai's, else not. */
export function pollInterval(documents: readonly KnowledgeDocument[] | undefined): number | false {
  if (!documents) return false;
  if (documents.some((document) => document.processing_status === 'processing')) return POLL_MS;
  if (documents.some((document) => document.processing_status === undefined && !document.is_available)) return HOSTED_POLL_MS;
  return false;
}

export const knowledgeQueries = {
  list: (characterId: string | null) =>
    queryOptions({ queryKey: knowledgeKeys.list(characterId), queryFn: ({ signal }) => listDocuments(characterId, signal) }),
  passages: (documentId: string) =>
    queryOptions({
      queryKey: knowledgeKeys.passagesOf(documentId),
      queryFn: ({ signal }) => getPassages(documentId, signal),
      // A refusal (hosted mode, a document gone) is an answer, not a hiccup to retry.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    }),
};
