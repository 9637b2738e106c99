import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type StandInBehaviour =
  | { kind: 'stream'; pieces: string[]; delayMs?: number }
  | { kind: 'fail'; status: number; body: unknown }
  | { kind: 'break-after'; pieces: string[] }
  | { kind: 'stall-after'; pieces: string[] };

/** What a chat-completions client sends (the fields the tests read). */
export type ChatCompletionRequest = {
  model?: string;
  stream?: boolean;
  temperature?: number;
  messages?: Array<{ role: string; content: string }>;
};

export type ReceivedRequest = { path: string; headers: http.IncomingHttpHeaders; body: ChatCompletionRequest };

/**
 * A small stand-in for an OpenAI-compatible chat-completions service on loopback, speaking its
 * streaming protocol: `data: {"choices":[{"delta":{"content":…}}]}` events, then `data: [DONE]`.
 */
export async function startLlmStandIn(behaviour: () => StandInBehaviour, options: { models?: string[] } = {}) {
  const received: ReceivedRequest[] = [];
  let closedEarly = 0;
  const sockets = new Set<Socket>();

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    // The service's list of models (GET /v1/models), as OpenAI-compatible services answer it.
    if (request.method === 'GET' && request.url?.endsWith('/models')) {
      const data = (options.models ?? ['stand-in-model']).map((id) => ({ id, object: 'model' }));
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ object: 'list', data }));
      return;
    }
    let raw = '';
    for await (const chunk of request) raw += chunk;
    received.push({ path: request.url ?? '', headers: request.headers, body: JSON.parse(raw || '{}') as ChatCompletionRequest });
    response.on('close', () => {
      if (!response.writableFinished) closedEarly += 1;
    });

    const plan = behaviour();
    if (plan.kind === 'fail') {
      response.writeHead(plan.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(plan.body));
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/event-stream' });
    const delta = (content: string) =>
      `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
    response.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { role: 'assistant' } }] })}\n\n`);
    for (const piece of plan.pieces) {
      if (response.destroyed) return;
      response.write(delta(piece));
      await new Promise((resolve) => setTimeout(resolve, plan.kind === 'stream' ? (plan.delayMs ?? 5) : 5));
    }
    if (plan.kind === 'break-after') return request.socket.destroy();
    if (plan.kind === 'stall-after') return;
    response.end('data: [DONE]\n\n');
  };
  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received,
    closedEarly: () => closedEarly,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
