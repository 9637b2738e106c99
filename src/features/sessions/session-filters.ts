import type { ReviewStatus, SessionReviewSummary } from '@contract/schemas/annotations';
import type { Exchange, SessionSummary } from '@contract/schemas/conversation';
import { sessionStart } from './session-time';

export const ratingFilters = ['good', 'bad', 'none'] as const;
export type RatingFilter = (typeof ratingFilters)[number];

const statusFilters: readonly ReviewStatus[] = ['unreviewed', 'reviewed', 'flagged'];

/** What the session list is narrowed to; empty strings and null mean "any". */
export type SessionFilters = {
  /** Local dates, YYYY-MM-DD, both ends included. */
  from: string;
  to: string;
  rating: RatingFilter | '';
  label: string;
  trigger: boolean;
  section: string;
  minExchanges: number | null;
  status: ReviewStatus | '';
};

export const noFilters: SessionFilters = {
  from: '',
  to: '',
  rating: '',
  label: '',
  trigger: false,
  section: '',
  minExchanges: null,
  status: '',
};

export const sortKeys = ['date', 'exchanges', 'status', 'bad'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortOrder = 'asc' | 'desc';
export type SessionSort = { key: SortKey; order: SortOrder };

/** The list's own order: newest first. */
export const defaultSort: SessionSort = { key: 'date', order: 'desc' };

/** A column's first order when picked: the most of it first, except status, where the work still to do comes first. */
export const firstOrder = (key: SortKey): SortOrder => (key === 'status' ? 'asc' : 'desc');

/** The address's names for each filter (the page's own `limit` lives beside them). */
const names = {
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

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const oneOf = <T extends string>(options: readonly T[], value: string | null): T | '' => (options.includes(value as T) ? (value as T) : '');

/** The filters an address holds; what it holds that makes no sense is left out. */
export function parseFilters(params: URLSearchParams): SessionFilters {
  const from = params.get(names.from) ?? '';
  const to = params.get(names.to) ?? '';
  const min = Number.parseInt(params.get(names.minExchanges) ?? '', 10);
  return {
    from: isDate(from) ? from : '',
    to: isDate(to) ? to : '',
    rating: oneOf(ratingFilters, params.get(names.rating)),
    label: params.get(names.label)?.trim() ?? '',
    trigger: params.get(names.trigger) === '1',
    section: params.get(names.section)?.trim() ?? '',
    minExchanges: Number.isFinite(min) && min > 0 ? min : null,
    status: oneOf(statusFilters, params.get(names.status)),
  };
}

export function parseSort(params: URLSearchParams): SessionSort {
  const key = oneOf(sortKeys, params.get(names.sort));
  if (!key) return defaultSort;
  const order = params.get(names.order);
  return { key, order: order === 'asc' || order === 'desc' ? order : firstOrder(key) };
}

/** `params` with these filters and this sort written in (the defaults left out), its other parameters kept. */
export function writeFilters(params: URLSearchParams, filters: SessionFilters, sort: SessionSort = parseSort(params)): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string) => (value ? next.set(name, value) : next.delete(name));
  set(names.from, filters.from);
  set(names.to, filters.to);
  set(names.rating, filters.rating);
  set(names.label, filters.label);
  set(names.trigger, filters.trigger ? '1' : '');
  set(names.section, filters.section);
  set(names.minExchanges, filters.minExchanges ? String(filters.minExchanges) : '');
  set(names.status, filters.status);
  const isDefault = sort.key === defaultSort.key && sort.order === defaultSort.order;
  set(names.sort, isDefault ? '' : sort.key);
  set(names.order, isDefault ? '' : sort.order);
  return next;
}

/** Whether applying the filters (or sorting) needs the sessions' transcripts. */
export const needsTranscripts = (filters: SessionFilters, sort: SessionSort = defaultSort) =>
  filters.trigger || filters.section !== '' || filters.minExchanges !== null || sort.key === 'exchanges';

const ratingText: Record<RatingFilter, string> = { good: 'has a good rating', bad: 'has a bad rating', none: 'none rated' };

/** The filters on, each in words ("label: lore error") and as that filter alone. */
export function activeFilters(filters: SessionFilters): Array<{ text: string; only: SessionFilters }> {
  const on: Array<[boolean, string, Partial<SessionFilters>]> = [
    [Boolean(filters.from), `from ${filters.from}`, { from: filters.from }],
    [Boolean(filters.to), `to ${filters.to}`, { to: filters.to }],
    [Boolean(filters.rating), `rating: ${filters.rating && ratingText[filters.rating]}`, { rating: filters.rating }],
    [Boolean(filters.label), `label: ${filters.label}`, { label: filters.label }],
    [filters.trigger, 'has a trigger', { trigger: true }],
    [Boolean(filters.section), `section reached: ${filters.section}`, { section: filters.section }],
    [
      filters.minExchanges !== null,
      `at least ${filters.minExchanges} ${filters.minExchanges === 1 ? 'exchange' : 'exchanges'}`,
      { minExchanges: filters.minExchanges },
    ],
    [Boolean(filters.status), `status: ${filters.status}`, { status: filters.status }],
  ];
  return on.filter(([isOn]) => isOn).map(([, text, only]) => ({ text, only: { ...noFilters, ...only } }));
}

export const describeFilters = (filters: SessionFilters) => activeFilters(filters).map((filter) => filter.text);

/** The filters that on their own leave none of `rows` (empty when only their combination does). */
export const blockingFilters = (rows: readonly SessionRow[], filters: SessionFilters) =>
  activeFilters(filters)
    .filter((filter) => !rows.some((row) => matchesFilters(row, filter.only)))
    .map((filter) => filter.text);

/** One row of the list: a session, its transcript when loaded, its review when it has one. */
export type SessionRow = {
  session: SessionSummary;
  exchanges: Exchange[] | undefined;
  review: SessionReviewSummary | undefined;
};

/** A date's day where the browser is (the list shows local days), as YYYY-MM-DD. */
const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * Whether a row passes every filter. A filter on the transcript leaves out a session whose
 * transcript is not loaded: what it holds is not known yet.
 */
export function matchesFilters(row: SessionRow, filters: SessionFilters): boolean {
  const { exchanges, review } = row;
  if (filters.from || filters.to) {
    const start = sessionStart(row.session);
    if (!start) return false;
    const day = localDay(start);
    if (filters.from && day < filters.from) return false;
    if (filters.to && day > filters.to) return false;
  }
  if (filters.rating === 'good' && !(review && review.good > 0)) return false;
  if (filters.rating === 'bad' && !(review && review.bad > 0)) return false;
  if (filters.rating === 'none' && review && (review.good > 0 || review.bad > 0)) return false;
  if (filters.label && !review?.labels.includes(filters.label)) return false;
  if (filters.status && (review?.status ?? 'unreviewed') !== filters.status) return false;
  if (filters.trigger && !exchanges?.some((exchange) => exchange.is_trigger_input)) return false;
  if (filters.section && !exchanges?.some((exchange) => exchange.narrative?.section_name === filters.section)) return false;
  if (filters.minExchanges !== null && !(exchanges && exchanges.length >= filters.minExchanges)) return false;
  return true;
}

export const filterSessions = (rows: readonly SessionRow[], filters: SessionFilters) => rows.filter((row) => matchesFilters(row, filters));

const statusRank: Record<ReviewStatus, number> = { unreviewed: 0, flagged: 1, reviewed: 2 };

/** A row's value for a sort key; null when not known (sorted last either way). */
function sortValue(row: SessionRow, key: SortKey): number | null {
  switch (key) {
    case 'date':
      return sessionStart(row.session)?.getTime() ?? null;
    case 'exchanges':
      return row.exchanges ? row.exchanges.length : null;
    case 'status':
      return statusRank[row.review?.status ?? 'unreviewed'];
    case 'bad':
      return row.review?.bad ?? 0;
  }
}

/** The rows in that order; equal ones keep the list's order (newest first). */
export function sortSessions(rows: readonly SessionRow[], sort: SessionSort): SessionRow[] {
  const sign = sort.order === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, sort.key) }))
    .sort((a, b) => {
      if (a.value !== b.value) {
        if (a.value === null) return 1;
        if (b.value === null) return -1;
        return (a.value - b.value) * sign;
      }
      return a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The narrative sections reached in these transcripts, by name, sorted. */
export function sectionsReached(transcripts: ReadonlyArray<readonly Exchange[] | undefined>): string[] {
  const found = new Set<string>();
  for (const exchanges of transcripts)
    for (const exchange of exchanges ?? []) if (exchange.narrative?.section_name) found.add(exchange.narrative.section_name);
  return [...found].sort((a, b) => a.localeCompare(b));
}

/** Every label used in the character's reviews, sorted. */
export const labelsUsed = (reviews: readonly SessionReviewSummary[]) =>
  [...new Set(reviews.flatMap((review) => review.labels))].sort((a, b) => a.localeCompare(b));
