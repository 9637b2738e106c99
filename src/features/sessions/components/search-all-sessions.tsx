import { Search } from 'lucide-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { SessionSummary } from '@/api/contract';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { useTranscripts } from '../hooks/use-transcripts';
import { formatDay, formatTime, originalStart, sessionStart } from '../session-time';
import { findInTranscript, highlightParts, indexTranscript, turnsOf } from '../transcript-search';

const SHOWN = 100;

/**
 * Searches every session of a character at once: the transcripts are fetched a few at a time
 * (progress shown, cancellable, kept for the visit), then each query runs over all of them.
 */
export function SearchAllSessions({ charID, sessions, className }: { charID: string; sessions: SessionSummary[]; className?: string }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const { transcripts, loadedCount, progress, load, cancel } = useTranscripts(charID, sessions);

  const indexes = useMemo(() => transcripts.map((exchanges) => (exchanges ? indexTranscript(exchanges) : null)), [transcripts]);
  const results = useMemo(() => {
    if (!deferred.trim()) return null;
    const found: Array<{ session: SessionSummary; exchange: number; turn: 0 | 1; text: string }> = [];
    let sessionsWithMatches = 0;
    indexes.forEach((index, position) => {
      if (!index) return;
      const matches = findInTranscript(index, deferred);
      if (matches.length > 0) sessionsWithMatches += 1;
      for (const match of matches) {
        found.push({ session: sessions[position], exchange: match.exchange, turn: match.turn, text: turnsOf(transcripts[position]![match.exchange])[match.turn] });
      }
    });
    return { found, sessionsWithMatches };
  }, [deferred, indexes, sessions, transcripts]);

  const allLoaded = loadedCount === sessions.length;
  const onChange = (value: string) => {
    setQuery(value);
    if (value.trim() && !allLoaded && !progress.running && !progress.cancelled) void load();
  };

  return (
    <section aria-label="Search all sessions" className={cn('rounded-xl bg-white p-4 shadow-sm ring-1 ring-zinc-950/5', className)}>
      <label htmlFor="search-sessions" className="text-sm font-medium text-zinc-800">
        Search all {sessions.length.toLocaleString()} sessions
      </label>
      <div className="relative mt-1.5">
        <Search aria-hidden className="pointer-events-none absolute top-2.5 left-3 size-4 text-zinc-400" />
        <Input id="search-sessions" type="search" className="pl-9" placeholder="A word or phrase players or the character said…" value={query} onChange={(event) => onChange(event.target.value)} />
      </div>

      {(progress.running || (!allLoaded && (progress.cancelled || progress.failed > 0))) && (
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-zinc-600" role="status">
          <progress className="h-1.5 w-48 overflow-hidden rounded-full accent-brand-600" max={sessions.length} value={loadedCount} aria-label="Transcripts loaded" />
          <span>
            {progress.running ? 'Loading transcripts:' : progress.cancelled ? 'Stopped:' : 'Loaded'} {loadedCount.toLocaleString()} of {sessions.length.toLocaleString()}
            {progress.failed > 0 && `, ${progress.failed} failed`}
          </span>
          {progress.running ? (
            <Button size="sm" variant="ghost" onClick={cancel}>
              Cancel
            </Button>
          ) : (
            <Button size="sm" onClick={() => void load()}>
              {progress.cancelled ? 'Resume' : 'Retry'}
            </Button>
          )}
        </div>
      )}

      {results && (
        <div className="mt-3">
          <p className="text-sm text-zinc-600" aria-live="polite">
            {results.found.length === 0
              ? `Nothing found${allLoaded ? '' : ' so far'}.`
              : `${results.found.length.toLocaleString()} ${results.found.length === 1 ? 'match' : 'matches'} in ${results.sessionsWithMatches} ${results.sessionsWithMatches === 1 ? 'session' : 'sessions'}${allLoaded ? '' : ' so far'}.`}
          </p>
          {results.found.length > 0 && (
            <ol aria-label="Search results" className="mt-2 max-h-96 divide-y divide-zinc-100 overflow-y-auto rounded-lg ring-1 ring-zinc-200">
              {results.found.slice(0, SHOWN).map((result) => {
                const start = sessionStart(result.session);
                return (
                  <li key={`${result.session.sessionID}-${result.exchange}-${result.turn}`}>
                    <Link
                      to={paths.characters.session(charID, result.session.sessionID, { exchange: result.exchange + 1, find: deferred.trim() })}
                      className="block px-3 py-2 hover:bg-zinc-50 focus-visible:bg-brand-50"
                    >
                      <span className="block text-xs text-zinc-500" title={originalStart(result.session)}>
                        {start ? `${formatDay(start)}, ${formatTime(start)}` : originalStart(result.session)} · exchange {result.exchange + 1} ·{' '}
                        {result.turn === 0 ? 'player' : 'character'}
                      </span>
                      <span className="mt-0.5 block text-sm text-zinc-800">
                        <Snippet text={result.text} query={deferred} />
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ol>
          )}
          {results.found.length > SHOWN && <p className="mt-2 text-xs text-zinc-500">The first {SHOWN} matches are shown; refine the search to see others.</p>}
        </div>
      )}
    </section>
  );
}

/** The part of a message around its first match, the matches marked. */
function Snippet({ text, query }: { text: string; query: string }) {
  const parts = highlightParts(text, query);
  const firstMatch = parts.findIndex((part) => part.match);
  const before = parts.slice(0, firstMatch).map((part) => part.text).join('');
  const cut = before.length > 70 ? before.length - 60 : 0;
  let consumed = 0;
  return (
    <>
      {cut > 0 && '…'}
      {parts.map((part, index) => {
        const start = consumed;
        consumed += part.text.length;
        const visible = start + part.text.length <= cut ? '' : start < cut ? part.text.slice(cut - start) : part.text;
        if (!visible) return null;
        return part.match ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-zinc-900">
            {visible}
          </mark>
        ) : (
          <span key={index}>{visible.length > 240 && index > firstMatch ? `${visible.slice(0, 240)}…` : visible}</span>
        );
      })}
    </>
  );
}
