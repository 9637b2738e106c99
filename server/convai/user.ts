import { Hono } from 'hono';
import { cloneCharacterRequest } from '../../contract/schemas/characters';
import { errorMessages } from '../../contract/errors';
import type { CharacterStore } from '../db/characters';
import type { ChangeRecorder } from '../versions/record-change';
import { errorBody } from '../http/error-body';
import { convaiPost, type KeyRing } from './endpoint';

/** The user-scoped calls, mounted at /user: cloning a character. */
export function userRoutes(keys: KeyRing, characterStore: CharacterStore, recordChange: ChangeRecorder) {
  const routes = new Hono();

  routes.post(
    '/clone_character',
    convaiPost(
      keys,
      {
        authKey: 'API_ERROR',
        errorKey: 'ERROR',
        schema: cloneCharacterRequest,
        invalid: () => errorMessages.databaseCallsFailed,
      },
      (c, input, user) => {
        const charID = characterStore.clone(input.charID, user.id, input.KB);
        if (!charID) return errorBody(c, 'ERROR', errorMessages.databaseCallsFailed, 400);
        recordChange(charID, 'clone');
        return c.json({ charID });
      },
    ),
  );

  return routes;
}
