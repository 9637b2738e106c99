/**
 * One SSE event carrying a piece of text. A piece with line breaks becomes several `data:` lines of
 * the same event, which every SSE client joins back with "\n"; the one space after "data:" is the
 * separator clients strip, so a piece's own leading space survives.
 */
function dataEvent(piece: string): string {
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
const FAILURE_EVENT = 'event: error\n\n';

type EventStreamOptions = {
  /** Called once the stream ends: finished, failed, or abandoned by the client. */
  onEnd?: (how: 'finished' | 'failed' | 'cancelled', error?: unknown) => void;
  headers?: Record<string, string>;
};

/** At most this many pieces go out in one write when a generator has them ready at once. */
const BATCH_LIMIT = 16;

/**
 * A text/event-stream response fed by `pieces`. The stream pulls as the connection takes them, so a
 * client that reads slowly slows the producer down instead of filling memory; when the client goes
 * away the iterator is closed and `abort` fires.
 *
 * Pieces produced in the same turn of the event loop (a generator without a delay, several deltas
 * in one network read) go out in one write, each still its own event; a piece that comes later goes
 * out as soon as it comes. The first piece always goes out alone, at once.
 */
export function eventStreamResponse(
  first: string | null,
  pieces: AsyncIterator<string>,
  abort: AbortController,
  options: EventStreamOptions = {},
): Response {
  const encoder = new TextEncoder();
  let pending = first;
  /** A piece asked for but not yet produced when the last write went out. */
  let inflight: Promise<IteratorResult<string>> | null = null;
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
        let events = '';
        const flush = () => {
          if (events) controller.enqueue(encoder.encode(events));
          events = '';
        };
        let turnOver = false;
        const turn = new Promise<null>((resolve) => setImmediate(() => ((turnOver = true), resolve(null))));
        try {
          let next = await (inflight ?? pieces.next());
          inflight = null;
          for (let count = 1; ; count += 1) {
            if (next.done) {
              flush();
              controller.close();
              end('finished');
              return;
            }
            if (next.value) events += dataEvent(next.value);
            if (count >= BATCH_LIMIT || turnOver) break;
            const following = pieces.next();
            const ready = await Promise.race([following, turn]);
            if (ready === null) {
              // Not produced in this turn: send what is here, and wait for it in the next pull.
              inflight = following;
              following.catch(() => {}); // a failure is read (and reported) by the next pull
              break;
            }
            next = ready;
          }
          flush();
        } catch (error) {
          if (abort.signal.aborted) return;
          flush();
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
