/**
 * The session list's filters as its address holds them: the names and how each value is written, in
 * one place. The list reads and writes its address with these (src/features/sessions/session-filters.ts),
 * and links from elsewhere (Insights) are built with them (paths.characters.sessions).
 */

/** Each filter's parameter name, in the order a new address lists them. */
export const sessionListParams = {
  from: 'from',
  to: 'to',
  rating: 'rating',
  label: 'label',
  trigger: 'trigger',
  section: 'section',
  minExchanges: 'min',
  status: 'status',
  sort: 'sort',
  order: 'order',
} as const;

/** What an address can say about the list; a value left out, empty, false or null means "any" (or the default order). */
export type SessionListSearch = {
  /** Local dates, YYYY-MM-DD, both ends included. */
  from?: string;
  to?: string;
  rating?: string;
  label?: string;
  /** Only sessions where a trigger fired. */
  trigger?: boolean;
  /** Only sessions that reached the narrative section of this name. */
  section?: string;
  /** Only sessions with at least this many exchanges. */
  minExchanges?: number | null;
  status?: string;
  sort?: string;
  order?: string;
};

type Key = keyof typeof sessionListParams;
const keys = Object.keys(sessionListParams) as Key[];

/** How each value is written: a trigger as "1", a count as digits; "any" as no parameter at all. */
function written(key: Key, value: SessionListSearch[Key]): string {
  if (key === 'trigger') return value === true ? '1' : '';
  if (key === 'minExchanges') return typeof value === 'number' && value > 0 ? String(value) : '';
  return typeof value === 'string' ? value : '';
}

/**
 * `params` with the values `search` gives written in under the list's names (an "any" value removes its
 * parameter); the parameters it does not mention are kept.
 */
export function writeSessionListSearch(params: URLSearchParams, search: SessionListSearch): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of keys) {
    if (!(key in search)) continue;
    const value = written(key, search[key]);
    if (value) next.set(sessionListParams[key], value);
    else next.delete(sessionListParams[key]);
  }
  return next;
}

/** What an address says, as written (no check that a date is a date: the list does that). */
export function readSessionListSearch(params: URLSearchParams) {
  const text = (key: Key) => params.get(sessionListParams[key]) ?? '';
  const min = Number.parseInt(text('minExchanges'), 10);
  return {
    from: text('from'),
    to: text('to'),
    rating: text('rating'),
    label: text('label'),
    trigger: text('trigger') === '1',
    section: text('section'),
    minExchanges: Number.isFinite(min) ? min : null,
    status: text('status'),
    sort: text('sort'),
    order: text('order'),
  } satisfies Required<SessionListSearch>;
}
