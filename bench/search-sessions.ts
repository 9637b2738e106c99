import { installProbes, launchBrowser, newPage, timeKeystrokes } from './lib/browser';
import { addCharacters, addSession, fixtureServer } from './lib/fixture-server';
import { median, ms, percentile, type Bench } from './lib/report';

/** Search across 200 sessions (40,000 messages), transcripts already fetched: time per query. */
export const searchSessions: Bench = {
  name: 'search-sessions',
  async run({ smoke, log }) {
    const sessions = smoke ? 20 : 200;
    const perSession = 100; // exchanges: two messages each
    let characterId = '';
    const server = await fixtureServer({
      fill: (db, userId) => {
        [characterId] = addCharacters(db, userId, 1);
        for (let index = 0; index < sessions; index += 1) {
          addSession(db, userId, characterId, perSession, new Date(Date.UTC(2025, 0, 1) + index * 3_600_000), index);
        }
      },
    });
    const browser = await launchBrowser();
    const keys: number[] = [];
    try {
      const page = await newPage(browser);
      await installProbes(page);
      await page.goto(`${server.url}/characters/${characterId}/sessions?limit=all`);
      const search = page.getByRole('region', { name: 'Search all sessions' });
      await search.getByRole('searchbox').fill('m');
      // All transcripts fetched (the progress line goes away when done).
      await search.getByText(/matches in \d+ sessions\.$/).waitFor({ timeout: 120_000 });
      await search.getByRole('searchbox').fill('');
      await search.getByRole('searchbox').click();
      const typed = await timeKeystrokes(page, 'section[aria-label="Search all sessions"] p[aria-live="polite"]', 'session 137: tell');
      keys.push(...typed);
      log(
        `  ${sessions} sessions, ${(sessions * perSession * 2).toLocaleString('en-US')} messages: per-key median ${ms(median(typed))}, worst ${ms(Math.max(...typed))}`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
    return [
      {
        what: `search across ${sessions} sessions (${(sessions * perSession * 2).toLocaleString('en-US')} messages), per query`,
        measured: `median ${ms(median(keys))}, p95 ${ms(percentile(keys, 95))}`,
        target: '≤ 50 ms',
        met: percentile(keys, 95) <= 50,
      },
    ];
  },
};
