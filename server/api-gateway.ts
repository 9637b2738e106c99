import type { Context } from 'hono';
import { MAX_BODY_BYTES } from './convai/request-body';

/**
 * The Convai calls the dashboard makes, and the only ones `/api` passes on: the browser can reach
 * nothing else through the server, whichever backend answers.
 */
const forwardedCalls: ReadonlyArray<{ method: 'GET' | 'POST'; path: string }> = [
  { method: 'POST', path: '/character/create' },
  { method: 'POST', path: '/character/update' },
  { method: 'POST', path: '/character/get' },
  { method: 'POST', path: '/character/delete' },
  { method: 'POST', path: '/character/list' },
  { method: 'POST', path: '/character/getSupportedModel' },
  { method: 'POST', path: '/user/clone_character' },
  { method: 'POST', path: '/character/generate-backstory' },
  { method: 'POST', path: '/character/getResponse' },
  { method: 'POST', path: '/character/chatHistory/list' },
  { method: 'POST', path: '/character/chatHistory/details' },
  { method: 'GET', path: '/tts/get_available_voices' },
  { method: 'GET', path: '/tts/get_available_languages' },
];

const allowed = new Set(forwardedCalls.map((call) => `${call.method} ${call.path}`));

/** The Convai path an `/api/...` request stands for, or null when it is not one the dashboard may call. */
export function convaiPathOf(c: Context): string | null {
  // Without a trailing slash: the allow-list and the service know each call by one spelling.
  const path = c.req.path.slice('/api'.length).replace(/(.)\/+$/, '$1');
  const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
  return allowed.has(`${method} ${path}`) ? path : null;
}

/**
 * Passes an `/api` request to the local Convai implementation in-process, with the server's own
 * key in place of whatever the browser sent.
 */
export async function forwardToLocal(
  c: Context,
  path: string,
  key: string,
  local: { fetch: (request: Request) => Response | Promise<Response> },
) {
  const url = new URL(c.req.url);
  url.pathname = path;
  const headers = new Headers(c.req.raw.headers);
  headers.set('CONVAI-API-KEY', key);
  const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
  // A body of known, allowed length is passed on read (cheap); anything else as the stream it is,
  // for the endpoint to cut off at its limit.
  const length = Number(c.req.header('content-length') ?? NaN);
  const body = !hasBody ? null : length <= MAX_BODY_BYTES ? await c.req.raw.arrayBuffer() : c.req.raw.body;
  const request = new Request(url, {
    method: c.req.method,
    headers,
    body,
    signal: c.req.raw.signal,
    // Required by Node's fetch for a streamed request body.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  });
  return local.fetch(request);
}
