import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { listen } from '../testing/listen';
import { docxDocument, pdfDocument, zipBomb } from '../testing/documents';
import { pythonWithRequests } from '../testing/python';
import { openAiCompatibleGenerator } from '../generate/openai-compatible';
import { startLlmStandIn } from '../testing/llm-stand-in';
import { KEY_A, KEY_B, testApp } from '../testing/test-app';

// Each app reads documents in a worker thread of its own, which takes a moment to start (tsx, then
// pdf.js or mammoth): the tests get time for that on a busy machine.

type Doc = {
  id: string;
  file_name: string;
  is_available: boolean;
  status: string;
  timestamp: string;
  file_size: string;
  processing_status: string;
  processing_error: string | null;
  passage_count: number | null;
  character_ids?: string[];
};
type Passages = { document: Doc; passages: Array<{ passage_id: number; text: string }> };

const bellText =
  'The Harbour Bell of Saltmere was cast in 1742 by Ottilie Brandt.\n\nIt hangs in the north tower and is rung at every high tide.';

async function withDocuments() {
  const helpers = testApp();
  const list = async (character_id?: string, key = KEY_A) =>
    helpers.post<{ docs: Doc[] }>('/character/knowledge-bank/list', character_id ? { character_id } : {}, { key });
  const passages = async (document_id: string, key = KEY_A) =>
    helpers.post<Passages>('/character/knowledge-bank/passages', { document_id }, { key });
  const textOf = async (document_id: string) => (await passages(document_id)).json.passages.map((passage) => passage.text).join('\n\n');
  return { ...helpers, list, passages, textOf };
}

describe('POST /character/knowledge-bank/upload', { timeout: 60_000 }, () => {
  it('answers the document as Convai prints it, processing, then lists it ready', async () => {
    const { upload, waitForDocument, textOf } = await withDocuments();
    const answer = await upload<Doc>('/character/knowledge-bank/upload', { file_name: 'bell.txt', file: new File([bellText], 'bell.txt') });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json).slice(0, 6)).toEqual(['id', 'file_name', 'is_available', 'status', 'timestamp', 'file_size']);
    expect(answer.json).toMatchObject({
      file_name: 'bell.txt',
      is_available: false,
      status: 'inactive',
      file_size: String(Buffer.byteLength(bellText)),
      processing_status: 'processing',
    });
    expect(answer.json.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/);

    const ready = await waitForDocument(answer.json.id);
    expect(ready).toMatchObject({ id: answer.json.id, is_available: true, processing_status: 'ready', processing_error: null });
    expect(ready.timestamp).toBe(answer.json.timestamp);
    expect(await textOf(answer.json.id)).toBe(bellText);
  });

  it.each([
    ['Markdown', 'lore.md', '# The bell\n\nCast in **1742**.', '# The bell\n\nCast in **1742**.'],
    ['CSV', 'prices.csv', 'item,price\r\nEel pie,6 coppers\r\n', 'item,price\nEel pie,6 coppers'],
    ['UTF-16 text', 'old.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Fjörd café', 'utf16le')]), 'Fjörd café'],
    ['Windows-1252 text', 'old.txt', Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]), '“Hi” café'],
    [
      'PDF',
      'bell.pdf',
      pdfDocument(['The bell was cast in 1742.', 'It hangs (high) in the tower.']),
      'The bell was cast in 1742.\nIt hangs (high) in the tower.',
    ],
    [
      'DOCX',
      'bell.docx',
      docxDocument(['The bell was cast in 1742.', 'Ottilie Brandt & sons <founders>.']),
      'The bell was cast in 1742.\n\nOttilie Brandt & sons <founders>.',
    ],
  ])('reads %s', async (_kind, name, content, text) => {
    const { uploadDocument, textOf } = await withDocuments();
    const document = await uploadDocument(name, content);
    expect(document.processing_error).toBeNull();
    expect(document.processing_status).toBe('ready');
    expect(await textOf(document.id)).toBe(text);
  });

  it.each([
    [
      'binary junk named .txt',
      'notes.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]),
      /does not look like text/,
    ],
    ['a PDF that is only images', 'scan.pdf', pdfDocument([], { textLayer: false }), /no text to read: its pages are images/],
    ['a damaged PDF', 'broken.pdf', Buffer.from('%PDF-1.4\nnothing else'), /could not be read as a PDF/],
    ['a DOCX that is not a zip', 'letter.docx', Buffer.from('PK but not really a zip archive'), /not a readable DOCX/],
    ['a text file of only spaces', 'blank.txt', '   \n\n  ', /holds no text/],
  ])('ends %s in a failed state that says why, and keeps serving', async (_label, name, content, reason) => {
    const { uploadDocument, list, passages, createCharacter, post } = await withDocuments();
    const document = await uploadDocument(name, content);
    expect(document).toMatchObject({ processing_status: 'failed', is_available: false });
    expect(document.processing_error).toMatch(reason);
    expect((await passages(document.id)).json.passages).toEqual([]);
    // Nothing partial, and the server answers the next call.
    expect((await list()).status).toBe(200);
    const charID = await createCharacter();
    const connect = await post('/character/update', { charID, docs: [{ id: document.id, status: 'active' }] });
    expect(connect.status).toBe(400);
    expect(String(connect.json.ERROR)).toMatch(/could not be read.*cannot be connected/);
  });

  it('refuses a DOCX that is a zip bomb without unpacking it', async () => {
    const { uploadDocument } = await withDocuments();
    const document = await uploadDocument('bomb.docx', zipBomb(210));
    expect(document.processing_status).toBe('failed');
    expect(document.processing_error).toMatch(/more than 200 MB: it is refused as a zip bomb/);
  }, 60_000);

  it.each([
    ['an empty file', { file_name: 'empty.txt', file: new File([], 'empty.txt') }, /The file is empty/],
    ['no file', { file_name: 'notes.txt' }, /file is required/],
    [
      'a kind of file it does not read',
      { file_name: 'tool.exe', file: new File(['MZ'], 'tool.exe') },
      /'tool.exe' is not a kind of file the knowledge bank reads/,
    ],
    [
      'a name with control characters',
      { file_name: 'bad\u0007name.txt', file: new File(['text'], 'x.txt') },
      /file_name must be a file name/,
    ],
  ])('refuses %s with a 400 and keeps nothing', async (_label, fields, message) => {
    const { upload, list } = await withDocuments();
    const answer = await upload('/character/knowledge-bank/upload', fields as Record<string, string | Blob>);
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.json)).toEqual(['ERROR']);
    expect(String(answer.json.ERROR)).toMatch(message);
    expect((await list()).json.docs).toEqual([]);
  });

  it('keeps only the last part of a name sent with folders, and markup as text', async () => {
    const { uploadDocument } = await withDocuments();
    expect((await uploadDocument('../../etc/lore.txt', 'Salt and tar.')).file_name).toBe('lore.txt');
    expect((await uploadDocument('C:\\notes\\lore.md', 'Salt and tar.')).file_name).toBe('lore.md');
    expect((await uploadDocument('<img src=x onerror=alert(1)>.txt', 'Salt and tar.')).file_name).toBe('<img src=x onerror=alert(1)>.txt');
  });

  it('takes a file of 25 MiB and refuses a larger one with 413 in the endpoint’s shape', async () => {
    const { upload, list, waitForDocument } = await withDocuments();
    const line = 'The tide tables of Saltmere are kept by the harbour master.\n';
    const big = line.repeat(Math.floor((25 * 1024 * 1024) / line.length));
    const taken = await upload<Doc>('/character/knowledge-bank/upload', { file_name: 'tides.txt', file: new File([big], 'tides.txt') });
    expect(taken.status).toBe(200);
    const tooBig = await upload('/character/knowledge-bank/upload', {
      file_name: 'more.txt',
      file: new File([big, 'x'.repeat(70_000)], 'more.txt'),
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.json).toEqual({ ERROR: 'The file is too large: the knowledge bank takes files of up to 25 MiB.' });
    expect((await waitForDocument(taken.json.id)).processing_status).toBe('ready');
    expect((await list()).json.docs.map((doc) => doc.file_name)).toEqual(['tides.txt']);
  }, 60_000);

  it('takes an upload of several megabytes through /api, as the dashboard sends it', async () => {
    const { app, waitForDocument } = await withDocuments();
    const text = 'The tide tables are kept by the harbour master.\n'.repeat(60_000);
    const form = new FormData();
    form.append('file_name', 'tides.txt');
    form.append('file', new Blob([text]), 'tides.txt');
    const response = await app.request('/api/character/knowledge-bank/upload', { method: 'POST', body: form });
    expect(response.status).toBe(200);
    const document = (await response.json()) as Doc;
    expect(document.file_size).toBe(String(text.length));
    expect((await waitForDocument(document.id)).processing_status).toBe('ready');
  });

  it('answers 401 in Convai’s shape without a valid key', async () => {
    const { upload, post } = await withDocuments();
    const file = new File(['text'], 'a.txt');
    expect(await upload('/character/knowledge-bank/upload', { file_name: 'a.txt', file }, { key: 'wrong' })).toMatchObject({
      status: 401,
      json: { API_ERROR: 'Invalid API key provided.' },
    });
    expect(await post('/character/knowledge-bank/list', {}, { key: null })).toMatchObject({
      status: 401,
      json: { API_ERROR: 'api_key not found.' },
    });
  });

  it('reads the body as Convai’s Python sample sends it: file_name as a part of its own', async () => {
    const { app, waitForDocument } = await withDocuments();
    // What `requests.post(url, files={"file_name": file.name, "file": file})` sends.
    const body = [
      '--b0undary',
      'Content-Disposition: form-data; name="file_name"; filename="file_name"',
      '',
      'lore/photosynthesis.txt',
      '--b0undary',
      'Content-Disposition: form-data; name="file"; filename="photosynthesis.txt"',
      '',
      'Plants make sugar from light.',
      '--b0undary--',
      '',
    ].join('\r\n');
    const response = await app.request('/character/knowledge-bank/upload', {
      method: 'POST',
      headers: { 'CONVAI-API-KEY': KEY_A, 'Content-Type': 'multipart/form-data; boundary=b0undary' },
      body,
    });
    expect(response.status).toBe(200);
    const document = (await response.json()) as Doc;
    expect(document.file_name).toBe('photosynthesis.txt');
    expect((await waitForDocument(document.id)).processing_status).toBe('ready');
  });

  it('runs the documentation’s Python upload sample unchanged but for URL and key', async (context) => {
    const python = pythonWithRequests();
    if (!python) return context.skip('no Python 3 with requests on this machine (.ci/run installs one)');
    const db = openDatabase(':memory:').db;
    const server = await listen(createApp({ db, localApiKeys: [KEY_A, KEY_B], distDir: null }).fetch);
    try {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convai-sample-'));
      fs.writeFileSync(path.join(dir, 'photosynthesis.txt'), 'Photosynthesis turns light, water and carbon dioxide into sugar and oxygen.');
      const sample = fs
        .readFileSync(path.join(import.meta.dirname, '../testing/convai-samples/knowledge-upload.py'), 'utf8')
        .replace('https://api.convai.com', server.url)
        .replace('<Your-API-Key>', KEY_A);
      fs.writeFileSync(path.join(dir, 'sample.py'), sample);
      const { stdout } = await promisify(execFile)(python, ['sample.py'], { cwd: dir, timeout: 60_000 });
      const printed = JSON.parse(stdout) as Doc;
      expect(printed).toMatchObject({ file_name: 'photosynthesis.txt', is_available: false, status: 'inactive', file_size: '75' });
      const { waitForDocument } = testApp({ db });
      expect((await waitForDocument(printed.id)).processing_status).toBe('ready');
      fs.rmSync(dir, { recursive: true, force: true });
    } finally {
      await server.close();
    }
  }, 90_000);
});

describe('POST /character/knowledge-bank/update', { timeout: 60_000 }, () => {
  it('replaces the file: processing again, then the new text only', async () => {
    const { uploadDocument, upload, waitForDocument, textOf, createCharacter, post, list } = await withDocuments();
    const charID = await createCharacter();
    const first = await uploadDocument('bell.txt', bellText);
    await post('/character/update', { charID, docs: [{ id: first.id, status: 'active' }] });
    const updated = await upload<Doc>('/character/knowledge-bank/update', {
      document_id: first.id,
      file: new File(['The bell was recast in 1901.'], 'bell-v2.txt'),
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id: first.id, file_name: 'bell-v2.txt', is_available: false, processing_status: 'processing' });
    expect((await waitForDocument(first.id)).processing_status).toBe('ready');
    expect(await textOf(first.id)).toBe('The bell was recast in 1901.');
    // Still connected: a new version is the same document.
    expect((await list(charID)).json.docs).toMatchObject([{ id: first.id, status: 'active' }]);
  });

  it('refuses an unknown document, and another user’s, changing nothing', async () => {
    const { upload, uploadDocument, passages } = await withDocuments();
    const theirs = await uploadDocument('secret.txt', 'The vault code is 4471.', KEY_B);
    for (const document_id of ['no-such-document', theirs.id]) {
      const answer = await upload('/character/knowledge-bank/update', { document_id, file: new File(['Overwritten.'], 'x.txt') });
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({ ERROR: `No document '${document_id}' in this account's knowledge bank.` });
    }
    expect((await passages(theirs.id, KEY_B)).json.passages.map((passage) => passage.text)).toEqual(['The vault code is 4471.']);
  });
});

describe('POST /character/knowledge-bank/list, delete and passages', { timeout: 60_000 }, () => {
  it('lists every document of the account, active where connected to the character asked about', async () => {
    const { uploadDocument, createCharacter, post, list } = await withDocuments();
    const guard = await createCharacter({ charName: 'Guard' });
    const smith = await createCharacter({ charName: 'Smith' });
    const bell = await uploadDocument('bell.txt', bellText);
    const prices = await uploadDocument('prices.csv', 'item,price\nsword,10 silver');
    expect((await post('/character/update', { charID: guard, docs: [{ id: bell.id, status: 'active' }] })).json).toEqual({
      STATUS: 'SUCCESS',
    });
    const status = async (charID: string) => (await list(charID)).json.docs.map((doc) => [doc.file_name, doc.status]);
    expect(await status(guard)).toEqual([
      ['bell.txt', 'active'],
      ['prices.csv', 'inactive'],
    ]);
    expect(await status(smith)).toEqual([
      ['bell.txt', 'inactive'],
      ['prices.csv', 'inactive'],
    ]);
    // Every list also says which characters use each document (the local server's addition).
    expect((await list()).json.docs.map((doc) => [doc.file_name, doc.character_ids])).toEqual([
      ['bell.txt', [guard]],
      ['prices.csv', []],
    ]);
    await post('/character/update', { charID: smith, docs: [{ id: bell.id, status: 'active' }] });
    expect((await list(smith)).json.docs[0]?.character_ids?.sort()).toEqual([guard, smith].sort());
    await post('/character/update', { charID: smith, docs: [{ id: bell.id, status: 'inactive' }] });
    await post('/character/update', {
      charID: guard,
      docs: [
        { id: bell.id, status: 'inactive' },
        { id: prices.id, status: 'active' },
      ],
    });
    expect(await status(guard)).toEqual([
      ['bell.txt', 'inactive'],
      ['prices.csv', 'active'],
    ]);
  });

  it('keeps users apart: another user’s documents are neither listed, read, connected nor deleted', async () => {
    const { uploadDocument, createCharacter, post, list, passages } = await withDocuments();
    const theirs = await uploadDocument('secret.txt', 'The vault code is 4471.', KEY_B);
    const mine = await createCharacter();
    const theirCharacter = await createCharacter({ charName: 'Theirs' }, KEY_B);
    expect((await list()).json.docs).toEqual([]);
    expect((await list(theirCharacter)).status).toBe(400);
    expect((await passages(theirs.id)).status).toBe(400);
    const connect = await post('/character/update', { charID: mine, docs: [{ id: theirs.id, status: 'active' }] });
    expect(connect.status).toBe(400);
    expect((await post('/character/knowledge-bank/delete', { document_id: theirs.id })).status).toBe(400);
    expect((await list(undefined, KEY_B)).json.docs.map((doc) => doc.id)).toEqual([theirs.id]);
  });

  it('deletes a document: it leaves every character and answers no more questions', async () => {
    const { uploadDocument, createCharacter, post, list, passages } = await withDocuments();
    const charID = await createCharacter({ charName: 'Greta', backstory: 'Greta rings the bells of Saltmere.' });
    const bell = await uploadDocument('bell.txt', bellText);
    await post('/character/update', { charID, docs: [{ id: bell.id, status: 'active' }] });
    const asked = async () =>
      (
        await post<{ text: string; sources?: unknown[] }>('/character/getResponse', {
          charID,
          sessionID: '-1',
          userText: 'When was the Harbour Bell cast?',
        })
      ).json;
    expect((await asked()).text).toMatch(/1742/);

    const deleted = await post('/character/knowledge-bank/delete', { document_id: bell.id }, { encoding: 'form' });
    expect(deleted).toMatchObject({ status: 200, json: { STATUS: 'SUCCESS' } });
    expect((await list(charID)).json.docs).toEqual([]);
    expect((await passages(bell.id)).status).toBe(400);
    const after = await asked();
    expect(after.text).not.toMatch(/1742/);
    expect(after.sources).toBeUndefined();
    expect((await post('/character/knowledge-bank/delete', { document_id: bell.id })).json).toEqual({
      ERROR: `No document '${bell.id}' in this account's knowledge bank.`,
    });
  });
});

describe('replies drawing on the knowledge bank', { timeout: 60_000 }, () => {
  it('answers with what only a connected document says, and records the passage as the reply’s source', async () => {
    const { uploadDocument, createCharacter, post } = await withDocuments();
    const charID = await createCharacter({ charName: 'Greta', backstory: 'Greta rings the bells of Saltmere, a fishing town.' });
    const bell = await uploadDocument('bell.txt', bellText);
    await uploadDocument('unrelated.txt', 'The lighthouse keeper keeps goats.');
    const question = 'When was the Harbour Bell cast?';

    const before = await post<{ text: string; sources?: unknown }>('/character/getResponse', {
      charID,
      sessionID: '-1',
      userText: question,
    });
    expect(before.json.text).not.toMatch(/1742/);
    expect(before.json.sources).toBeUndefined();

    await post('/character/update', { charID, docs: [{ id: bell.id, status: 'active' }] });
    const answer = await post<{ text: string; sessionID: string; sources: Array<Record<string, unknown>> }>('/character/getResponse', {
      charID,
      sessionID: '-1',
      userText: question,
    });
    expect(answer.json.text).toMatch(/The Harbour Bell of Saltmere was cast in 1742 by Ottilie Brandt\./);
    expect(answer.json.sources).toEqual([{ document_id: bell.id, file_name: 'bell.txt', passage_id: expect.any(Number), text: bellText }]);

    const history = await post<Array<{ interaction: unknown; sources?: unknown }>>('/character/chatHistory/details', {
      charID,
      sessionID: answer.json.sessionID,
    });
    expect(history.json).toHaveLength(1);
    expect(history.json[0]?.sources).toEqual(answer.json.sources);
  });

  it('sends the sources in the last event of a streamed reply', async () => {
    const { uploadDocument, createCharacter, post, app } = await withDocuments();
    const charID = await createCharacter({ charName: 'Greta' });
    const bell = await uploadDocument('bell.txt', bellText);
    await post('/character/update', { charID, docs: [{ id: bell.id, status: 'active' }] });
    const response = await app.request('/character/getResponse', {
      method: 'POST',
      headers: { 'CONVAI-API-KEY': KEY_A, 'Content-Type': 'application/json' },
      body: JSON.stringify({ charID, sessionID: '-1', userText: 'Who cast the Harbour Bell?', stream: true }),
    });
    const events = (await response.text())
      .split('\n\n')
      .filter((event) => event.startsWith('data: '))
      .map((event) => JSON.parse(event.slice(6)) as { text: string; sources?: Array<{ file_name: string }> });
    expect(events.map((event) => event.text).join('')).toMatch(/Ottilie Brandt/);
    expect(events.at(-1)?.sources?.map((source) => source.file_name)).toEqual(['bell.txt']);
    expect(events.slice(0, -1).every((event) => event.sources === undefined)).toBe(true);
  });

  it('gives a model the passages in its prompt, and records all it was given as sources', async () => {
    const standIn = await startLlmStandIn(() => ({ kind: 'stream', pieces: ['Ottilie Brandt cast it, in 1742.'] }));
    try {
      const db = openDatabase(':memory:').db;
      const generator = openAiCompatibleGenerator({
        baseUrl: standIn.baseUrl,
        model: 'stand-in-model',
        apiKey: undefined,
        timeoutMs: 5_000,
      });
      const { post, createCharacter, uploadDocument } = testApp({
        db,
        app: createApp({ db, localApiKeys: [KEY_A, KEY_B], distDir: null, generator }),
      });
      const charID = await createCharacter({ charName: 'Greta' });
      const bell = await uploadDocument('bell.txt', bellText);
      await post('/character/update', { charID, docs: [{ id: bell.id, status: 'active' }] });
      const answer = await post<{ text: string; sources: Array<{ file_name: string }> }>('/character/getResponse', {
        charID,
        sessionID: '-1',
        userText: 'Who cast the Harbour Bell?',
      });
      expect(answer.json.text).toBe('Ottilie Brandt cast it, in 1742.');
      const system = standIn.received.at(-1)?.body.messages?.[0]?.content ?? '';
      expect(system).toContain('What you know from your documents');
      expect(system).toContain(`(bell.txt) ${bellText}`);
      expect(answer.json.sources.map((source) => source.file_name)).toEqual(['bell.txt']);
    } finally {
      await standIn.close();
    }
  });

  it('does not use a document while it is processing again after an update', async () => {
    const { uploadDocument, createCharacter, post, upload, waitForDocument } = await withDocuments();
    const charID = await createCharacter({ charName: 'Greta' });
    const bell = await uploadDocument('bell.txt', bellText);
    await post('/character/update', { charID, docs: [{ id: bell.id, status: 'active' }] });
    await upload('/character/knowledge-bank/update', {
      document_id: bell.id,
      file: new File(['The Harbour Bell was cast in 1801.'], 'bell.txt'),
    });
    const during = await post<{ text: string }>('/character/getResponse', {
      charID,
      sessionID: '-1',
      userText: 'When was the Harbour Bell cast?',
    });
    expect(during.json.text).not.toMatch(/1742/);
    await waitForDocument(bell.id);
    const after = await post<{ text: string }>('/character/getResponse', {
      charID,
      sessionID: '-1',
      userText: 'When was the Harbour Bell cast?',
    });
    expect(after.json.text).toMatch(/1801/);
  });
});
