import { EventStreamContentType, fetchEventSource } from '@microsoft/fetch-event-source';
import { queryOptions } from '@tanstack/react-query';
import { API_BASE, ApiError, apiRequest, errorFromResponse, StreamBrokenError } from './client';
import { sessionDetailsSchema, sessionListSchema } from '@contract/schemas/conversation';
import { replySourcesSchema, type ReplySource } from '@contract/schemas/knowledge';

/** How many sessions to list: the API's `limit`, -1 for all. */
export type SessionLimit = 10 | 50 | -1;

export const sessionKeys = {
  all: ['sessions'] as const,
  ofCharacter: (charID: string) => [...sessionKeys.all, charID] as const,
  lists: (charID: string) => [...sessionKeys.ofCharacter(charID), 'list'] as const,
  list: (charID: string, limit: SessionLimit) => [...sessionKeys.lists(charID), limit] as const,
  details: (charID: string) => [...sessionKeys.ofCharacter(charID), 'detail'] as const,
  detail: (charID: string, sessionID: string) => [...sessionKeys.details(charID), sessionID] as const,
};

export const listSessions = (charID: string, limit: SessionLimit, signal?: AbortSignal) =>
  apiRequest('/character/chatHistory/list', { body: { charID, limit: String(limit) }, schema: sessionListSchema, signal });

export const getSessionDetails = (charID: string, sessionID: string, signal?: AbortSignal) =>
  apiRequest('/character/chatHistory/details', { body: { charID, sessionID }, schema: sessionDetailsSchema, signal });

export const sessionQueries = {
  list: (charID: string, limit: SessionLimit) =>
    queryOptions({ queryKey: sessionKeys.list(charID, limit), queryFn: ({ signal }) => listSessions(charID, limit, signal) }),
  // A finished session's transcript does not change: keep it for the visit.
  detail: (charID: string, sessionID: string) =>
    queryOptions({
      queryKey: sessionKeys.detail(charID, sessionID),
      queryFn: ({ signal }) => getSessionDetails(charID, sessionID, signal),
      staleTime: 5 * 60_000,
      gcTime: 30 * 60_000,
    }),
};

export type TurnInput = { charID: string; sessionID: string } & ({ userText: string } | { trigger_name: string; trigger_message: string });

export type TurnHandlers = {
  /** The next piece of the reply (their concatenation is the reply), and the session it belongs to. */
  onPiece: (piece: string, sessionID: string) => void;
  /** The reply spoken: a WAV file. */
  onAudio: (wav: Blob) => void;
  /** The knowledge-bank passages the reply drew on (the local server's addition; sent with the last event). */
  onSources?: (sources: ReplySource[]) => void;
};

/** The body as Convai documents the Interaction API: form data. */
function turnForm(input: TurnInput) {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...input, voiceResponse: 'True', stream: 'True' })) form.append(name, value);
  return form;
}

const base64Wav = (audio: string) => new Blob([Uint8Array.from(atob(audio), (char) => char.charCodeAt(0))], { type: 'audio/wav' });

/** An answer (whole, or one streamed event) handed on: its text, its audio and its sources when it has some. */
function deliver(value: unknown, handlers: TurnHandlers, sessionID: string) {
  const answer = (value && typeof value === 'object' ? value : {}) as {
    text?: unknown;
    sessionID?: unknown;
    audio?: unknown;
    sources?: unknown;
  };
  const session = typeof answer.sessionID === 'string' ? answer.sessionID : sessionID;
  if (typeof answer.text === 'string' && answer.text) handlers.onPiece(answer.text, session);
  if (typeof answer.audio === 'string' && answer.audio) handlers.onAudio(base64Wav(answer.audio));
  if (answer.sources !== undefined) {
    // Sources that do not have the contract's shape are left out: the reply itself is what matters.
    const sources = replySourcesSchema.safeParse(answer.sources);
    if (sources.success && sources.data.length > 0) handlers.onSources?.(sources.data);
  }
  return session;
}

/** The whole answer arrived at once (a service that does not stream): stops the event source. */
class WholeAnswer extends Error {}

/**
 * One turn of a conversation through the Interaction API, "-1" starting a new session: the reply
 * streamed (each event's data is the answer with the next piece of text; a last one brings the
 * audio), spoken, as form data. A service that answers the whole reply at once is read as well.
 * Resolves with the session's id once the reply is complete; rejects with an ApiError (refused) or
 * a StreamBrokenError (cut off). Never re-sends on its own.
 */
export async function streamTurn(input: TurnInput, signal: AbortSignal, handlers: TurnHandlers): Promise<string> {
  let sessionID = input.sessionID;
  let opened = false;
  try {
    await fetchEventSource(`${API_BASE}/character/getResponse`, {
      method: 'POST',
      headers: { Accept: EventStreamContentType },
      body: turnForm(input),
      signal,
      openWhenHidden: true,
      async onopen(response) {
        const type = response.headers.get('content-type') ?? '';
        if (!response.ok) throw await errorFromResponse(response);
        opened = true;
        if (type.startsWith(EventStreamContentType)) return;
        if (type.includes('json')) {
          sessionID = deliver(await response.json(), handlers, sessionID);
          throw new WholeAnswer();
        }
        throw new ApiError('The server answered, but not with a reply.', response.status);
      },
      onmessage(event) {
        if (event.event === 'error') throw new StreamBrokenError('The reply was cut off before it was finished.');
        if (!event.data) return;
        let data: unknown = null;
        try {
          data = JSON.parse(event.data);
        } catch {
          // not JSON: a piece of plain text
        }
        // An answer is an object; anything else ("42 ", "true") is a piece of plain text.
        sessionID = deliver(data && typeof data === 'object' ? data : { text: event.data }, handlers, sessionID);
      },
      onerror(error) {
        if (error instanceof ApiError || error instanceof StreamBrokenError || error instanceof WholeAnswer) throw error;
        if (!opened) throw new ApiError('Could not reach the server. Check that it is running and try again.', 0);
        throw new StreamBrokenError('The connection was lost before the reply was finished.');
      },
    });
  } catch (error) {
    if (!(error instanceof WholeAnswer)) throw error;
  }
  return sessionID;
}
