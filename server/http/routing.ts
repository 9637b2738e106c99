import type { Context, Hono } from 'hono';
import { errorBody } from './error-body';

/** Where the server answers API calls: a path under these is never the app's page. */
export const API_PREFIXES = ['/character', '/user', '/tts', '/dashboard', '/api', '/voice-samples', '/pictures'] as const;

export const isApiPath = (path: string) => API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** The methods each path of `app` answers, from its routes so far. */
export function methodsByPath(app: Hono): ReadonlyMap<string, readonly string[]> {
  const allowed = new Map<string, string[]>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    const methods = allowed.get(route.path) ?? [];
    if (!methods.includes(route.method)) methods.push(route.method);
    allowed.set(route.path, methods);
  }
  return allowed;
}

/**
 * What answers a request no route took: another method on an API path gets 405 with `Allow`, any
 * other path a 404, both in the contract's error shape (a GET on a POST endpoint used to fall
 * through to the app's page). A fallback, so that the routes that do match pay nothing for it.
 */
export function notFoundOrWrongMethod(allowed: ReadonlyMap<string, readonly string[]>) {
  return (c: Context) => {
    const path = c.req.path.replace(/(.)\/+$/, '$1');
    const methods = allowed.get(path) ?? [...allowed].find(([pattern]) => pattern.includes(':') && matches(pattern, path))?.[1];
    if (methods) {
      c.header('Allow', methods.join(', '));
      return errorBody(c, 'ERROR', `${c.req.method} is not allowed here: ${path} takes ${methods.join(' or ')}.`, 405);
    }
    return errorBody(c, 'ERROR', 'Not found.', 404);
  };
}

/** Whether a route pattern with parameters ("/voice-samples/:file") matches a path. */
const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/:[^/]+/g, '[^/]+')}$`).test(path);
