import type { Context } from 'hono';
import type { Backend } from '../config';
import { errorBody } from '../http/error-body';
import { networkErrorReason } from '../lib/network-error';

type ConvaiBackend = Extract<Backend, { kind: 'convai' }>;

// What the browser may say to Convai (its cookies, tokens and the like stay here), and what of
// Convai's answer goes back.
const requestHeaders = ['content-type', 'accept'];
const responseHeaders = ['content-type', 'cache-control', 'content-language', 'retry-after', 'x-backstory-generator'];

/**
 * Passes an `/api` call to Convai's hosted service with the server's key, and its answer back
 * unchanged: status, error bodies, and event streams piece by piece as they arrive. A service that
 * does not start answering within the time-out, or stalls that long mid-answer, is given up on.
 */
export async function forwardToConvai(
  c: Context,
  path: string,
  backend: ConvaiBackend,
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  const upstream = new AbortController();
  const clientGone = () => upstream.abort(new Error('client gone'));
  c.req.raw.signal.addEventListener('abort', clientGone, { once: true });
  const seconds = backend.timeoutMs / 1000;

  const headers = new Headers({ 'CONVAI-API-KEY': backend.apiKey, 'Accept-Encoding': 'identity', 'User-Agent': 'convai-character-studio' });
  for (const name of requestHeaders) {
    const value = c.req.header(name);
    if (value) headers.set(name, value);
  }
  const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';

  let timedOut = false;
  let timer = setTimeout(() => {
    timedOut = true;
    upstream.abort(new Error('timeout'));
  }, backend.timeoutMs);

  let response: Response;
  try {
    response = await fetchImpl(`${backend.url}${path}`, {
      method: c.req.method,
      headers,
      body: hasBody ? c.req.raw.body : undefined,
      signal: upstream.signal,
      redirect: 'manual',
      ...(hasBody ? { duplex: 'half' } : {}),
    });
  } catch (error) {
    clearTimeout(timer);
    c.req.raw.signal.removeEventListener('abort', clientGone);
    if (timedOut) return errorBody(c, 'ERROR', `The Convai service did not answer within ${seconds} s. Try again later.`, 504);
    const reason = networkErrorReason(error);
    console.error(`Convai service unreachable for ${path}: ${reason}`);
    return errorBody(c, 'ERROR', `Could not reach the Convai service at ${new URL(backend.url).host} (${reason}).`, 502);
  }
  clearTimeout(timer);

  const passed = new Headers();
  for (const name of responseHeaders) {
    const value = response.headers.get(name);
    if (value) passed.set(name, value);
  }
  if (!response.body) {
    c.req.raw.signal.removeEventListener('abort', clientGone);
    return new Response(null, { status: response.status, headers: passed });
  }

  // Pull the answer through piece by piece; a stalled or broken answer breaks the client's too,
  // so a cut-off stream never looks like a finished one.
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        timer = setTimeout(() => {
          timedOut = true;
          upstream.abort(new Error('timeout'));
        }, backend.timeoutMs);
        try {
          const { value, done } = await reader.read();
          if (done) {
            controller.close();
            c.req.raw.signal.removeEventListener('abort', clientGone);
          } else controller.enqueue(value);
        } catch (error) {
          if (timedOut) console.error(`The Convai service stalled for ${seconds} s during ${path}.`);
          controller.error(error);
        } finally {
          clearTimeout(timer);
        }
      },
      cancel() {
        upstream.abort(new Error('client gone'));
        void reader.cancel().catch(() => {});
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, { status: response.status, headers: passed });
}
