import { describe, expect, it } from 'vitest';
import type { SessionReviewSummary } from '@contract/schemas/annotations';
import type { Exchange } from '@contract/schemas/conversation';
import {
  blockingFilters,
  describeFilters,
  filterSessions,
  labelsUsed,
  needsTranscripts,
  noFilters,
  parseFilters,
  parseSort,
  sectionsReached,
  sortSessions,
  writeFilters,
  type SessionFilters,
  type SessionRow,
} from './session-filters';

const exchange = (extra: Partial<Exchange> = {}): Exchange => ({ timestamp: '2026-12-02 12:00:00', interaction: [], ...extra });
const review = (session_id: string, extra: Partial<SessionReviewSummary> = {}): SessionReviewSummary => ({
  session_id,
  status: 'unreviewed',
  good: 0,
  bad: 0,
  labels: [],
  notes: 0,
  ...extra,
});

// Midday UTC, so the local day is the same one in any time zone within eleven hours of UTC.
const row = (
  id: string,
  date: string,
  exchanges: Exchange[] | undefined,
  extra: Partial<SessionReviewSummary> | null = null,
): SessionRow => ({
  session: { sessionID: id, date, time: '12:00:00' },
  exchanges,
  review: extra ? review(id, extra) : undefined,
});

const rows: SessionRow[] = [
  row('a', '05-12-2026', [exchange(), exchange({ is_trigger_input: true })], { status: 'reviewed', good: 2 }),
  row('b', '04-12-2026', [exchange(), exchange(), exchange()], { status: 'flagged', bad: 1, labels: ['lore error'] }),
  row('c', '03-12-2026', [exchange({ narrative: { section_id: 's1', section_name: 'The harbour' } })]),
  row('d', '01-12-2026', undefined, { bad: 3, labels: ['rude', 'lore error'] }),
];

const ids = (filters: Partial<SessionFilters>) => filterSessions(rows, { ...noFilters, ...filters }).map((r) => r.session.sessionID);

describe('filtering sessions', () => {
  it('lets every session through with no filter on', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps the days of the date range, both ends included', () => {
    expect(ids({ from: '2026-12-03' })).toEqual(['a', 'b', 'c']);
    expect(ids({ to: '2026-12-04' })).toEqual(['b', 'c', 'd']);
    expect(ids({ from: '2026-12-04', to: '2026-12-04' })).toEqual(['b']);
  });
  it('filters by rating: a good one, a bad one, none rated', () => {
    expect(ids({ rating: 'good' })).toEqual(['a']);
    expect(ids({ rating: 'bad' })).toEqual(['b', 'd']);
    expect(ids({ rating: 'none' })).toEqual(['c']);
  });
  it('filters by a label used in a review', () => {
    expect(ids({ label: 'lore error' })).toEqual(['b', 'd']);
    expect(ids({ label: 'rude' })).toEqual(['d']);
  });
  it('filters by status, a session never reviewed counting as unreviewed', () => {
    expect(ids({ status: 'unreviewed' })).toEqual(['c', 'd']);
    expect(ids({ status: 'reviewed' })).toEqual(['a']);
    expect(ids({ status: 'flagged' })).toEqual(['b']);
  });
  it('filters on the transcript, leaving out sessions whose transcript is not loaded', () => {
    expect(ids({ trigger: true })).toEqual(['a']);
    expect(ids({ section: 'The harbour' })).toEqual(['c']);
    expect(ids({ minExchanges: 2 })).toEqual(['a', 'b']);
    expect(ids({ minExchanges: 1 })).toEqual(['a', 'b', 'c']);
  });
  it('combines filters: a session must pass them all', () => {
    expect(ids({ rating: 'bad', minExchanges: 2 })).toEqual(['b']);
    expect(ids({ label: 'lore error', status: 'unreviewed' })).toEqual(['d']);
    expect(ids({ rating: 'good', status: 'flagged' })).toEqual([]);
  });
  it('knows which filters need the transcripts', () => {
    expect(needsTranscripts(noFilters)).toBe(false);
    expect(needsTranscripts({ ...noFilters, rating: 'bad', label: 'x', status: 'flagged', from: '2026-01-01' })).toBe(false);
    expect(needsTranscripts({ ...noFilters, trigger: true })).toBe(true);
    expect(needsTranscripts({ ...noFilters, section: 'x' })).toBe(true);
    expect(needsTranscripts({ ...noFilters, minExchanges: 3 })).toBe(true);
    expect(needsTranscripts(noFilters, { key: 'exchanges', order: 'desc' })).toBe(true);
  });
  it('says in words which filters are on', () => {
    expect(describeFilters(noFilters)).toEqual([]);
    expect(describeFilters({ ...noFilters, rating: 'bad', minExchanges: 1, label: 'rude' })).toEqual([
      'rating: has a bad rating',
      'label: rude',
      'at least 1 exchange',
    ]);
  });
  it('names the filters that on their own hide every session', () => {
    expect(blockingFilters(rows, { ...noFilters, rating: 'good', label: 'rude', minExchanges: 9 })).toEqual(['at least 9 exchanges']);
    expect(blockingFilters(rows, { ...noFilters, rating: 'good', status: 'flagged' })).toEqual([]);
    expect(blockingFilters(rows, { ...noFilters, label: 'missing', from: '2027-01-01' })).toEqual(['from 2027-01-01', 'label: missing']);
  });
  it('offers the labels and the sections that occur', () => {
    expect(labelsUsed(rows.flatMap((r) => (r.review ? [r.review] : [])))).toEqual(['lore error', 'rude']);
    expect(sectionsReached(rows.map((r) => r.exchanges))).toEqual(['The harbour']);
    expect(sectionsReached([undefined, [exchange()]])).toEqual([]);
  });
});

describe('the filters in the address', () => {
  const all: SessionFilters = {
    from: '2026-12-01',
    to: '2026-12-31',
    rating: 'bad',
    label: 'lore error',
    trigger: true,
    section: 'The harbour',
    minExchanges: 3,
    status: 'flagged',
  };
  it('come back as they went in, with the sort, keeping the address’s other parameters', () => {
    const params = writeFilters(new URLSearchParams('limit=all'), all, { key: 'bad', order: 'asc' });
    expect(params.get('limit')).toBe('all');
    const again = new URLSearchParams(params.toString());
    expect(parseFilters(again)).toEqual(all);
    expect(parseSort(again)).toEqual({ key: 'bad', order: 'asc' });
  });
  it('leave out what is not set, and the default sort', () => {
    const params = writeFilters(new URLSearchParams('limit=50&rating=good&sort=exchanges'), noFilters, { key: 'date', order: 'desc' });
    expect(params.toString()).toBe('limit=50');
  });
  it('drop what makes no sense', () => {
    const params = new URLSearchParams('from=yesterday&rating=meh&status=done&min=-2&trigger=yes&sort=colour&order=up');
    expect(parseFilters(params)).toEqual(noFilters);
    expect(parseSort(params)).toEqual({ key: 'date', order: 'desc' });
    expect(parseSort(new URLSearchParams('sort=status'))).toEqual({ key: 'status', order: 'asc' });
  });
});

describe('sorting sessions', () => {
  const order = (key: 'date' | 'exchanges' | 'status' | 'bad', direction: 'asc' | 'desc') =>
    sortSessions(rows, { key, order: direction }).map((r) => r.session.sessionID);
  it('by date, either way', () => {
    expect(order('date', 'desc')).toEqual(['a', 'b', 'c', 'd']);
    expect(order('date', 'asc')).toEqual(['d', 'c', 'b', 'a']);
  });
  it('by exchanges, a session not loaded last either way', () => {
    expect(order('exchanges', 'desc')).toEqual(['b', 'a', 'c', 'd']);
    expect(order('exchanges', 'asc')).toEqual(['c', 'a', 'b', 'd']);
  });
  it('by status: unreviewed, flagged, reviewed; equal ones newest first', () => {
    expect(order('status', 'asc')).toEqual(['c', 'd', 'b', 'a']);
    expect(order('status', 'desc')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('by bad ratings', () => {
    expect(order('bad', 'desc')).toEqual(['d', 'b', 'a', 'c']);
  });
});
