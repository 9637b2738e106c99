import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** Serves an app (or any fetch handler) on a loopback port for tests that need a real socket. */
export async function listen(fetch: (request: Request) => Response | Promise<Response>) {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold the close up for seconds.
        (server as HttpServer).closeAllConnections?.();
      }),
  };
}

/** Reads a response body as it arrives: each chunk's text and the time it came. */
export async function readChunks(response: Response, onChunk?: (text: string, all: string) => void) {
  const chunks: Array<{ text: string; at: number }> = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let all = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    all += value;
    chunks.push({ text: value, at: performance.now() });
    onChunk?.(value, all);
  }
  return { chunks, text: all };
}
