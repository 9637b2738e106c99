import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { GeneratorError, pause, type TextGenerator } from '../generate/generator';
import { offlineGenerator } from '../generate/offline-generator';
import { composeBackstory } from '../generate/offline/write-backstory';
import { stubGenerator } from '../testing/stub-generator';
import { KEY_A, testApp } from '../testing/test-app';
import { listen, readChunks } from '../testing/listen';
import { concatenatedData, parseEvents } from '../testing/sse';

const mindy = { inputText: 'Lawyer in the New York City. Achiever. Stubborn.', charName: 'Mindy' };
const servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serveWith(generator: TextGenerator) {
  const app = createApp({ db: openDatabase(':memory:').db, localApiKeys: [KEY_A], distDir: null, generator });
  const server = await listen(app.fetch);
  servers.push(server);
  return server.url;
}

const formPost = (url: string, body: Record<string, string>, key: string | null = KEY_A, signal?: AbortSignal) =>
  fetch(`${url}/character/generate-backstory`, {
    method: 'POST',
    headers: { ...(key ? { 'CONVAI-API-KEY': key } : {}), Accept: 'text/event-stream' },
    body: new URLSearchParams(body),
    signal,
  });

describe('POST /character/generate-backstory', () => {
  it('streams pieces whose concatenation is the whole backstory, line breaks included', async () => {
    const url = await serveWith(offlineGenerator({ delayMs: 0, seed: 'test' }));
    const response = await formPost(url, mindy);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('x-backstory-generator')).toBe('Offline generator');
    const { text } = await readChunks(response);

    const expected = composeBackstory(mindy, { seed: 'test' });
    expect(expected).toContain('\n\n');
    expect(concatenatedData(text)).toBe(expected);
    // Unnamed events only; many of them.
    const events = parseEvents(text);
    expect(events.length).toBeGreaterThan(40);
    expect(events.every((event) => event.event === undefined)).toBe(true);
    // A piece holding a paragraph break is one event of several data lines.
    expect(text).toMatch(/data: [^\n]*\ndata: \ndata: [^\n]*\n\n/);
  });

  it('sends the events over time, not in one write', async () => {
    const url = await serveWith(offlineGenerator({ delayMs: 15, seed: 'test' }));
    const { chunks } = await readChunks(await formPost(url, mindy));
    expect(chunks.length).toBeGreaterThan(20);
    const spread = chunks.at(-1)!.at - chunks[0].at;
    expect(spread).toBeGreaterThan(chunks.length * 10);
  });

  it('takes a JSON body too', async () => {
    const { app } = testApp();
    const response = await app.request('/character/generate-backstory', {
      method: 'POST',
      headers: { 'CONVAI-API-KEY': KEY_A, 'Content-Type': 'application/json' },
      body: JSON.stringify({ inputText: 'Blacksmith. Gruff.', charName: 'Aarne' }),
    });
    expect(response.status).toBe(200);
    const text = concatenatedData(await response.text());
    expect(text).toContain('Aarne');
    expect(text.toLowerCase()).toContain('blacksmith');
  });

  it('answers a bad key with JSON 401 before any stream', async () => {
    const url = await serveWith(offlineGenerator({ delayMs: 0, seed: 'test' }));
    const wrong = await formPost(url, mindy, 'wrong-key-123');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await wrong.json()).toEqual({ ERROR: 'Invalid API key provided.' });
    const missing = await formPost(url, mindy, null);
    expect(await missing.json()).toEqual({ ERROR: 'api_key not found.' });
  });

  it.each([
    ['no inputText', { charName: 'Mindy' }, 'inputText is required.'],
    ['a blank inputText', { inputText: '   ', charName: 'Mindy' }, 'inputText is required.'],
    ['no charName', { inputText: 'Lawyer.' }, 'charName is required.'],
    ['an inputText too long', { inputText: 'x'.repeat(2_001), charName: 'Mindy' }, 'inputText must be at most 2,000 characters.'],
  ])('refuses %s with a 400 in the contract shape', async (_label, body, message) => {
    const url = await serveWith(offlineGenerator({ delayMs: 0, seed: 'test' }));
    const response = await formPost(url, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ERROR: message });
  });

  it('stops generating when the client goes away', async () => {
    let produced = 0;
    let stoppedBy: AbortSignal | undefined;
    const counting = stubGenerator({
      async *backstory(_request, signal) {
        stoppedBy = signal;
        for (let index = 0; index < 10_000 && !signal.aborted; index += 1) {
          produced += 1;
          yield `piece ${index} `;
          await pause(5, signal);
        }
      },
    });
    const url = await serveWith(counting);
    const abort = new AbortController();
    const response = await formPost(url, mindy, KEY_A, abort.signal);
    const reader = response.body!.getReader();
    for (let read = 0; read < 5; read += 1) await reader.read();
    abort.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stoppedBy?.aborted).toBe(true);
    const after = produced;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(produced).toBe(after);
    expect(produced).toBeLessThan(50);
  });

  it('ends a stream that fails part-way with a data-less error event', async () => {
    const failing = stubGenerator({
      async *backstory() {
        yield 'Mindy grew up ';
        yield 'in Queens.\n';
        throw new GeneratorError('The language model failed: overloaded');
      },
    });
    const url = await serveWith(failing);
    const response = await formPost(url, mindy);
    expect(response.status).toBe(200);
    const { text } = await readChunks(response);
    // A concatenating client (the seed's sample) gets exactly the text that arrived, nothing more.
    expect(concatenatedData(text)).toBe('Mindy grew up in Queens.\n');
    expect(text.endsWith('event: error\n\n')).toBe(true);
    expect(text).not.toContain('overloaded');
  });

  it('answers a generator that fails before its first piece with a JSON error and its status', async () => {
    const down = stubGenerator({
      // eslint-disable-next-line require-yield -- a generator that fails before its first piece
      async *backstory() {
        throw new GeneratorError('Could not reach the language model service (ECONNREFUSED).', 503);
      },
    });
    const url = await serveWith(down);
    const response = await formPost(url, mindy);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ERROR: 'Could not reach the language model service (ECONNREFUSED).' });
  });

  it('is reachable through /api without a key, streaming the same way', async () => {
    const url = await serveWith(offlineGenerator({ delayMs: 0, seed: 'test' }));
    const response = await fetch(`${url}/api/character/generate-backstory`, { method: 'POST', body: new URLSearchParams(mindy) });
    expect(response.status).toBe(200);
    expect(concatenatedData((await readChunks(response)).text)).toBe(composeBackstory(mindy, { seed: 'test' }));
  });
});
