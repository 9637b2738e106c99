import { afterEach, describe, expect, it } from 'vitest';
import {
  characterExchangeReviewsSchema,
  exchangeAnnotationSchema,
  exchangeKey,
  labelSetsSchema,
  reviewSummaryListSchema,
  sessionReviewSchema,
} from '../../contract/schemas/annotations';
import { createApp, type AppOptions } from '../app';
import { defaultSharedLabels } from '../db/annotations';
import { openDatabase, type Db } from '../db/connection';
import { createSessionStore } from '../db/sessions';
import { registerUsers } from '../db/users';
import { listen } from '../testing/listen';
import { KEY_A, KEY_B, testApp, type JsonObject } from '../testing/test-app';
import { annotationErrors } from './annotation-routes';

type Answer = { status: number; json: JsonObject };
type App = ReturnType<typeof createApp>;

/** The review calls of one dashboard server. */
function reviewCalls(app: App) {
  const answerOf = async (response: Response): Promise<Answer> => ({
    status: response.status,
    json: (await response.json()) as JsonObject,
  });
  const get = async (path: string) => answerOf(await app.request(`/dashboard${path}`));
  const send = async (path: string, body: unknown) =>
    answerOf(
      await app.request(`/dashboard${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  const at = (charID: string, sessionId: string) => `/characters/${encodeURIComponent(charID)}/sessions/${encodeURIComponent(sessionId)}`;
  return {
    review: (charID: string, sessionId: string) => get(`${at(charID, sessionId)}/review`),
    annotate: (charID: string, sessionId: string, exchange: string, body: unknown) =>
      send(`${at(charID, sessionId)}/exchanges/${encodeURIComponent(exchange)}`, body),
    setStatus: (charID: string, sessionId: string, body: unknown) => send(`${at(charID, sessionId)}/status`, body),
    summary: (charID: string) => get(`/characters/${encodeURIComponent(charID)}/reviews`),
    exchangeReviews: (charID: string) => get(`/characters/${encodeURIComponent(charID)}/reviews/exchanges`),
    labels: (charID: string) => get(`/characters/${encodeURIComponent(charID)}/labels`),
    setLabels: (charID: string, body: unknown) => send(`/characters/${encodeURIComponent(charID)}/labels`, body),
  };
}

/** A local app with a character of KEY_A's (and one of KEY_B's), each with sessions. */
async function local(options: Partial<AppOptions> = {}) {
  const db = openDatabase(':memory:').db;
  const app = createApp({ db, localApiKeys: [KEY_A, KEY_B], distDir: null, ...options });
  const helpers = testApp({ db, app });
  const users = registerUsers(db, [KEY_A, KEY_B]);
  const sessions = createSessionStore(db);
  const charID = await helpers.createCharacter({ charName: 'Greta' });
  const theirs = await helpers.createCharacter({ charName: 'Bruno' }, KEY_B);
  const session = sessions.start(charID, users.get(KEY_A)!.id);
  const second = sessions.start(charID, users.get(KEY_A)!.id);
  const theirSession = sessions.start(theirs, users.get(KEY_B)!.id);
  return { ...helpers, ...reviewCalls(app), db, charID, theirs, session, second, theirSession, sessions, users };
}

const reviewRows = (db: Db, charID: string) =>
  ['review_annotations', 'review_statuses', 'review_label_sets'].map(
    (table) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE character_id = ?`).get(charID) as { n: number }).n,
  );

const first = exchangeKey('2026-12-02 04:20:11.123456', 0);
const shared = exchangeKey('2026-12-02 04:20:11.123456', 1);
const later = exchangeKey('2026-12-02 04:21:00.000001', 0);

describe('reviews of conversations (local)', () => {
  it('creates an annotation, changes only the fields given, and reads it back in the session review', async () => {
    const { annotate, review, charID, session } = await local();
    const created = await annotate(charID, session, shared, {
      rating: 'good',
      labels: [' lore error ', 'Too long', 'too LONG', 'lore error'],
    });
    expect(created.status).toBe(200);
    expect(exchangeAnnotationSchema.safeParse(created.json).success).toBe(true);
    expect(created.json).toMatchObject({ exchange: shared, rating: 'good', labels: ['lore error', 'Too long'], note: '' });

    const noted = await annotate(charID, session, shared, { note: 'Names the wrong king.' });
    expect(noted.json).toMatchObject({ rating: 'good', labels: ['lore error', 'Too long'], note: 'Names the wrong king.' });
    const rerated = await annotate(charID, session, shared, { rating: 'bad', labels: [] });
    expect(rerated.json).toMatchObject({ rating: 'bad', labels: [], note: 'Names the wrong king.' });
    await annotate(charID, session, later, { rating: 'good' });
    await annotate(charID, session, first, { labels: ['repeats itself'] });

    const read = await review(charID, session);
    expect(read.status).toBe(200);
    expect(sessionReviewSchema.safeParse(read.json).success).toBe(true);
    expect(read.json).toMatchObject({
      session_id: session,
      status: 'unreviewed',
      exchanges: [
        { exchange: first, rating: null, labels: ['repeats itself'], note: '' },
        { exchange: shared, rating: 'bad', labels: [], note: 'Names the wrong king.' },
        { exchange: later, rating: 'good', labels: [], note: '' },
      ],
    });
  });

  it('deletes an annotation left with no rating, no labels and an empty note, and answers it empty', async () => {
    const { annotate, review, charID, session } = await local();
    await annotate(charID, session, first, { rating: 'bad', labels: ['too long'], note: 'Rambles.' });
    await annotate(charID, session, first, { rating: null, labels: [] });
    expect((await review(charID, session)).json.exchanges).toHaveLength(1);
    const cleared = await annotate(charID, session, first, { note: '' });
    expect(cleared).toMatchObject({ status: 200, json: { exchange: first, rating: null, labels: [], note: '' } });
    expect((await review(charID, session)).json.exchanges).toEqual([]);
    // Clearing what was never annotated is no error either.
    expect((await annotate(charID, session, later, {})).json).toMatchObject({ rating: null, labels: [], note: '' });
  });

  it('sets a session status, back to unreviewed too', async () => {
    const { setStatus, review, summary, charID, session } = await local();
    expect((await review(charID, session)).json).toEqual({ session_id: session, status: 'unreviewed', exchanges: [] });
    const flagged = await setStatus(charID, session, { status: 'flagged' });
    expect(flagged).toMatchObject({ status: 200, json: { session_id: session, status: 'flagged', exchanges: [] } });
    expect((await review(charID, session)).json.status).toBe('flagged');
    await setStatus(charID, session, { status: 'reviewed' });
    expect((await review(charID, session)).json.status).toBe('reviewed');
    await setStatus(charID, session, { status: 'unreviewed' });
    expect((await review(charID, session)).json.status).toBe('unreviewed');
    expect((await summary(charID)).json).toEqual({ sessions: [] });
  });

  it('sums up each reviewed session: good and bad ratings, the labels used, the notes', async () => {
    const { annotate, setStatus, summary, charID, session, second, sessions, users } = await local();
    const untouched = sessions.start(charID, users.get(KEY_A)!.id);
    await annotate(charID, session, first, { rating: 'good', labels: ['lore error'], note: 'Fine.' });
    await annotate(charID, session, shared, { rating: 'bad', labels: ['Lore Error', 'too long'] });
    await annotate(charID, session, later, { rating: 'bad', note: 'Wrong.' });
    await setStatus(charID, second, { status: 'flagged' });

    const answer = await summary(charID);
    expect(answer.status).toBe(200);
    expect(reviewSummaryListSchema.safeParse(answer.json).success).toBe(true);
    const list = answer.json.sessions as Array<{ session_id: string }>;
    expect(list.map((entry) => entry.session_id).sort()).toEqual([session, second].sort());
    expect(list.find((entry) => entry.session_id === session)).toEqual({
      session_id: session,
      status: 'unreviewed',
      good: 1,
      bad: 2,
      labels: ['lore error', 'too long'],
      notes: 2,
    });
    expect(list.find((entry) => entry.session_id === second)).toEqual({
      session_id: second,
      status: 'flagged',
      good: 0,
      bad: 0,
      labels: [],
      notes: 0,
    });
    expect(list.some((entry) => entry.session_id === untouched)).toBe(false);
  });

  it('offers the shared default label set to a new user, and replaces either set', async () => {
    const { labels, setLabels, charID } = await local();
    const initial = await labels(charID);
    expect(initial.status).toBe(200);
    expect(labelSetsSchema.safeParse(initial.json).success).toBe(true);
    expect(initial.json).toEqual({ character: [], shared: defaultSharedLabels });

    const own = await setLabels(charID, { scope: 'character', labels: ['  accent ', 'Accent', 'spoilers'] });
    expect(own).toMatchObject({ status: 200, json: { character: ['accent', 'spoilers'], shared: defaultSharedLabels } });
    const sharedSet = await setLabels(charID, { scope: 'shared', labels: ['rude'] });
    expect(sharedSet.json).toEqual({ character: ['accent', 'spoilers'], shared: ['rude'] });
    expect((await labels(charID)).json).toEqual({ character: ['accent', 'spoilers'], shared: ['rude'] });
    expect((await setLabels(charID, { scope: 'character', labels: [] })).json).toEqual({ character: [], shared: ['rude'] });
  });

  it('gives another character of the user the shared set and an empty own set', async () => {
    const { labels, setLabels, createCharacter, charID } = await local();
    const other = await createCharacter({ charName: 'Odile' });
    await setLabels(charID, { scope: 'character', labels: ['accent'] });
    await setLabels(charID, { scope: 'shared', labels: ['rude'] });
    expect((await labels(other)).json).toEqual({ character: [], shared: ['rude'] });
  });

  it.each([
    ['a label too long', { labels: ['x'.repeat(41)] }, 'A label is at most 40 characters.'],
    ['an empty label', { labels: ['  '] }, 'A label cannot be empty.'],
    ['too many labels', { labels: Array.from({ length: 21 }, (_, i) => `l${i}`) }, 'An exchange has at most 20 labels.'],
    ['a note too long', { note: 'x'.repeat(2_001) }, 'A note is at most 2000 characters.'],
    ['a rating not in the list', { rating: 'meh' }, 'rating must be "good", "bad" or null.'],
  ])('refuses %s with a 400 and the contract message', async (_label, body, message) => {
    const { annotate, review, charID, session } = await local();
    expect(await annotate(charID, session, first, body)).toEqual({ status: 400, json: { ERROR: message } });
    expect((await review(charID, session)).json.exchanges).toEqual([]);
  });

  it('refuses bad bodies, unknown fields, a bad status, a bad label set, too long a key and too large a body', async () => {
    const { annotate, setStatus, setLabels, charID, session } = await local();
    expect(await annotate(charID, session, first, 'not json')).toEqual({ status: 400, json: { ERROR: annotationErrors.exchangeBody } });
    expect(await annotate(charID, session, first, [])).toEqual({ status: 400, json: { ERROR: annotationErrors.exchangeBody } });
    expect((await annotate(charID, session, first, { rating: 'good', extra: 1 })).status).toBe(400);
    expect((await annotate(charID, session, first, { labels: 'too long' })).status).toBe(400);
    expect(await annotate(charID, session, 'x'.repeat(101), { rating: 'good' })).toEqual({
      status: 400,
      json: { ERROR: annotationErrors.exchange },
    });
    expect(await annotate(charID, session, 'a\u0001b', { rating: 'good' })).toEqual({
      status: 400,
      json: { ERROR: annotationErrors.exchange },
    });
    expect((await annotate(charID, session, '  ', { rating: 'good' })).json).toEqual({ ERROR: annotationErrors.exchange });
    expect((await annotate(charID, session, 'x'.repeat(100), { rating: 'good' })).status).toBe(200);
    expect(await setStatus(charID, session, { status: 'done' })).toEqual({
      status: 400,
      json: { ERROR: 'status must be "unreviewed", "reviewed" or "flagged".' },
    });
    expect(await setStatus(charID, session, {})).toMatchObject({ status: 400 });
    expect(await setLabels(charID, { scope: 'everyone', labels: [] })).toEqual({
      status: 400,
      json: { ERROR: 'scope must be "character" or "shared".' },
    });
    expect(await setLabels(charID, { scope: 'shared', labels: Array.from({ length: 101 }, (_, i) => `l${i}`) })).toEqual({
      status: 400,
      json: { ERROR: 'A label set holds at most 100 labels.' },
    });
    expect(await annotate(charID, session, first, { note: 'x'.repeat(20_000) })).toEqual({
      status: 413,
      json: { ERROR: annotationErrors.tooLarge },
    });
  });

  it('answers 400 for an unknown character or session, another character’s session, and a character in the trash', async () => {
    const { annotate, review, summary, labels, setStatus, post, charID, session, theirSession, createCharacter } = await local();
    const character = { status: 400, json: { ERROR: annotationErrors.character } };
    const sessionError = { status: 400, json: { ERROR: annotationErrors.session } };
    expect(await review('no-such-character', session)).toEqual(character);
    expect(await summary('no-such-character')).toEqual(character);
    expect(await labels('no-such-character')).toEqual(character);
    expect(await review(charID, 'no-such-session')).toEqual(sessionError);
    expect(await annotate(charID, 'no-such-session', first, { rating: 'good' })).toEqual(sessionError);
    expect(await setStatus(charID, 'no-such-session', { status: 'reviewed' })).toEqual(sessionError);
    // A session of another character (here: another user's).
    expect(await review(charID, theirSession)).toEqual(sessionError);
    const other = await createCharacter({ charName: 'Odile' });
    expect(await review(other, session)).toEqual(sessionError);

    await post('/character/delete', { charID });
    expect(await review(charID, session)).toEqual(character);
    expect(await annotate(charID, session, first, { rating: 'good' })).toEqual(character);
  });

  it('never reads, changes or lists another user’s reviews', async () => {
    const { annotate, review, summary, labels, setLabels, setStatus, theirs, theirSession, db, charID } = await local();
    const refused = { status: 400, json: { ERROR: annotationErrors.character } };
    // The dashboard acts as KEY_A: KEY_B's character is no character of its user's.
    expect(await review(theirs, theirSession)).toEqual(refused);
    expect(await annotate(theirs, theirSession, first, { rating: 'bad' })).toEqual(refused);
    expect(await setStatus(theirs, theirSession, { status: 'flagged' })).toEqual(refused);
    expect(await summary(theirs)).toEqual(refused);
    expect(await labels(theirs)).toEqual(refused);
    expect(await setLabels(theirs, { scope: 'shared', labels: ['x'] })).toEqual(refused);
    expect(reviewRows(db, theirs)).toEqual([0, 0, 0]);

    // KEY_B's own dashboard (its first key) sees its own reviews only.
    const appB = createApp({ db, localApiKeys: [KEY_B, KEY_A], distDir: null });
    const asB = reviewCalls(appB);
    expect((await asB.annotate(theirs, theirSession, first, { rating: 'bad' })).status).toBe(200);
    expect((await asB.labels(theirs)).json).toEqual({ character: [], shared: defaultSharedLabels });
    await asB.setLabels(theirs, { scope: 'shared', labels: ['B only'] });
    expect((await labels(charID)).json).toEqual({ character: [], shared: defaultSharedLabels });
    expect((await asB.review(charID, 'anything')).status).toBe(400);
    expect((await summary(charID)).json).toEqual({ sessions: [] });
  });

  it('answers every annotated exchange of the character with its session, and sessions with only a status, in one call', async () => {
    const { annotate, setStatus, exchangeReviews, charID, session, second } = await local();
    expect((await exchangeReviews(charID)).json).toEqual({ sessions: [] });
    await annotate(charID, session, later, { rating: 'bad', labels: ['too long'], note: 'Rambles.' });
    await annotate(charID, session, first, { rating: 'good' });
    await annotate(charID, session, shared, { note: 'Only a note.' });
    await setStatus(charID, session, { status: 'flagged' });
    await setStatus(charID, second, { status: 'reviewed' });
    const answer = await exchangeReviews(charID);
    expect(answer.status).toBe(200);
    expect(characterExchangeReviewsSchema.safeParse(answer.json).success).toBe(true);
    const bySession = new Map((answer.json.sessions as Array<{ session_id: string }>).map((entry) => [entry.session_id, entry]));
    expect(bySession.size).toBe(2);
    expect(bySession.get(session)).toMatchObject({
      status: 'flagged',
      exchanges: [
        { exchange: first, rating: 'good', labels: [], note: '' },
        { exchange: shared, rating: null, labels: [], note: 'Only a note.' },
        { exchange: later, rating: 'bad', labels: ['too long'], note: 'Rambles.' },
      ],
    });
    expect(bySession.get(second)).toEqual({ session_id: second, status: 'reviewed', exchanges: [] });
    // An annotation taken back is gone from the answer too.
    await annotate(charID, session, shared, { note: '' });
    const after = (await exchangeReviews(charID)).json.sessions as Array<{ session_id: string; exchanges: Array<{ exchange: string }> }>;
    expect(after.find((entry) => entry.session_id === session)!.exchanges.map((entry) => entry.exchange)).toEqual([first, later]);
  });

  it('never answers another user’s reviews in the exchanges of a character', async () => {
    const { annotate, exchangeReviews, db, charID, session, theirs, theirSession } = await local();
    await annotate(charID, session, first, { rating: 'good', note: 'Mine.' });
    const appB = createApp({ db, localApiKeys: [KEY_B, KEY_A], distDir: null });
    const asB = reviewCalls(appB);
    expect((await asB.annotate(theirs, theirSession, first, { rating: 'bad', note: 'Theirs.' })).status).toBe(200);
    // KEY_A's dashboard cannot ask for KEY_B's character, and KEY_B's cannot ask for KEY_A's.
    expect(await exchangeReviews(theirs)).toEqual({ status: 400, json: { ERROR: annotationErrors.character } });
    expect((await asB.exchangeReviews(charID)).status).toBe(400);
    // Each sees only its own.
    expect(JSON.stringify((await exchangeReviews(charID)).json)).not.toContain('Theirs.');
    expect((await asB.exchangeReviews(theirs)).json).toMatchObject({
      sessions: [{ session_id: theirSession, exchanges: [{ note: 'Theirs.' }] }],
    });
    expect(JSON.stringify((await asB.exchangeReviews(theirs)).json)).not.toContain('Mine.');
  });

  it('keeps the reviews of a character restored from the trash, and deletes them with it when the trash is purged', async () => {
    const kept = await local();
    await kept.annotate(kept.charID, kept.session, first, { rating: 'good' });
    await kept.post('/character/delete', { charID: kept.charID });
    await kept.app.request(`/dashboard/trash/${kept.charID}/restore`, { method: 'POST' });
    expect((await kept.review(kept.charID, kept.session)).json.exchanges).toHaveLength(1);

    const purged = await local({ trashDays: 0 });
    const { annotate, setStatus, setLabels, post, app, db, charID, session } = purged;
    await annotate(charID, session, first, { rating: 'good', labels: ['too long'], note: 'Long.' });
    await setStatus(charID, session, { status: 'reviewed' });
    await setLabels(charID, { scope: 'character', labels: ['accent'] });
    expect(reviewRows(db, charID)).toEqual([1, 1, 1]);
    await post('/character/delete', { charID });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await app.request('/dashboard/trash')).status).toBe(200);
    expect(reviewRows(db, charID)).toEqual([0, 0, 0]);
    // The shared set is the user's, not the character's: it stays.
    expect((db.prepare("SELECT count(*) AS n FROM review_label_sets WHERE character_id = ''").get() as { n: number }).n).toBe(1);
  });
});

/** This project's own server plays Convai's hosted service: two accounts. */
const HOSTED_KEY = 'hosted-service-key-reviews-1';
const OTHER_KEY = 'hosted-service-key-reviews-2';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function hostedArrangement() {
  const hostedApp = createApp({ db: openDatabase(':memory:').db, localApiKeys: [HOSTED_KEY, OTHER_KEY], distDir: null });
  const hosted = await listen(hostedApp.fetch);
  closers.push(hosted.close);
  /** The dashboard's server in front of it (BACKEND=convai); counts its calls to the service. */
  const front = (apiKey = HOSTED_KEY, options: { db?: Db; trashDays?: number } = {}) => {
    const db = options.db ?? openDatabase(':memory:').db;
    let upstreamCalls = 0;
    const app = createApp({
      db,
      localApiKeys: ['unused-local-key-1'],
      distDir: null,
      backend: { kind: 'convai', url: hosted.url, apiKey, timeoutMs: 5_000 },
      trashDays: options.trashDays,
      upstreamFetch: (input, init) => {
        upstreamCalls += 1;
        return fetch(input, init);
      },
    });
    const api = async (path: string, body: Record<string, unknown>) => {
      const response = await app.request(`/api${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as JsonObject;
    };
    return { app, db, api, ...reviewCalls(app), upstreamCalls: () => upstreamCalls };
  };
  return { front };
}

describe('reviews of conversations in front of Convai', () => {
  it('keeps reviews by account, without asking the service, and apart from another key’s', async () => {
    const { front } = await hostedArrangement();
    const db = openDatabase(':memory:').db;
    const studio = front(HOSTED_KEY, { db });
    const charID = 'c0ffee00-0000-4000-8000-000000000001';
    const session = 'a'.repeat(32);
    const before = studio.upstreamCalls();
    expect((await studio.annotate(charID, session, first, { rating: 'bad', labels: ['lore error'] })).status).toBe(200);
    expect((await studio.setStatus(charID, session, { status: 'flagged' })).json.status).toBe('flagged');
    await studio.setLabels(charID, { scope: 'character', labels: ['accent'] });
    expect((await studio.review(charID, session)).json).toMatchObject({
      status: 'flagged',
      exchanges: [{ exchange: first, rating: 'bad', labels: ['lore error'] }],
    });
    expect((await studio.summary(charID)).json.sessions).toEqual([
      { session_id: session, status: 'flagged', good: 0, bad: 1, labels: ['lore error'], notes: 0 },
    ]);
    expect((await studio.exchangeReviews(charID)).json).toMatchObject({
      sessions: [{ session_id: session, status: 'flagged', exchanges: [{ exchange: first, rating: 'bad' }] }],
    });
    expect(studio.upstreamCalls()).toBe(before);

    // Ids as given, but within limits.
    expect((await studio.review('x'.repeat(201), session)).status).toBe(400);
    expect((await studio.review(charID, 's'.repeat(101))).status).toBe(400);

    // Another account's server on the same database sees none of it, and its changes stay its own.
    const other = front(OTHER_KEY, { db });
    expect((await other.review(charID, session)).json).toEqual({ session_id: session, status: 'unreviewed', exchanges: [] });
    expect((await other.summary(charID)).json).toEqual({ sessions: [] });
    expect((await other.exchangeReviews(charID)).json).toEqual({ sessions: [] });
    expect((await other.labels(charID)).json).toEqual({ character: [], shared: defaultSharedLabels });
    await other.annotate(charID, session, first, { rating: 'good' });
    expect((await studio.review(charID, session)).json.exchanges).toMatchObject([{ rating: 'bad' }]);
  });

  it('moves the reviews to the new id when a deleted character is made again from the trash', async () => {
    const { front } = await hostedArrangement();
    const studio = front();
    const charID = String(
      (await studio.api('/character/create', { charName: 'Odile', voiceType: 'FEMALE', backstory: 'A guide.' })).charID,
    );
    const session = 'b'.repeat(32);
    await studio.annotate(charID, session, first, { rating: 'good', note: 'Warm.' });
    await studio.setStatus(charID, session, { status: 'reviewed' });
    await studio.setLabels(charID, { scope: 'character', labels: ['accent'] });
    await studio.api('/character/delete', { charID });
    // Deleting keeps them: the trash can bring the character back.
    expect(reviewRows(studio.db, charID)).toEqual([1, 1, 1]);

    const restored = (await (await studio.app.request(`/dashboard/trash/${charID}/restore`, { method: 'POST' })).json()) as JsonObject;
    const newId = String(restored.charID);
    expect(newId).not.toBe(charID);
    expect((await studio.review(newId, session)).json).toMatchObject({
      status: 'reviewed',
      exchanges: [{ exchange: first, rating: 'good', note: 'Warm.' }],
    });
    expect((await studio.labels(newId)).json.character).toEqual(['accent']);
    expect(reviewRows(studio.db, charID)).toEqual([0, 0, 0]);
  });

  it('deletes the reviews of a deleted character when its time in the trash is up', async () => {
    const { front } = await hostedArrangement();
    const studio = front(HOSTED_KEY, { trashDays: 0 });
    const charID = String((await studio.api('/character/create', { charName: 'Iris', voiceType: 'FEMALE', backstory: 'A guide.' })).charID);
    const session = 'c'.repeat(32);
    await studio.annotate(charID, session, first, { rating: 'bad' });
    await studio.setStatus(charID, session, { status: 'flagged' });
    await studio.setLabels(charID, { scope: 'character', labels: ['accent'] });
    await studio.api('/character/delete', { charID });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await studio.app.request('/dashboard/trash')).status).toBe(200);
    expect(reviewRows(studio.db, charID)).toEqual([0, 0, 0]);
  });
});
