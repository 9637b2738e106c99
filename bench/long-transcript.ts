import { installProbes, launchBrowser, newPage, responseEnd, timeKeystrokes, watchFor } from './lib/browser';
import { addCharacters, addSession, fixtureServer } from './lib/fixture-server';
import { median, ms, percentile, type Bench } from './lib/report';

/** One session of 10,000 exchanges: how soon the transcript shows once the data is in, and how fast find answers. */
export const longTranscript: Bench = {
  name: 'long-transcript',
  async run({ smoke, log }) {
    const exchanges = smoke ? 1_000 : 10_000;
    const runs = smoke ? 1 : 3;
    let characterId = '';
    let sessionId = '';
    const server = await fixtureServer({
      delay: { paths: ['/chatHistory/details'], ms: 1_500 },
      fill: (db, userId) => {
        [characterId] = addCharacters(db, userId, 1);
        sessionId = addSession(db, userId, characterId, exchanges, new Date(Date.UTC(2025, 5, 1, 12)));
      },
    });
    const browser = await launchBrowser();
    const opened: number[] = [];
    const finds: number[] = [];
    try {
      for (let run = 0; run < runs; run += 1) {
        const page = await newPage(browser);
        await installProbes(page);
        const appeared = await watchFor(page, 'ol[aria-label="Transcript"] article');
        await page.goto(`${server.url}/characters/${characterId}/sessions/${sessionId}`);
        await page.locator('ol[aria-label="Transcript"] article').first().waitFor();
        await page.waitForTimeout(200);
        const openedAfter = (await appeared()) - (await responseEnd(page, '/api/character/chatHistory/details'));
        opened.push(openedAfter);
        await page.getByLabel('Find in transcript').click();
        // Each key narrows the matches, so the count changes with every one.
        const typed = await timeKeystrokes(page, '[data-testid="find-count"]', 'exchange 7654');
        finds.push(...typed);
        log(
          `  run ${run + 1}: transcript painted ${ms(openedAfter)} after the data arrived; find keys median ${ms(median(typed))}, worst ${ms(Math.max(...typed))}`,
        );
        await page.context().close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return [
      {
        what: `transcript of ${exchanges.toLocaleString('en-US')} exchanges: open after the data arrives`,
        measured: `median ${ms(median(opened))}`,
        target: '≤ 300 ms',
        met: median(opened) <= 300,
      },
      {
        what: `transcript of ${exchanges.toLocaleString('en-US')} exchanges: find per key`,
        measured: `median ${ms(median(finds))}, p95 ${ms(percentile(finds, 95))}`,
        target: '≤ 50 ms',
        met: percentile(finds, 95) <= 50,
      },
    ];
  },
};
