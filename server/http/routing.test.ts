import { describe, expect, it } from 'vitest';
import { KEY_A, testApp } from '../testing/test-app';

const { app } = testApp();
// Every route the server answers, as Hono registered it (middleware and fallbacks left out).
const routes = [
  ...new Map(
    app.routes
      .filter((route) => route.method !== 'ALL' && !route.path.includes('*'))
      // A route with a parameter is called with an example of it.
      .map((route) => [`${route.method} ${route.path}`, { method: route.method, path: route.path.replace(':file', 'MALE.wav') }]),
  ).values(),
];

const call = (method: string, path: string) =>
  app.request(path, {
    method,
    headers: { 'CONVAI-API-KEY': KEY_A, 'Content-Type': 'application/json' },
    body: method === 'POST' ? '{}' : undefined,
  });

describe('routing', () => {
  it('knows the Convai routes it serves', () => {
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining(['POST /character/create', 'POST /character/getResponse', 'GET /tts/get_available_voices']),
    );
  });

  it.each(routes)('$method $path answers the same with a trailing slash', async ({ method, path }) => {
    const [plain, slashed] = await Promise.all([call(method, path), call(method, `${path}/`)]);
    expect(slashed.status).toBe(plain.status);
    expect(slashed.status).not.toBe(404);
    expect(slashed.headers.get('content-type')).toBe(plain.headers.get('content-type'));
  });

  it.each(routes)('$method $path refuses other methods with a JSON 405 naming the right one', async ({ method, path }) => {
    // A method the path does not take (/dashboard/local-model takes POST and DELETE).
    const taken = routes.filter((route) => route.path === path).map((route) => route.method);
    const other = ['GET', 'POST', 'PUT'].find((candidate) => !taken.includes(candidate));
    const response = await call(other!, path);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain(method);
    expect(await response.json()).toEqual({ ERROR: expect.stringMatching(new RegExp(`takes (.* )?${method}\\b`)) });
  });

  it.each(['/character/nothing', '/character/getresponse-typo', '/tts/voices', '/user', '/dashboard/nope', '/api/character/nothing'])(
    'an unknown API path (%s) is a JSON 404, never the app’s page',
    async (path) => {
      for (const method of ['GET', 'POST']) {
        const response = await call(method, path);
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      }
    },
  );
});
