import type { TextGenerator } from '../server/generate/generator';
import { pause } from '../server/generate/generator';
import { stubGenerator } from '../server/testing/stub-generator';
import { launchBrowser, openBackstoryPage } from './lib/browser';
import { fixtureServer } from './lib/fixture-server';
import { median, ms, percentile, type Bench } from './lib/report';

/** Pieces "w00001 "… at a steady rate, each one's send time kept (on the clock the browser shares). */
function pacedGenerator(count: number, intervalMs: number, sent: number[]): TextGenerator {
  return stubGenerator({
    info: { kind: 'offline', label: 'bench' },
    async *backstory(_request, signal) {
      for (let index = 0; index < count && !signal.aborted; index += 1) {
        sent[index] = performance.timeOrigin + performance.now();
        yield `w${String(index).padStart(5, '0')}${index % 40 === 39 ? '\n\n' : ' '}`;
        await pause(intervalMs, signal);
      }
    },
  });
}

/**
 * Piece to paint: the server streams pieces at 100 a second; in Chromium a MutationObserver notes
 * when each piece enters the page and the probes when the next frame was painted.
 */
export const streamToScreen: Bench = {
  name: 'stream-to-screen',
  async run({ smoke, log }) {
    const count = smoke ? 60 : 400;
    const runs = smoke ? 1 : 3;
    const p95s: number[] = [];
    const medians: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const sent: number[] = [];
      const server = await fixtureServer({ generator: pacedGenerator(count, 10, sent) });
      const browser = await launchBrowser();
      try {
        const page = await openBackstoryPage(browser, server.url, 'A benchmark of streaming.');
        await page.evaluate(() => {
          const w = window as unknown as Record<string, unknown>;
          const seen: number[] = [];
          w.__seen = seen;
          new MutationObserver(() => {
            const text = document.querySelector('[data-testid="take-text"]')?.textContent ?? '';
            const last = text.match(/w(\d{5})\s*$/);
            if (!last) return;
            const now = performance.timeOrigin + performance.now();
            for (let index = seen.length; index <= Number(last[1]); index += 1) seen[index] = now;
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
        });
        await page.getByRole('button', { name: 'Generate' }).click();
        await page.getByTestId('take-status').filter({ hasText: 'Finished' }).waitFor({ timeout: 60_000 });
        await page.waitForTimeout(100);
        const painted = await page.evaluate(() => {
          const w = window as unknown as { __seen: number[]; __paintedAfter: (t: number) => number | null };
          return w.__seen.map((at) => {
            const end = w.__paintedAfter(at - performance.timeOrigin);
            return end === null ? null : performance.timeOrigin + end;
          });
        });
        const latencies = sent.map((at, index) => (painted[index] ?? NaN) - at).filter((value) => Number.isFinite(value));
        p95s.push(percentile(latencies, 95));
        medians.push(median(latencies));
        log(
          `  run ${run + 1}: ${latencies.length}/${count} pieces timed, median ${ms(median(latencies))}, p95 ${ms(percentile(latencies, 95))}`,
        );
      } finally {
        await browser.close();
        await server.close();
      }
    }
    const p95 = median(p95s);
    return [
      {
        what: 'stream to screen, 100 pieces/s: piece-to-paint p95',
        measured: `${ms(p95)} (median ${ms(median(medians))})`,
        target: '≤ 17 ms',
        met: p95 <= 17,
      },
    ];
  },
};
