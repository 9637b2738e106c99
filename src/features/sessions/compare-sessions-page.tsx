import { useQuery } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { useId, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { SessionSummary } from '@contract/schemas/conversation';
import { sessionQueries } from '@/api/chat-history';
import { characterQueries } from '@/api/characters';
import { Select } from '@/components/ui/input';
import { QueryStatus } from '@/components/ui/query-status';
import { paths } from '@/config/paths';
import { TranscriptView } from './components/transcript-view';
import { useTranscriptReview } from './hooks/use-transcript-review';
import { sectionNames } from './section-names';
import { formatDay, formatTime, sessionStart } from './session-time';

const noSections: ReadonlyMap<string, string> = new Map();

/** "Mon, Nov 9, 2026, 09:27 AM" for a session, as the list shows it. */
const sessionLabel = (session: SessionSummary) => {
  const start = sessionStart(session);
  return start ? `${formatDay(start)}, ${formatTime(start)}` : `${session.date} ${session.time}`;
};

/**
 * Two sessions of a character side by side, each scrolling on its own and reviewable as in its
 * transcript: to see how the character answered the same things on two days, before and after a change.
 */
export function CompareSessionsPage() {
  const { characterId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const character = useQuery(characterQueries.detail(characterId));
  const sessions = useQuery(sessionQueries.list(characterId, -1));
  const name = character.data?.character_name ?? 'Character';
  const chosen = (side: 'a' | 'b') => params.get(side) ?? '';
  const choose = (side: 'a' | 'b', sessionID: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (sessionID) next.set(side, sessionID);
        else next.delete(side);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <header className="shrink-0 space-y-2 border-b border-zinc-200 bg-surface px-4 py-4 sm:px-6 lg:px-8">
        <Link
          to={paths.characters.sessions(characterId)}
          className="inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800"
        >
          <ArrowLeft aria-hidden className="size-4" /> All sessions
        </Link>
        <h1 className="text-xl font-semibold tracking-tight">Two sessions side by side</h1>
      </header>
      <QueryStatus query={sessions} loading="Loading the sessions" errorTitle="The sessions could not be loaded." fill padded>
        {(list) =>
          list.length === 0 ? (
            <p className="px-8 py-12 text-center text-sm text-zinc-500">{name} has no sessions yet.</p>
          ) : (
            <div className="grid min-h-0 flex-1 grid-cols-1 divide-y divide-zinc-200 lg:grid-cols-2 lg:divide-x lg:divide-y-0">
              {(['a', 'b'] as const).map((side) => (
                <SessionColumn
                  key={side}
                  label={side === 'a' ? 'Left session' : 'Right session'}
                  charID={characterId}
                  characterName={name}
                  sessions={list}
                  sessionID={chosen(side)}
                  onChoose={(sessionID) => choose(side, sessionID)}
                />
              ))}
            </div>
          )
        }
      </QueryStatus>
    </div>
  );
}

function SessionColumn({
  label,
  charID,
  characterName,
  sessions,
  sessionID,
  onChoose,
}: {
  label: string;
  charID: string;
  characterName: string;
  sessions: SessionSummary[];
  sessionID: string;
  onChoose: (sessionID: string) => void;
}) {
  const selectId = useId();
  const details = useQuery({ ...sessionQueries.detail(charID, sessionID), enabled: sessionID !== '' });
  const { transcriptReview, labelsDialog } = useTranscriptReview(charID, sessionID, details.data, characterName);
  const names = useMemo(() => (details.data ? sectionNames(details.data) : noSections), [details.data]);

  return (
    <section aria-label={label} className="flex min-h-[24rem] min-w-0 flex-col lg:min-h-0">
      <div className="flex shrink-0 flex-wrap items-center gap-2 border-b border-zinc-200 bg-surface px-4 py-2">
        <label htmlFor={selectId} className="text-sm font-medium text-zinc-700">
          {label}
        </label>
        <Select id={selectId} value={sessionID} onChange={(event) => onChoose(event.target.value)} className="max-w-xs min-w-56 flex-1">
          <option value="">Choose a session…</option>
          {sessions.map((session) => (
            <option key={session.sessionID} value={session.sessionID}>
              {sessionLabel(session)}
            </option>
          ))}
        </Select>
        {details.data && <span className="text-sm text-zinc-500">{details.data.length.toLocaleString()} exchanges</span>}
        {sessionID && (
          <Link to={paths.characters.session(charID, sessionID)} className="ml-auto text-sm text-brand-700 hover:underline">
            Open its transcript
          </Link>
        )}
      </div>
      {sessionID === '' ? (
        <p className="px-6 py-12 text-center text-sm text-zinc-500">Choose a session to show it here.</p>
      ) : (
        <QueryStatus query={details} loading="Loading the transcript" errorTitle="The transcript could not be loaded." fill padded>
          {(exchanges) =>
            exchanges.length === 0 ? (
              <p className="px-6 py-12 text-center text-sm text-zinc-500">This session has no exchanges.</p>
            ) : (
              <TranscriptView
                exchanges={exchanges}
                characterName={characterName}
                sectionNames={names}
                query=""
                current={null}
                focused={null}
                review={transcriptReview}
              />
            )
          }
        </QueryStatus>
      )}
      {labelsDialog}
    </section>
  );
}
