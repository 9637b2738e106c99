import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, Brain, Columns2, Route } from 'lucide-react';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { reviewStatuses, type ReviewStatus } from '@contract/schemas/annotations';
import { annotationQueries } from '@/api/annotations';
import { ApiError } from '@/api/client';
import { sessionQueries } from '@/api/chat-history';
import { characterQueries } from '@/api/characters';
import { narrativeQueries } from '@/api/narrative';
import { QueryStatus } from '@/components/ui/query-status';
import { Button, buttonClass } from '@/components/ui/button';
import { FindBar } from '@/components/ui/find-bar';
import { Select } from '@/components/ui/input';
import { paths } from '@/config/paths';
import { listShortcuts } from '@/config/shortcuts';
import { useSearchParam } from '@/hooks/use-search-param';
import { useShortcuts } from '@/hooks/use-shortcuts';
import { sessionPath } from '@/lib/session-path';
import { ExportMenu } from './components/export-menu';
import { useSourceViewer, type SourceViewer } from './components/reply-sources';
import { SessionPathDialog, type PathGraph } from './components/session-path-dialog';
import { ReviewQueueBar } from './components/review-queue-bar';
import { TranscriptView } from './components/transcript-view';
import { useSessionStatus } from './hooks/use-review';
import { useTranscriptReview } from './hooks/use-transcript-review';
import { useReviewKeys } from './hooks/use-review-keys';
import { nextInQueue, reviewQueue } from './review-queue';
import { needsGraphName, sectionNames } from './section-names';
import { formatDay, formatTime, originalStart, sessionStart } from './session-time';
import { findInTranscript, indexTranscript } from './transcript-search';

const statusLabels: Record<ReviewStatus, string> = { unreviewed: 'Unreviewed', reviewed: 'Reviewed', flagged: 'Flagged' };

const exchangeFromHash = (hash: string) => {
  const match = /^#exchange-(\d+)$/.exec(hash);
  return match ? Number(match[1]) - 1 : null;
};

/**
 * One session's transcript: the conversation, find in it, copy, link to an exchange, export; for a
 * narrative-driven session, its path; for a reply that drew on the knowledge bank, its sources.
 */
export function TranscriptPage({ pathGraph, sourceViewer }: { pathGraph?: PathGraph; sourceViewer?: SourceViewer }) {
  const { characterId = '', sessionId = '' } = useParams();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const character = useQuery(characterQueries.detail(characterId));
  const details = useQuery(sessionQueries.detail(characterId, sessionId));
  const list = useQuery(sessionQueries.list(characterId, -1));
  const summary = list.data?.find((session) => session.sessionID === sessionId);

  const [query, setQuery] = useSearchParam('find');
  const deferredQuery = useDeferredValue(query);
  const focused = exchangeFromHash(hash);
  const findRef = useRef<HTMLInputElement>(null);

  // Prepared when the find box is first focused (or a search comes in the address), not on
  // opening: a long transcript opens faster, and the first key typed does not wait for it.
  const [findWanted, setFindWanted] = useState(false);
  const searching = findWanted || deferredQuery.trim() !== '';
  const index = useMemo(() => (details.data && searching ? indexTranscript(details.data) : []), [details.data, searching]);
  const matches = useMemo(() => findInTranscript(index, deferredQuery), [index, deferredQuery]);

  // Where find is: the first match (at or after the linked exchange, when there is one), moved by
  // the steps (Enter, Shift+Enter) taken since the query was typed. The steps belong to the query
  // typed, so Enter pressed before its matches are in moves through those matches once they are.
  const [steps, setSteps] = useState({ query: '', count: 0 });
  const step = (by: 1 | -1) => setSteps((current) => ({ query, count: (current.query === query ? current.count : 0) + by }));
  const changeQuery = (value: string) => {
    setQuery(value);
    setSteps({ query: value, count: 0 });
  };
  // Taken when the matches change, not when the hash does (a permalink must not move find).
  const firstFrom = (exchange: number | null) => (exchange === null ? 0 : Math.max(0, matches.firstFrom(exchange)));
  const [anchor, setAnchor] = useState(() => ({ matches, first: firstFrom(focused) }));
  if (anchor.matches !== matches) setAnchor({ matches, first: firstFrom(focused) });
  const firstMatch = anchor.matches === matches ? anchor.first : firstFrom(focused);
  const moved = steps.query === deferredQuery ? steps.count : 0;
  const position = matches.length === 0 ? 0 : (((firstMatch + moved) % matches.length) + matches.length) % matches.length;

  // Ctrl/Cmd+F finds in the transcript: the browser's own find cannot see exchanges out of view.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        findRef.current?.focus();
        findRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Stable across keystrokes (the query is read when a link is made), so the transcript below is
  // not re-rendered for each key typed in the find box.
  const latestQuery = useRef(query);
  useEffect(() => {
    latestQuery.current = query;
  }, [query]);
  const permalink = useCallback(
    (exchange: number) => {
      const path = paths.characters.session(characterId, sessionId, { exchange, find: latestQuery.current.trim() || undefined });
      void navigate(path, { replace: true, preventScrollReset: true });
      void navigator.clipboard.writeText(`${window.location.origin}${path}`).then(
        () => toast.success(`Link to exchange ${exchange} copied.`),
        () => toast.message(`The address bar now links to exchange ${exchange}.`),
      );
    },
    [characterId, sessionId, navigate],
  );

  // Where a move came from is named from the session's own records; the graph is asked only for a
  // section no exchange was in (a session moved out of its start section on its first exchange).
  const wantsGraph = useMemo(() => (details.data ? needsGraphName(details.data) : false), [details.data]);
  const graphSections = useQuery({ ...narrativeQueries.sections(characterId), enabled: wantsGraph });
  const names = useMemo(() => sectionNames(details.data ?? [], graphSections.data), [details.data, graphSections.data]);

  const pathSteps = useMemo(() => (details.data ? sessionPath(details.data) : []), [details.data]);
  const [pathOpen, setPathOpen] = useState(false);
  const sources = useSourceViewer(sourceViewer);

  // The review: a rating, labels and a note per exchange, a status for the session.
  const { review, keys, annotations, transcriptReview, labelsDialog, annotate, openLabels, openNote, forgetNote } = useTranscriptReview(
    characterId,
    sessionId,
    details.data,
    character.data?.character_name ?? 'Character',
  );
  const setStatus = useSessionStatus(characterId, sessionId);

  // The review queue (?queue=1): the keys act on one exchange at a time; finishing marks the session
  // reviewed and opens the next one still to review.
  const [queueParam] = useSearchParam('queue');
  const inQueue = queueParam === '1' && review.isSuccess && (details.data?.length ?? 0) > 0;
  const reviews = useQuery({ ...annotationQueries.reviews(characterId), enabled: queueParam === '1' });
  const queue = useMemo(() => (list.data && reviews.data ? reviewQueue(list.data, reviews.data) : null), [list.data, reviews.data]);
  const [cursor, setCursor] = useState({ session: sessionId, index: focused ?? 0 });
  const exchangeCount = details.data?.length ?? 0;
  const at = cursor.session === sessionId ? Math.min(cursor.index, Math.max(0, exchangeCount - 1)) : 0;
  const moveTo = (index: number) => {
    setCursor({ session: sessionId, index: Math.max(0, Math.min(exchangeCount - 1, index)) });
    forgetNote();
  };
  const goNext = (after: string) => {
    const next = queue ? nextInQueue(queue, after) : null;
    if (next) void navigate(paths.characters.session(characterId, next, { queue: true }));
    else {
      toast.success('Every session is reviewed.');
      void navigate(paths.characters.sessions(characterId));
    }
  };
  const finish = () =>
    setStatus.mutate('reviewed', {
      onSuccess: () => goNext(sessionId),
    });
  const rate = (rating: 'good' | 'bad') => {
    const key = keys[at];
    if (!key) return;
    annotate(key, { rating: annotations.get(key)?.rating === rating ? null : rating });
  };
  // J and K move through a search's matches when it has some, else through the queue's exchanges.
  const findsMatches = query.trim() !== '' && matches.length > 0;
  useShortcuts(
    [
      { keys: listShortcuts.next.keys, run: () => step(1) },
      { keys: listShortcuts.previous.keys, run: () => step(-1) },
    ],
    findsMatches && !inQueue,
  );
  useReviewKeys(inQueue, {
    next: () => (findsMatches ? step(1) : moveTo(at + 1)),
    previous: () => (findsMatches ? step(-1) : moveTo(at - 1)),
    rateGood: () => rate('good'),
    rateBad: () => rate('bad'),
    labels: () => openLabels(at),
    note: () => openNote(at),
    finish,
  });

  const start = summary ? sessionStart(summary) : null;
  const name = character.data?.character_name ?? 'Character';
  const current = useMemo(() => (matches.length > 0 ? matches.at(position) : null), [matches, position]);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <header className="shrink-0 space-y-3 border-b border-zinc-200 bg-surface px-4 py-4 sm:px-6 lg:px-8">
        <Link
          to={paths.characters.sessions(characterId)}
          className="inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800"
        >
          <ArrowLeft aria-hidden className="size-4" /> All sessions
        </Link>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h1 className="text-xl font-semibold tracking-tight" title={summary ? originalStart(summary) : undefined}>
              {start ? `Session of ${formatDay(start)}, ${formatTime(start)}` : 'Session'}
            </h1>
            <p className="mt-0.5 flex flex-wrap items-center gap-x-3 text-sm text-zinc-500">
              {details.data && <span>{details.data.length.toLocaleString()} exchanges</span>}
              <span className="font-mono text-xs">{sessionId}</span>
              {typeof summary?.character_version === 'number' && (
                <Link
                  to={paths.characters.history(characterId, { from: summary.character_version })}
                  className="text-brand-700 hover:underline"
                >
                  Ran with version {summary.character_version} · compare with now
                </Link>
              )}
              {summary?.is_added_to_memory && (
                <span className="inline-flex items-center gap-1 rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-800">
                  <Brain aria-hidden className="size-3" /> In memory
                </span>
              )}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {review.data && (
              <div className="flex items-center gap-2 text-sm text-zinc-600">
                <label htmlFor="session-review-status">Review</label>
                <Select
                  id="session-review-status"
                  value={review.data.status}
                  onChange={(event) => setStatus.mutate(event.target.value as ReviewStatus)}
                  className="h-8 w-40 py-0 text-sm"
                >
                  {reviewStatuses.map((status) => (
                    <option key={status} value={status}>
                      {statusLabels[status]}
                    </option>
                  ))}
                </Select>
              </div>
            )}
            {pathSteps.length > 0 && (
              <Button size="sm" onClick={() => setPathOpen(true)}>
                <Route aria-hidden className="size-4" /> Show path on graph
              </Button>
            )}
            <Link to={paths.characters.compareSessions(characterId, { a: sessionId })} className={buttonClass('secondary', 'sm')}>
              <Columns2 aria-hidden className="size-4" /> Compare
            </Link>
            {summary && details.data && <ExportMenu charID={characterId} characterName={name} sessions={[summary]} label="Export" />}
          </div>
        </div>
        {inQueue && (
          <ReviewQueueBar
            reviewed={queue?.reviewed ?? 0}
            total={queue?.total ?? list.data?.length ?? 0}
            exchange={at + 1}
            exchanges={exchangeCount}
            finishing={setStatus.isPending}
            onFinish={finish}
            onSkip={queue && nextInQueue(queue, sessionId) ? () => goNext(sessionId) : null}
            onLeave={() => void navigate(paths.characters.session(characterId, sessionId), { replace: true })}
          />
        )}
        {review.isError && (
          <p role="alert" className="text-sm text-red-700">
            The review of this session could not be loaded ({review.error.message}): the transcript is shown without it.
          </p>
        )}
        {details.data && details.data.length > 0 && (
          <FindBar
            ref={findRef}
            pageSearch
            label="Find in transcript"
            query={query}
            onQuery={changeQuery}
            position={position}
            total={matches.length}
            onStep={step}
            onFocus={() => startTransition(() => setFindWanted(true))}
          />
        )}
      </header>

      <QueryStatus
        query={details}
        loading="Loading the transcript"
        errorTitle={(error) =>
          error instanceof ApiError && error.status === 400 ? 'This session was not found.' : 'The transcript could not be loaded.'
        }
        fill
        padded
      >
        {(exchanges) =>
          exchanges.length === 0 ? (
            <p className="px-8 py-12 text-center text-sm text-zinc-500">This session has no exchanges.</p>
          ) : (
            <TranscriptView
              exchanges={exchanges}
              characterName={name}
              sectionNames={names}
              query={deferredQuery}
              current={current}
              focused={inQueue ? at : focused}
              onPermalink={permalink}
              onOpenSource={sourceViewer ? sources.openSource : undefined}
              review={transcriptReview}
            />
          )
        }
      </QueryStatus>

      {sources.dialog}
      {labelsDialog}
      {pathSteps.length > 0 && (
        <SessionPathDialog open={pathOpen} onOpenChange={setPathOpen} charID={characterId} steps={pathSteps} graph={pathGraph} />
      )}
    </div>
  );
}
