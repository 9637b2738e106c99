import { useQuery } from '@tanstack/react-query';
import { Columns2, ListChecks, MessagesSquare } from 'lucide-react';
import { useCallback, useEffect, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { annotationQueries } from '@/api/annotations';
import { sessionQueries, type SessionLimit } from '@/api/chat-history';
import { characterQueries } from '@/api/characters';
import { Button, buttonClass } from '@/components/ui/button';
import { QueryStatus } from '@/components/ui/query-status';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { paths } from '@/config/paths';
import { ExportMenu } from './components/export-menu';
import { SearchAllSessions } from './components/search-all-sessions';
import { FilterSummary, SessionFilterBar } from './components/session-filter-bar';
import { SessionTable } from './components/session-table';
import { useTranscripts } from './hooks/use-transcripts';
import { reviewQueue } from './review-queue';
import {
  blockingFilters,
  describeFilters,
  filterSessions,
  firstOrder,
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
  type SessionSort,
  type SortKey,
} from './session-filters';

const limits: Array<{ value: SessionLimit; param: string; label: string }> = [
  { value: 10, param: '10', label: 'Last 10' },
  { value: 50, param: '50', label: 'Last 50' },
  { value: -1, param: 'all', label: 'All' },
];

/** A character's conversations, newest first, with search across all of them and export. */
export function SessionsPage() {
  const { characterId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const limit = limits.find((option) => option.param === params.get('limit'))?.value ?? 10;
  const character = useQuery(characterQueries.detail(characterId));
  const sessions = useQuery(sessionQueries.list(characterId, limit));
  // Search and "export all" work on every session, whatever the list shows.
  const allSessions = useQuery({ ...sessionQueries.list(characterId, -1), enabled: sessions.isSuccess });
  const listed = useMemo(() => sessions.data ?? [], [sessions.data]);
  const { transcripts, loadedCount, progress, load, cancel } = useTranscripts(characterId, listed);
  // Without the reviews (not loaded yet, or refused) the list still shows, its Review column empty.
  const reviewList = useQuery(annotationQueries.reviews(characterId));
  const reviews = useMemo(
    () => (reviewList.data ? new Map(reviewList.data.map((review) => [review.session_id, review])) : null),
    [reviewList.data],
  );
  const name = character.data?.character_name ?? 'character';

  const filters = useMemo(() => parseFilters(params), [params]);
  const sort = useMemo(() => parseSort(params), [params]);
  const update = useCallback(
    (nextFilters: SessionFilters, nextSort: SessionSort) =>
      setParams((current) => writeFilters(current, nextFilters, nextSort), { replace: true }),
    [setParams],
  );
  const onSort = (key: SortKey) =>
    update(filters, { key, order: sort.key === key ? (sort.order === 'asc' ? 'desc' : 'asc') : firstOrder(key) });

  // Counting exchanges, finding triggers and sections needs the transcripts: those of the sessions
  // listed (as many as "Sessions to load" says), read a few at a time, once per list.
  const wantsTranscripts = needsTranscripts(filters, sort);
  useEffect(() => {
    if (wantsTranscripts) void load();
  }, [wantsTranscripts, load]);

  const rows = useMemo<SessionRow[]>(
    () => listed.map((session, index) => ({ session, exchanges: transcripts[index], review: reviews?.get(session.sessionID) })),
    [listed, transcripts, reviews],
  );
  const shown = useMemo(() => sortSessions(filterSessions(rows, filters), sort), [rows, filters, sort]);
  const filtering = describeFilters(filters).length > 0;
  const labels = useMemo(() => labelsUsed(reviewList.data ?? []), [reviewList.data]);
  const sections = useMemo(() => sectionsReached(transcripts), [transcripts]);

  // The queue runs over every session, in the list's order, whatever the filters show.
  const queue = useMemo(
    () => (allSessions.data && reviewList.data ? reviewQueue(allSessions.data, reviewList.data) : null),
    [allSessions.data, reviewList.data],
  );

  return (
    <div className="min-h-0 flex-1 overflow-y-auto px-4 py-6 sm:px-6 lg:px-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Sessions</h1>
          <p className="mt-1 text-sm text-zinc-500">What players said to {name}, newest first. Times are in your time zone.</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <SegmentedControl
            label="Sessions to load"
            name="session-limit"
            options={limits.map((option) => ({ value: option.param, label: option.label }))}
            value={limits.find((option) => option.value === limit)!.param}
            onChange={(param) => setParams((current) => ({ ...Object.fromEntries(current), limit: param }), { replace: true })}
          />
          {queue &&
            queue.total > 0 &&
            (queue.pending.length > 0 ? (
              <Link to={paths.characters.session(characterId, queue.pending[0], { queue: true })} className={buttonClass('secondary')}>
                <ListChecks aria-hidden className="size-4" /> Review queue ({queue.reviewed.toLocaleString()} of{' '}
                {queue.total.toLocaleString()} reviewed)
              </Link>
            ) : (
              <Button disabled>
                <ListChecks aria-hidden className="size-4" /> All {queue.total.toLocaleString()}{' '}
                {queue.total === 1 ? 'session' : 'sessions'} reviewed
              </Button>
            ))}
          {allSessions.data && allSessions.data.length > 1 && (
            <Link to={paths.characters.compareSessions(characterId)} className={buttonClass('secondary')}>
              <Columns2 aria-hidden className="size-4" /> Compare two
            </Link>
          )}
          {allSessions.data && allSessions.data.length > 0 && (
            <ExportMenu charID={characterId} characterName={name} sessions={allSessions.data} label="Export all" />
          )}
          <Link to={paths.characters.chat(characterId)} className={buttonClass('primary')}>
            <MessagesSquare aria-hidden className="size-4" /> Test chat
          </Link>
        </div>
      </div>

      {allSessions.data && allSessions.data.length > 0 && (
        <SearchAllSessions charID={characterId} sessions={allSessions.data} className="mt-6" />
      )}

      <div className="mt-6">
        <QueryStatus query={sessions} loading="Loading sessions" errorTitle="The sessions could not be loaded.">
          {(listed) =>
            listed.length === 0 ? (
              <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-12 text-center">
                <p className="font-medium text-zinc-800">No conversations yet</p>
                <p className="mt-1 text-sm text-zinc-500">Sessions appear here when players (or you, in the test chat) talk to {name}.</p>
              </div>
            ) : (
              <div className="space-y-3">
                <SessionFilterBar filters={filters} onChange={(next) => update(next, sort)} labels={labels} sections={sections} />
                <FilterSummary
                  shown={shown.length}
                  total={listed.length}
                  filtering={filtering}
                  onClear={() => update(noFilters, sort)}
                  reading={progress.running ? Math.max(0, progress.total - progress.loaded - progress.failed) : 0}
                  onCancelReading={cancel}
                  unread={
                    wantsTranscripts && !progress.running && (progress.failed > 0 || progress.cancelled) ? listed.length - loadedCount : 0
                  }
                  onRead={() => void load()}
                  onWiden={
                    limit !== -1 && listed.length >= limit
                      ? () => setParams((current) => ({ ...Object.fromEntries(current), limit: 'all' }), { replace: true })
                      : undefined
                  }
                />
                {shown.length === 0 ? (
                  <NothingMatches blocking={blockingFilters(rows, filters)} all={describeFilters(filters)} reading={progress.running} />
                ) : (
                  <SessionTable charID={characterId} rows={shown} reviewsKnown={reviews !== null} sort={sort} onSort={onSort} />
                )}
              </div>
            )
          }
        </QueryStatus>
      </div>
    </div>
  );
}

/** What an empty result says: which filters hide every session (alone, or only together). */
function NothingMatches({ blocking, all, reading }: { blocking: string[]; all: string[]; reading: boolean }) {
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-10 text-center">
      <p className="font-medium text-zinc-800">{reading ? 'No session matches yet' : 'No session matches these filters'}</p>
      <p className="mt-1 text-sm text-zinc-500">
        {blocking.length > 0
          ? `None passes ${blocking.length === 1 ? 'this filter' : 'these filters'}: ${blocking.join('; ')}.`
          : `Each filter alone leaves some, but none passes them all together: ${all.join('; ')}.`}
      </p>
    </div>
  );
}
