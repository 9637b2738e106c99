import type { ReviewStatus, SessionReviewSummary } from '@contract/schemas/annotations';
import type { Exchange, SessionSummary } from '@contract/schemas/conversation';
import { readSessionListSearch, writeSessionListSearch } from '@/lib/session-list-search';
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

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const oneOf = <T extends string>(options: readonly T[], value: string): T | '' => (options.includes(value as T) ? (value as T) : '');

/** The filters an address holds; what it holds that makes no sense is left out. */
export function parseFilters(params: URLSearchParams): SessionFilters {
  const search = readSessionListSearch(params);
  return {
    from: isDate(search.from) ? search.from : '',
    to: isDate(search.to) ? search.to : '',
    rating: oneOf(ratingFilters, search.rating),
    label: search.label.trim(),
    trigger: search.trigger,
    section: search.section.trim(),
    minExchanges: search.minExchanges !== null && search.minExchanges > 0 ? search.minExchanges : null,
    status: oneOf(statusFilters, search.status),
  };
}

export function parseSort(params: URLSearchParams): SessionSort {
  const search = readSessionListSearch(params);
  const key = oneOf(sortKeys, search.sort);
  if (!key) return defaultSort;
  return { key, order: search.order === 'asc' || search.order === 'desc' ? search.order : firstOrder(key) };
}

/** `params` with these filters and this sort written in (the defaults left out), its other parameters kept. */
export function writeFilters(params: URLSearchParams, filters: SessionFilters, sort: SessionSort = parseSort(params)): URLSearchParams {
  const isDefault = sort.key === defaultSort.key && sort.order === defaultSort.order;
  return writeSessionListSearch(params, { ...filters, sort: isDefault ? '' : sort.key, order: isDefault ? '' : sort.order });
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
