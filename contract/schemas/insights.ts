/**
 * Insights: how the dashboard user's characters are doing over a range of days, counted by the
 * local server from its own sessions and reviews. The dashboard server's own API
 * (`GET /dashboard/insights?character=<id>|all&from=YYYY-MM-DD&to=YYYY-MM-DD&tz=<minutes>`), not
 * Convai's; local mode only.
 */
import { z } from 'zod/mini';

/** The exchanges-per-session histogram's buckets, by their smallest count ("16+" has no largest). */
export const exchangeBuckets = [
  { label: '1', min: 1, max: 1 },
  { label: '2–3', min: 2, max: 3 },
  { label: '4–7', min: 4, max: 7 },
  { label: '8–15', min: 8, max: 15 },
  { label: '16+', min: 16, max: null },
] as const;

/** The longest range asked for at once, in days. */
export const insightsMaxDays = 731;
/** The range when none is asked for: this many days, ending on the newest session's day. */
export const insightsDefaultDays = 90;

/** The character with the most sessions behind a figure: where a click on it leads when every character is shown. */
const top = z.nullable(z.string());

export const insightsSchema = z.looseObject({
  /** A character's id, or "all". */
  character: z.string(),
  /** The range, both ends included, in days at `tz_offset` minutes east of UTC. */
  from: z.string(),
  to: z.string(),
  tz_offset: z.number(),
  /** The characters counted, each with its sessions in the range (most first). */
  characters: z.array(z.looseObject({ id: z.string(), name: z.string(), sessions: z.number() })),
  total_sessions: z.number(),
  /** Every day of the range, with none left out. */
  sessions_per_day: z.array(z.looseObject({ day: z.string(), sessions: z.number(), top })),
  exchanges_per_session: z.looseObject({
    buckets: z.array(z.looseObject({ label: z.string(), min: z.number(), max: z.nullable(z.number()), sessions: z.number(), top })),
    /** Over the sessions with at least one exchange; null when there are none. */
    mean: z.nullable(z.number()),
  }),
  /** The days with a rated exchange, by the day their session started: `bad` of `rated` exchanges, in `bad_sessions` sessions. */
  ratings_per_day: z.array(z.looseObject({ day: z.string(), rated: z.number(), bad: z.number(), bad_sessions: z.number(), top })),
  ratings: z.looseObject({ rated: z.number(), bad: z.number(), bad_sessions: z.number(), top }),
  /** The ten labels given most, each with the exchanges and sessions given it. */
  labels: z.array(z.looseObject({ label: z.string(), exchanges: z.number(), sessions: z.number(), top })),
  /** Triggers fired, by name (most first): how often, and in how many sessions. */
  triggers: z.array(z.looseObject({ name: z.string(), fired: z.number(), sessions: z.number(), top })),
  /** Sessions with at least one trigger. */
  trigger_sessions: z.looseObject({ sessions: z.number(), top }),
  /** Narrative sections by name, with the sessions that reached each (most first). */
  sections: z.array(z.looseObject({ name: z.string(), sessions: z.number(), top })),
});
export type Insights = z.infer<typeof insightsSchema>;
