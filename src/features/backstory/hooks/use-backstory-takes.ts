import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { streamBackstory, type BackstoryInput } from '@/api/backstory';
import { ApiError } from '@/api/client';
import { getErrorMessage } from '@/lib/errors';
import { readDrafts, writeDrafts, type Draft } from '../utils/backstory-drafts';

export type TakeStatus = 'connecting' | 'streaming' | 'done' | 'stopped' | 'failed';

/** One generation of this visit: what was asked, what arrived, how it ended. */
export type Take = {
  id: number;
  input: BackstoryInput;
  text: string;
  status: TakeStatus;
  /** Which generator wrote it, as the server said. */
  generator: string | null;
  /** Why it failed; `beforeStream` when nothing could arrive (refused, unreachable). */
  error: { error: unknown; beforeStream: boolean } | null;
  pieces: number;
  startedAt: number;
  firstPieceAt: number | null;
  endedAt: number | null;
};

export const isActive = (take: Take | undefined) => take?.status === 'connecting' || take?.status === 'streaming';

/** Whether a take is kept as a draft: it ended (finished, stopped or failed) with some text. */
export const isKept = (take: Take) => !isActive(take) && take.text.length > 0;

function toDraft(take: Take): Draft {
  return {
    input: take.input,
    text: take.text,
    status: take.status === 'connecting' || take.status === 'streaming' ? 'stopped' : take.status,
    generator: take.generator,
    error: take.error ? getErrorMessage(take.error.error) : null,
    pieces: take.pieces,
    firstPieceMs: take.firstPieceAt === null ? null : Math.max(0, take.firstPieceAt - take.startedAt),
    durationMs: Math.max(0, (take.endedAt ?? take.startedAt) - take.startedAt),
  };
}

// Times of a kept take count from 0: only their differences are shown, and performance.now()
// starts again with each page.
const fromDraft = (draft: Draft, id: number): Take => ({
  id,
  input: draft.input,
  text: draft.text,
  status: draft.status,
  generator: draft.generator,
  error: draft.error === null ? null : { error: new Error(draft.error), beforeStream: false },
  pieces: draft.pieces,
  startedAt: 0,
  firstPieceAt: draft.firstPieceMs,
  endedAt: draft.durationMs,
});

/** How many times a frame may show new text before later pieces wait for the next frame. */
const RENDERS_PER_FRAME = 2;

/**
 * The takes of this visit and the one being streamed. Pieces that arrive together (one network
 * read) are shown together, at once, so a piece is on screen at the next paint; a frame shows new
 * text at most RENDERS_PER_FRAME times, and pieces beyond that wait for the next animation frame,
 * so a fast stream re-renders at the screen's rate and never more.
 * Leaving the page (unmounting) aborts a running stream.
 *
 * With a `storageKey` (a character's drafts), the kept takes (see isKept) are saved in localStorage
 * and come back on the next visit, until they are discarded; a take is saved once it has ended.
 * Without one, the takes live as long as the page.
 */
export function useBackstoryTakes({ storageKey = null }: { storageKey?: string | null } = {}) {
  const [restored] = useState(() => (storageKey ? readDrafts(storageKey).map((draft, index) => fromDraft(draft, index + 1)) : []));
  const [takes, setTakes] = useState<Take[]>(restored);
  const running = useRef<{
    id: number;
    abort: AbortController;
    buffer: string;
    pieces: number;
    /** A flush waiting: at the end of this task, or at the next animation frame. */
    scheduled: 'task' | 'frame' | null;
    frame: number | null;
    /** The frame (by its timeline time) of the last renders, and how many it had. */
    frameTime: number | null;
    rendersInFrame: number;
  } | null>(null);
  const nextId = useRef(restored.length + 1);
  /** The ids last saved, so a streaming take's many updates do not rewrite the storage each frame. */
  const saved = useRef<string | null>(null);

  const update = useCallback((id: number, change: (take: Take) => Take) => {
    setTakes((current) => current.map((take) => (take.id === id ? change(take) : take)));
  }, []);

  /** Moves what arrived since the last render into the take, and renders it now. */
  const flush = useCallback(() => {
    const run = running.current;
    if (!run) return;
    run.frame = null;
    run.scheduled = null;
    if (!run.buffer && run.pieces === 0) return;
    const frameTime = Number(document.timeline.currentTime ?? 0);
    run.rendersInFrame = run.frameTime === frameTime ? run.rendersInFrame + 1 : 1;
    run.frameTime = frameTime;
    const text = run.buffer;
    const pieces = run.pieces;
    run.buffer = '';
    run.pieces = 0;
    // Rendered now, so the text is on screen at the coming paint (a normal state update would wait
    // for a later task, and often a later frame).
    flushSync(() =>
      update(run.id, (take) => ({
        ...take,
        text: take.text + text,
        pieces: take.pieces + pieces,
        status: take.status === 'connecting' ? 'streaming' : take.status,
        firstPieceAt: take.firstPieceAt ?? performance.now(),
      })),
    );
  }, [update]);

  const finish = useCallback(
    (id: number, change: Partial<Take>) => {
      if (running.current?.id === id) {
        if (running.current.frame !== null) cancelAnimationFrame(running.current.frame);
        flush();
        running.current = null;
      }
      update(id, (take) => ({ ...take, ...change, endedAt: performance.now() }));
    },
    [flush, update],
  );

  const stop = useCallback(() => {
    const run = running.current;
    if (!run) return;
    run.abort.abort();
    finish(run.id, { status: 'stopped' });
  }, [finish]);

  const generate = useCallback(
    (input: BackstoryInput) => {
      stop();
      const id = nextId.current++;
      const abort = new AbortController();
      running.current = { id, abort, buffer: '', pieces: 0, scheduled: null, frame: null, frameTime: null, rendersInFrame: 0 };
      setTakes((current) => [
        ...current,
        {
          id,
          input,
          text: '',
          status: 'connecting',
          generator: null,
          error: null,
          pieces: 0,
          startedAt: performance.now(),
          firstPieceAt: null,
          endedAt: null,
        },
      ]);

      streamBackstory(input, abort.signal, {
        onOpen: (generator) => update(id, (take) => ({ ...take, generator })),
        onPiece: (piece) => {
          const run = running.current;
          if (run?.id !== id) return;
          run.buffer += piece;
          run.pieces += 1;
          if (run.scheduled) return;
          // The pieces of this network read are all parsed before the microtask runs.
          run.scheduled = 'task';
          queueMicrotask(() => {
            if (running.current !== run || run.scheduled !== 'task') return;
            const frameTime = Number(document.timeline.currentTime ?? 0);
            if (run.frameTime === frameTime && run.rendersInFrame >= RENDERS_PER_FRAME) {
              run.scheduled = 'frame';
              run.frame = requestAnimationFrame(flush);
            } else flush();
          });
        },
      }).then(
        () => {
          if (!abort.signal.aborted) finish(id, { status: 'done' });
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          finish(id, { status: 'failed', error: { error, beforeStream: error instanceof ApiError } });
        },
      );
      return id;
    },
    [finish, flush, stop, update],
  );

  /** Removes an ended take (and its draft); a take being streamed stays. */
  const discard = useCallback((id: number) => {
    if (running.current?.id === id) return;
    setTakes((current) => current.filter((take) => take.id !== id));
  }, []);

  // Kept takes change only when one ends or is discarded: the storage is written then, not per piece.
  useEffect(() => {
    if (!storageKey) return;
    const kept = takes.filter(isKept);
    const ids = kept.map((take) => take.id).join(',');
    if (ids === saved.current) return;
    saved.current = ids;
    writeDrafts(storageKey, kept.map(toDraft));
  }, [storageKey, takes]);

  // Leaving the page stops the stream: no work continues for a page nobody reads.
  useEffect(
    () => () => {
      running.current?.abort.abort();
      if (running.current?.frame) cancelAnimationFrame(running.current.frame);
      running.current = null;
    },
    [],
  );

  return { takes, generate, stop, discard };
}
