import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KnowledgeDocument } from '@contract/schemas/knowledge';
import { ApiError } from './client';
import { HOSTED_POLL_MS, pollInterval, POLL_MS, updateDocument, uploadDocument } from './knowledge';

/** An XMLHttpRequest stand-in: the test decides how the upload goes and what the server answers. */
class FakeRequest {
  static last: FakeRequest | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders = '';
  aborted = false;
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeRequest.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  getAllResponseHeaders() {
    return this.responseHeaders;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  /** The server answers. */
  answer(status: number, body: unknown, headers = 'content-type: application/json\r\n') {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.responseHeaders = headers;
    this.onload?.();
  }
}

const processing = {
  id: 'doc-1',
  file_name: 'bell.txt',
  is_available: false,
  status: 'inactive',
  timestamp: '2025-01-01 10:00:00',
  file_size: '64',
  processing_status: 'processing',
  processing_error: null,
  passage_count: null,
};

const request = () => {
  if (!FakeRequest.last) throw new Error('no request was made');
  return FakeRequest.last;
};

beforeEach(() => {
  FakeRequest.last = null;
  vi.stubGlobal('XMLHttpRequest', FakeRequest);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('uploadDocument', () => {
  it('sends the file and its name as a form, reports progress, and answers the document', async () => {
    const file = new File(['The Harbour Bell of Saltmere was cast in 1742.'], 'bell.txt', { type: 'text/plain' });
    const progress: number[] = [];
    const done = uploadDocument(file, { onProgress: (fraction) => progress.push(fraction) });
    expect(request().method).toBe('POST');
    expect(request().url).toBe('/api/character/knowledge-bank/upload');
    expect(request().body?.get('file_name')).toBe('bell.txt');
    expect((request().body?.get('file') as File).name).toBe('bell.txt');
    request().upload.onprogress?.({ lengthComputable: true, loaded: 16, total: 64 });
    request().upload.onprogress?.({ lengthComputable: false, loaded: 32, total: 0 });
    request().answer(200, processing);
    await expect(done).resolves.toMatchObject({ id: 'doc-1', processing_status: 'processing' });
    expect(progress).toEqual([0.25, 1]);
  });

  it("gives the server's own message for a refused file, as apiRequest would", async () => {
    const done = uploadDocument(new File([], 'empty.txt'));
    request().answer(400, { ERROR: 'empty.txt is empty: there is no text to read.' });
    const error: unknown = await done.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: 'empty.txt is empty: there is no text to read.', status: 400, tokenRequired: false });
  });

  it('says what a status means when the body carries no message, and notices the access token being asked for', async () => {
    const tooLarge = uploadDocument(new File(['x'], 'huge.pdf'));
    request().answer(413, '<html>Request Entity Too Large</html>', 'content-type: text/html\r\n');
    await expect(tooLarge).rejects.toMatchObject({ message: 'The request is too large.', status: 413 });

    const signedOut = uploadDocument(new File(['x'], 'lore.md'));
    request().answer(401, { ERROR: 'Enter the access token.' }, 'content-type: application/json\r\nx-dashboard-auth: required\r\n');
    await expect(signedOut).rejects.toMatchObject({ status: 401, tokenRequired: true });
  });

  it('refuses an answer without the shape of a document', async () => {
    const done = uploadDocument(new File(['x'], 'lore.md'));
    request().answer(200, { id: 7 });
    await expect(done).rejects.toMatchObject({ status: 200, message: expect.stringContaining('did not have the expected shape') });
  });

  it('cancels on abort, and tells a broken connection from a refusal', async () => {
    const controller = new AbortController();
    const cancelled = uploadDocument(new File(['x'], 'lore.md'), { signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(request().aborted).toBe(true);

    const broken = uploadDocument(new File(['x'], 'lore.md'));
    request().onerror?.();
    await expect(broken).rejects.toMatchObject({ status: 0 });
  });

  it('does not start when already cancelled', async () => {
    await expect(uploadDocument(new File(['x'], 'lore.md'), { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(FakeRequest.last).toBeNull();
  });
});

describe('updateDocument', () => {
  it('sends the document id and the new file', async () => {
    const done = updateDocument('doc-1', new File(['new'], 'bell-v2.txt'));
    expect(request().url).toBe('/api/character/knowledge-bank/update');
    expect(request().body?.get('document_id')).toBe('doc-1');
    expect((request().body?.get('file') as File).name).toBe('bell-v2.txt');
    request().answer(200, processing);
    await expect(done).resolves.toMatchObject({ id: 'doc-1' });
  });
});

describe('pollInterval', () => {
  const ready: KnowledgeDocument = { ...processing, status: 'inactive', is_available: true, processing_status: 'ready', passage_count: 1 };
  it('asks each second while the local server processes a document, and stops once none is', () => {
    expect(pollInterval([ready, { ...ready, is_available: false, processing_status: 'processing' }])).toBe(POLL_MS);
    expect(pollInterval([ready, { ...ready, processing_status: 'failed', is_available: false }])).toBe(false);
    expect(pollInterval(undefined)).toBe(false);
  });

  it("asks less often for Convai's documents not yet available (it says no more, also of one it will never read)", () => {
    const hosted = { id: 'd', file_name: 'a.txt', is_available: false, status: 'inactive' as const };
    expect(pollInterval([hosted])).toBe(HOSTED_POLL_MS);
    expect(pollInterval([{ ...hosted, is_available: true }])).toBe(false);
  });
});
