import { useQuery } from '@tanstack/react-query';
import { MessagesSquare } from 'lucide-react';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { annotationQueries } from '@/api/annotations';
import { sessionQueries, type SessionLimit } from '@/api/chat-history';
import { characterQueries } from '@/api/characters';
import { buttonClass } from '@/components/ui/button';
import { QueryStatus } from '@/components/ui/query-status';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { paths } from '@/config/paths';
import { ExportMenu } from './components/export-menu';
import { SearchAllSessions } from './components/search-all-sessions';
import { SessionTable } from './components/session-table';
import { useCachedTranscripts } from './hooks/use-transcripts';

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
  const listed = sessions.data ?? [];
  const transcripts = useCachedTranscripts(characterId, listed);
  // Without the reviews (not loaded yet, or refused) the list still shows, its Review column empty.
  const reviewList = useQuery(annotationQueries.reviews(characterId));
  const reviews = useMemo(
    () => (reviewList.data ? new Map(reviewList.data.map((review) => [review.session_id, review])) : null),
    [reviewList.data],
  );
  const name = character.data?.character_name ?? 'character';

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
              <SessionTable charID={characterId} sessions={listed} transcripts={transcripts} reviews={reviews} />
            )
          }
        </QueryStatus>
      </div>
    </div>
  );
}
