import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Answer = { status: number; body: unknown };

/**
 * A small stand-in for Convai's hosted service on loopback, for refusals this project's own server
 * never gives (a plan without an API, rate limits): each path answers as told, the rest 404.
 */
export async function startConvaiStandIn(answers: Record<string, Answer>) {
  const server = http.createServer((request, response) => {
    request.resume();
    const answer = answers[request.url ?? ''] ?? { status: 404, body: { detail: 'Not Found' } };
    response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
