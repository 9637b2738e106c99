import type { Page } from 'playwright-core';
import type { Db } from '../server/db/connection';
import { createInsightsStore } from '../server/db/insights';
import { installProbes, launchBrowser, newPage, responseEnd } from './lib/browser';
import { addCharacters, fixtureServer } from './lib/fixture-server';
import { median, ms, type Bench } from './lib/report';

const LABELS = [
  'off-character',
  'lore error',
  'too long',
  'repeats itself',
  'wrong language',
  'rude',
  'spoiler',
  'flat',
  'too short',
  'off-topic',
  'ignored the player',
  'made things up',
];
const SECTIONS = ['Welcome', 'The wares', 'The haggle', 'A deal struck', 'The back room', 'Parting as friends'];
const TRIGGERS = ['coins_paid', 'player_leaves', 'door_opens'];

const stamp = (time: number) => {
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000`;
};

/**
 * `sessions` sessions of 20 characters over the last 90 days, `exchanges` exchanges among them (1 to
 * 39 each), written with SQL: sections reached along a path, a trigger in one session of 6, and
 * ratings and labels on the exchanges of one session of 8.
 */
export function fill(db: Db, userId: string, sessions: number, exchanges: number) {
  const characters = addCharacters(db, userId, 20);
  const insertSession = db.prepare('INSERT INTO sessions (id, character_id, user_id, started_at) VALUES (?, ?, ?, ?)');
  const insertExchange = db.prepare(
    `INSERT INTO exchanges (session_id, at, user_text, character_text, trigger_name, is_trigger_input, section_id, section_name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReview = db.prepare(
    `INSERT INTO review_annotations (user_id, character_id, session_id, exchange, rating, labels, note, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '', ?)`,
  );
  const now = Date.now();
  const perSession = exchanges / sessions;
  for (let index = 0; index < sessions; index += 1) {
    const characterId = characters[(index * 7) % characters.length];
    const id = `bench-session-${index}`;
    // More sessions lately, a busy day now and then.
    const daysAgo = Math.floor(90 * Math.pow(((index * 7919) % sessions) / sessions, 1.3));
    const started = now - daysAgo * 86_400_000 - ((index * 104_729) % 86_400_000);
    insertSession.run(id, characterId, userId, stamp(started));
    // 1 to 39, 20 on average: the exchanges asked for, give or take a few.
    const count = 1 + ((index * 37) % (2 * perSession - 1));
    const narrative = index % 3 !== 0;
    const reach = 1 + (index % SECTIONS.length);
    for (let turn = 0; turn < count; turn += 1) {
      const at = stamp(started + (turn + 1) * 4_000);
      const trigger = index % 6 === 0 && turn === 1 ? TRIGGERS[index % TRIGGERS.length] : null;
      const section = narrative ? SECTIONS[Math.min(reach - 1, Math.floor((turn * reach) / count))] : null;
      insertExchange.run(
        id,
        at,
        `Message ${turn + 1}`,
        `Reply ${turn + 1}`,
        trigger,
        trigger ? 1 : 0,
        section ? `section-${section}` : null,
        section,
      );
      if (index % 8 === 0 && turn % 3 === 0) {
        const rating = (index + turn) % 4 === 0 ? 'bad' : (index + turn) % 4 === 1 ? null : 'good';
        const labels = (index + turn) % 5 < 2 ? [LABELS[(index + turn) % LABELS.length]] : [];
        insertReview.run(userId, characterId, id, at, rating, JSON.stringify(labels), at);
      }
    }
  }
}

/**
 * Waits, on the page, for the six charts of Insights drawn (recharts' SVG for the two over time, a list
 * of bars for the others; a build with six recharts charts passes too); answers when that frame was painted.
 */
const chartsPainted = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { __paintedAfter: (t: number) => number | null };
        const drawn = () => document.querySelectorAll('section .recharts-surface, section [data-bars]').length >= 6;
        const done = (at: number) => setTimeout(() => resolve(w.__paintedAfter(at) ?? at), 100);
        if (drawn()) return done(performance.now());
        const observer = new MutationObserver(() => {
          if (!drawn()) return;
          observer.disconnect();
          done(performance.now());
        });
        observer.observe(document.body, { subtree: true, childList: true });
      }),
  );

/**
 * Does `change`, then answers when the charts were redrawn: the paint after the last change to the page
 * in the burst that begins when the first chart's summary changes (every chart's SVG included, however
 * many renders recharts takes; the burst ends after 250 ms without a change).
 */
async function repaintAfter(page: Page, change: () => Promise<void>) {
  const watching = page.evaluate(
    () =>
      new Promise<{ first: number; last: number }>((resolve) => {
        const w = window as unknown as { __paintedAfter: (t: number) => number | null };
        const summary = () => document.querySelector('[data-testid="chart-summary"]')?.textContent ?? '';
        const before = summary();
        let first: number | null = null;
        let last = 0;
        let quiet: ReturnType<typeof setTimeout> | undefined;
        const observer = new MutationObserver(() => {
          if (first === null && summary() === before) return;
          last = performance.now();
          first ??= last;
          clearTimeout(quiet);
          quiet = setTimeout(() => {
            observer.disconnect();
            const start = first ?? last;
            resolve({ first: w.__paintedAfter(start) ?? start, last: w.__paintedAfter(last) ?? last });
          }, 250);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
  );
  await change();
  return watching;
}

/** Insights over 10,000 sessions and 200,000 exchanges: the server's queries, the charts on screen, a filter changed. */
export const insights: Bench = {
  name: 'insights',
  async run({ smoke, log }) {
    const sessions = smoke ? 1_000 : 10_000;
    const exchanges = smoke ? 20_000 : 200_000;
    const runs = smoke ? 1 : 5;
    let characterIds: string[] = [];
    let user = '';
    let written = 0;
    const server = await fixtureServer({
      fill: (db, userId) => {
        user = userId;
        fill(db, userId, sessions, exchanges);
        characterIds = (db.prepare('SELECT id FROM characters ORDER BY seq').all() as Array<{ id: string }>).map((row) => row.id);
        written = (db.prepare('SELECT count(*) AS n FROM exchanges').get() as { n: number }).n;
      },
      // Held back, so that "after the data arrives" measures the page's own work.
      delay: { paths: ['/dashboard/insights'], ms: 1_500 },
    });

    // The server's own time: every query of one answer, all characters, the default range.
    const store = createInsightsStore(server.db);
    const queryTimes: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const began = performance.now();
      store.insights({ userId: user, characterId: null, tzOffset: 0 });
      queryTimes.push(performance.now() - began);
    }
    const oneCharacter: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const began = performance.now();
      store.insights({ userId: user, characterId: characterIds[0] ?? null, tzOffset: 0 });
      oneCharacter.push(performance.now() - began);
    }
    log(`  server: all characters in ${ms(median(queryTimes))}, one character in ${ms(median(oneCharacter))} (median of 5)`);

    const browser = await launchBrowser();
    const shown: number[] = [];
    const changes: number[] = [];
    // The page's main-thread task time per change (Chromium's TaskDuration): less swayed than the wall clock by what else the machine runs.
    const busy: number[] = [];
    try {
      for (let run = 0; run < runs; run += 1) {
        const page = await newPage(browser, 1400, 1000);
        await installProbes(page);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        const taskTime = async () =>
          ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
        await page.goto(`${server.url}/insights`);
        const painted = await chartsPainted(page);
        const first = painted - (await responseEnd(page, '/dashboard/insights'));
        shown.push(first);

        // A character picked, then the range moved: each answer held back, timed from its arrival to the redrawn charts.
        const beforeCharacter = await taskTime();
        const character = await repaintAfter(page, async () => {
          await page.getByLabel('Character', { exact: true }).selectOption(characterIds[run % characterIds.length] ?? '');
        });
        const characterBusy = (await taskTime()) - beforeCharacter;
        const characterEnd = await responseEnd(page, '/dashboard/insights');
        const afterCharacter = character.last - characterEnd;
        const beforeRange = await taskTime();
        const range = await repaintAfter(page, async () => {
          const from = page.getByLabel('From', { exact: true });
          const value = await from.inputValue();
          const later = new Date(Date.parse(`${value}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
          await from.fill(later);
        });
        const rangeBusy = (await taskTime()) - beforeRange;
        const rangeEnd = await responseEnd(page, '/dashboard/insights');
        const afterRange = range.last - rangeEnd;
        changes.push(afterCharacter, afterRange);
        busy.push(characterBusy, rangeBusy);
        log(
          `  run ${run + 1}: charts painted ${ms(first)} after the answer arrived; a character picked: ${ms(afterCharacter)} (first summary ${ms(character.first - characterEnd)}); the range changed: ${ms(afterRange)} (${ms(range.first - rangeEnd)}); the page's task time per change ${ms(characterBusy)} and ${ms(rangeBusy)}`,
        );
        await page.context().close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    log(`  the page's main-thread task time per change (the whole change, input to last paint): median ${ms(median(busy))}`);
    const scale = `${sessions.toLocaleString('en-US')} sessions, ${written.toLocaleString('en-US')} exchanges`;
    return [
      {
        what: `insights of ${scale}: the server's queries (all characters, 90 days)`,
        measured: `median ${ms(median(queryTimes))} (one character ${ms(median(oneCharacter))})`,
        target: 'reported',
        met: true,
      },
      {
        what: `insights of ${scale}: six charts on screen after the data arrives`,
        measured: `median ${ms(median(shown))}`,
        target: '≤ 500 ms',
        met: median(shown) <= 500,
      },
      {
        what: 'insights: a character or range changed, charts redrawn after the data arrives',
        measured: `median ${ms(median(changes))}`,
        target: '≤ 50 ms',
        met: median(changes) <= 50,
      },
    ];
  },
};
