import { createApp } from '../app';
import { openDatabase, type Db } from '../db/connection';

export const KEY_A = 'test-key-user-a';
export const KEY_B = 'test-key-user-b';

export type Encoding = 'json' | 'form' | 'multipart';

/** An answer's JSON object, fields unchecked: tests compare them with `expect`. */
export type JsonObject = Record<string, unknown>;

type App = ReturnType<typeof createApp>;

/** An answer read for a test: its status, its text, and its JSON when it is JSON. */
async function answerOf<T>(response: Response) {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  // The caller says what it expects; a test that reads a field it did not expect fails its assertion.
  return { status: response.status, json: json as T, text, headers: response.headers };
}

/**
 * A fresh app on its own in-memory database, with two users (KEY_A, KEY_B); or helpers around a
 * given database and app.
 */
export function testApp(options: { db?: Db; app?: App } = {}) {
  const db = options.db ?? openDatabase(':memory:').db;
  const app = options.app ?? createApp({ db, localApiKeys: [KEY_A, KEY_B], distDir: null });

  /** POSTs a body in the given encoding, as a Convai client would. */
  async function post<T = JsonObject>(
    path: string,
    body: Record<string, unknown> = {},
    init: { key?: string | null; encoding?: Encoding } = {},
  ) {
    const key = init.key === undefined ? KEY_A : init.key;
    const headers: Record<string, string> = {};
    if (key !== null) headers['CONVAI-API-KEY'] = key;
    let payload: BodyInit;
    switch (init.encoding ?? 'json') {
      case 'json':
        headers['Content-Type'] = 'application/json';
        payload = JSON.stringify(body);
        break;
      case 'form': {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        const params = new URLSearchParams();
        for (const [name, value] of Object.entries(body)) {
          for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
        }
        payload = params.toString();
        break;
      }
      case 'multipart': {
        const form = new FormData();
        for (const [name, value] of Object.entries(body)) {
          for (const item of Array.isArray(value) ? value : [value]) form.append(name, String(item));
        }
        payload = form;
        break;
      }
    }
    return answerOf<T>(await app.request(path, { method: 'POST', headers, body: payload }));
  }

  async function createCharacter(overrides: Record<string, unknown> = {}, key = KEY_A): Promise<string> {
    const response = await post(
      '/character/create',
      { charName: 'Raymond', voiceType: 'MALE', backstory: 'A criminal mastermind who turned himself in.', ...overrides },
      { key },
    );
    if (response.status !== 201) throw new Error(`create failed: ${response.status} ${response.text}`);
    return String(response.json.charID);
  }

  /**
   * POSTs a multipart body with file parts, as Convai's upload samples do: a Blob value is a file
   * part (named `fileName`, or the Blob's own name), anything else a text part.
   */
  async function upload<T = JsonObject>(
    path: string,
    fields: Record<string, string | Blob>,
    init: { key?: string | null; fileName?: string } = {},
  ) {
    const key = init.key === undefined ? KEY_A : init.key;
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, value, init.fileName ?? (value instanceof File ? value.name : 'blob'));
    }
    return answerOf<T>(await app.request(path, { method: 'POST', headers: key === null ? {} : { 'CONVAI-API-KEY': key }, body: form }));
  }

  type Document = { id: string; processing_status: string; processing_error: string | null; is_available: boolean } & JsonObject;

  /** Uploads a document and waits until it is read: ready, or failed with its reason. */
  async function uploadDocument(fileName: string, content: string | Uint8Array, key = KEY_A): Promise<Document> {
    const uploaded = await upload<Document>(
      '/character/knowledge-bank/upload',
      { file_name: fileName, file: new File([content as BlobPart], fileName) },
      { key },
    );
    if (uploaded.status !== 200) throw new Error(`upload failed: ${uploaded.status} ${uploaded.text}`);
    return waitForDocument(uploaded.json.id, key);
  }

  /** A document once its processing has ended (the list polled, as a client would). */
  async function waitForDocument(id: string, key = KEY_A): Promise<Document> {
    for (let attempt = 0; attempt < 600; attempt++) {
      const listed = await post<{ docs: Document[] }>('/character/knowledge-bank/list', {}, { key });
      const document = listed.json.docs.find((doc) => doc.id === id);
      if (!document) throw new Error(`document ${id} is not listed`);
      if (document.processing_status !== 'processing') return document;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`document ${id} was still processing after 30 s`);
  }

  return { app, db, post, upload, createCharacter, uploadDocument, waitForDocument };
}
