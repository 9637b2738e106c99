import { stubGenerator } from '../server/testing/stub-generator';
import { launchBrowser, openBackstoryPage } from './lib/browser';
import { fixtureServer } from './lib/fixture-server';
import { median, ms, type Bench } from './lib/report';

/** A stream of 20,000 pieces as fast as the server can send them: the page must not stall, and the text must be exact. */
export const fastStream: Bench = {
  name: 'fast-stream',
  async run({ smoke, log }) {
    const count = smoke ? 2_000 : 20_000;
    const runs = smoke ? 1 : 3;
    const pieces = Array.from({ length: count }, (_, index) => `word${index}${index % 120 === 119 ? '\n\n' : ' '}`);
    const expected = pieces.join('');
    const worst: number[] = [];
    const exact: boolean[] = [];
    for (let run = 0; run < runs; run += 1) {
      const server = await fixtureServer({
        generator: stubGenerator({
          async *backstory(_request, signal) {
            for (const piece of pieces) {
              if (signal.aborted) return;
              yield piece;
            }
          },
        }),
      });
      const browser = await launchBrowser();
      try {
        const page = await openBackstoryPage(browser, server.url, 'A fast stream.');
        await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
        const started = performance.now();
        await page.getByRole('button', { name: 'Generate' }).click();
        await page.getByTestId('take-status').filter({ hasText: 'Finished' }).waitFor({ timeout: 120_000 });
        const took = performance.now() - started;
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.getByRole('button', { name: 'Copy' }).click();
        const text = await page.evaluate(() => navigator.clipboard.readText());
        const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
        worst.push(Math.max(0, ...longTasks));
        exact.push(text === expected);
        log(
          `  run ${run + 1}: ${count} pieces in ${ms(took)}, ${longTasks.length} tasks over 50 ms (longest ${ms(Math.max(0, ...longTasks))}), text ${text === expected ? 'exact' : 'DIFFERENT'}`,
        );
      } finally {
        await browser.close();
        await server.close();
      }
    }
    const longest = median(worst);
    return [
      {
        what: `fast stream, ${count.toLocaleString('en-US')} pieces: longest main-thread task`,
        measured: longest === 0 ? 'none over 50 ms' : ms(longest),
        target: '≤ 50 ms',
        met: longest <= 50,
      },
      {
        what: 'fast stream: final text exact',
        measured: exact.every(Boolean) ? 'exact in every run' : 'DIFFERENT',
        target: 'exact',
        met: exact.every(Boolean),
      },
    ];
  },
};
