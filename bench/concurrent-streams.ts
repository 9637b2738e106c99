import { startFixture } from './lib/child';
import { BENCH_KEY } from './lib/fixture-server';
import { median, ms, percentile, type Bench } from './lib/report';
import { concatenatedData } from '../server/testing/sse';
import { composeBackstory } from '../server/generate/offline/compose-backstory';
import { Agent, fetch as undiciFetch } from 'undici';

/** 500 backstory streams at once (offline generator, no delay): errors, time to first piece, every text exact. */
export const concurrentStreams: Bench = {
  name: 'concurrent-streams',
  async run({ smoke, log }) {
    const count = smoke ? 50 : 500;
    const rounds = smoke ? 1 : 3;
    const server = await startFixture('bench/fixtures/throughput-server.ts');
    const dispatcher = new Agent({ connections: count + 10, pipelining: 0 });
    const p95s: number[] = [];
    const medians: number[] = [];
    let errors = 0;
    let wrong = 0;
    try {
      for (let round = 0; round < rounds; round += 1) {
        const firsts: number[] = [];
        const started = performance.now();
        await Promise.all(
          Array.from({ length: count }, async (_, index) => {
            const request = { inputText: 'Lawyer in the New York City. Achiever. Stubborn.', charName: `Mindy ${index}` };
            try {
              const sent = performance.now();
              const response = await undiciFetch(`http://127.0.0.1:${server.port}/character/generate-backstory`, {
                method: 'POST',
                headers: { 'CONVAI-API-KEY': BENCH_KEY, Accept: 'text/event-stream' },
                body: new URLSearchParams(request),
                dispatcher,
              });
              if (response.status !== 200 || !response.body) throw new Error(`status ${response.status}`);
              let text = '';
              let first = true;
              for await (const chunk of response.body) {
                if (first) {
                  firsts.push(performance.now() - sent);
                  first = false;
                }
                text += Buffer.from(chunk).toString('utf8');
              }
              if (concatenatedData(text) !== composeBackstory(request)) wrong += 1;
            } catch {
              errors += 1;
            }
          }),
        );
        p95s.push(percentile(firsts, 95));
        medians.push(median(firsts));
        log(`  round ${round + 1}: ${count} streams in ${ms(performance.now() - started)}; first piece median ${ms(median(firsts))}, p95 ${ms(percentile(firsts, 95))}`);
      }
    } finally {
      await dispatcher.close();
      await server.stop();
    }
    const p95 = median(p95s);
    return [
      { what: `${count} simultaneous backstory streams: errors`, measured: `${errors} errors, ${wrong} wrong texts`, target: '0', met: errors === 0 && wrong === 0 },
      { what: `${count} simultaneous streams: time to first piece`, measured: `p95 ${ms(p95)} (median ${ms(median(medians))})`, target: 'p95 ≤ 100 ms', met: p95 <= 100 },
    ];
  },
};
