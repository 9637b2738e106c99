import { exchangeBuckets, insightsDefaultDays, type Insights } from '../../contract/schemas/insights';
import type { Db } from './connection';

/** What Insights counts: a user's characters (one, or all not in the trash), over whole days at an offset from UTC. */
export type InsightsScope = {
  userId: string;
  /** null: every character of the user's not in the trash. */
  characterId: string | null;
  /** YYYY-MM-DD, both included; left out: the default range (see `defaultRange`). */
  from?: string;
  to?: string;
  /** Minutes east of UTC the days are counted in (the browser's offset, so that days agree with the session list). */
  tzOffset: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** A day's start at that offset, as sessions.started_at writes UTC ('YYYY-MM-DD HH:MM:SS.ffffff'). */
const startOfDay = (day: string, tzOffset: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - tzOffset * 60_000).toISOString().replace('T', ' ').replace('Z', '000');

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

type Counted = { key: string; character_id: string; n: number };

/** Sums rows counted per character into one figure per key, with the character that has the most of it. */
function byKey(rows: readonly Counted[]): Map<string, { n: number; top: string; topN: number }> {
  const totals = new Map<string, { n: number; top: string; topN: number }>();
  for (const row of rows) {
    const total = totals.get(row.key);
    if (!total) totals.set(row.key, { n: row.n, top: row.character_id, topN: row.n });
    else {
      total.n += row.n;
      if (row.n > total.topN || (row.n === total.topN && row.character_id < total.top)) {
        total.top = row.character_id;
        total.topN = row.n;
      }
    }
  }
  return totals;
}

/**
 * The Insights queries, each aggregated by SQLite (GROUP BY the figure and the character), so no
 * session or exchange row comes into JavaScript: what comes back is a row per day, bucket, label,
 * trigger or section, per character.
 */
export function createInsightsStore(db: Db) {
  // The sessions counted: of the user's characters (one or all), started in the range. sessions_by_character
  // (character_id, started_at) finds them; each exchange query then walks exchanges_by_session.
  const scoped = `
    WITH ss AS (
      SELECT s.id, s.character_id, date(s.started_at, @shift) AS day
      FROM characters c JOIN sessions s ON s.character_id = c.id
      WHERE c.user_id = @user AND c.deleted_at IS NULL AND (@character IS NULL OR c.id = @character)
        AND s.started_at >= @start AND s.started_at < @end
    )`;
  type Params = { user: string; character: string | null; start: string; end: string; shift: string };
  const statements = {
    newest: db.prepare<{ user: string; character: string | null }, { newest: string | null }>(`
      SELECT max(s.started_at) AS newest FROM characters c JOIN sessions s ON s.character_id = c.id
      WHERE c.user_id = @user AND c.deleted_at IS NULL AND (@character IS NULL OR c.id = @character)`),
    characters: db.prepare<{ user: string; character: string | null }, { id: string; name: string }>(`
      SELECT id, name FROM characters WHERE user_id = @user AND deleted_at IS NULL AND (@character IS NULL OR id = @character)`),
    perDay: db.prepare<Params, Counted>(`${scoped}
      SELECT day AS key, character_id, count(*) AS n FROM ss GROUP BY day, character_id`),
    // Each session's count made once (MATERIALIZED): written inline, SQLite ran the count's subquery
    // once for each mention of it (six), 140 ms instead of 50 at 10,000 sessions.
    buckets: db.prepare<Params, Counted & { exchanges: number }>(`${scoped},
    counted AS MATERIALIZED (SELECT ss.character_id, (SELECT count(*) FROM exchanges e WHERE e.session_id = ss.id) AS n FROM ss)
      SELECT CASE WHEN n <= 1 THEN 0 WHEN n <= 3 THEN 1 WHEN n <= 7 THEN 2 WHEN n <= 15 THEN 3 ELSE 4 END AS key,
        character_id, count(*) AS n, sum(n) AS exchanges
      FROM counted WHERE n > 0 GROUP BY key, character_id`),
    ratings: db.prepare<Params, Counted & { rated: number; bad: number }>(`${scoped}
      SELECT ss.day AS key, ss.character_id, count(*) AS rated, sum(r.rating = 'bad') AS bad,
        count(DISTINCT CASE WHEN r.rating = 'bad' THEN r.session_id END) AS n
      FROM ss JOIN review_annotations r
        ON r.user_id = @user AND r.character_id = ss.character_id AND r.session_id = ss.id
      WHERE r.rating IS NOT NULL GROUP BY ss.day, ss.character_id`),
    labels: db.prepare<Params, Counted & { uses: number }>(`${scoped}
      SELECT j.value AS key, ss.character_id, count(*) AS uses, count(DISTINCT ss.id) AS n
      FROM ss JOIN review_annotations r
        ON r.user_id = @user AND r.character_id = ss.character_id AND r.session_id = ss.id
      JOIN json_each(r.labels) j
      GROUP BY j.value, ss.character_id`),
    triggers: db.prepare<Params, Counted & { fired: number }>(`${scoped}
      SELECT coalesce(e.trigger_name, '') AS key, ss.character_id, count(*) AS fired, count(DISTINCT ss.id) AS n
      FROM ss JOIN exchanges e ON e.session_id = ss.id
      WHERE e.is_trigger_input = 1 GROUP BY key, ss.character_id`),
    triggerSessions: db.prepare<Params, Counted>(`${scoped}
      SELECT '' AS key, ss.character_id, count(*) AS n FROM ss
      WHERE EXISTS (SELECT 1 FROM exchanges e WHERE e.session_id = ss.id AND e.is_trigger_input = 1)
      GROUP BY ss.character_id`),
    // Each session's sections listed once, then counted: cheaper than count(DISTINCT) over every exchange.
    sections: db.prepare<Params, Counted>(`${scoped}
      SELECT key, character_id, count(*) AS n FROM (
        SELECT DISTINCT ss.id, ss.character_id, coalesce(e.section_name, '') AS key
        FROM ss JOIN exchanges e ON e.session_id = ss.id WHERE e.section_id IS NOT NULL)
      GROUP BY key, character_id`),
  };

  /** The range asked for, or the default: `insightsDefaultDays` days ending on the newest session's day (today when there is none). */
  const rangeOf = (scope: InsightsScope) => {
    const shift = `${scope.tzOffset >= 0 ? '+' : ''}${scope.tzOffset} minutes`;
    let to = scope.to;
    if (!to) {
      const newest = statements.newest.get({ user: scope.userId, character: scope.characterId })?.newest;
      const at = newest ? Date.parse(`${newest.slice(0, 19).replace(' ', 'T')}Z`) : Date.now();
      to = new Date(at + scope.tzOffset * 60_000).toISOString().slice(0, 10);
    }
    const from = scope.from ?? addDays(to, -(insightsDefaultDays - 1));
    return { from, to: to < from ? from : to, shift };
  };

  return {
    /** Every figure of the Insights page for that scope. */
    insights(scope: InsightsScope): Insights {
      const { from, to, shift } = rangeOf(scope);
      const params: Params = {
        user: scope.userId,
        character: scope.characterId,
        start: startOfDay(from, scope.tzOffset),
        end: startOfDay(addDays(to, 1), scope.tzOffset),
        shift,
      };
      const who = { user: scope.userId, character: scope.characterId };

      const perDayRows = statements.perDay.all(params);
      const perDay = byKey(perDayRows);
      const perCharacter = new Map<string, number>();
      for (const row of perDayRows) perCharacter.set(row.character_id, (perCharacter.get(row.character_id) ?? 0) + row.n);
      const characters = statements.characters
        .all(who)
        .map((character) => ({ ...character, sessions: perCharacter.get(character.id) ?? 0 }))
        .sort((a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name));
      const total = characters.reduce((sum, character) => sum + character.sessions, 0);

      const bucketRows = statements.buckets.all(params);
      const buckets = byKey(bucketRows.map((row) => ({ ...row, key: String(row.key) })));
      const withExchanges = bucketRows.reduce((sum, row) => sum + row.n, 0);
      const exchanges = bucketRows.reduce((sum, row) => sum + row.exchanges, 0);

      const ratingRows = statements.ratings.all(params);
      const badSessions = byKey(ratingRows);
      const ratedByDay = new Map<string, { rated: number; bad: number }>();
      for (const row of ratingRows) {
        const day = ratedByDay.get(row.key) ?? { rated: 0, bad: 0 };
        day.rated += row.rated;
        day.bad += row.bad;
        ratedByDay.set(row.key, day);
      }
      const allBad = byKey(ratingRows.map((row) => ({ ...row, key: '' }))).get('');

      const labelRows = statements.labels.all(params);
      const labelSessions = byKey(labelRows);
      const labelUses = byKey(labelRows.map((row) => ({ ...row, n: row.uses })));

      const triggerRows = statements.triggers.all(params);
      const triggerSessions = byKey(triggerRows);
      const triggerFired = byKey(triggerRows.map((row) => ({ ...row, n: row.fired })));
      const anyTrigger = byKey(statements.triggerSessions.all(params)).get('');

      return {
        character: scope.characterId ?? 'all',
        from,
        to,
        tz_offset: scope.tzOffset,
        characters,
        total_sessions: total,
        sessions_per_day: daysBetween(from, to).map((day) => {
          const counted = perDay.get(day);
          return { day, sessions: counted?.n ?? 0, top: counted?.top ?? null };
        }),
        exchanges_per_session: {
          buckets: exchangeBuckets.map((bucket, index) => {
            const counted = buckets.get(String(index));
            return { ...bucket, sessions: counted?.n ?? 0, top: counted?.top ?? null };
          }),
          mean: withExchanges > 0 ? exchanges / withExchanges : null,
        },
        ratings_per_day: [...ratedByDay]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([day, counted]) => ({
            day,
            rated: counted.rated,
            bad: counted.bad,
            bad_sessions: badSessions.get(day)?.n ?? 0,
            top: badSessions.get(day)?.n ? (badSessions.get(day)?.top ?? null) : null,
          })),
        ratings: {
          rated: ratingRows.reduce((sum, row) => sum + row.rated, 0),
          bad: ratingRows.reduce((sum, row) => sum + row.bad, 0),
          bad_sessions: allBad?.n ?? 0,
          top: allBad?.n ? allBad.top : null,
        },
        labels: [...labelUses]
          .map(([label, uses]) => ({
            label,
            exchanges: uses.n,
            sessions: labelSessions.get(label)?.n ?? 0,
            top: labelSessions.get(label)?.top ?? null,
          }))
          .sort((a, b) => b.exchanges - a.exchanges || b.sessions - a.sessions || a.label.localeCompare(b.label))
          .slice(0, 10),
        triggers: [...triggerFired]
          .map(([name, fired]) => ({
            name,
            fired: fired.n,
            sessions: triggerSessions.get(name)?.n ?? 0,
            top: triggerSessions.get(name)?.top ?? null,
          }))
          .sort((a, b) => b.fired - a.fired || a.name.localeCompare(b.name)),
        trigger_sessions: { sessions: anyTrigger?.n ?? 0, top: anyTrigger?.top ?? null },
        sections: [...byKey(statements.sections.all(params))]
          .map(([name, counted]) => ({ name, sessions: counted.n, top: counted.top }))
          .sort((a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name)),
      };
    },
  };
}
export type InsightsStore = ReturnType<typeof createInsightsStore>;
