import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { listen } from '../testing/listen';
import { KEY_A } from '../testing/test-app';

const TOKEN = 'a-long-dashboard-token-0123456789';
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const localApp = (dashboardToken: string | null = null) =>
  createApp({ db: openDatabase(':memory:').db, localApiKeys: [KEY_A], distDir: null, dashboardToken });

describe('the dashboard access token', () => {
  it('is asked for on every /api call, in a 401 the app can tell from Convai’s', async () => {
    const app = localApp(TOKEN);
    const refused = await app.request('/api/character/list', { method: 'POST' });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-dashboard-auth')).toBe('token');
    expect(await refused.json()).toEqual({ ERROR: 'This dashboard needs its access token.' });
    const stream = await app.request('/api/character/generate-backstory', {
      method: 'POST',
      body: new URLSearchParams({ inputText: 'x', charName: 'y' }),
    });
    expect(stream.status).toBe(401);
    // The local Convai API itself is guarded by its keys, not by the token.
    expect((await app.request('/character/list', { method: 'POST', headers: { 'CONVAI-API-KEY': KEY_A } })).status).toBe(200);
  });

  it('is accepted as a header, and signing in sets an HttpOnly, SameSite=Strict cookie that works', async () => {
    const app = localApp(TOKEN);
    expect((await app.request('/api/character/list', { method: 'POST', headers: { 'X-Dashboard-Token': TOKEN } })).status).toBe(200);

    const wrong = await app.request('/dashboard/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: 'nope' }),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const right = await app.request('/dashboard/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: TOKEN }),
    });
    expect(right.status).toBe(200);
    const cookie = right.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(TOKEN);
    const pair = cookie.split(';')[0];
    expect((await app.request('/api/character/list', { method: 'POST', headers: { Cookie: pair } })).status).toBe(200);
    expect((await app.request('/api/character/list', { method: 'POST', headers: { Cookie: `${pair}x` } })).status).toBe(401);
  });

  it('status tells an unauthenticated browser only that a token is needed', async () => {
    const app = localApp(TOKEN);
    const response = await app.request('/dashboard/status');
    expect(await response.json()).toEqual({ tokenRequired: true, authenticated: false });
  });
});

describe('GET /dashboard/status', () => {
  it('reports the local backend and its generator', async () => {
    const response = await localApp().request('/dashboard/status');
    expect(await response.json()).toMatchObject({
      tokenRequired: false,
      authenticated: true,
      backend: 'local',
      key: { state: 'accepted' },
      generator: { kind: 'offline', label: 'Offline generator' },
    });
  });

  it('checks the key against the hosted service', async () => {
    const hosted = await listen(createApp({ db: openDatabase(':memory:').db, localApiKeys: ['hosted-key-123456'], distDir: null }).fetch);
    closers.push(hosted.close);
    const front = (apiKey: string) =>
      createApp({
        db: openDatabase(':memory:').db,
        localApiKeys: [KEY_A],
        distDir: null,
        backend: { kind: 'convai', url: hosted.url, apiKey, timeoutMs: 5_000 },
      });

    const accepted = await (await front('hosted-key-123456').request('/dashboard/status?check=1')).json();
    expect(accepted).toMatchObject({ backend: 'convai', service: hosted.url, key: { state: 'accepted' }, generator: { label: 'Convai' } });
    expect(accepted.key.latencyMs).toBeGreaterThanOrEqual(0);

    const refused = await (await front('wrong-key-999999').request('/dashboard/status')).json();
    expect(refused.key).toMatchObject({ state: 'refused', message: expect.stringContaining('CONVAI_API_KEY') });
    expect(JSON.stringify(refused)).not.toContain('wrong-key-999999');
  });

  it('reports an unreachable service without failing', async () => {
    const app = createApp({
      db: openDatabase(':memory:').db,
      localApiKeys: [KEY_A],
      distDir: null,
      backend: { kind: 'convai', url: 'http://127.0.0.1:9', apiKey: 'k-123456789', timeoutMs: 2_000 },
    });
    const status = await (await app.request('/dashboard/status')).json();
    expect(status.key.state).toBe('unreachable');
  });
});
