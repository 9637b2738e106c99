// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import { sessionKeys, sessionQueries } from '@/api/chat-history';
import { createTestQueryClient, withQueryClient } from '@/testing/render';
import type { Exchange, SessionSummary } from '@contract/schemas/conversation';
import { TRANSCRIPT_CONCURRENCY, useCachedTranscripts, useTranscriptLoader, useTranscripts } from './use-transcripts';

const charID = 'char-1';

const sessionsOf = (...ids: string[]): SessionSummary[] => ids.map((sessionID) => ({ sessionID, date: '01-02-2025', time: '10:00:00' }));

const transcriptOf = (sessionID: string): Exchange[] => [
  {
    timestamp: '2025-02-01 10:00:00',
    interaction: [
      { speaker: 'User', message: `Hello from ${sessionID}` },
      { speaker: 'Character', message: `Hello back in ${sessionID}` },
    ],
  },
];

/** One request for a transcript, answered when the test says so. */
type Request = {
  sessionID: string;
  signal: AbortSignal | null | undefined;
  /** Neither answered nor aborted yet. */
  waiting: () => boolean;
  answer: () => void;
  fail: (status: number, message: string) => void;
};

/**
 * Stubs fetch for the Chat History API's details: each request waits for the test to answer it,
 * unless `answerAtOnce` is set. An aborted request rejects, as a real fetch does.
 */
function stubDetails({ answerAtOnce = false } = {}) {
  const requests: Request[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const fetchMock = vi.fn((url: string, init?: RequestInit) => {
    if (url !== '/api/character/chatHistory/details') return Promise.reject(new Error(`Unexpected request to ${url}.`));
    const body = JSON.parse(init?.body as string) as { charID: string; sessionID: string };
    if (body.charID !== charID) return Promise.reject(new Error(`Unexpected character ${body.charID}.`));
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const settle = (how: () => void) => {
        if (settled) return;
        settled = true;
        inFlight -= 1;
        how();
      };
      init?.signal?.addEventListener('abort', () => settle(() => reject(new DOMException('The operation was aborted.', 'AbortError'))));
      const request: Request = {
        sessionID: body.sessionID,
        signal: init?.signal,
        waiting: () => !settled,
        answer: () => settle(() => resolve(Response.json(transcriptOf(body.sessionID)))),
        fail: (status, message) => settle(() => resolve(Response.json({ ERROR: message }, { status }))),
      };
      requests.push(request);
      if (answerAtOnce) request.answer();
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    requested: () => requests.map((request) => request.sessionID),
    mostInFlight: () => mostInFlight,
    /** Answers the oldest request not answered yet. */
    answerNext: () => {
      const next = requests.find((request) => request.waiting());
      if (!next) throw new Error('No request is waiting.');
      act(() => next.answer());
    },
  };
}

let queryClient: QueryClient;

beforeEach(() => {
  queryClient = createTestQueryClient();
});

afterEach(() => {
  cleanup();
  queryClient.clear();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A transcript in the cache, as if fetched elsewhere (the transcript page). */
const cache = (sessionID: string) => {
  queryClient.setQueryData(sessionKeys.detail(charID, sessionID), transcriptOf(sessionID));
};

function renderLoader(sessions: SessionSummary[]) {
  return renderHook(() => useTranscriptLoader(charID, sessions), { wrapper: withQueryClient(queryClient) });
}

describe('useTranscriptLoader', () => {
  it('fetches only the transcripts not in the cache, and counts the cached ones as loaded', async () => {
    cache('s1');
    cache('s3');
    const server = stubDetails({ answerAtOnce: true });
    const { result } = renderLoader(sessionsOf('s1', 's2', 's3', 's4', 's5'));

    act(() => void result.current.load());
    expect(result.current.progress).toEqual({ running: true, loaded: 2, total: 5, failed: 0, cancelled: false });

    await waitFor(() => expect(result.current.progress.running).toBe(false));
    expect(result.current.progress).toEqual({ running: false, loaded: 5, total: 5, failed: 0, cancelled: false });
    expect(server.requested().sort()).toEqual(['s2', 's4', 's5']);
    expect(queryClient.getQueryData(sessionKeys.detail(charID, 's4'))).toEqual(transcriptOf('s4'));
  });

  it(`fetches at most ${TRANSCRIPT_CONCURRENCY} at once, and reports progress as they arrive`, async () => {
    const ids = Array.from({ length: 10 }, (_, index) => `s${index + 1}`);
    const server = stubDetails();
    const { result } = renderLoader(sessionsOf(...ids));

    act(() => void result.current.load());
    await waitFor(() => expect(server.requests).toHaveLength(TRANSCRIPT_CONCURRENCY));

    server.answerNext();
    server.answerNext();
    await waitFor(() => expect(result.current.progress).toMatchObject({ running: true, loaded: 2, total: 10 }));
    await waitFor(() => expect(server.requests).toHaveLength(TRANSCRIPT_CONCURRENCY + 2));

    for (let answeredCount = 2; answeredCount < ids.length; answeredCount += 1) {
      await waitFor(() => expect(server.requests.length).toBe(Math.min(ids.length, answeredCount + TRANSCRIPT_CONCURRENCY)));
      server.answerNext();
    }
    await waitFor(() => expect(result.current.progress.running).toBe(false));
    expect(result.current.progress).toEqual({ running: false, loaded: 10, total: 10, failed: 0, cancelled: false });
    expect(server.mostInFlight()).toBe(TRANSCRIPT_CONCURRENCY);
    // In the sessions' order, each once.
    expect(server.requested()).toEqual(ids);
  });

  it('counts the transcripts that could not be fetched and goes on with the others', async () => {
    const server = stubDetails();
    const { result } = renderLoader(sessionsOf('s1', 's2', 's3', 's4', 's5'));

    act(() => void result.current.load());
    await waitFor(() => expect(server.requests).toHaveLength(4));
    act(() => server.requests[1].fail(500, 'INTERNAL SERVER ERROR, one or more database calls failed!'));
    act(() => server.requests[3].fail(404, 'Session not found.'));
    server.answerNext();
    server.answerNext();
    await waitFor(() => expect(server.requests).toHaveLength(5));
    server.answerNext();

    await waitFor(() => expect(result.current.progress.running).toBe(false));
    expect(result.current.progress).toEqual({ running: false, loaded: 3, total: 5, failed: 2, cancelled: false });
    expect(queryClient.getQueryData(sessionKeys.detail(charID, 's2'))).toBeUndefined();
  });

  it('a second load while one runs starts no second run: one cancel stops everything', async () => {
    const server = stubDetails();
    const { result } = renderLoader(sessionsOf('s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'));

    act(() => void result.current.load());
    await waitFor(() => expect(server.requests).toHaveLength(TRANSCRIPT_CONCURRENCY));
    act(() => void result.current.load());
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(server.requests).toHaveLength(TRANSCRIPT_CONCURRENCY);

    act(() => result.current.cancel());
    await waitFor(() => expect(server.requests.every((request) => request.signal?.aborted)).toBe(true));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(server.requests).toHaveLength(TRANSCRIPT_CONCURRENCY);
  });

  it('cancel stops the requests under way and starts no more; a later load picks up the rest', async () => {
    const ids = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];
    const server = stubDetails();
    const { result } = renderLoader(sessionsOf(...ids));

    act(() => void result.current.load());
    await waitFor(() => expect(server.requests).toHaveLength(TRANSCRIPT_CONCURRENCY));
    server.answerNext();
    await waitFor(() => expect(server.requests).toHaveLength(TRANSCRIPT_CONCURRENCY + 1));

    act(() => result.current.cancel());
    expect(result.current.progress).toMatchObject({ running: false, cancelled: true });
    await waitFor(() => expect(server.requests.slice(1).every((request) => request.signal?.aborted)).toBe(true));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(server.requests).toHaveLength(TRANSCRIPT_CONCURRENCY + 1);
    expect(result.current.progress).toMatchObject({ running: false, cancelled: true });

    // Loading again fetches what is still missing (the cancelled ones too), not what arrived.
    act(() => void result.current.load());
    expect(result.current.progress).toEqual({ running: true, loaded: 1, total: 8, failed: 0, cancelled: false });
    for (let count = 1; count < ids.length; count += 1) {
      await waitFor(() => expect(server.requests.filter((request) => !request.signal?.aborted).length).toBeGreaterThan(count));
      server.answerNext();
    }
    await waitFor(() => expect(result.current.progress.running).toBe(false));
    expect(result.current.progress).toEqual({ running: false, loaded: 8, total: 8, failed: 0, cancelled: false });
    expect(server.requested().filter((id) => id === 's1')).toHaveLength(1);
  });

  it("one loader's cancel does not fail another's load of the same transcripts (search and export share them)", async () => {
    const server = stubDetails();
    const sessions = sessionsOf('s1', 's2', 's3');
    const search = renderLoader(sessions);
    const exporter = renderLoader(sessions);

    act(() => void search.result.current.load());
    await waitFor(() => expect(server.requests).toHaveLength(3));
    act(() => void exporter.result.current.load());
    act(() => search.result.current.cancel());
    expect(search.result.current.progress).toMatchObject({ running: false, cancelled: true });

    // The export asks again for what the cancel cut off, and finishes with nothing failed.
    await waitFor(() => expect(server.requests.filter((request) => request.waiting())).toHaveLength(3));
    for (let count = 0; count < 3; count += 1) server.answerNext();
    await waitFor(() => expect(exporter.result.current.progress.running).toBe(false));
    expect(exporter.result.current.progress).toEqual({ running: false, loaded: 3, total: 3, failed: 0, cancelled: false });
  });

  it('leaving the page (unmounting) cancels the load', async () => {
    const server = stubDetails();
    const { result, unmount } = renderLoader(sessionsOf('s1', 's2', 's3', 's4', 's5', 's6'));

    act(() => void result.current.load());
    await waitFor(() => expect(server.requests).toHaveLength(TRANSCRIPT_CONCURRENCY));
    unmount();
    await waitFor(() => expect(server.requests.every((request) => request.signal?.aborted)).toBe(true));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(server.requests).toHaveLength(TRANSCRIPT_CONCURRENCY);
  });
});

describe('useCachedTranscripts', () => {
  function renderCached(sessions: SessionSummary[]) {
    let renders = 0;
    const view = renderHook(
      ({ sessions }: { sessions: SessionSummary[] }) => {
        renders += 1;
        return useCachedTranscripts(charID, sessions);
      },
      { wrapper: withQueryClient(queryClient), initialProps: { sessions } },
    );
    return { ...view, renders: () => renders };
  }

  it('gives the cached transcripts in the sessions’ order, undefined where none is cached', () => {
    cache('s1');
    cache('s3');
    const { result, rerender } = renderCached(sessionsOf('s3', 's2', 's1'));
    expect(result.current).toEqual([transcriptOf('s3'), undefined, transcriptOf('s1')]);

    rerender({ sessions: sessionsOf('s1', 's3', 's2') });
    expect(result.current).toEqual([transcriptOf('s1'), transcriptOf('s3'), undefined]);
  });

  it('shows a transcript fetched elsewhere (the transcript page), and drops one removed from the cache', async () => {
    const server = stubDetails({ answerAtOnce: true });
    const { result } = renderCached(sessionsOf('s1', 's2', 's3'));
    expect(result.current).toEqual([undefined, undefined, undefined]);

    await act(() => queryClient.fetchQuery(sessionQueries.detail(charID, 's2')));
    await waitFor(() => expect(result.current).toEqual([undefined, transcriptOf('s2'), undefined]));
    expect(server.requested()).toEqual(['s2']);

    act(() => cache('s3'));
    await waitFor(() => expect(result.current).toEqual([undefined, transcriptOf('s2'), transcriptOf('s3')]));

    act(() => queryClient.removeQueries({ queryKey: sessionKeys.detail(charID, 's2') }));
    await waitFor(() => expect(result.current).toEqual([undefined, undefined, transcriptOf('s3')]));
  });

  it('many arrivals close together are taken up in one update', async () => {
    const ids = Array.from({ length: 50 }, (_, index) => `s${index + 1}`);
    const { result, renders } = renderCached(sessionsOf(...ids));
    vi.useFakeTimers();
    const before = renders();

    act(() => ids.forEach(cache));
    expect(renders()).toBe(before);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(result.current.every(Boolean)).toBe(true);
    expect(renders() - before).toBe(1);
  });
});

describe('useTranscripts', () => {
  it('loading fills the transcripts in the sessions’ order and counts them', async () => {
    cache('s2');
    stubDetails({ answerAtOnce: true });
    const { result } = renderHook(() => useTranscripts(charID, sessionsOf('s3', 's1', 's2')), { wrapper: withQueryClient(queryClient) });
    expect(result.current.transcripts).toEqual([undefined, undefined, transcriptOf('s2')]);
    expect(result.current.loadedCount).toBe(1);

    act(() => void result.current.load());
    await waitFor(() => expect(result.current.loadedCount).toBe(3));
    expect(result.current.transcripts).toEqual([transcriptOf('s3'), transcriptOf('s1'), transcriptOf('s2')]);
    await waitFor(() => expect(result.current.progress).toMatchObject({ running: false, loaded: 3, total: 3 }));
  });
});
