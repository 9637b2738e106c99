import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { sessionKeys, sessionQueries } from '@/api/chat-history';
import type { Exchange, SessionSummary } from '@/api/contract';

/** How many transcripts are fetched at once: enough to be quick, few enough to be polite. */
export const TRANSCRIPT_CONCURRENCY = 4;

export type LoadProgress = { running: boolean; loaded: number; total: number; failed: number; cancelled: boolean };

/**
 * The transcripts of a character's sessions: those already fetched (cached for the visit, shared
 * with the transcript page), and `load()` to fetch the rest a few at a time, with progress and
 * `cancel()`. Leaving the page cancels a load.
 */
export function useTranscripts(charID: string, sessions: SessionSummary[]) {
  const queryClient = useQueryClient();
  const transcripts = useQueries({
    queries: sessions.map((session) => ({ ...sessionQueries.detail(charID, session.sessionID), enabled: false })),
    combine: (results) => results.map((result) => result.data as Exchange[] | undefined),
  });
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
    setProgress({ running: true, loaded: sessions.length - missing.length, total: sessions.length, failed: 0, cancelled: false });
    let next = 0;
    const worker = async () => {
      while (!current.cancelled && next < missing.length) {
        const session = missing[next++];
        try {
          await queryClient.fetchQuery(sessionQueries.detail(charID, session.sessionID));
          if (!current.cancelled) setProgress((state) => ({ ...state, loaded: state.loaded + 1 }));
        } catch {
          if (!current.cancelled) setProgress((state) => ({ ...state, failed: state.failed + 1 }));
        }
      }
    };
    await Promise.all(Array.from({ length: TRANSCRIPT_CONCURRENCY }, worker));
    if (!current.cancelled) {
      run.current = null;
      setProgress((state) => ({ ...state, running: false }));
    }
  }, [charID, queryClient, sessions]);

  useEffect(() => cancel, [cancel]);

  const loadedCount = transcripts.filter(Boolean).length;
  return { transcripts, loadedCount, progress, load, cancel };
}
