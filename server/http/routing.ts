import type { Hono } from 'hono';
import { errorBody } from './error-body';

/** Where the server answers API calls: a path under these is never the app's page. */
export const API_PREFIXES = ['/character', '/user', '/tts', '/dashboard', '/api'] as const;

/**
 * For every path `app` answers so far, any other method gets 405 with an `Allow` header, in the
 * contract's error shape (a GET on a POST endpoint used to fall through to the app's page).
 */
export function refuseOtherMethods(app: Hono) {
  const allowed = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    const methods = allowed.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    allowed.set(route.path, methods);
  }
  for (const [path, methods] of allowed) {
    const list = [...methods];
    app.all(path, (c) => {
      c.header('Allow', list.join(', '));
      return errorBody(c, 'ERROR', `${c.req.method} is not allowed here: ${path} takes ${list.join(' or ')}.`, 405);
    });
  }
}

/** Any other path under the API's prefixes: JSON 404, not the app's page. */
export function notFoundUnderApiPrefixes(app: Hono) {
  for (const prefix of API_PREFIXES) {
    app.all(prefix, (c) => errorBody(c, 'ERROR', 'Not found.', 404));
    app.all(`${prefix}/*`, (c) => errorBody(c, 'ERROR', 'Not found.', 404));
  }
}
