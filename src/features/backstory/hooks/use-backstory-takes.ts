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

/**
 * The takes of this visit and the one being streamed. Pieces are gathered as they arrive and shown
 * once per animation frame, so a fast stream re-renders at most at the screen's rate.
 * Leaving the page (unmounting) aborts a running stream.
 */
export function useBackstoryTakes() {
  const [takes, setTakes] = useState<Take[]>([]);
  const running = useRef<{ id: number; abort: AbortController; buffer: string; pieces: number; frame: number | null } | null>(null);
  const nextId = useRef(1);

  const update = useCallback((id: number, change: (take: Take) => Take) => {
    setTakes((current) => current.map((take) => (take.id === id ? change(take) : take)));
  }, []);

  /** Moves what arrived since the last frame into the take. */
  const flush = useCallback(() => {
    const run = running.current;
    if (!run) return;
    run.frame = null;
    if (!run.buffer && run.pieces === 0) return;
    const text = run.buffer;
    const pieces = run.pieces;
    run.buffer = '';
    run.pieces = 0;
    // Rendered now, inside this animation frame, so the text is on screen at this frame's paint
    // (a normal state update would wait for a later task, and a later frame).
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
      running.current = { id, abort, buffer: '', pieces: 0, frame: null };
      setTakes((current) => [
        ...current,
        { id, input, text: '', status: 'connecting', generator: null, error: null, pieces: 0, startedAt: performance.now(), firstPieceAt: null, endedAt: null },
      ]);

      streamBackstory(input, abort.signal, {
        onOpen: (generator) => update(id, (take) => ({ ...take, generator })),
        onPiece: (piece) => {
          const run = running.current;
          if (run?.id !== id) return;
          run.buffer += piece;
          run.pieces += 1;
          run.frame ??= requestAnimationFrame(flush);
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
