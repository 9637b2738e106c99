import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { streamBackstory, type BackstoryInput } from '@/api/backstory';
import { ApiError } from '@/api/client';

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

/** How many times a frame may show new text before later pieces wait for the next frame. */
const RENDERS_PER_FRAME = 2;

/**
 * The takes of this visit and the one being streamed. Pieces that arrive together (one network
 * read) are shown together, at once, so a piece is on screen at the next paint; a frame shows new
 * text at most RENDERS_PER_FRAME times, and pieces beyond that wait for the next animation frame,
 * so a fast stream re-renders at the screen's rate and never more.
 * Leaving the page (unmounting) aborts a running stream.
 */
export function useBackstoryTakes() {
  const [takes, setTakes] = useState<Take[]>([]);
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
  const nextId = useRef(1);

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

  // Leaving the page stops the stream: no work continues for a page nobody reads.
  useEffect(
    () => () => {
      running.current?.abort.abort();
      if (running.current?.frame) cancelAnimationFrame(running.current.frame);
      running.current = null;
    },
    [],
  );

  return { takes, generate, stop };
}
