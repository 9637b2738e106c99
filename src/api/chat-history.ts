import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';
import { getResponseSchema, sessionDetailsSchema, sessionListSchema } from '@contract/schemas/conversation';

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

/** One turn of a conversation through the Interaction API; "-1" starts a new session. */
export const sendTurn = (
  input: { charID: string; sessionID: string } & ({ userText: string } | { trigger_name: string; trigger_message: string }),
  signal?: AbortSignal,
) => apiRequest('/character/getResponse', { body: { ...input, voiceResponse: 'False' }, schema: getResponseSchema, signal });
