import autocannon from 'autocannon';
import { BENCH_KEY, startFixture } from './lib/fixture-server';
import { median, ms, type Bench } from './lib/report';

type Result = { requests: number; p99: number; errors: number; non2xx: number };

function load(url: string, body: string, headers: Record<string, string>, seconds: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, connections: 32, duration: seconds },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        resolve({ requests: result.requests.average, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx });
      },
    );
  });
}

/** Requests a second for /character/get and /character/list (100 characters), against a bare Hono route, in one run. */
export const serverThroughput: Bench = {
  name: 'server-throughput',
  async run({ smoke, log }) {
    const seconds = smoke ? 1 : 8;
    const rounds = smoke ? 1 : 3;
    const app = await startFixture('bench/fixtures/throughput-server.ts');
    const bare = await startFixture('bench/fixtures/throughput-server.ts', ['bare']);
    const results: Record<'bare' | 'get' | 'list', Result[]> = { bare: [], get: [], list: [] };
    try {
      const key = { 'CONVAI-API-KEY': BENCH_KEY };
      // Warm-up, not counted: until the JIT has compiled each side's request path, the first round
      // measures the compiler (the bare route, being small, is compiled sooner).
      await load(`http://127.0.0.1:${bare.port}/bare`, '{}', {}, smoke ? 0.5 : 3);
      await load(`http://127.0.0.1:${app.port}/character/get`, JSON.stringify({ charID: app.info[0] }), key, smoke ? 0.5 : 3);
      await load(`http://127.0.0.1:${app.port}/character/list`, '{}', key, smoke ? 0.5 : 3);
      for (let round = 0; round < rounds; round += 1) {
        // Alternated, so a noisy moment on the machine does not fall on one side only.
        results.bare.push(await load(`http://127.0.0.1:${bare.port}/bare`, '{}', {}, seconds));
        results.get.push(await load(`http://127.0.0.1:${app.port}/character/get`, JSON.stringify({ charID: app.info[0] }), key, seconds));
        results.list.push(await load(`http://127.0.0.1:${app.port}/character/list`, '{}', key, seconds));
        log(
          `  round ${round + 1}: bare ${Math.round(results.bare.at(-1)!.requests)}/s, get ${Math.round(results.get.at(-1)!.requests)}/s, list ${Math.round(results.list.at(-1)!.requests)}/s`,
        );
      }
    } finally {
      await Promise.all([app.stop(), bare.stop()]);
    }
    const rate = (kind: keyof typeof results) => median(results[kind].map((result) => result.requests));
    const p99 = (kind: keyof typeof results) => median(results[kind].map((result) => result.p99));
    const failures = Object.values(results)
      .flat()
      .reduce((sum, result) => sum + result.errors + result.non2xx, 0);
    const ratio = rate('get') / rate('bare');
    return [
      {
        what: 'bare Hono route (same run, for comparison)',
        measured: `${Math.round(rate('bare'))} req/s, p99 ${ms(p99('bare'))}`,
        target: 'reference',
        met: null,
      },
      {
        what: '/character/get',
        measured: `${Math.round(rate('get'))} req/s (${ratio.toFixed(2)} × bare), p99 ${ms(p99('get'))}`,
        target: '≥ 0.5 × bare',
        met: ratio >= 0.5,
      },
      {
        what: '/character/list, 100 characters',
        measured: `${Math.round(rate('list'))} req/s (${(rate('list') / rate('bare')).toFixed(2)} × bare), p99 ${ms(p99('list'))}`,
        target: 'reported',
        met: null,
      },
      { what: 'throughput runs: errors and non-2xx answers', measured: String(failures), target: '0', met: failures === 0 },
    ];
  },
};
