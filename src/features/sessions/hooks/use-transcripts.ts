import { isCancelledError, matchQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { sessionKeys, sessionQueries } from '@/api/chat-history';
import type { Exchange, SessionSummary } from '@contract/schemas/conversation';

/** How many transcripts are fetched at once: enough to be quick, few enough to be polite. */
export const TRANSCRIPT_CONCURRENCY = 4;

/** While many transcripts arrive, the page follows at most this often. */
const FOLLOW_MS = 100;

export type LoadProgress = { running: boolean; loaded: number; total: number; failed: number; cancelled: boolean };

/**
 * The transcripts of one character in the query cache, as a store React subscribes to: one
 * subscription to the cache, not one query observer per session (a character may have thousands
 * of sessions). Listeners hear of arrivals and removals at most every FOLLOW_MS.
 */
function transcriptCache(queryClient: QueryClient, charID: string) {
  const filter = { queryKey: sessionKeys.details(charID) };
  let version = 0;
  let last: { version: number; sessions: SessionSummary[]; transcripts: Array<Exchange[] | undefined> } | null = null;
  return {
    subscribe: (onChange: () => void) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
        if (!matchQuery(filter, event.query)) return;
        if (event.type !== 'removed' && !(event.type === 'updated' && event.action.type === 'success')) return;
        timer ??= setTimeout(() => {
          timer = null;
          version += 1;
          onChange();
        }, FOLLOW_MS);
      });
      return () => {
        unsubscribe();
        if (timer) clearTimeout(timer);
      };
    },
    /** The transcripts of `sessions`, in their order; the same array until one of them changes. */
    read: (sessions: SessionSummary[]) => {
      if (last?.version !== version || last.sessions !== sessions) {
        const transcripts = sessions.map((session) => queryClient.getQueryData<Exchange[]>(sessionKeys.detail(charID, session.sessionID)));
        last = { version, sessions, transcripts };
      }
      return last.transcripts;
    },
  };
}

/**
 * The transcripts of `sessions` already fetched (cached for the visit, shared with the transcript
 * page), in the sessions' order; undefined where not fetched yet.
 */
export function useCachedTranscripts(charID: string, sessions: SessionSummary[]): Array<Exchange[] | undefined> {
  const queryClient = useQueryClient();
  const cache = useMemo(() => transcriptCache(queryClient, charID), [queryClient, charID]);
  const read = useCallback(() => cache.read(sessions), [cache, sessions]);
  return useSyncExternalStore(cache.subscribe, read);
}

/**
 * `load()` fetches the transcripts of `sessions` not yet in the cache, a few at a time, with
 * progress (followed a few times a second) and `cancel()`. Leaving the page cancels a load.
 */
export function useTranscriptLoader(charID: string, sessions: SessionSummary[]) {
  const queryClient = useQueryClient();
  const run = useRef<{ cancelled: boolean } | null>(null);
  const [progress, setProgress] = useState<LoadProgress>({ running: false, loaded: 0, total: 0, failed: 0, cancelled: false });

  const cancel = useCallback(() => {
    if (!run.current) return;
    run.current.cancelled = true;
    run.current = null;
    void queryClient.cancelQueries({ queryKey: sessionKeys.details(charID) });
    setProgress((current) => ({ ...current, running: false, cancelled: true }));
  }, [charID, queryClient]);

  const load = useCallback(async () => {
    if (run.current) return;
    const current = { cancelled: false };
    run.current = current;
    const missing = sessions.filter((session) => queryClient.getQueryData(sessionKeys.detail(charID, session.sessionID)) === undefined);
    const counts = { loaded: sessions.length - missing.length, failed: 0 };
    setProgress({ running: true, ...counts, total: sessions.length, cancelled: false });
    let timer: ReturnType<typeof setTimeout> | null = null;
    const report = () => {
      timer ??= setTimeout(() => {
        timer = null;
        if (!current.cancelled) setProgress((state) => ({ ...state, ...counts }));
      }, FOLLOW_MS);
    };
    let next = 0;
    const worker = async () => {
      while (!current.cancelled && next < missing.length) {
        const session = missing[next++];
        for (;;) {
          try {
            await queryClient.fetchQuery(sessionQueries.detail(charID, session.sessionID));
            counts.loaded += 1;
          } catch (error) {
            // The transcripts are shared: another loader's Cancel (search while an export runs)
            // cancels this fetch too. Ask again unless this load itself was cancelled.
            if (isCancelledError(error) && !current.cancelled) continue;
            counts.failed += 1;
          }
          break;
        }
        report();
      }
    };
    await Promise.all(Array.from({ length: TRANSCRIPT_CONCURRENCY }, worker));
    if (timer) clearTimeout(timer);
    if (!current.cancelled) {
      run.current = null;
      setProgress((state) => ({ ...state, ...counts, running: false }));
    }
  }, [charID, queryClient, sessions]);

  useEffect(() => cancel, [cancel]);

  return { progress, load, cancel };
}

/** Both: the transcripts here, and loading the rest. */
export function useTranscripts(charID: string, sessions: SessionSummary[]) {
  const transcripts = useCachedTranscripts(charID, sessions);
  const loader = useTranscriptLoader(charID, sessions);
  const loadedCount = useMemo(() => transcripts.filter(Boolean).length, [transcripts]);
  return { transcripts, loadedCount, ...loader };
}
