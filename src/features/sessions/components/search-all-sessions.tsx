import { memo, startTransition, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Exchange, SessionSummary } from '@contract/schemas/conversation';
import { Button } from '@/components/ui/button';
import { SearchInput } from '@/components/ui/search-input';
import { paths } from '@/config/paths';
import { useLinkClicks } from '@/hooks/use-link-clicks';
import { cn } from '@/lib/cn';
import { useTranscripts } from '../hooks/use-transcripts';
import { formatDay, formatTime, originalStart, sessionStart } from '../session-time';
import { highlightParts } from '@/lib/text';
import { findInTranscript, indexTranscript, turnsOf } from '../transcript-search';

/** Matches are shown a page at a time: a short query matches thousands, and a few fill the box. */
const PAGE = 25;

/**
 * Searches every session of a character at once: the transcripts are fetched a few at a time
 * (progress shown, cancellable, kept for the visit), then each query runs over all of them.
 */
export function SearchAllSessions({ charID, sessions, className }: { charID: string; sessions: SessionSummary[]; className?: string }) {
  const { transcripts, loadedCount, progress, load, cancel } = useTranscripts(charID, sessions);
  const indexes = useMemo(() => transcripts.map((exchanges) => (exchanges ? indexTranscript(exchanges) : null)), [transcripts]);
  const allLoaded = loadedCount === sessions.length;
  const idle = !allLoaded && !progress.running && !progress.cancelled;
  const startLoading = useCallback(() => {
    if (idle) void load();
  }, [idle, load]);

  return (
    <section aria-label="Search all sessions" className={cn('rounded-xl bg-surface p-4 shadow-sm ring-1 ring-zinc-950/5', className)}>
      <label htmlFor="search-sessions" className="text-sm font-medium text-zinc-800">
        Search all {sessions.length.toLocaleString()} sessions
      </label>
      <SessionSearch
        charID={charID}
        sessions={sessions}
        transcripts={transcripts}
        indexes={indexes}
        allLoaded={allLoaded}
        onSearch={startLoading}
      >
        {(progress.running || (!allLoaded && (progress.cancelled || progress.failed > 0))) && (
          <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-zinc-600" role="status">
            <progress
              className="h-1.5 w-48 overflow-hidden rounded-full accent-brand-600"
              max={sessions.length}
              value={loadedCount}
              aria-label="Transcripts loaded"
            />
            <span>
              {progress.running ? 'Loading transcripts:' : progress.cancelled ? 'Stopped:' : 'Loaded'} {loadedCount.toLocaleString()} of{' '}
              {sessions.length.toLocaleString()}
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
      </SessionSearch>
    </section>
  );
}

type Result = { session: SessionSummary; exchange: number; turn: 0 | 1; text: string };
type Results = { total: number; sessionsWithMatches: number; shown: Result[] };

type SessionSearchProps = {
  charID: string;
  sessions: SessionSummary[];
  transcripts: Array<Exchange[] | undefined>;
  indexes: Array<Array<[string, string]> | null>;
  allLoaded: boolean;
  /** Called with each query that is not empty (the transcripts start loading on the first). */
  onSearch: () => void;
  /** Shown between the box and the results (the loading progress). */
  children: ReactNode;
};

/**
 * The query and its results, apart from the fetching above so that a query re-renders only this:
 * the box shows each key at once, and the results follow in a transition.
 */
function SessionSearch({ charID, sessions, transcripts, indexes, allLoaded, onSearch, children }: SessionSearchProps) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const onQuery = useCallback(
    (value: string) => {
      setQuery(value);
      setLimit(PAGE);
      if (value.trim()) onSearch();
    },
    [onSearch],
  );
  const showMore = useCallback(() => setLimit((value) => value + PAGE), []);

  const results = useMemo((): Results | null => {
    if (!query.trim()) return null;
    // Every match is counted; only the ones shown are written out.
    const shown: Result[] = [];
    let total = 0;
    let sessionsWithMatches = 0;
    indexes.forEach((index, position) => {
      if (!index) return;
      const matches = findInTranscript(index, query);
      if (matches.length === 0) return;
      sessionsWithMatches += 1;
      total += matches.length;
      for (let at = 0; at < matches.length && shown.length < limit; at += 1) {
        const { exchange, turn } = matches.at(at);
        shown.push({ session: sessions[position], exchange, turn, text: turnsOf(transcripts[position]![exchange])[turn] });
      }
    });
    return { total, sessionsWithMatches, shown };
  }, [query, limit, indexes, sessions, transcripts]);

  return (
    <>
      <SearchBox onQuery={onQuery} />
      {children}
      {results && <SearchResults charID={charID} results={results} query={query} allLoaded={allLoaded} onMore={showMore} />}
    </>
  );
}

/** The search box: holds what is typed, and hands each new value on as a transition. */
const SearchBox = memo(function SearchBox({ onQuery }: { onQuery: (value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <SearchInput
      id="search-sessions"
      data-page-search
      boxClassName="mt-1.5"
      placeholder="A word or phrase players or the character said…"
      value={value}
      onChange={(event) => {
        const next = event.target.value;
        setValue(next);
        startTransition(() => onQuery(next));
      }}
    />
  );
});

type SearchResultsProps = { charID: string; results: Results; query: string; allLoaded: boolean; onMore: () => void };

/** The matches of one query; plain links, one click handler for all (see useLinkClicks). */
const SearchResults = memo(function SearchResults({ charID, results, query, allLoaded, onMore }: SearchResultsProps) {
  const onLinkClick = useLinkClicks();
  const { total, sessionsWithMatches, shown } = results;
  return (
    <div className="mt-3">
      <p className="text-sm text-zinc-600" aria-live="polite">
        {total === 0
          ? `Nothing found${allLoaded ? '' : ' so far'}.`
          : `${total.toLocaleString()} ${total === 1 ? 'match' : 'matches'} in ${sessionsWithMatches} ${sessionsWithMatches === 1 ? 'session' : 'sessions'}${allLoaded ? '' : ' so far'}.`}
      </p>
      {total > 0 && (
        <div className="mt-2 max-h-96 overflow-y-auto rounded-lg ring-1 ring-zinc-200">
          {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- one handler for the links inside, which keyboards reach and activate (Enter clicks a link) */}
          <ol aria-label="Search results" onClick={onLinkClick} className="divide-y divide-zinc-100">
            {shown.map((result, position) => {
              const start = sessionStart(result.session);
              return (
                // Keyed by position: as the query changes, the rows already in the page take the new
                // results. Rows scrolled out of the box are not laid out or painted until they come in.
                <li key={position} className="[contain-intrinsic-size:auto_4rem] [content-visibility:auto]">
                  <a
                    href={paths.characters.session(charID, result.session.sessionID, { exchange: result.exchange + 1, find: query.trim() })}
                    className="block px-3 py-2 hover:bg-zinc-50 focus-visible:bg-brand-50"
                  >
                    <span className="block text-xs text-zinc-500" title={originalStart(result.session)}>
                      {start ? `${formatDay(start)}, ${formatTime(start)}` : originalStart(result.session)} · exchange {result.exchange + 1}{' '}
                      · {result.turn === 0 ? 'player' : 'character'}
                    </span>
                    <span className="mt-0.5 block text-sm text-zinc-800">
                      <Snippet text={result.text} query={query} />
                    </span>
                  </a>
                </li>
              );
            })}
          </ol>
          {total > shown.length && (
            <p className="flex flex-wrap items-center justify-between gap-3 border-t border-zinc-100 px-3 py-2 text-xs text-zinc-500">
              {shown.length.toLocaleString()} of {total.toLocaleString()} shown
              <Button size="sm" onClick={onMore}>
                Show {Math.min(PAGE, total - shown.length).toLocaleString()} more
              </Button>
            </p>
          )}
        </div>
      )}
    </div>
  );
});

/** The part of a message around its first match, the matches marked. */
function Snippet({ text, query }: { text: string; query: string }) {
  const parts = highlightParts(text, query);
  const firstMatch = parts.findIndex((part) => part.match);
  const before = parts
    .slice(0, firstMatch)
    .map((part) => part.text)
    .join('');
  const cut = before.length > 70 ? before.length - 60 : 0;
  const starts: number[] = [];
  for (let index = 0, at = 0; index < parts.length; at += parts[index].text.length, index += 1) starts.push(at);
  return (
    <>
      {cut > 0 && '…'}
      {parts.map((part, index) => {
        const start = starts[index];
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
