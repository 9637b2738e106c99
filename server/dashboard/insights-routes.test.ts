import { describe, expect, it } from 'vitest';
import { exchangeKey } from '../../contract/schemas/annotations';
import type { Exchange } from '../../contract/schemas/conversation';
import { insightsSchema, type Insights } from '../../contract/schemas/insights';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { KEY_A, KEY_B, testApp, type JsonObject } from '../testing/test-app';
import { insightsErrors } from './insights-routes';

type App = ReturnType<typeof createApp>;
type Post = ReturnType<typeof testApp>['post'];

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = day(0);
const yesterday = day(-1);

async function getJson(app: App, path: string) {
  const response = await app.request(`/dashboard${path}`);
  return { status: response.status, json: (await response.json()) as JsonObject };
}

async function annotate(app: App, charID: string, sessionID: string, exchange: string, body: unknown) {
  const response = await app.request(
    `/dashboard/characters/${charID}/sessions/${encodeURIComponent(sessionID)}/exchanges/${encodeURIComponent(exchange)}`,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (response.status !== 200) throw new Error(`annotate failed: ${response.status} ${await response.text()}`);
}

/** A session of `turns` turns (a string is typed text, `{ trigger }` fires a trigger by name); answers its id. */
async function talk(post: Post, charID: string, turns: Array<string | { trigger: string }>, key = KEY_A) {
  let sessionID = '-1';
  for (const turn of turns) {
    const body = typeof turn === 'string' ? { userText: turn } : { trigger_name: turn.trigger };
    const answer = await post('/character/getResponse', { charID, sessionID, ...body }, { key });
    if (answer.status !== 200) throw new Error(`getResponse failed: ${answer.status} ${answer.text}`);
    sessionID = String(answer.json.sessionID);
  }
  return sessionID;
}

const words = (count: number) => Array.from({ length: count }, (_, index) => `Line ${index + 1}, tell me more.`);

/**
 * Two characters of KEY_A's (a narrative-driven guide with two triggers, and a plain one), one of
 * KEY_B's, sessions over two days, and reviews: some through the dashboard routes (KEY_A's, the
 * dashboard user), one written for KEY_B straight into the table (never to be counted).
 */
async function seeded() {
  const { db } = openDatabase(':memory:');
  const app = createApp({ db, localApiKeys: [KEY_A, KEY_B], distDir: null });
  const { post, createCharacter } = testApp({ db, app });
  const guide = await createCharacter({ charName: 'Greta' });
  const plain = await createCharacter({ charName: 'Otto' });
  const theirs = await createCharacter({ charName: 'Bruno' }, KEY_B);

  const section = async (section_name: string, objective: string) =>
    String((await post('/character/narrative/create-section', { character_id: guide, section_name, objective })).json.section_id);
  const hall = await section('Entrance hall', 'Welcome the visitor and offer the tour.');
  const gallery = await section('Gallery', 'Show the paintings, one by one.');
  const vault = await section('Vault', 'Warn the visitor away from the vault.');
  await post('/character/narrative/edit-section', {
    character_id: guide,
    section_id: hall,
    updated_data: { decisions: [{ criteria: 'The visitor asks about the paintings', next_section_id: gallery }] },
  });
  for (const [trigger_name, trigger_message, destination] of [
    ['enter_vault', 'The visitor opened the vault door', vault],
    ['see_gallery', 'The visitor walked into the gallery', gallery],
  ] as const) {
    await post('/character/narrative/create-trigger', {
      character_id: guide,
      trigger_name,
      trigger_message,
      destination_section: destination,
    });
  }
  await post('/character/toggle-is-narrative-driven', { character_id: guide, is_narrative_driven: true });

  const guideSessions = [
    await talk(post, guide, ['Hello']),
    await talk(post, guide, ['Hello', { trigger: 'enter_vault' }, 'What is in there?']),
    await talk(post, guide, ['Hi', { trigger: 'see_gallery' }, ...words(3), { trigger: 'enter_vault' }]),
    await talk(post, guide, ['Good morning', ...words(8)]),
  ];
  const plainSessions = [await talk(post, plain, words(2)), await talk(post, plain, words(17)), await talk(post, plain, words(4))];
  const theirSessions = [await talk(post, theirs, words(3), KEY_B), await talk(post, theirs, words(1), KEY_B)];

  // A session of each character's moved to yesterday (the API starts every session now).
  const move = db.prepare('UPDATE sessions SET started_at = ? || substr(started_at, 11) WHERE id = ?');
  move.run(yesterday, guideSessions[0]);
  move.run(yesterday, plainSessions[1]);
  move.run(yesterday, theirSessions[0]);

  // Reviews, by exchange key (the timestamp of the chat history).
  const keysOf = async (charID: string, sessionID: string, key = KEY_A) => {
    const details = await post<Exchange[]>('/character/chatHistory/details', { charID, sessionID }, { key });
    const seen = new Map<string, number>();
    return details.json.map((exchange) => {
      const ordinal = seen.get(exchange.timestamp) ?? 0;
      seen.set(exchange.timestamp, ordinal + 1);
      return exchangeKey(exchange.timestamp, ordinal);
    });
  };
  const g1 = await keysOf(guide, guideSessions[1]);
  await annotate(app, guide, guideSessions[1], g1[0], { rating: 'bad', labels: ['lore error', 'too long'] });
  await annotate(app, guide, guideSessions[1], g1[2], { rating: 'good', labels: ['too long'] });
  const g0 = await keysOf(guide, guideSessions[0]);
  await annotate(app, guide, guideSessions[0], g0[0], { rating: 'bad' });
  const p1 = await keysOf(plain, plainSessions[1]);
  await annotate(app, plain, plainSessions[1], p1[3], { rating: 'bad', labels: ['repeats itself'] });
  await annotate(app, plain, plainSessions[1], p1[4], { labels: ['repeats itself', 'too long'], note: 'again' });
  await annotate(app, plain, plainSessions[1], p1[5], { rating: 'good' });
  // Another user's review of the same session: never counted for the dashboard's user.
  const userB = (db.prepare('SELECT user_id FROM characters WHERE id = ?').get(theirs) as { user_id: string }).user_id;
  db.prepare(
    `INSERT INTO review_annotations (user_id, character_id, session_id, exchange, rating, labels, note, updated_at)
     VALUES (?, ?, ?, ?, 'bad', '["sneaky"]', '', '2026-01-01')`,
  ).run(userB, plain, plainSessions[1], p1[0]);
  const b0 = await keysOf(theirs, theirSessions[0], KEY_B);
  db.prepare(
    `INSERT INTO review_annotations (user_id, character_id, session_id, exchange, rating, labels, note, updated_at)
     VALUES (?, ?, ?, ?, 'bad', '["theirs"]', '', '2026-01-01')`,
  ).run(userB, theirs, theirSessions[0], b0[0]);

  return { app, db, post, guide, plain, theirs };
}

/** The same figures, counted one session at a time from the chat history API and the review routes. */
async function independently(app: App, post: Post, characters: string[], from: string, to: string) {
  const perDay = new Map<string, number>();
  const buckets = [0, 0, 0, 0, 0];
  let exchanges = 0;
  let sessions = 0;
  const ratings = new Map<string, { rated: number; bad: number; badSessions: number }>();
  const labels = new Map<string, { exchanges: number; sessions: Set<string> }>();
  const triggers = new Map<string, { fired: number; sessions: Set<string> }>();
  const triggerSessions = new Set<string>();
  const sections = new Map<string, Set<string>>();
  const triggerByMessage = new Map([
    ['The visitor opened the vault door', 'enter_vault'],
    ['The visitor walked into the gallery', 'see_gallery'],
  ]);
  for (const charID of characters) {
    const list = await post<Array<{ sessionID: string; date: string }>>('/character/chatHistory/list', { charID, limit: -1 });
    for (const session of list.json) {
      const [dd, mm, yyyy] = session.date.split('-');
      const sessionDay = `${yyyy}-${mm}-${dd}`;
      if (sessionDay < from || sessionDay > to) continue;
      sessions += 1;
      perDay.set(sessionDay, (perDay.get(sessionDay) ?? 0) + 1);
      const details = await post<Exchange[]>('/character/chatHistory/details', { charID, sessionID: session.sessionID });
      const n = details.json.length;
      exchanges += n;
      buckets[n <= 1 ? 0 : n <= 3 ? 1 : n <= 7 ? 2 : n <= 15 ? 3 : 4] += 1;
      for (const exchange of details.json) {
        if (exchange.is_trigger_input) {
          const name = triggerByMessage.get(exchange.interaction[0].message) ?? '?';
          const counted = triggers.get(name) ?? { fired: 0, sessions: new Set<string>() };
          counted.fired += 1;
          counted.sessions.add(session.sessionID);
          triggers.set(name, counted);
          triggerSessions.add(session.sessionID);
        }
        if (exchange.narrative) {
          const reached = sections.get(exchange.narrative.section_name) ?? new Set<string>();
          reached.add(session.sessionID);
          sections.set(exchange.narrative.section_name, reached);
        }
      }
      const review = await getJson(app, `/characters/${charID}/sessions/${encodeURIComponent(session.sessionID)}/review`);
      const annotated = review.json.exchanges as Array<{ rating: string | null; labels: string[] }>;
      const rated = annotated.filter((annotation) => annotation.rating !== null);
      if (rated.length > 0) {
        const counted = ratings.get(sessionDay) ?? { rated: 0, bad: 0, badSessions: 0 };
        counted.rated += rated.length;
        const bad = rated.filter((annotation) => annotation.rating === 'bad').length;
        counted.bad += bad;
        counted.badSessions += bad > 0 ? 1 : 0;
        ratings.set(sessionDay, counted);
      }
      for (const annotation of annotated)
        for (const label of annotation.labels) {
          const counted = labels.get(label) ?? { exchanges: 0, sessions: new Set<string>() };
          counted.exchanges += 1;
          counted.sessions.add(session.sessionID);
          labels.set(label, counted);
        }
    }
  }
  return { perDay, buckets, exchanges, sessions, ratings, labels, triggers, triggerSessions, sections };
}

function expectAgreement(insights: Insights, counted: Awaited<ReturnType<typeof independently>>) {
  expect(insights.total_sessions).toBe(counted.sessions);
  expect(insights.sessions_per_day.filter((entry) => entry.sessions > 0).map((entry) => [entry.day, entry.sessions])).toEqual(
    [...counted.perDay].sort(([a], [b]) => a.localeCompare(b)),
  );
  expect(insights.exchanges_per_session.buckets.map((bucket) => bucket.sessions)).toEqual(counted.buckets);
  expect(insights.exchanges_per_session.mean).toBeCloseTo(counted.exchanges / counted.sessions, 10);
  expect(
    insights.ratings_per_day.map((entry) => [entry.day, { rated: entry.rated, bad: entry.bad, badSessions: entry.bad_sessions }]),
  ).toEqual([...counted.ratings].sort(([a], [b]) => a.localeCompare(b)));
  expect(Object.fromEntries(insights.labels.map((entry) => [entry.label, [entry.exchanges, entry.sessions]]))).toEqual(
    Object.fromEntries([...counted.labels].map(([label, entry]) => [label, [entry.exchanges, entry.sessions.size]])),
  );
  expect(Object.fromEntries(insights.triggers.map((entry) => [entry.name, [entry.fired, entry.sessions]]))).toEqual(
    Object.fromEntries([...counted.triggers].map(([name, entry]) => [name, [entry.fired, entry.sessions.size]])),
  );
  expect(insights.trigger_sessions.sessions).toBe(counted.triggerSessions.size);
  expect(insights.sections.map((entry) => [entry.name, entry.sessions])).toEqual(
    [...counted.sections].map(([name, reached]) => [name, reached.size] as const).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );
}

describe('GET /dashboard/insights (local)', () => {
  it('counts what the chat history and the reviews hold, for one character and for all, and never another user’s', async () => {
    const { app, post, guide, plain, theirs } = await seeded();
    const range = `from=${yesterday}&to=${today}`;

    const all = await getJson(app, `/insights?character=all&${range}`);
    expect(all.status).toBe(200);
    const insights = insightsSchema.parse(all.json);
    const counted = await independently(app, post, [guide, plain], yesterday, today);
    expectAgreement(insights, counted);
    // Figures that are this seed's, so a count wrong in both ways would still show.
    expect(insights.total_sessions).toBe(7);
    expect(insights.characters.map((character) => [character.id, character.sessions])).toEqual([
      [guide, 4],
      [plain, 3],
    ]);
    expect(insights.characters.some((character) => character.id === theirs)).toBe(false);
    expect(insights.labels.map((entry) => entry.label)).not.toContain('sneaky');
    expect(insights.labels.map((entry) => entry.label)).not.toContain('theirs');
    expect(insights.ratings).toMatchObject({ rated: 5, bad: 3, bad_sessions: 3 });
    // A click on "repeats itself" goes to Otto, the only one to have it.
    expect(insights.labels.find((entry) => entry.label === 'repeats itself')).toMatchObject({ exchanges: 2, sessions: 1, top: plain });
    expect(insights.trigger_sessions).toEqual({ sessions: 2, top: guide });
    console.log(
      `all characters: ${insights.total_sessions} sessions, mean ${insights.exchanges_per_session.mean?.toFixed(2)} exchanges, ${insights.labels.length} labels, ${insights.triggers.length} triggers, ${insights.sections.length} sections: each equal to the chat history's count`,
    );

    for (const charID of [guide, plain]) {
      const one = await getJson(app, `/insights?character=${charID}&${range}`);
      expect(one.status).toBe(200);
      expectAgreement(insightsSchema.parse(one.json), await independently(app, post, [charID], yesterday, today));
    }

    // Only today: yesterday's sessions (and their reviews) drop out.
    const todayOnly = insightsSchema.parse((await getJson(app, `/insights?from=${today}&to=${today}`)).json);
    expectAgreement(todayOnly, await independently(app, post, [guide, plain], today, today));
    expect(todayOnly.sessions_per_day).toEqual([{ day: today, sessions: 5, top: guide }]);
  });

  it('by default counts the 90 days ending on the newest session’s day', async () => {
    const { app } = await seeded();
    const answer = insightsSchema.parse((await getJson(app, '/insights')).json);
    expect(answer.to).toBe(today);
    expect(answer.sessions_per_day).toHaveLength(90);
    expect(answer.from).toBe(day(-89));
    expect(answer.total_sessions).toBe(7);
  });

  it('counts days where the browser is: an offset moves a session past midnight into the next day', async () => {
    const { app, db, guide } = await seeded();
    const session = db.prepare('SELECT id FROM sessions WHERE character_id = ? ORDER BY seq LIMIT 1').get(guide) as { id: string };
    db.prepare('UPDATE sessions SET started_at = ? WHERE id = ?').run(`${yesterday} 23:30:00.000000`, session.id);
    const utc = insightsSchema.parse((await getJson(app, `/insights?character=${guide}&from=${yesterday}&to=${today}`)).json);
    const east = insightsSchema.parse((await getJson(app, `/insights?character=${guide}&from=${yesterday}&to=${today}&tz=60`)).json);
    expect(utc.sessions_per_day.map((entry) => entry.sessions)).toEqual([1, 3]);
    expect(east.sessions_per_day.map((entry) => entry.sessions)).toEqual([0, 4]);
  });

  it.each([
    ['character=nope', insightsErrors.character],
    ['from=2026-13-01', insightsErrors.date('from')],
    ['to=yesterday', insightsErrors.date('to')],
    ['from=2026-02-30', insightsErrors.date('from')],
    ['from=2026-05-02&to=2026-05-01', insightsErrors.order],
    ['from=2020-01-01&to=2026-01-01', insightsErrors.tooLong],
    ['tz=east', insightsErrors.tz],
    ['tz=900', insightsErrors.tz],
  ])('refuses %s with a clear message', async (query, message) => {
    const { app } = await seeded();
    const answer = await getJson(app, `/insights?${query}`);
    expect(answer).toEqual({ status: 400, json: { ERROR: message } });
  });

  it('refuses another user’s character as if it did not exist', async () => {
    const { app, theirs } = await seeded();
    expect(await getJson(app, `/insights?character=${theirs}`)).toEqual({ status: 400, json: { ERROR: insightsErrors.character } });
  });

  it('needs the access token when the dashboard has one', async () => {
    const { db } = openDatabase(':memory:');
    const app = createApp({ db, localApiKeys: [KEY_A], distDir: null, dashboardToken: 'secret-token-123' });
    expect((await app.request('/dashboard/insights')).status).toBe(401);
  });
});

describe('GET /dashboard/insights in front of Convai', () => {
  it('says that insights need the local server', async () => {
    const { db } = openDatabase(':memory:');
    const app = createApp({
      db,
      localApiKeys: [KEY_A],
      distDir: null,
      backend: { kind: 'convai', url: 'http://127.0.0.1:9', apiKey: 'k-123456789', timeoutMs: 2_000 },
    });
    const answer = await getJson(app, '/insights?character=all');
    expect(answer).toEqual({
      status: 400,
      json: {
        ERROR: "Insights need the local server for now: in front of Convai they would read every session's transcript from the service.",
      },
    });
  });
});
