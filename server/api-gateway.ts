import type { Context } from 'hono';
import { MAX_BODY_BYTES, readRequestBody } from './convai/request-body';
import { errorBody } from './http/error-body';
import { dashboardChangeOf, markDashboardRequest } from './versions/change-source';

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
  { method: 'POST', path: '/character/toggle-is-narrative-driven' },
  { method: 'POST', path: '/character/narrative/create-section' },
  { method: 'POST', path: '/character/narrative/edit-section' },
  { method: 'POST', path: '/character/narrative/get-section' },
  { method: 'POST', path: '/character/narrative/list-sections' },
  { method: 'POST', path: '/character/narrative/delete-section' },
  { method: 'POST', path: '/character/narrative/create-trigger' },
  { method: 'POST', path: '/character/narrative/update-trigger' },
  { method: 'POST', path: '/character/narrative/get-trigger' },
  { method: 'POST', path: '/character/narrative/list-triggers' },
  { method: 'POST', path: '/character/narrative/delete-trigger' },
  { method: 'POST', path: '/character/knowledge-bank/upload' },
  { method: 'POST', path: '/character/knowledge-bank/update' },
  { method: 'POST', path: '/character/knowledge-bank/list' },
  { method: 'POST', path: '/character/knowledge-bank/delete' },
  // The local server's addition (refused in front of Convai: see refuseHostedOnly).
  { method: 'POST', path: '/character/knowledge-bank/passages' },
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
  // The change it makes is the dashboard's (a version says so): a generated backstory applied, when the dashboard says that is what it is.
  const { source, baseVersion } = dashboardChangeOf(c);
  markDashboardRequest(request, source, baseVersion);
  return local.fetch(request);
}

export const hostedPassagesRefusal =
  "Convai's API does not give a knowledge-bank document's text back, so the dashboard cannot show it: the preview and the passages behind a reply need the local server. Nothing was sent.";

/**
 * In front of Convai, the calls only the local server answers are refused here with a message that
 * says so, rather than sent for the service to answer 404. Null when the call may go on.
 */
export async function refuseHostedOnly(c: Context, path: string): Promise<Response | null> {
  if (path === '/character/knowledge-bank/passages') return errorBody(c, 'ERROR', hostedPassagesRefusal, 400);
  return refuseHostedTrigger(c, path);
}

export const hostedTriggerRefusal =
  "Convai's REST API cannot fire a narrative-design trigger: getResponse takes typed text only (triggers go over Convai's Live API). Nothing was sent.";

/**
 * In front of Convai, a getResponse carrying a trigger (`trigger_name`, `trigger_message`: the local
 * server's extension) is refused here rather than sent: the hosted service would take it for an
 * empty turn. Null when the call may go on; it is read from a copy, so the original body is forwarded.
 */
export async function refuseHostedTrigger(c: Context, path: string): Promise<Response | null> {
  if (path !== '/character/getResponse' || c.req.method !== 'POST') return null;
  const read = await readRequestBody(c.req.raw.clone());
  // A body that cannot be read here is the service's to refuse.
  if (!read.ok) return null;
  const { trigger_name: name, trigger_message: message } = read.body;
  const given = (value: unknown) => value !== undefined && value !== null && value !== '';
  return given(name) || given(message) ? errorBody(c, 'ERROR', hostedTriggerRefusal, 400) : null;
}
