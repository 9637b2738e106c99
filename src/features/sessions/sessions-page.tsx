import { useQuery } from '@tanstack/react-query';
import { Brain, MessagesSquare, Zap } from 'lucide-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { sessionQueries, type SessionLimit } from '@/api/chat-history';
import { characterQueries } from '@/api/characters';
import type { Exchange, SessionSummary } from '@/api/contract';
import { ErrorAlert } from '@/components/ui/alert';
import { Button, buttonClass } from '@/components/ui/button';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { ExportMenu } from './components/export-menu';
import { SearchAllSessions } from './components/search-all-sessions';
import { useTranscripts } from './hooks/use-transcripts';
import { formatDay, formatTime, originalStart, sessionStart } from './session-time';

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
  const { transcripts } = useTranscripts(characterId, listed);
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
          {allSessions.data && allSessions.data.length > 0 && <ExportMenu charID={characterId} characterName={name} sessions={allSessions.data} label="Export all" />}
          <Link to={paths.characters.chat(characterId)} className={buttonClass('primary')}>
            <MessagesSquare aria-hidden className="size-4" /> Test chat
          </Link>
        </div>
      </div>

      {allSessions.data && allSessions.data.length > 0 && <SearchAllSessions charID={characterId} sessions={allSessions.data} className="mt-6" />}

      <div className="mt-6">
        {sessions.isPending ? (
          <Spinner label="Loading sessions" />
        ) : sessions.isError ? (
          <ErrorAlert
            title="The sessions could not be loaded."
            error={sessions.error}
            action={
              <Button size="sm" onClick={() => void sessions.refetch()}>
                Try again
              </Button>
            }
          />
        ) : listed.length === 0 ? (
          <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-12 text-center">
            <p className="font-medium text-zinc-800">No conversations yet</p>
            <p className="mt-1 text-sm text-zinc-500">Sessions appear here when players (or you, in the test chat) talk to {name}.</p>
          </div>
        ) : (
          <SessionTable charID={characterId} sessions={listed} transcripts={transcripts} />
        )}
      </div>
    </div>
  );
}

function SessionTable({ charID, sessions, transcripts }: { charID: string; sessions: SessionSummary[]; transcripts: Array<Exchange[] | undefined> }) {
  return (
    <div className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-zinc-950/5">
      <table className="w-full text-sm">
        <caption className="sr-only">Sessions, newest first</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50/80 text-left text-xs font-medium tracking-wide text-zinc-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2">
              Date
            </th>
            <th scope="col" className="px-4 py-2">
              Time
            </th>
            <th scope="col" className="px-4 py-2">
              Exchanges
            </th>
            <th scope="col" className="px-4 py-2">
              Markers
            </th>
            <th scope="col" className="px-4 py-2">
              <span className="sr-only">Session ID</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session, index) => {
            const start = sessionStart(session);
            const exchanges = transcripts[index];
            const hasTriggers = exchanges?.some((exchange) => exchange.is_trigger_input);
            return (
              <tr key={session.sessionID} className="relative border-b border-zinc-100 last:border-b-0 hover:bg-zinc-50">
                <td className="px-4 py-3 font-medium text-zinc-900">
                  <Link
                    to={paths.characters.session(charID, session.sessionID)}
                    className="after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:bg-brand-50/50 focus-visible:after:ring-2 focus-visible:after:ring-brand-600 focus-visible:after:ring-inset"
                    title={originalStart(session)}
                  >
                    {start ? formatDay(start) : session.date}
                  </Link>
                </td>
                <td className="px-4 py-3 text-zinc-700 tabular-nums" title={originalStart(session)}>
                  {start ? formatTime(start) : session.time}
                </td>
                <td className="px-4 py-3 text-zinc-700 tabular-nums">{exchanges ? exchanges.length.toLocaleString() : <span className="text-zinc-400">—</span>}</td>
                <td className="px-4 py-3">
                  <span className="flex flex-wrap gap-1.5">
                    {session.is_added_to_memory && (
                      <span className="inline-flex items-center gap-1 rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-800">
                        <Brain aria-hidden className="size-3" /> In memory
                      </span>
                    )}
                    {hasTriggers && (
                      <span className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">
                        <Zap aria-hidden className="size-3" /> Triggers
                      </span>
                    )}
                  </span>
                </td>
                <td className="px-4 py-3 text-right font-mono text-xs text-zinc-400">{session.sessionID.slice(0, 8)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
