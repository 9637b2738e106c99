import http from 'node:http';
import { composeBackstory } from '../server/generate/offline/write-backstory';
import { concatenatedData } from '../server/testing/sse';
import { BENCH_KEY, startFixture } from './lib/fixture-server';
import { median, ms, percentile, type Bench } from './lib/report';

type Stream = { first: number; status: number; body: Buffer };

/**
 * One backstory stream through node:http, the lightest client at hand (a heavier one, on the same
 * two cores, measures itself more than the server): when its first bytes came, and all it got.
 */
function openStream(port: number, agent: http.Agent, request: { inputText: string; charName: string }): Promise<Stream> {
  const body = new URLSearchParams(request).toString();
  const sent = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/character/generate-backstory',
        method: 'POST',
        agent,
        headers: {
          'CONVAI-API-KEY': BENCH_KEY,
          Accept: 'text/event-stream',
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let first = NaN;
        response.on('data', (chunk: Buffer) => {
          if (Number.isNaN(first)) first = performance.now() - sent;
          chunks.push(chunk);
        });
        response.on('end', () => resolve({ first, status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** 500 backstory streams at once (offline generator, no delay): errors, time to first piece, every text exact. */
export const concurrentStreams: Bench = {
  name: 'concurrent-streams',
  async run({ smoke, log }) {
    const count = smoke ? 50 : 500;
    const rounds = smoke ? 1 : 3;
    const server = await startFixture('bench/fixtures/throughput-server.ts');
    const p95s: number[] = [];
    const medians: number[] = [];
    let errors = 0;
    let wrong = 0;
    try {
      for (let round = 0; round < rounds; round += 1) {
        const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
        const requests = Array.from({ length: count }, (_, index) => ({
          inputText: 'Lawyer in the New York City. Achiever. Stubborn.',
          charName: `Mindy ${index}`,
        }));
        const started = performance.now();
        const results = await Promise.allSettled(requests.map((request) => openStream(server.port, agent, request)));
        const took = performance.now() - started;
        const firsts: number[] = [];
        results.forEach((result, index) => {
          if (result.status === 'rejected' || result.value.status !== 200) {
            errors += 1;
            return;
          }
          firsts.push(result.value.first);
          if (concatenatedData(result.value.body.toString('utf8')) !== composeBackstory(requests[index], { seed: 'bench' })) wrong += 1;
        });
        agent.destroy();
        p95s.push(percentile(firsts, 95));
        medians.push(median(firsts));
        log(
          `  round ${round + 1}: ${count} streams in ${ms(took)}; first piece median ${ms(median(firsts))}, p95 ${ms(percentile(firsts, 95))}`,
        );
      }
    } finally {
      await server.stop();
    }
    const p95 = median(p95s);
    return [
      {
        what: `${count} simultaneous backstory streams: errors`,
        measured: `${errors} errors, ${wrong} wrong texts`,
        target: '0',
        met: errors === 0 && wrong === 0,
      },
      {
        what: `${count} simultaneous streams: time to first piece`,
        measured: `p95 ${ms(p95)} (median ${ms(median(medians))})`,
        target: 'p95 ≤ 100 ms',
        met: p95 <= 100,
      },
    ];
  },
};
