import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { offlineGenerator } from '../generate/offline-generator';
import { listen, readChunks } from '../testing/listen';
import { concatenatedData } from '../testing/sse';

const HOSTED_KEY = 'hosted-service-secret-key-0001';
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** This project's own server playing the hosted service (local backend, its own key). */
async function hostedService(delayMs = 0) {
  const app = createApp({
    db: openDatabase(':memory:').db,
    localApiKeys: [HOSTED_KEY],
    distDir: null,
    generator: offlineGenerator({ delayMs }),
  });
  const server = await listen(app.fetch);
  closers.push(server.close);
  return server.url;
}

/** A server in front of it, as BACKEND=convai runs. */
async function forwarder(url: string, options: { apiKey?: string; timeoutMs?: number } = {}) {
  const app = createApp({
    db: openDatabase(':memory:').db,
    localApiKeys: ['unused-local-key-1'],
    distDir: null,
    backend: { kind: 'convai', url, apiKey: options.apiKey ?? HOSTED_KEY, timeoutMs: options.timeoutMs ?? 5_000 },
  });
  const server = await listen(app.fetch);
  closers.push(server.close);
  return server.url;
}

/** A raw HTTP peer that records what reaches it and answers as told. */
async function rawPeer(handle: (request: http.IncomingMessage, response: http.ServerResponse) => void) {
  const seen: http.IncomingHttpHeaders[] = [];
  let closedEarly = 0;
  const server = http.createServer((request, response) => {
    seen.push(request.headers);
    response.on('close', () => {
      if (!response.writableFinished) closedEarly += 1;
    });
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, closedEarly: () => closedEarly };
}

const post = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('/api in front of the hosted service', () => {
  it('passes calls with the server key, and answers back unchanged', async () => {
    const hosted = await hostedService();
    const front = await forwarder(hosted);
    const created = await post(front, '/api/character/create', { charName: 'Raymond', voiceType: 'MALE', backstory: 'A mastermind.' });
    expect(created.status).toBe(201);
    const { charID } = (await created.json()) as { charID: string };

    // The record on the hosted service is what the forwarder shows.
    const direct = await post(hosted, '/character/get', { charID }, { 'CONVAI-API-KEY': HOSTED_KEY });
    const viaFront = await post(front, '/api/character/get', { charID });
    expect(viaFront.status).toBe(200);
    expect(await viaFront.json()).toEqual(await direct.json());

    // Error bodies and statuses pass unchanged.
    const refused = await post(front, '/api/character/create', { charName: 'No voice' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      INTERNAL_ERROR: 'Error in creating the character. Check if all the input data is valid. Contact support for more info.',
    });
    const voices = await fetch(`${front}/api/tts/get_available_voices`);
    expect(voices.status).toBe(200);
  });

  it("passes the hosted service's 401 for a refused key through unchanged", async () => {
    const front = await forwarder(await hostedService(), { apiKey: 'a-key-convai-does-not-know' });
    const response = await post(front, '/api/character/list', {});
    expect(response.status).toBe(401);
    expect(response.headers.get('x-dashboard-auth')).toBeNull();
    expect(await response.json()).toEqual({ API_ERROR: 'Invalid API key provided.' });
  });

  it('streams a backstory piece by piece as it arrives, not as one blob', async () => {
    const front = await forwarder(await hostedService(20));
    const response = await fetch(`${front}/api/character/generate-backstory`, {
      method: 'POST',
      headers: { Accept: 'text/event-stream' },
      body: new URLSearchParams({ inputText: 'Lawyer in the New York City. Achiever. Stubborn.', charName: 'Mindy' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const { chunks, text } = await readChunks(response);
    expect(chunks.length).toBeGreaterThan(30);
    const gaps = chunks.slice(1).map((chunk, index) => chunk.at - chunks[index].at);
    const median = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)];
    expect(median).toBeGreaterThan(10);
    expect(concatenatedData(text)).toMatch(/Mindy/);
  });

  it('forwards nothing outside its allow-list', async () => {
    const peer = await rawPeer((_request, response) => response.end('{}'));
    const front = await forwarder(peer.url);
    for (const path of ['/api/user/speaker/new', '/api/user/api-key', '/api//evil.example/x', '/api/character/list/../../admin']) {
      expect((await post(front, path, {})).status, path).toBe(404);
    }
    expect(peer.seen).toHaveLength(0);
  });

  it("sends the server's key and never the browser's cookies or tokens", async () => {
    const peer = await rawPeer((_request, response) =>
      response.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': 'tracker=1' }).end('{"characters": []}'),
    );
    const front = await forwarder(peer.url);
    const response = await post(
      front,
      '/api/character/list',
      {},
      { Cookie: 'dashboard_token=abc', 'CONVAI-API-KEY': 'browser-supplied', Authorization: 'Bearer x' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(peer.seen[0]['convai-api-key']).toBe(HOSTED_KEY);
    expect(peer.seen[0].cookie).toBeUndefined();
    expect(peer.seen[0].authorization).toBeUndefined();
  });

  it('gives up on a service that does not answer, with a clear 504', async () => {
    const peer = await rawPeer(() => {
      /* never answers */
    });
    const front = await forwarder(peer.url, { timeoutMs: 1_000 });
    const started = performance.now();
    const response = await post(front, '/api/character/list', {});
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ ERROR: 'The Convai service did not answer within 1 s. Try again later.' });
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('says so when the service cannot be reached', async () => {
    const front = await forwarder('http://127.0.0.1:9');
    const response = await post(front, '/api/character/list', {});
    expect(response.status).toBe(502);
    expect(((await response.json()) as { ERROR: string }).ERROR).toMatch(/^Could not reach the Convai service at 127\.0\.0\.1:9/);
  });

  it('breaks the client stream when the upstream stream breaks, and closes upstream when the client leaves', async () => {
    const peer = await rawPeer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/event-stream' });
      response.write('data: Mindy \n\n');
      if (request.url?.includes('generate-backstory')) setTimeout(() => request.socket.destroy(), 50);
    });
    const front = await forwarder(peer.url);
    const broken = await fetch(`${front}/api/character/generate-backstory`, {
      method: 'POST',
      body: new URLSearchParams({ inputText: 'x', charName: 'y' }),
    });
    await expect(readChunks(broken)).rejects.toThrow();

    const abort = new AbortController();
    const left = await fetch(`${front}/api/character/generate-backstory`, {
      method: 'POST',
      body: new URLSearchParams({ inputText: 'x', charName: 'y' }),
      signal: abort.signal,
    });
    expect(left.status).toBe(200);
    abort.abort();
    await expect.poll(() => peer.closedEarly(), { timeout: 3_000 }).toBeGreaterThanOrEqual(1);
  });

  it('never lets the key reach the browser', async () => {
    const front = await forwarder(await hostedService());
    const responses = await Promise.all([
      post(front, '/api/character/list', {}),
      post(front, '/api/character/create', {}),
      fetch(`${front}/dashboard/status?check=1`),
      fetch(`${front}/api/nope`),
    ]);
    for (const response of responses) {
      const text = await response.text();
      expect(text).not.toContain(HOSTED_KEY);
      for (const [, value] of response.headers) expect(value).not.toContain(HOSTED_KEY);
    }
  });
});

describe('/api in front of the hosted service: narrative design', () => {
  it('forwards the narrative calls, and refuses a trigger on getResponse without sending it', async () => {
    const hosted = await hostedService();
    const front = await forwarder(hosted);
    const direct = (path: string, body: unknown) => post(hosted, path, body, { 'CONVAI-API-KEY': HOSTED_KEY });
    const created = await post(front, '/api/character/create', { charName: 'Ines', voiceType: 'FEMALE', backstory: 'A museum guide.' });
    const { charID } = (await created.json()) as { charID: string };

    const section = await post(front, '/api/character/narrative/create-section', {
      character_id: charID,
      section_name: 'Hall',
      objective: 'Greet.',
    });
    expect(section.status).toBe(200);
    const trigger = await post(front, '/api/character/narrative/create-trigger/', { character_id: charID, trigger_name: 'enter' });
    expect(trigger.status).toBe(200);
    const viaFront = await post(front, '/api/character/narrative/list-sections', { character_id: charID });
    expect(await viaFront.json()).toEqual(await (await direct('/character/narrative/list-sections', { character_id: charID })).json());

    for (const body of [
      JSON.stringify({ charID, sessionID: '-1', trigger_name: 'enter' }),
      new URLSearchParams({ charID, sessionID: '-1', trigger_message: 'The player walked in' }),
    ]) {
      const refused = await fetch(`${front}/api/character/getResponse`, {
        method: 'POST',
        headers: typeof body === 'string' ? { 'Content-Type': 'application/json' } : {},
        body,
      });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({ ERROR: expect.stringMatching(/^Convai's REST API cannot fire a narrative-design trigger/) });
    }
    expect(await (await direct('/character/chatHistory/list', { charID })).json()).toEqual([]);

    // Typed text still goes through, body and all.
    const said = await post(front, '/api/character/getResponse', { charID, sessionID: '-1', userText: 'Hello' });
    expect(said.status).toBe(200);
    expect(await (await direct('/character/chatHistory/list', { charID })).json()).toHaveLength(1);
  });

  it('forwards knowledge-bank uploads of several megabytes, and refuses the local-only passages call', async () => {
    const hosted = await hostedService();
    const front = await forwarder(hosted);
    const direct = (path: string, body: unknown) => post(hosted, path, body, { 'CONVAI-API-KEY': HOSTED_KEY });
    const text = 'The tide tables are kept by the harbour master.\n'.repeat(60_000);
    const form = new FormData();
    form.append('file_name', 'tides.txt');
    form.append('file', new Blob([text]), 'tides.txt');
    const uploaded = await fetch(`${front}/api/character/knowledge-bank/upload`, { method: 'POST', body: form });
    expect(uploaded.status).toBe(200);
    const document = (await uploaded.json()) as { id: string; file_size: string };
    expect(document.file_size).toBe(String(text.length));
    const listed = (await (await direct('/character/knowledge-bank/list', {})).json()) as { docs: Array<{ id: string }> };
    expect(listed.docs.map((doc) => doc.id)).toEqual([document.id]);

    const passages = await post(front, '/api/character/knowledge-bank/passages', { document_id: document.id });
    expect(passages.status).toBe(400);
    expect(await passages.json()).toEqual({
      ERROR: expect.stringMatching(/^Convai's API does not give a knowledge-bank document's text back/),
    });
  }, 60_000);
});
