import { Hono } from 'hono';
import { insightsMaxDays, type Insights } from '../../contract/schemas/insights';
import type { Backend } from '../config';
import type { CharacterStore } from '../db/characters';
import type { InsightsStore } from '../db/insights';
import { errorBody } from '../http/error-body';
import { requireAccess, type DashboardAccess } from './access';

export const insightsErrors = {
  hosted: "Insights need the local server for now: in front of Convai they would read every session's transcript from the service.",
  character: 'No such character of yours: character is one of your characters’ ids, or "all".',
  date: (name: 'from' | 'to') => `${name} must be a date written YYYY-MM-DD.`,
  order: 'from must not be after to.',
  tooLong: `The range is at most ${insightsMaxDays} days.`,
  tz: 'tz must be whole minutes east of UTC, from -840 to 840.',
} as const;

/** A real day written YYYY-MM-DD (2026-02-30 is not one). */
const isDay = (text: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

/**
 * How the user's characters are doing over a range of days, mounted at /dashboard (contract/schemas/
 * insights.ts): `character` one id or "all" (the default), `from` and `to` both included (left out:
 * the 90 days ending on the newest session's day), `tz` the minutes east of UTC days are counted in
 * (0 when left out). Local mode only: in front of Convai every transcript would have to be fetched.
 */
export function insightsRoutes(options: {
  access: DashboardAccess;
  backend: Backend;
  /** The dashboard's user, in local mode. */
  userId: string | null;
  characterStore: CharacterStore;
  insightsStore: InsightsStore;
}) {
  const { backend, userId, characterStore, insightsStore } = options;
  const routes = new Hono();
  routes.use('/insights', requireAccess(options.access));

  routes.get('/insights', (c) => {
    if (backend.kind === 'convai') return errorBody(c, 'ERROR', insightsErrors.hosted, 400);
    const character = c.req.query('character') ?? 'all';
    const from = c.req.query('from') || undefined;
    const to = c.req.query('to') || undefined;
    const tz = c.req.query('tz') ?? '0';
    if (!userId) return errorBody(c, 'ERROR', insightsErrors.character, 400);
    if (character !== 'all' && (character.length > 200 || !characterStore.owned(character, userId)))
      return errorBody(c, 'ERROR', insightsErrors.character, 400);
    if (from !== undefined && !isDay(from)) return errorBody(c, 'ERROR', insightsErrors.date('from'), 400);
    if (to !== undefined && !isDay(to)) return errorBody(c, 'ERROR', insightsErrors.date('to'), 400);
    if (from && to) {
      if (from > to) return errorBody(c, 'ERROR', insightsErrors.order, 400);
      if ((Date.parse(to) - Date.parse(from)) / 86_400_000 + 1 > insightsMaxDays) return errorBody(c, 'ERROR', insightsErrors.tooLong, 400);
    }
    if (!/^-?\d{1,3}$/.test(tz) || Math.abs(Number(tz)) > 840) return errorBody(c, 'ERROR', insightsErrors.tz, 400);
    // One end alone: the other is the default's, kept within the longest range.
    const scope = { userId, characterId: character === 'all' ? null : character, tzOffset: Number(tz), from, to };
    if (from && !to) scope.to = clampEnd(from, insightsMaxDays);
    const answer: Insights = insightsStore.insights(scope);
    return c.json(answer);
  });

  return routes;
}

/** The last day of a range of `days` days starting on `from`, or today if sooner. */
function clampEnd(from: string, days: number) {
  const last = new Date(Date.parse(`${from}T00:00:00Z`) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
  const today = new Date().toISOString().slice(0, 10);
  return today < last ? (today < from ? from : today) : last;
}
