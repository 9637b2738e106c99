/**
 * One SSE event carrying a piece of text. A piece with line breaks becomes several `data:` lines of
 * the same event, which every SSE client joins back with "\n"; the one space after "data:" is the
 * separator clients strip, so a piece's own leading space survives.
 */
export function dataEvent(piece: string): string {
  return `${piece
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}`)
    .join('\n')}\n\n`;
}

/**
 * Ends a stream that failed part-way. The event has a name and no data: clients that concatenate
 * the data of every event (as Convai's own sample does) add nothing, while the dashboard sees an
 * `error` event and can tell the failure from a finished stream.
 */
export const FAILURE_EVENT = 'event: error\n\n';

type EventStreamOptions = {
  /** Called once the stream ends: finished, failed, or abandoned by the client. */
  onEnd?: (how: 'finished' | 'failed' | 'cancelled', error?: unknown) => void;
  headers?: Record<string, string>;
};

/**
 * A text/event-stream response fed by `pieces`. The stream pulls one piece at a time as the
 * connection takes them, so a client that reads slowly slows the producer down instead of filling
 * memory; when the client goes away the iterator is closed and `abort` fires.
 */
export function eventStreamResponse(
  first: string | null,
  pieces: AsyncIterator<string>,
  abort: AbortController,
  options: EventStreamOptions = {},
): Response {
  const encoder = new TextEncoder();
  let pending = first;
  let ended = false;
  const end = (how: 'finished' | 'failed' | 'cancelled', error?: unknown) => {
    if (ended) return;
    ended = true;
    options.onEnd?.(how, error);
  };

  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (pending !== null) {
          controller.enqueue(encoder.encode(dataEvent(pending)));
          pending = null;
          return;
        }
        try {
          const next = await pieces.next();
          if (next.done) {
            controller.close();
            end('finished');
          } else if (next.value) {
            controller.enqueue(encoder.encode(dataEvent(next.value)));
          }
        } catch (error) {
          if (abort.signal.aborted) return;
          controller.enqueue(encoder.encode(FAILURE_EVENT));
          controller.close();
          end('failed', error);
        }
      },
      async cancel() {
        abort.abort();
        end('cancelled');
        await pieces.return?.();
      },
    },
    { highWaterMark: 0 },
  );

  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
      ...options.headers,
    },
  });
}
