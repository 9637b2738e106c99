import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../testing/child-process';
import { startLlmStandIn } from '../testing/llm-stand-in';
import { stubGenerator } from '../testing/stub-generator';
import { listen } from '../testing/listen';
import { GeneratorError, wholeText } from './generator';
import { knownServer, localModelGenerator, localModelSwitch, probeLocalServer, serverName } from './local-models';
import type { LocalModelChoice } from '../../contract/schemas/local-models';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function standIn(pieces: string[] = ['Once', ' upon a time.'], models = ['llama3.1:8b', 'qwen2.5:7b']) {
  const server = await startLlmStandIn(() => ({ kind: 'stream', pieces }), { models });
  closers.push(server.close);
  return server;
}

/** An address where nothing listens: a port that was free a moment ago. */
const closedAddress = async () => `http://127.0.0.1:${await freePort()}/v1`;

const mindy = { inputText: 'Lawyer in the New York City. Achiever. Stubborn.', charName: 'Mindy' };

/** A choice store in memory, as the database keeps it. */
function memoryStore(initial: LocalModelChoice | null = null) {
  let value = initial;
  return { get: () => value, set: (choice: LocalModelChoice) => (value = choice), clear: () => (value = null) };
}

describe('probeLocalServer', () => {
  it('lists the models a server serves', async () => {
    const server = await standIn();
    const found = await probeLocalServer(server.baseUrl);
    expect(found).toEqual({
      baseUrl: server.baseUrl,
      name: null,
      state: 'ready',
      models: ['llama3.1:8b', 'qwen2.5:7b'],
      problem: null,
    });
  });

  it('says nothing answers where nothing listens, without throwing', async () => {
    const address = await closedAddress();
    const found = await probeLocalServer(address);
    expect(found).toMatchObject({ state: 'unreachable', models: [], problem: expect.stringContaining('ECONNREFUSED') });
  });

  it('gives up on a server that accepts the connection and never answers', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    closers.push(
      () =>
        new Promise((resolve) => {
          for (const socket of sockets) socket.destroy();
          silent.close(() => resolve());
        }),
    );
    const { port } = silent.address() as net.AddressInfo;
    const found = await probeLocalServer(`http://127.0.0.1:${port}/v1`, { timeoutMs: 200 });
    expect(found).toMatchObject({ state: 'unreachable', problem: expect.stringContaining('no answer within 0.2 s') });
  });

  it.each([
    [
      'a page that is not a model list',
      () => new Response('<html>Hello</html>', { headers: { 'Content-Type': 'text/html' } }),
      /not with an OpenAI-compatible list/,
    ],
    ['a list of another shape', () => Response.json({ models: [{ name: 'llama3.1' }] }), /not with an OpenAI-compatible list/],
    ['an error status', () => Response.json({ error: 'nope' }, { status: 404 }), /answered 404/],
    ['a redirect elsewhere', () => new Response(null, { status: 302, headers: { Location: 'http://169.254.169.254/' } }), /answered 302/],
  ])('calls a server that answers %s unexpected', async (_what, answer, problem) => {
    const server = await listen(answer);
    closers.push(server.close);
    const found = await probeLocalServer(`${server.url}/v1`);
    expect(found).toMatchObject({ state: 'unexpected', models: [], problem: expect.stringMatching(problem) });
  });

  it('keeps only model names it can show and send', async () => {
    const server = await listen(() =>
      Response.json({
        data: [
          { id: 'good:1b' },
          { id: 'good:1b' },
          { id: 42 },
          {},
          { id: '' },
          { id: 'bad\nname' },
          { id: 'spaced ' },
          { id: 'a' },
          { id: 'x'.repeat(201) },
        ],
      }),
    );
    closers.push(server.close);
    expect((await probeLocalServer(`${server.url}/v1`)).models).toEqual(['good:1b', 'a']);
  });
});

describe('serverName', () => {
  it('names the usual servers by their ports, others by host and port', () => {
    expect(serverName('http://127.0.0.1:11434/v1')).toBe('Ollama');
    expect(serverName('http://localhost:1234/v1')).toBe('LM Studio');
    expect(serverName('http://192.168.1.20:8080/v1')).toBe('192.168.1.20:8080');
    expect(knownServer('http://127.0.0.1:11434/v1')).toBe('Ollama');
    expect(knownServer('http://192.168.1.20:8080/v1')).toBeNull();
  });
});

describe('localModelGenerator', () => {
  it('streams the model’s text, named after the model and its server', async () => {
    const server = await standIn(['Mindy grew up', ' in Queens.']);
    const generator = localModelGenerator({ baseUrl: server.baseUrl, model: 'qwen2.5:7b' }, { timeoutMs: 5_000 });
    expect(generator.info).toEqual({ kind: 'openai-compatible', label: `qwen2.5:7b on ${new URL(server.baseUrl).host}` });
    expect(await wholeText(generator.backstory(mindy, new AbortController().signal))).toBe('Mindy grew up in Queens.');
    expect(server.received[0].body).toMatchObject({ model: 'qwen2.5:7b', stream: true });
    expect(server.received[0].headers.authorization).toBeUndefined();
  });

  it('fails with the contract’s error when the server has gone, saying where to go back to the offline writer', async () => {
    const generator = localModelGenerator({ baseUrl: await closedAddress(), model: 'llama3.1:8b' }, { timeoutMs: 5_000 });
    const failure = await wholeText(generator.backstory(mindy, new AbortController().signal)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GeneratorError);
    expect(failure).toMatchObject({ status: 503, message: expect.stringMatching(/ECONNREFUSED.*chosen in Settings.*offline writer/) });
  });
});

describe('localModelSwitch', () => {
  const offline = stubGenerator({
    info: { kind: 'offline', label: 'Offline generator' },
    async *backstory() {
      yield 'Offline text.';
    },
  });

  it('writes offline until a model is chosen, with it after, and offline again after going back', async () => {
    const server = await standIn(['From the model.']);
    const store = memoryStore();
    const local = localModelSwitch({ candidates: [server.baseUrl], timeoutMs: 5_000, store, offline });
    const write = () => wholeText(local.generator.backstory(mindy, new AbortController().signal));
    expect(await write()).toBe('Offline text.');

    expect(await local.choose({ baseUrl: server.baseUrl, model: 'qwen2.5:7b' })).toEqual({ ok: true });
    expect(local.inUse()).toEqual({ baseUrl: server.baseUrl, model: 'qwen2.5:7b' });
    expect(store.get()).toEqual({ baseUrl: server.baseUrl, model: 'qwen2.5:7b' });
    expect(local.generator.info.label).toBe(`qwen2.5:7b on ${new URL(server.baseUrl).host}`);
    expect(await write()).toBe('From the model.');

    local.useOffline();
    expect(local.inUse()).toBeNull();
    expect(store.get()).toBeNull();
    expect(await write()).toBe('Offline text.');
  });

  it('refuses an address that is not a candidate without contacting it', async () => {
    const server = await standIn();
    const other = await standIn();
    const asked: string[] = [];
    const spy: typeof fetch = (input, init) => {
      asked.push(input instanceof Request ? input.url : input.toString());
      return fetch(input, init);
    };
    const local = localModelSwitch({ candidates: [server.baseUrl], timeoutMs: 5_000, store: memoryStore(), offline, fetchImpl: spy });
    for (const baseUrl of [other.baseUrl, `${server.baseUrl}/`, 'http://169.254.169.254/latest', 'file:///etc/passwd']) {
      expect(await local.choose({ baseUrl, model: 'llama3.1:8b' })).toMatchObject({
        ok: false,
        status: 400,
        message: expect.stringContaining('LOCAL_LLM_URLS'),
      });
    }
    expect(asked).toEqual([]);
    expect(local.inUse()).toBeNull();
  });

  it('refuses a model the server does not have, and a server that does not answer', async () => {
    const server = await standIn();
    const gone = await closedAddress();
    const local = localModelSwitch({ candidates: [server.baseUrl, gone], timeoutMs: 5_000, store: memoryStore(), offline });
    expect(await local.choose({ baseUrl: server.baseUrl, model: 'mistral' })).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringContaining('mistral'),
    });
    expect(await local.choose({ baseUrl: gone, model: 'llama3.1:8b' })).toMatchObject({
      ok: false,
      status: 503,
      message: expect.stringContaining('ECONNREFUSED'),
    });
    expect(local.inUse()).toBeNull();
    expect(local.generator.info.label).toBe('Offline generator');
  });

  it('takes up a kept choice, unless its address is no longer configured', async () => {
    const server = await standIn(['Kept.']);
    const kept = { baseUrl: server.baseUrl, model: 'llama3.1:8b' };
    const restored = localModelSwitch({ candidates: [server.baseUrl], timeoutMs: 5_000, store: memoryStore(kept), offline });
    expect(restored.inUse()).toEqual(kept);
    expect(await wholeText(restored.generator.backstory(mindy, new AbortController().signal))).toBe('Kept.');

    const moved = localModelSwitch({ candidates: ['http://127.0.0.1:11434/v1'], timeoutMs: 5_000, store: memoryStore(kept), offline });
    expect(moved.inUse()).toBeNull();
    expect(moved.generator.info.label).toBe('Offline generator');
  });

  it('lists every candidate with what answers there, never throwing', async () => {
    const server = await standIn();
    const gone = await closedAddress();
    const local = localModelSwitch({ candidates: [server.baseUrl, gone], timeoutMs: 5_000, store: memoryStore(), offline });
    const servers = await local.servers();
    expect(servers.map((found) => [found.baseUrl, found.state])).toEqual([
      [server.baseUrl, 'ready'],
      [gone, 'unreachable'],
    ]);
  });
});
