import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { readConfig } from '../config';
import { openDatabase, type Db } from '../db/connection';
import { createLocalModelChoiceStore } from '../db/local-model-choice';
import { createWriters } from '../generate/create-generator';
import { localModelSwitch } from '../generate/local-models';
import { offlineGenerator } from '../generate/offline-generator';
import { freePort } from '../testing/child-process';
import { startLlmStandIn, type StandInBehaviour } from '../testing/llm-stand-in';
import { concatenatedData } from '../testing/sse';
import { KEY_A } from '../testing/test-app';

const TOKEN = 'a-long-dashboard-token-0123456789';
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function standIn(behaviour: StandInBehaviour = { kind: 'stream', pieces: ['Mindy grew up', ' in Queens.'] }) {
  const server = await startLlmStandIn(() => behaviour, { models: ['llama3.1:8b', 'qwen2.5:7b'] });
  closers.push(server.close);
  return server;
}

/** The server as index.ts composes it, looking for local models at `candidates`. */
function appWith(candidates: string[], options: { db?: Db; dashboardToken?: string | null; backend?: 'local' | 'convai' } = {}) {
  const db = options.db ?? openDatabase(':memory:').db;
  const localModels = localModelSwitch({
    candidates,
    timeoutMs: 5_000,
    store: createLocalModelChoiceStore(db),
    offline: offlineGenerator({ delayMs: 0 }),
  });
  const app = createApp({
    db,
    localApiKeys: [KEY_A],
    distDir: null,
    localModels,
    dashboardToken: options.dashboardToken ?? null,
    backend:
      options.backend === 'convai'
        ? { kind: 'convai', url: 'http://127.0.0.1:9', apiKey: 'k-123456789', timeoutMs: 2_000 }
        : { kind: 'local' },
  });
  const json = { 'Content-Type': 'application/json' };
  return {
    app,
    list: async () => (await app.request('/dashboard/local-models')).json(),
    choose: (baseUrl: string, model: string, headers: Record<string, string> = json) =>
      app.request('/dashboard/local-model', { method: 'POST', headers, body: JSON.stringify({ baseUrl, model }) }),
    useOffline: () => app.request('/dashboard/local-model', { method: 'DELETE' }),
    generatorLabel: async () => (await (await app.request('/dashboard/status')).json()).generator.label as string,
    /** A backstory as the dashboard asks for it, through /api. */
    backstory: async () => {
      const response = await app.request('/api/character/generate-backstory', {
        method: 'POST',
        body: new URLSearchParams({ inputText: 'Lawyer in the New York City.', charName: 'Mindy' }),
      });
      const text = await response.text();
      return {
        status: response.status,
        by: response.headers.get('x-backstory-generator'),
        text: response.ok ? concatenatedData(text) : text,
      };
    },
  };
}

describe('local models in Settings', () => {
  it('lists what the configured servers serve, and which model is in use', async () => {
    const server = await standIn();
    const gone = `http://127.0.0.1:${await freePort()}/v1`;
    const { list } = appWith([server.baseUrl, gone]);
    expect(await list()).toEqual({
      offered: true,
      inUse: null,
      servers: [
        {
          baseUrl: server.baseUrl,
          name: null,
          state: 'ready',
          models: ['llama3.1:8b', 'qwen2.5:7b'],
          problem: null,
        },
        { baseUrl: gone, name: null, state: 'unreachable', models: [], problem: 'Nothing answers (ECONNREFUSED).' },
      ],
    });
  });

  it('switches backstories and replies to the chosen model without a restart, and back to the offline writer', async () => {
    const server = await standIn();
    const { choose, useOffline, list, generatorLabel, backstory } = appWith([server.baseUrl]);
    expect(await generatorLabel()).toBe('Offline generator');

    const chosen = await choose(server.baseUrl, 'qwen2.5:7b');
    expect(chosen.status).toBe(200);
    const label = `qwen2.5:7b on ${new URL(server.baseUrl).host}`;
    expect(await chosen.json()).toEqual({
      inUse: { baseUrl: server.baseUrl, model: 'qwen2.5:7b' },
      generator: { kind: 'openai-compatible', label },
    });
    expect((await list()).inUse).toEqual({ baseUrl: server.baseUrl, model: 'qwen2.5:7b' });
    expect(await generatorLabel()).toBe(label);
    expect(await backstory()).toEqual({ status: 200, by: label, text: 'Mindy grew up in Queens.' });
    expect(server.received.at(-1)?.body.model).toBe('qwen2.5:7b');

    const back = await useOffline();
    expect(await back.json()).toEqual({ inUse: null, generator: { kind: 'offline', label: 'Offline generator' } });
    const offline = await backstory();
    expect(offline.by).toBe('Offline generator');
    expect(offline.text).toContain('Mindy');
    expect(server.received).toHaveLength(1);
  });

  it('writes replies with the chosen model too', async () => {
    const server = await standIn({ kind: 'stream', pieces: ['Objection', ' sustained.'] });
    const { app, choose } = appWith([server.baseUrl]);
    await choose(server.baseUrl, 'llama3.1:8b');
    const created = await app.request('/api/character/create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ charName: 'Mindy', voiceType: 'FEMALE', backstory: 'A lawyer.' }),
    });
    const { charID } = await created.json();
    const reply = await app.request('/api/character/getResponse', {
      method: 'POST',
      body: new URLSearchParams({ charID, userText: 'Hello', sessionID: '-1' }),
    });
    expect((await reply.json()).text).toBe('Objection sustained.');
  });

  it('chooses only among the configured servers, never an address from the browser', async () => {
    const server = await standIn();
    const other = await standIn();
    const { choose, generatorLabel } = appWith([server.baseUrl]);
    for (const baseUrl of [other.baseUrl, 'http://169.254.169.254/latest/meta-data', `${server.baseUrl}/../..`]) {
      const refused = await choose(baseUrl, 'llama3.1:8b');
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({ ERROR: expect.stringContaining('LOCAL_LLM_URLS') });
    }
    expect(await generatorLabel()).toBe('Offline generator');
  });

  it.each([
    ['a model the server does not have', 'mistral', 400, /no model named “mistral”/],
    ['an empty model', '', 400, /model is required/],
  ])('refuses %s', async (_what, model, status, message) => {
    const server = await standIn();
    const { choose } = appWith([server.baseUrl]);
    const refused = await choose(server.baseUrl, model);
    expect(refused.status).toBe(status);
    expect((await refused.json()).ERROR).toMatch(message);
  });

  it('refuses a server that stopped answering', async () => {
    const gone = `http://127.0.0.1:${await freePort()}/v1`;
    const refused = await appWith([gone]).choose(gone, 'llama3.1:8b');
    expect(refused.status).toBe(503);
    expect((await refused.json()).ERROR).toMatch(/ECONNREFUSED/);
  });

  it('takes the choice only as JSON, which another site’s page cannot send unasked', async () => {
    const server = await standIn();
    const { choose, generatorLabel } = appWith([server.baseUrl]);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect((await choose(server.baseUrl, 'llama3.1:8b', { 'Content-Type': type })).status).toBe(415);
    }
    expect(await generatorLabel()).toBe('Offline generator');
  });

  it('asks for the access token as /api does', async () => {
    const server = await standIn();
    const { app, choose } = appWith([server.baseUrl], { dashboardToken: TOKEN });
    for (const refused of [
      await app.request('/dashboard/local-models'),
      await app.request('/dashboard/local-models/'),
      await choose(server.baseUrl, 'llama3.1:8b'),
      await app.request('/dashboard/local-model', { method: 'DELETE' }),
    ]) {
      expect(refused.status).toBe(401);
      expect(refused.headers.get('x-dashboard-auth')).toBe('token');
    }
    const allowed = await app.request('/dashboard/local-models', { headers: { 'X-Dashboard-Token': TOKEN } });
    expect((await allowed.json()).offered).toBe(true);
    const chosen = await choose(server.baseUrl, 'llama3.1:8b', { 'Content-Type': 'application/json', 'X-Dashboard-Token': TOKEN });
    expect(chosen.status).toBe(200);
  });

  it('keeps the choice across a restart', async () => {
    const server = await standIn();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convai-local-model-'));
    const first = openDatabase(dir).db;
    expect((await appWith([server.baseUrl], { db: first }).choose(server.baseUrl, 'qwen2.5:7b')).status).toBe(200);
    first.close();

    const second = openDatabase(dir).db;
    const restarted = appWith([server.baseUrl], { db: second });
    expect((await restarted.list()).inUse).toEqual({ baseUrl: server.baseUrl, model: 'qwen2.5:7b' });
    expect((await restarted.backstory()).text).toBe('Mindy grew up in Queens.');
    second.close();
  });

  it('answers a request with the contract’s error when the chosen server has gone, rather than writing offline in its place', async () => {
    const server = await standIn();
    const { choose, backstory, list } = appWith([server.baseUrl]);
    await choose(server.baseUrl, 'llama3.1:8b');
    await server.close();

    const failed = await backstory();
    expect(failed.status).toBe(503);
    expect(JSON.parse(failed.text)).toEqual({ ERROR: expect.stringMatching(/ECONNREFUSED.*chosen in Settings.*offline writer/) });
    // Settings says so, and the choice stays until someone changes it.
    const listed = await list();
    expect(listed.inUse).toEqual({ baseUrl: server.baseUrl, model: 'llama3.1:8b' });
    expect(listed.servers[0]).toMatchObject({ state: 'unreachable' });
  });

  it('lets a backstory being written finish with its writer when the choice changes', async () => {
    const server = await standIn({ kind: 'stream', pieces: ['One,', ' two,', ' three,', ' four.'], delayMs: 30 });
    const { app, choose, useOffline } = appWith([server.baseUrl]);
    await choose(server.baseUrl, 'llama3.1:8b');
    const response = await app.request('/api/character/generate-backstory', {
      method: 'POST',
      body: new URLSearchParams({ inputText: 'Counts.', charName: 'Mindy' }),
    });
    // The stream has begun (its first piece was awaited before answering); switch while it runs.
    await useOffline();
    expect(response.headers.get('x-backstory-generator')).toBe(`llama3.1:8b on ${new URL(server.baseUrl).host}`);
    expect(concatenatedData(await response.text())).toBe('One, two, three, four.');
  });
});

describe('when there is nothing to offer', () => {
  it('the environment’s LLM_BASE_URL wins: no offer, no choice', async () => {
    const config = readConfig({ LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MODEL: 'env-model' });
    expect(config.localModels).toBeNull();
    const db = openDatabase(':memory:').db;
    // Even a choice kept from before is not used while the environment chooses.
    createLocalModelChoiceStore(db).set({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1:8b' });
    const writers = createWriters(config, db);
    expect(writers.localModels).toBeNull();
    const app = createApp({ db, localApiKeys: [KEY_A], distDir: null, ...writers });
    expect(await (await app.request('/dashboard/local-models')).json()).toEqual({ offered: false });
    const refused = await app.request('/dashboard/local-model', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1:8b' }),
    });
    expect(refused.status).toBe(409);
    expect((await app.request('/dashboard/local-model', { method: 'DELETE' })).status).toBe(409);
    expect((await (await app.request('/dashboard/status')).json()).generator.label).toBe('env-model (OpenAI-compatible)');
  });

  it('in front of Convai, whose service writes', async () => {
    const server = await standIn();
    expect(readConfig({ BACKEND: 'convai', CONVAI_API_KEY: 'k-123456789' }).localModels).toBeNull();
    expect(await appWith([server.baseUrl], { backend: 'convai' }).list()).toEqual({ offered: false });
  });
});
