import { installProbes, launchBrowser, newPage, responseEnd, timeKeystrokes, watchFor } from './lib/browser';
import { addCharacters, fixtureServer } from './lib/fixture-server';
import { median, ms, percentile, type Bench } from './lib/report';

/** 10,000 characters in the list: how soon rows show once the data is in, how many rows the page holds, how fast search answers. */
export const manyCharacters: Bench = {
  name: 'many-characters',
  async run({ smoke, log }) {
    const count = smoke ? 1_000 : 10_000;
    const runs = smoke ? 1 : 3;
    // The list is held back a moment, so "after the data arrives" measures the page's own work,
    // not the wait for its code.
    const server = await fixtureServer({
      fill: (db, userId) => addCharacters(db, userId, count),
      delay: { paths: ['/character/list'], ms: 1_500 },
    });
    const browser = await launchBrowser();
    const shown: number[] = [];
    const rowCounts: number[] = [];
    const keys: number[] = [];
    try {
      for (let run = 0; run < runs; run += 1) {
        const page = await newPage(browser);
        await installProbes(page);
        const appeared = await watchFor(page, 'ul[aria-label="Characters"] > li');
        await page.goto(`${server.url}/characters`);
        await page.locator('ul[aria-label="Characters"] > li').first().waitFor();
        await page.waitForTimeout(200);
        const visibleAfter = (await appeared()) - (await responseEnd(page, '/api/character/list'));
        shown.push(visibleAfter);
        rowCounts.push(await page.locator('ul[aria-label="Characters"] > li').count());
        await page.getByRole('searchbox', { name: 'Search characters by name' }).click();
        const typed = await timeKeystrokes(page, 'main p[aria-live="polite"]', '4567');
        keys.push(...typed);
        log(
          `  run ${run + 1}: rows painted ${ms(visibleAfter)} after the list arrived; ${rowCounts.at(-1)} rows in the page; keys ${typed.map(ms).join(', ')}`,
        );
        await page.context().close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return [
      {
        what: `${count.toLocaleString('en-US')} characters: rows visible after the data arrives`,
        measured: `median ${ms(median(shown))}`,
        target: '≤ 150 ms',
        met: median(shown) <= 150,
      },
      {
        what: `${count.toLocaleString('en-US')} characters: row elements in the page`,
        measured: String(Math.max(...rowCounts)),
        target: '≤ 60',
        met: Math.max(...rowCounts) <= 60,
      },
      {
        what: `${count.toLocaleString('en-US')} characters: search update per key`,
        measured: `median ${ms(median(keys))}, p95 ${ms(percentile(keys, 95))}`,
        target: '≤ 50 ms',
        met: percentile(keys, 95) <= 50,
      },
    ];
  },
};
