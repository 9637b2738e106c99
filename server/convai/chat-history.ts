import { Hono } from 'hono';
import { chatHistoryDetailsRequest, chatHistoryListRequest } from '../../contract/schemas/conversation';
import type { CharacterStore } from '../db/characters';
import type { ExchangeNarrative } from '../../contract/schemas/conversation';
import type { ExchangeRow, SessionStore } from '../db/sessions';
import { errorBody } from '../http/error-body';
import { convaiPost, type KeyRing } from './endpoint';

export const chatHistoryErrors = {
  character: 'Could not fetch character details from all_characters table.',
  session: 'Could not find a session with this sessionID for the character.',
} as const;

/** "2024-09-25 19:54:56.123456" → date "25-09-2024", time "19:54:56", as the list gives them. */
function listDateTime(startedAt: string) {
  const [date, time] = startedAt.split(' ');
  const [year, month, day] = date.split('-');
  return { date: `${day}-${month}-${year}`, time: time.slice(0, 8) };
}

/** Where an exchange happened, and what moved the session there on that turn. */
function narrativeOf(exchange: ExchangeRow): ExchangeNarrative {
  const movedBy =
    exchange.moved_by_kind === 'decision'
      ? { kind: 'decision', criteria: exchange.moved_by ?? '' }
      : exchange.moved_by_kind === 'trigger'
        ? { kind: 'trigger', trigger_name: exchange.moved_by ?? '' }
        : null;
  return {
    section_id: exchange.section_id ?? '',
    section_name: exchange.section_name ?? '',
    moved_from: exchange.moved_from_section_id,
    moved_by: movedBy,
  };
}

/** The Chat History API, mounted at /character: a character's sessions and their transcripts. */
export function chatHistoryRoutes(keys: KeyRing, characterStore: CharacterStore, sessionStore: SessionStore) {
  const routes = new Hono();

  routes.post(
    '/chatHistory/list',
    convaiPost(
      keys,
      { authKey: 'ERROR', errorKey: 'ERROR', schema: chatHistoryListRequest, invalid: (problem) => problem },
      (c, input, user) => {
        // Only the owner reviews a character's conversations, whoever had them.
        if (!characterStore.owned(input.charID, user.id)) return errorBody(c, 'ERROR', chatHistoryErrors.character, 400);
        const limit = input.limit ?? -1;
        if (limit < -1) return errorBody(c, 'ERROR', 'limit must be a number of sessions, or "-1" for all.', 400);
        return c.json(
          sessionStore.list(input.charID, limit).map((session) => ({
            sessionID: session.id,
            ...listDateTime(session.started_at),
            is_added_to_memory: session.is_added_to_memory === 1,
            // The local server's addition: the character's version the session started with.
            ...(session.character_version !== null ? { character_version: session.character_version } : {}),
          })),
        );
      },
    ),
  );

  routes.post(
    '/chatHistory/details',
    convaiPost(
      keys,
      { authKey: 'ERROR', errorKey: 'ERROR', schema: chatHistoryDetailsRequest, invalid: (problem) => problem },
      (c, input, user) => {
        if (!characterStore.owned(input.charID, user.id)) return errorBody(c, 'ERROR', chatHistoryErrors.character, 400);
        const session = sessionStore.session(input.sessionID);
        if (session?.character_id !== input.charID) return errorBody(c, 'ERROR', chatHistoryErrors.session, 400);
        return c.json(
          sessionStore.exchanges(session.id).map((exchange) => ({
            timestamp: exchange.at,
            interaction: [
              { speaker: 'User', message: exchange.user_text },
              { speaker: 'Character', message: exchange.character_text },
            ],
            is_trigger_input: exchange.is_trigger_input === 1,
            // The local server's addition, on a narrative-driven session's exchanges only.
            ...(exchange.section_id ? { narrative: narrativeOf(exchange) } : {}),
            // and the knowledge-bank passages the reply drew on, where it drew on any.
            ...(exchange.sources ? { sources: JSON.parse(exchange.sources) as unknown } : {}),
          })),
        );
      },
    ),
  );

  return routes;
}
