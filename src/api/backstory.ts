import { EventStreamContentType, fetchEventSource } from '@microsoft/fetch-event-source';
import { API_BASE, ApiError, errorFromResponse, StreamBrokenError } from './client';

export type BackstoryInput = { inputText: string; charName: string };

export type BackstoryStreamHandlers = {
  /** The stream opened; `generator` names what writes (the hosted service does not say: "Convai"). */
  onOpen: (generator: string) => void;
  /** A piece of the text, in order; the backstory is their concatenation. */
  onPiece: (piece: string) => void;
};

/**
 * Streams a backstory from the Backstory API. Resolves when the stream is complete or `signal`
 * aborts; rejects with an ApiError (refused before streaming) or a StreamBrokenError (cut off).
 * Never retries and never re-sends the POST on its own, not even when the tab is hidden and shown.
 */
export async function streamBackstory(input: BackstoryInput, signal: AbortSignal, handlers: BackstoryStreamHandlers): Promise<void> {
  let opened = false;
  await fetchEventSource(`${API_BASE}/character/generate-backstory`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: EventStreamContentType },
    body: new URLSearchParams(input).toString(),
    signal,
    // Otherwise the library closes the stream when the tab is hidden and POSTs again when it is shown.
    openWhenHidden: true,
    async onopen(response) {
      const type = response.headers.get('content-type') ?? '';
      if (response.ok && type.startsWith(EventStreamContentType)) {
        opened = true;
        handlers.onOpen(response.headers.get('x-backstory-generator') ?? 'Convai');
        return;
      }
      if (response.ok) throw new ApiError('The server answered, but not with a stream of text.', response.status);
      throw await errorFromResponse(response);
    },
    onmessage(event) {
      // The server's way of saying the generator failed part-way: a named event without data.
      if (event.event === 'error') throw new StreamBrokenError('The generator failed before finishing the backstory.');
      if (event.data) handlers.onPiece(event.data);
    },
    onerror(error) {
      // Rethrowing stops the library's automatic retries: a new POST is the user's decision.
      if (error instanceof ApiError || error instanceof StreamBrokenError) throw error;
      if (!opened) throw new ApiError('Could not reach the server. Check that it is running and try again.', 0);
      throw new StreamBrokenError('The connection was lost before the backstory was finished.');
    },
  });
}
