import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';
import type { CreateCharacterInput, UpdateCharacterInput } from '@contract/schemas/characters';
import { characterListCheck } from '@contract/character';

// The list (the first page) is checked by hand; the other answers with the zod schemas, loaded on first use.
const contract = () => import('@contract/schemas/characters');
const characterSchema = () => contract().then((module) => module.characterSchema);
const charIdResponseSchema = () => contract().then((module) => module.charIdResponseSchema);
const statusResponseSchema = () => contract().then((module) => module.statusResponseSchema);

export const characterKeys = {
  all: ['characters'] as const,
  lists: () => [...characterKeys.all, 'list'] as const,
  details: () => [...characterKeys.all, 'detail'] as const,
  detail: (id: string) => [...characterKeys.details(), id] as const,
  byName: (name: string) => [...characterKeys.all, 'by-name', name] as const,
};

export const listCharacters = (signal?: AbortSignal) =>
  apiRequest('/character/list', { schema: characterListCheck, signal }).then((body) => body.characters);

export const getCharacter = (charID: string, signal?: AbortSignal) =>
  apiRequest('/character/get', { body: { charID }, schema: characterSchema, signal });

/** The API's lookup by exact name: the user's own character of that name, or a public one. */
export const getCharacterByName = (charName: string, signal?: AbortSignal) =>
  apiRequest('/character/get', { body: { charName }, schema: characterSchema, signal });

export const createCharacter = (input: CreateCharacterInput) =>
  apiRequest('/character/create', { body: input, schema: charIdResponseSchema }).then((body) => body.charID);

/**
 * `baseVersion`: the version the page showed (local mode); the server refuses with 409 a save over a
 * newer one, so two tabs do not overwrite each other silently. `generated`: the backstory saved is a
 * generated take, as applied (the version says so).
 */
export const updateCharacter = (input: UpdateCharacterInput, options: { baseVersion?: number; generated?: boolean } = {}) =>
  apiRequest('/character/update', {
    body: input,
    headers: {
      ...(options.baseVersion === undefined ? {} : { 'X-Base-Version': String(options.baseVersion) }),
      ...(options.generated ? { 'X-Change-Source': 'generator' } : {}),
    },
    schema: statusResponseSchema,
  });

export const cloneCharacter = (input: { charID: string; KB: boolean }) =>
  apiRequest('/user/clone_character', { body: input, schema: charIdResponseSchema }).then((body) => body.charID);

export const deleteCharacter = (charID: string) => apiRequest('/character/delete', { body: { charID }, schema: statusResponseSchema });

export const characterQueries = {
  list: () => queryOptions({ queryKey: characterKeys.lists(), queryFn: ({ signal }) => listCharacters(signal) }),
  detail: (id: string) => queryOptions({ queryKey: characterKeys.detail(id), queryFn: ({ signal }) => getCharacter(id, signal) }),
};
