import { Hono } from 'hono';
import { z } from 'zod/mini';
import {
  createCharacterRequest,
  deleteCharacterRequest,
  getCharacterRequest,
  updateCharacterRequest,
} from '../../contract/schemas/characters';
import { errorMessages } from '../../contract/errors';
import type { CharacterStore } from '../db/characters';
import { errorBody } from '../http/error-body';
import { characterRecord } from './character-record';
import { convaiPost, type KeyRing } from './endpoint';

const originOf = (url: string) => new URL(url).origin;

/** The Character Base API, mounted at /character. */
export function characterRoutes(keys: KeyRing, characterStore: CharacterStore) {
  const routes = new Hono();

  routes.post(
    '/create',
    convaiPost(
      keys,
      {
        authKey: 'API_ERROR',
        errorKey: 'INTERNAL_ERROR',
        schema: createCharacterRequest,
        invalid: () => errorMessages.createFailed,
      },
      (c, input, user) => {
        const charID = characterStore.create({
          userId: user.id,
          name: input.charName,
          voiceType: input.voiceType,
          backstory: input.backstory,
          actions: input.actions ?? [],
        });
        return c.json({ charID }, 201);
      },
    ),
  );

  routes.post(
    '/update',
    convaiPost(
      keys,
      {
        authKey: 'API_ERROR',
        errorKey: 'ERROR',
        schema: updateCharacterRequest,
        invalid: (problem) => `${errorMessages.updateFailed} ${problem}`,
      },
      (c, input, user) => {
        const updated = characterStore.update(input.charID, user.id, {
          name: input.charName,
          voiceType: input.voiceType,
          backstory: input.backstory,
          actions: input.action,
          languageCodes: input.languageCodes,
        });
        if (!updated) return errorBody(c, 'ERROR', errorMessages.characterNotFound, 400);
        return c.json({ STATUS: 'SUCCESS' });
      },
    ),
  );

  routes.post(
    '/get',
    convaiPost(
      keys,
      {
        authKey: 'API_ERROR',
        errorKey: 'ERROR',
        schema: getCharacterRequest,
        invalid: () => errorMessages.databaseCallsFailed,
      },
      (c, input, user) => {
        const row = input.charID
          ? characterStore.readable(input.charID, user.id)
          : characterStore.readableByName(input.charName ?? '', user.id);
        if (!row) return errorBody(c, 'ERROR', errorMessages.databaseCallsFailed, 400);
        return c.json(characterRecord(row, originOf(c.req.url)));
      },
    ),
  );

  routes.post(
    '/delete',
    convaiPost(
      keys,
      {
        authKey: 'API_ERROR',
        errorKey: 'ERROR',
        schema: deleteCharacterRequest,
        invalid: () => errorMessages.databaseCallsFailed,
      },
      (c, input, user) => {
        if (!characterStore.remove(input.charID, user.id)) {
          return errorBody(c, 'ERROR', errorMessages.databaseCallsFailed, 400);
        }
        return c.json({ STATUS: 'SUCCESS' });
      },
    ),
  );

  routes.post(
    '/list',
    convaiPost(
      keys,
      {
        authKey: 'API_ERROR',
        errorKey: 'ERROR',
        missingKeyStatus: 400,
        schema: z.object({}),
        invalid: () => errorMessages.databaseCallsFailed,
      },
      (c, _input, user) => {
        const origin = originOf(c.req.url);
        const rows = characterStore.listOwned(user.id);
        return c.json({ characters: rows.map((row) => characterRecord(row, origin, false)) });
      },
    ),
  );

  return routes;
}
