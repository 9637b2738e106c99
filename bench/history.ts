import type { CharacterSnapshot } from '../contract/schemas/versions';
import { createVersionStore } from '../server/db/versions';
import { snapshotWith } from '../server/testing/character-snapshot';
import { installProbes, launchBrowser, newPage } from './lib/browser';
import { addCharacters, fixtureServer } from './lib/fixture-server';
import { loreWriter } from './lib/lore';
import { median, ms, type Bench } from './lib/report';

/** A character's backstory over `count` versions: 20,000 characters in paragraphs, one paragraph rewritten by each version. */
function backstories(count: number): string[] {
  const write = loreWriter('history');
  // A little under 20,000 characters, so that a rewritten paragraph never falls beyond the limit.
  let paragraphs = write(18_500).text.split('\n\n');
  const texts: string[] = [];
  for (let index = 0; index < count; index++) {
    if (index > 0) {
      paragraphs = [...paragraphs];
      paragraphs[(index * 7) % paragraphs.length] = write(600).text.split('\n\n')[0] ?? '';
    }
    texts.push(paragraphs.join('\n\n'));
  }
  return texts;
}

const versionSnapshot = (backstory: string, index: number): CharacterSnapshot =>
  snapshotWith({ character_name: 'Archivist', backstory, character_actions: ['wave'], temperature: index % 10 === 0 ? 0.5 : null });

/** A character with 1,000 versions: how soon the History tab shows them once they arrive, and how soon a diff of two 20,000-character backstories is on screen. */
export const history: Bench = {
  name: 'history',
  async run({ smoke, log }) {
    const count = smoke ? 100 : 1_000;
    const runs = smoke ? 1 : 3;
    let characterId = '';
    const server = await fixtureServer({
      fill: (db, userId) => {
        [characterId] = addCharacters(db, userId, 1);
        const store = createVersionStore(db);
        backstories(count).forEach((backstory, index) =>
          store.record(characterId, userId, index === 0 ? 'create' : 'dashboard', versionSnapshot(backstory, index)),
        );
      },
      // The list is held back a moment, so "after the data arrives" measures the page's own work.
      delay: { paths: ['/versions'], ms: 1_500 },
    });
    const browser = await launchBrowser();
    const shown: number[] = [];
    const diffs: number[] = [];
    try {
      for (let run = 0; run < runs; run += 1) {
        const page = await newPage(browser);
        await installProbes(page);
        await page.addInitScript(() => {
          const w = window as unknown as Record<string, unknown>;
          const observer = new MutationObserver(() => {
            if (document.querySelectorAll('ol[aria-label="Versions"] > li').length > 0) {
              w.__timelineAt = performance.now();
              observer.disconnect();
            }
          });
          document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { subtree: true, childList: true }));
        });
        await page.goto(`${server.url}/characters/${characterId}/history`);
        const versions = page.getByRole('list', { name: 'Versions', exact: true });
        await versions.getByRole('listitem', { name: `Version ${count}`, exact: true }).waitFor({ timeout: 60_000 });
        const timeline = await page.evaluate(() => {
          const w = window as unknown as { __timelineAt: number; __paintedAfter: (t: number) => number | null };
          const list = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
            new URL(entry.name).pathname.endsWith('/versions'),
          );
          return (w.__paintedAfter(w.__timelineAt) ?? w.__timelineAt) - (list?.responseEnd ?? NaN);
        });
        shown.push(timeline);

        // Both versions fetched once (From 1, To the last, then the one before it); then the time from
        // choosing the last again to the new diff painted, both snapshots in hand.
        const from = page.getByLabel('From', { exact: true });
        const to = page.getByLabel('To', { exact: true });
        await from.selectOption(String(1));
        await to.selectOption(String(count - 1));
        await page.getByRole('heading', { name: `Changes from version 1 to version ${count - 1}`, exact: true }).waitFor();
        await to.selectOption(String(count));
        await page.getByRole('heading', { name: `Changes from version 1 to version ${count}`, exact: true }).waitFor();
        await to.selectOption(String(count - 1));
        await page.getByRole('heading', { name: `Changes from version 1 to version ${count - 1}`, exact: true }).waitFor();
        const diff = await page.evaluate(async (last) => {
          const w = window as unknown as { __paintedAfter: (t: number) => number | null };
          const select = [...document.querySelectorAll('select')].find((element) => element.labels?.[0]?.textContent?.trim() === 'To');
          if (!select) return NaN;
          const heading = `Changes from version 1 to version ${last}`;
          const began = performance.now();
          const changed = new Promise<number>((resolve) => {
            const observer = new MutationObserver(() => {
              if (
                [...document.querySelectorAll('h2')].some((element) => element.textContent === heading) &&
                document.querySelector('section[aria-label="Backstory"], [role="region"][aria-label="Backstory"], section[aria-labelledby]')
              ) {
                observer.disconnect();
                resolve(performance.now());
              }
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          });
          select.value = String(last);
          select.dispatchEvent(new Event('change', { bubbles: true }));
          const at = await changed;
          await new Promise((resolve) => setTimeout(resolve, 100));
          return (w.__paintedAfter(at) ?? at) - began;
        }, count);
        diffs.push(diff);
        log(
          `  run ${run + 1}: ${count} versions painted ${ms(timeline)} after the list arrived; diff of version 1 and ${count} (20,000 characters each) on screen in ${ms(diff)}`,
        );
        await page.context().close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return [
      {
        what: `history of ${count.toLocaleString('en-US')} versions: timeline on screen after the data arrives`,
        measured: `median ${ms(median(shown))}`,
        target: '≤ 200 ms',
        met: median(shown) <= 200,
      },
      {
        what: 'diff of two 20,000-character backstories: on screen after choosing them',
        measured: `median ${ms(median(diffs))}`,
        target: '≤ 50 ms',
        met: median(diffs) <= 50,
      },
    ];
  },
};
