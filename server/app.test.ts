import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { openDatabase } from './db/connection';
import { listen } from './testing/listen';
import { KEY_A, testApp } from './testing/test-app';

describe('/api, the dashboard entry', () => {
  it('answers the Convai calls with the first local key, whatever key the browser sends', async () => {
    const { app, createCharacter } = testApp();
    const id = await createCharacter({ charName: 'Via API' });
    const list = await app.request('/api/character/list', { method: 'POST' });
    expect(list.status).toBe(200);
    const body = (await list.json()) as { characters: Array<{ character_id: string }> };
    expect(body.characters.map((c) => c.character_id)).toEqual([id]);

    const spoofed = await app.request('/api/character/get', {
      method: 'POST',
      headers: { 'CONVAI-API-KEY': 'test-key-user-b', 'Content-Type': 'application/json' },
      body: JSON.stringify({ charID: id }),
    });
    expect(spoofed.status).toBe(200);
  });

  it('passes error bodies through unchanged', async () => {
    const { app } = testApp();
    const response = await app.request('/api/character/create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()) as object)).toEqual(['INTERNAL_ERROR']);
  });

  it('forwards only the calls on its allow-list', async () => {
    const { app } = testApp();
    for (const [method, url] of [
      ['POST', '/api/character/unknown'],
      ['GET', '/api/character/list'],
      ['POST', '/api//character/list'],
      ['GET', '/api/http://example.com/'],
      ['POST', '/api'],
    ]) {
      const response = await app.request(url, { method });
      expect(response.status, `${method} ${url}`).toBe(404);
      expect(await response.json()).toEqual({ ERROR: 'Not found.' });
    }
    // A path that climbs out of /api is normalised before routing: it reaches the keyed API, keyless
    // (the list answers a missing key with 400, as documented).
    const climbed = await app.request('/api/../character/list', { method: 'POST' });
    expect(climbed.status).toBe(400);
    expect(await climbed.json()).toEqual({ API_ERROR: 'api_key not found.' });
  });
});

describe('the server around the API', () => {
  it('answers a large body it refuses without reading over a real socket, and the connection serves the next call', async () => {
    const app = createApp({ db: openDatabase(':memory:').db, localApiKeys: [KEY_A], distDir: null });
    const server = await listen(app.fetch);
    try {
      const large = JSON.stringify({ backstory: 'x'.repeat(1024 * 1024 + 10) });
      // Routes that refuse before reading: a restore takes no body, a local model's choice is small.
      for (const path of ['/dashboard/characters/x/versions/1/restore', '/dashboard/local-model', '/character/update']) {
        const refused = await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'CONVAI-API-KEY': KEY_A },
          body: large,
        });
        expect(refused.status, path).toBe(413);
        expect(await refused.json()).toEqual({ ERROR: expect.any(String) });
        const next = await fetch(`${server.url}/tts/get_available_languages`, { headers: { 'CONVAI-API-KEY': KEY_A } });
        expect(next.status, `after ${path}`).toBe(200);
        await next.text();
      }
    } finally {
      await server.close();
    }
  });

  it('answers an unknown Convai path with a JSON 404, not a page', async () => {
    const { app } = testApp();
    const response = await app.request('/character/nothing', { method: 'POST', headers: { 'CONVAI-API-KEY': KEY_A } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ ERROR: 'Not found.' });
  });

  it('sends pages with a Content-Security-Policy that forbids inline script', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
    const app = createApp({ db: openDatabase(':memory:').db, localApiKeys: [KEY_A], distDir: dist });
    const response = await app.request('/characters');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toContain("'unsafe-inline' ;");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the built app for page paths and the files it has', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-123.js'), 'console.log(1)');
    const app = createApp({ db: openDatabase(':memory:').db, localApiKeys: [KEY_A], distDir: dist });

    const page = await app.request('/characters/some-id');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
    const asset = await app.request('/assets/app-123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/assets/missing.js')).status).toBe(404);

    // An API path is never the page, whatever the method.
    for (const [method, url, status] of [
      ['GET', '/character/list', 405],
      ['GET', '/character/getResponse/', 405],
      ['GET', '/character/nothing', 404],
      ['GET', '/tts', 404],
      ['GET', '/voice-samples/nothing', 404],
    ] as const) {
      const response = await app.request(url, { method });
      expect(response.status, `${method} ${url}`).toBe(status);
      expect(response.headers.get('content-type'), `${method} ${url}`).toMatch(/^application\/json/);
    }
  });
});
