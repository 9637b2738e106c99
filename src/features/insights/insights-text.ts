import type { Insights } from '@contract/schemas/insights';
import { paths } from '@/config/paths';
import type { SessionListSearch } from '@/lib/session-list-search';

// Days are the server's YYYY-MM-DD, already counted at the browser's offset: formatted as written (UTC).
const shortDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** "Nov 14". */
export const formatDay = (day: string) => shortDay.format(new Date(`${day}T00:00:00Z`));
/** "Sat, Nov 14, 2026". */
export const formatLongDay = (day: string) => longDay.format(new Date(`${day}T00:00:00Z`));

/** "1 session", "1,200 sessions". */
export const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString()} ${count === 1 ? one : many}`;
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

/** The first of the largest, by `value`. */
function largest<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || value(item) > value(best)) best = item;
  return best;
}

export function sessionsSummary(insights: Insights): string {
  const days = insights.sessions_per_day.length;
  if (insights.total_sessions === 0) return `No sessions in these ${plural(days, 'day')}.`;
  const busiest = largest(insights.sessions_per_day, (entry) => entry.sessions);
  const most = busiest && busiest.sessions > 1 ? `, most on ${formatDay(busiest.day)} (${busiest.sessions})` : '';
  return `${plural(insights.total_sessions, 'session')} in ${plural(days, 'day')}${most}.`;
}

export function exchangesSummary(insights: Insights): string {
  const { buckets, mean } = insights.exchanges_per_session;
  if (mean === null) return 'No session in these days had an exchange.';
  const common = largest(buckets, (bucket) => bucket.sessions);
  const size = common ? ` Most sessions had ${common.label} ${common.max === 1 ? 'exchange' : 'exchanges'} (${common.sessions}).` : '';
  return `${mean.toFixed(1)} exchanges per session on average.${size}`;
}

export function ratingsSummary(insights: Insights): string {
  const { rated, bad, bad_sessions } = insights.ratings;
  if (rated === 0) return 'No exchange of these days was rated.';
  const worst = largest(insights.ratings_per_day, (entry) => entry.bad / entry.rated);
  const worstDay =
    worst && worst.bad > 0 && insights.ratings_per_day.length > 1
      ? `; the worst day was ${formatDay(worst.day)} (${percent(worst.bad, worst.rated)})`
      : '';
  return `${percent(bad, rated)} of rated exchanges were bad: ${bad.toLocaleString()} of ${rated.toLocaleString()}, in ${plural(bad_sessions, 'session')}${worstDay}.`;
}

export function labelsSummary(insights: Insights): string {
  const [first] = insights.labels;
  if (!first) return 'No labels were given to exchanges of these days.';
  return `“${first.label}” was given most: to ${plural(first.exchanges, 'exchange')} in ${plural(first.sessions, 'session')}.`;
}

export function triggersSummary(insights: Insights): string {
  const [first] = insights.triggers;
  if (!first) return 'No trigger fired in these days.';
  const sessions = plural(insights.trigger_sessions.sessions, 'session');
  if (insights.triggers.length === 1)
    return `“${first.name}” fired ${first.fired === 1 ? 'once' : `${first.fired.toLocaleString()} times`}, in ${sessions}.`;
  const fired = insights.triggers.reduce((sum, trigger) => sum + trigger.fired, 0);
  return `${insights.triggers.length} triggers fired ${fired.toLocaleString()} times in ${sessions}; “${first.name}” most often (${first.fired}).`;
}

export function sectionsSummary(insights: Insights): string {
  const [first] = insights.sections;
  const last = insights.sections.at(-1);
  if (!first || !last) return 'No session of these days reached a narrative section.';
  const of = `of ${insights.total_sessions.toLocaleString()}`;
  if (insights.sections.length === 1) return `${plural(first.sessions, 'session')} ${of} reached “${first.name}”.`;
  if (first.sessions === last.sessions)
    return `Each of ${insights.sections.length} narrative sections was reached by ${first.sessions.toLocaleString()} ${of} sessions.`;
  return `“${first.name}” was reached by the most sessions (${first.sessions.toLocaleString()} ${of}), “${last.name}” by the fewest (${last.sessions.toLocaleString()}).`;
}

/** Where a figure leads: the session list of its character (or, with every character shown, the one with the most of it), filtered. */
export type SessionLink = { to: string; characterName: string };

export function sessionLink(insights: Insights, top: string | null, filters: SessionListSearch): SessionLink | null {
  const id = insights.character === 'all' ? top : insights.character;
  if (!id) return null;
  const name = insights.characters.find((character) => character.id === id)?.name ?? id;
  return { to: paths.characters.sessions(id, filters), characterName: name };
}

/** The range's own filters, added to every link. */
export const rangeFilters = (insights: Insights) => ({ from: insights.from, to: insights.to });
