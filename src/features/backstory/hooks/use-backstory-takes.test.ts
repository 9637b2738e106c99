// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftsKey, readDrafts } from '../utils/backstory-drafts';
import { useBackstoryTakes } from './use-backstory-takes';

/**
 * The network is stubbed at `fetch`, with real Responses whose bodies are streams of SSE text the
 * test writes as it goes, so the app's own stream handling (fetch-event-source, streamBackstory)
 * runs as it does in the browser.
 */
type ServerStream = {
  response: Response;
  /** One piece as the server sends it: one event, a `data:` line per line of the piece. */
  piece: (text: string) => void;
  /** Raw SSE text. */
  send: (text: string) => void;
  /** The stream finishes normally. */
  close: () => void;
  /** The connection breaks part-way (a dropped network, a killed server); what was not read yet is lost. */
  breakOff: () => void;
  /** Whether the client closed the connection (aborted the request, or cancelled the body). */
  closedByClient: () => boolean;
  /** What a real fetch does when its request is aborted: the body fails with an AbortError. */
  abort: () => void;
};

function serverStream(generator = 'offline'): ServerStream {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closedByClient = false;
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
    cancel: () => {
      closedByClient = true;
      open = false;
    },
  });
  const send = (text: string) => controller.enqueue(encoder.encode(text));
  const end = (how: () => void) => {
    if (!open) return;
    open = false;
    how();
  };
  return {
    response: new Response(body, {
      status: 200,
      headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'X-Backstory-Generator': generator },
    }),
    piece: (text) =>
      send(
        `${text
          .split('\n')
          .map((line) => `data: ${line}`)
          .join('\n')}\n\n`,
      ),
    send,
    close: () => end(() => controller.close()),
    breakOff: () => end(() => controller.error(new TypeError('network error'))),
    closedByClient: () => closedByClient,
    abort: () => {
      closedByClient = true;
      end(() => controller.error(new DOMException('The operation was aborted.', 'AbortError')));
    },
  };
}

/** Stubs fetch: each call takes the next answer (a stream, a response, or a network failure). */
function stubFetch(...answers: Array<ServerStream | Response | Error>) {
  const fetchMock = vi.fn((_input: RequestInfo | URL, init?: RequestInit) => {
    const answer = answers.shift();
    if (!answer) return Promise.reject(new Error('No more answers stubbed.'));
    if (answer instanceof Error) return Promise.reject(answer);
    if (answer instanceof Response) return Promise.resolve(answer);
    init?.signal?.addEventListener('abort', answer.abort);
    return Promise.resolve(answer.response);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const input = { inputText: 'Lighthouse keeper. Stubborn.', charName: 'Ada' };

function renderTakes(options?: Parameters<typeof useBackstoryTakes>[0]) {
  const view = renderHook(() => useBackstoryTakes(options));
  const take = (index = 0) => {
    const found = view.result.current.takes[index];
    if (!found) throw new Error(`No take ${index}.`);
    return found;
  };
  const generate = () => act(() => void view.result.current.generate(input));
  const stop = () => act(() => view.result.current.stop());
  return { ...view, take, generate, stop };
}

beforeAll(() => {
  // jsdom has no animation timeline; the hook reads it to count renders per frame.
  Object.defineProperty(document, 'timeline', {
    configurable: true,
    value: {
      get currentTime() {
        return performance.now();
      },
    },
  });
});

afterAll(() => {
  Reflect.deleteProperty(document, 'timeline');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a take that streams in', () => {
  it('shows each piece as it arrives, then is finished with the whole text', async () => {
    const stream = serverStream('offline');
    const fetchMock = stubFetch(stream);
    const { take, generate } = renderTakes();

    generate();
    expect(take().status).toBe('connecting');
    expect(take().text).toBe('');

    stream.piece('Ada keeps ');
    await waitFor(() => expect(take().text).toBe('Ada keeps '));
    expect(take().status).toBe('streaming');
    expect(take().generator).toBe('offline');

    stream.piece('the light.\n\n');
    await waitFor(() => expect(take().text).toBe('Ada keeps the light.\n\n'));
    expect(take().status).toBe('streaming');

    stream.piece('She never leaves.');
    stream.close();
    await waitFor(() => expect(take().status).toBe('done'));
    expect(take().text).toBe('Ada keeps the light.\n\nShe never leaves.');
    expect(take().pieces).toBe(3);
    expect(take().error).toBeNull();

    // One POST of the form the Backstory API takes.
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/character/generate-backstory');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(Object.fromEntries(new URLSearchParams(init?.body as string))).toEqual(input);
  });

  it('keeps the pieces of one network read together and in order', async () => {
    const stream = serverStream();
    stubFetch(stream);
    const { take, generate } = renderTakes();

    generate();
    stream.send('data: One,\n\ndata:  two,\n\ndata:  three.\n\n');
    stream.close();
    await waitFor(() => expect(take().status).toBe('done'));
    expect(take().text).toBe('One, two, three.');
    expect(take().pieces).toBe(3);
  });

  it('names the hosted service when the server does not name its generator', async () => {
    const response = new Response('data: Hello\n\n', { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
    stubFetch(response);
    const { take, generate } = renderTakes();

    generate();
    await waitFor(() => expect(take().status).toBe('done'));
    expect(take().generator).toBe('Convai');
    expect(take().text).toBe('Hello');
  });
});

describe('Stop', () => {
  it('keeps what arrived, marks the take stopped and stops reading the stream', async () => {
    const stream = serverStream();
    const fetchMock = stubFetch(stream);
    const { take, generate, stop } = renderTakes();

    generate();
    stream.piece('Ada keeps ');
    await waitFor(() => expect(take().text).toBe('Ada keeps '));

    stop();
    expect(take().status).toBe('stopped');
    expect(take().text).toBe('Ada keeps ');
    expect(take().error).toBeNull();
    expect(take().endedAt).not.toBeNull();
    await waitFor(() => expect(stream.closedByClient()).toBe(true));
    expect(fetchMock.mock.calls[0][1]?.signal?.aborted).toBe(true);
  });

  it('a new take stops the running one, which keeps its text', async () => {
    const first = serverStream();
    const second = serverStream();
    stubFetch(first, second);
    const { take, generate } = renderTakes();

    generate();
    first.piece('First take');
    await waitFor(() => expect(take(0).text).toBe('First take'));

    generate();
    expect(take(0).status).toBe('stopped');
    expect(take(0).text).toBe('First take');
    expect(take(1).status).toBe('connecting');

    second.piece('Second take');
    second.close();
    await waitFor(() => expect(take(1).status).toBe('done'));
    expect(take(1).text).toBe('Second take');
    expect(take(0).text).toBe('First take');
    expect(first.closedByClient()).toBe(true);
  });

  it('leaving the page (unmounting) stops reading the stream', async () => {
    const stream = serverStream();
    const fetchMock = stubFetch(stream);
    const { take, generate, unmount } = renderTakes();

    generate();
    stream.piece('Ada');
    await waitFor(() => expect(take().text).toBe('Ada'));

    unmount();
    await waitFor(() => expect(stream.closedByClient()).toBe(true));
    expect(fetchMock.mock.calls[0][1]?.signal?.aborted).toBe(true);
  });
});

describe('a refusal before streaming', () => {
  it.each([
    { status: 400, key: 'ERROR', message: 'inputText is required.' },
    { status: 403, key: 'ERROR', message: 'Your plan does not include the Backstory API.' },
    { status: 500, key: 'INTERNAL_ERROR', message: 'The generator is not configured.' },
    { status: 503, key: 'detail', message: 'The generator is busy; try again shortly.' },
  ])('$status: fails with the server’s own message and nothing arrived', async ({ status, key, message }) => {
    const body = JSON.stringify({ [key]: message });
    stubFetch(new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));
    const { take, generate } = renderTakes();

    generate();
    await waitFor(() => expect(take().status).toBe('failed'));
    expect(take().error).toMatchObject({ beforeStream: true, error: { message, status } });
    expect(take().text).toBe('');
  });

  it('an answer that is not a stream fails with that said', async () => {
    stubFetch(new Response('{"backstory":"…"}', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const { take, generate } = renderTakes();

    generate();
    await waitFor(() => expect(take().status).toBe('failed'));
    expect(take().error).toMatchObject({ beforeStream: true, error: { message: 'The server answered, but not with a stream of text.' } });
  });

  it('an unreachable server fails with a message that says so', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    const { take, generate } = renderTakes();

    generate();
    await waitFor(() => expect(take().status).toBe('failed'));
    expect(take().error).toMatchObject({
      beforeStream: true,
      error: { message: 'Could not reach the server. Check that it is running and try again.', status: 0 },
    });
  });
});

describe('a stream cut off part-way', () => {
  it('the server’s data-less error event fails the take and keeps what arrived', async () => {
    const stream = serverStream();
    stubFetch(stream);
    const { take, generate } = renderTakes();

    generate();
    stream.piece('Ada keeps ');
    stream.piece('the light');
    stream.send('event: error\n\n');
    stream.close();
    await waitFor(() => expect(take().status).toBe('failed'));
    expect(take().text).toBe('Ada keeps the light');
    expect(take().error).toMatchObject({ beforeStream: false, error: { message: 'The generator failed before finishing the backstory.' } });
  });

  it('a connection that breaks fails the take and keeps what arrived', async () => {
    const stream = serverStream();
    stubFetch(stream);
    const { take, generate } = renderTakes();

    generate();
    stream.piece('Ada keeps ');
    await waitFor(() => expect(take().text).toBe('Ada keeps '));
    stream.breakOff();
    await waitFor(() => expect(take().status).toBe('failed'));
    expect(take().text).toBe('Ada keeps ');
    expect(take().error).toMatchObject({
      beforeStream: false,
      error: { message: 'The connection was lost before the backstory was finished.' },
    });
  });
});

describe('no automatic re-send', () => {
  // Fake timers that still follow the clock (so waitFor works), and can jump past any retry delay.
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });

  const later = () => act(() => vi.advanceTimersByTimeAsync(60_000));

  it.each([
    ['a refusal', () => new Response('{"ERROR":"Rate limit exceeded."}', { status: 429 })],
    ['an unreachable server', () => new TypeError('Failed to fetch')],
  ])('after %s, the POST is not sent again', async (_what, answer) => {
    const fetchMock = stubFetch(answer(), serverStream());
    const { take, generate } = renderTakes();

    generate();
    await waitFor(() => expect(take().status).toBe('failed'));
    await later();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(take().status).toBe('failed');
  });

  it.each([
    ['an error event', (stream: ServerStream) => stream.send('event: error\n\n')],
    ['a broken connection', (stream: ServerStream) => stream.breakOff()],
  ])('after %s part-way, the POST is not sent again', async (_what, cutOff) => {
    const stream = serverStream();
    const fetchMock = stubFetch(stream, serverStream());
    const { take, generate } = renderTakes();

    generate();
    stream.piece('Ada');
    await waitFor(() => expect(take().text).toBe('Ada'));
    cutOff(stream);
    await waitFor(() => expect(take().status).toBe('failed'));
    await later();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(take()).toMatchObject({ status: 'failed', text: 'Ada' });
  });

  it('hiding and showing the tab does not end the stream nor send the POST again', async () => {
    const stream = serverStream();
    const fetchMock = stubFetch(stream, serverStream());
    const { take, generate } = renderTakes();
    let hidden = false;
    vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => (hidden ? 'hidden' : 'visible'));

    generate();
    stream.piece('Ada keeps ');
    await waitFor(() => expect(take().text).toBe('Ada keeps '));

    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await later();
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await later();

    stream.piece('the light.');
    stream.close();
    await waitFor(() => expect(take().status).toBe('done'));
    expect(take().text).toBe('Ada keeps the light.');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('a failed take stays as it was when the user generates again', async () => {
    const first = serverStream();
    const second = serverStream();
    const fetchMock = stubFetch(first, second);
    const { take, generate } = renderTakes();

    generate();
    first.piece('Ada keeps ');
    await waitFor(() => expect(take(0).text).toBe('Ada keeps '));
    first.breakOff();
    await waitFor(() => expect(take(0).status).toBe('failed'));

    generate();
    second.piece('A new take.');
    second.close();
    await waitFor(() => expect(take(1).status).toBe('done'));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(take(0)).toMatchObject({ status: 'failed', text: 'Ada keeps ' });
    expect(take(1)).toMatchObject({ status: 'done', text: 'A new take.' });
  });
});

describe('drafts of a character', () => {
  const key = draftsKey('char-1');
  afterEach(() => localStorage.clear());

  it('keeps a take once it has ended, and brings it back on the next visit', async () => {
    const stream = serverStream('offline');
    stubFetch(stream);
    const first = renderTakes({ storageKey: key });

    first.generate();
    stream.piece('Ada keeps ');
    await waitFor(() => expect(first.take().text).toBe('Ada keeps '));
    // Being streamed, it is not a draft yet.
    expect(readDrafts(key)).toEqual([]);
    stream.piece('the light.');
    stream.close();
    await waitFor(() => expect(first.take().status).toBe('done'));
    expect(readDrafts(key)).toMatchObject([{ text: 'Ada keeps the light.', status: 'done', generator: 'offline', input }]);
    first.unmount();

    const second = renderTakes({ storageKey: key });
    expect(second.result.current.takes).toHaveLength(1);
    expect(second.take()).toMatchObject({ text: 'Ada keeps the light.', status: 'done', generator: 'offline', input, pieces: 2 });
    expect(second.take().endedAt).toBeGreaterThanOrEqual(second.take().startedAt);
  });

  it('keeps a stopped take and a failed one with partial text, not a failure with nothing', async () => {
    const stopped = serverStream();
    const broken = serverStream();
    stubFetch(stopped, broken, new TypeError('Failed to fetch'));
    const { take, generate, stop } = renderTakes({ storageKey: key });

    generate();
    stopped.piece('Half ');
    await waitFor(() => expect(take(0).text).toBe('Half '));
    stop();
    generate();
    broken.piece('Cut ');
    await waitFor(() => expect(take(1).text).toBe('Cut '));
    broken.breakOff();
    await waitFor(() => expect(take(1).status).toBe('failed'));
    generate();
    await waitFor(() => expect(take(2).status).toBe('failed'));

    const drafts = readDrafts(key);
    expect(drafts.map((draft) => [draft.status, draft.text])).toEqual([
      ['stopped', 'Half '],
      ['failed', 'Cut '],
    ]);
    expect(drafts[1].error).toEqual(expect.any(String));
  });

  it('Discard removes a draft, here and in the storage', async () => {
    stubFetch(
      new Response('data: One\n\n', { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
      new Response('data: Two\n\n', { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    );
    const view = renderTakes({ storageKey: key });
    view.generate();
    await waitFor(() => expect(view.take(0).status).toBe('done'));
    view.generate();
    await waitFor(() => expect(view.take(1).status).toBe('done'));
    expect(readDrafts(key).map((draft) => draft.text)).toEqual(['One', 'Two']);

    act(() => view.result.current.discard(view.take(0).id));
    expect(view.result.current.takes.map((take) => take.text)).toEqual(['Two']);
    expect(readDrafts(key).map((draft) => draft.text)).toEqual(['Two']);
    act(() => view.result.current.discard(view.take(0).id));
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('a take being streamed cannot be discarded', async () => {
    const stream = serverStream();
    stubFetch(stream);
    const view = renderTakes({ storageKey: key });
    view.generate();
    act(() => view.result.current.discard(view.take(0).id));
    expect(view.result.current.takes).toHaveLength(1);
  });

  it('new takes are numbered after the kept ones', async () => {
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 1,
        drafts: [{ input, text: 'Kept.', status: 'done', generator: 'offline', error: null, pieces: 1, firstPieceMs: 5, durationMs: 9 }],
      }),
    );
    stubFetch(new Response('data: New\n\n', { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
    const view = renderTakes({ storageKey: key });
    view.generate();
    await waitFor(() => expect(view.take(1).status).toBe('done'));
    expect(new Set(view.result.current.takes.map((take) => take.id)).size).toBe(2);
    expect(readDrafts(key).map((draft) => draft.text)).toEqual(['Kept.', 'New']);
  });

  it('without a key, nothing is stored', async () => {
    stubFetch(new Response('data: One\n\n', { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
    const view = renderTakes();
    view.generate();
    await waitFor(() => expect(view.take().status).toBe('done'));
    expect(localStorage.length).toBe(0);
  });
});
