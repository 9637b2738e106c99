import { Hono } from 'hono';
import { z } from 'zod/mini';
import {
  createCharacterRequest,
  deleteCharacterRequest,
  getCharacterRequest,
  updateCharacterRequest,
} from '../../contract/schemas/characters';
import { errorMessages } from '../../contract/errors';
import { limits } from '../../contract/limits';
import type { CharacterStore } from '../db/characters';
import type { KnowledgeStore } from '../db/knowledge';
import { baseVersionOf, changeSourceOf } from '../versions/change-source';
import type { ChangeRecorder } from '../versions/record-change';
import type { NarrativeStore } from '../db/narrative';
import { errorBody } from '../http/error-body';
import { characterRecord } from './character-record';
import { convaiPost, type KeyRing } from './endpoint';
import { reasoningValues } from '../../contract/models';
import { DEFAULT_MODEL, modelByName, modelCatalogue } from './model-catalogue';

const originOf = (url: string) => new URL(url).origin;

/** A save from a page that showed version `base` of a character now at `latest`. */
export const versionConflict = (base: number, latest: number) =>
  `This character was changed since this page opened it (it showed version ${base}; it is now at version ${latest}). Nothing was saved: compare the two versions in History, then save again.`;

/** The Character Base API, mounted at /character. */
export function characterRoutes(
  keys: KeyRing,
  characterStore: CharacterStore,
  narrativeStore: NarrativeStore,
  knowledgeStore: KnowledgeStore,
  recordChange: ChangeRecorder,
  latestVersion: (characterId: string) => number | null,
) {
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
        recordChange(charID, 'create');
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
        const row = characterStore.owned(input.charID, user.id);
        if (!row) return errorBody(c, 'ERROR', errorMessages.characterNotFound, 400);
        const refuse = (problem: string) => errorBody(c, 'ERROR', `${errorMessages.updateFailed} ${problem} Nothing was changed.`, 400);
        // The dashboard saving over a change it has not seen (another tab, an API client) is refused.
        const base = baseVersionOf(c);
        const latest = latestVersion(row.id);
        if (base !== null && latest !== null && base !== latest) {
          return errorBody(c, 'ERROR', versionConflict(base, latest), 409);
        }
        // Every field sent is applied, or the call is refused: never SUCCESS for a field dropped.
        for (const doc of input.docs ?? []) {
          const document = knowledgeStore.owned(doc.id, user.id);
          if (!document) return refuse(`docs: no document '${doc.id}' in this account's knowledge bank.`);
          if (doc.status === 'active' && document.state === 'failed') {
            return refuse(
              `docs: '${document.file_name}' could not be read (${document.failure ?? 'no reason given'}), so it cannot be connected.`,
            );
          }
        }

        const start = input.start_narrative_section_id;
        if (start && !narrativeStore.section(row.id, start)) {
          return refuse(`start_narrative_section_id: no section '${start}' in this character's narrative.`);
        }

        // languageCode is the primary language: first of languageCodes.
        let languageCodes = input.languageCodes;
        if (input.languageCode !== undefined) {
          const others = (languageCodes ?? (JSON.parse(row.language_codes) as string[])).filter((code) => code !== input.languageCode);
          languageCodes = [input.languageCode, ...others].slice(0, limits.languagesMax);
        }

        const modelName = input.model_group_name ?? row.model_group_name ?? DEFAULT_MODEL;
        const model = modelByName(modelName);
        if (!model) {
          return refuse(
            `model_group_name: unknown model '${modelName}'. Supported models: ${modelCatalogue.map((entry) => entry.model_group_name).join(', ')}.`,
          );
        }
        let reasoningEffort: string | null | undefined;
        if (input.reasoning_effort !== undefined) {
          const values = reasoningValues(model);
          if (input.reasoning_effort !== '' && !values.includes(input.reasoning_effort)) {
            return errorBody(
              c,
              'ERROR',
              `Invalid reasoning_effort '${input.reasoning_effort}' for model '${model.model_group_name}'. Supported values: ${values.join(', ') || 'none'}.`,
              400,
            );
          }
          reasoningEffort = input.reasoning_effort || null;
        } else if (input.model_group_name !== undefined && row.reasoning_effort && !reasoningValues(model).includes(row.reasoning_effort)) {
          // A new model without the old level goes back to its own default.
          reasoningEffort = null;
        }

        characterStore.update(row.id, user.id, {
          name: input.charName,
          voiceType: input.voiceType,
          backstory: input.backstory,
          actions: input.action,
          languageCodes,
          modelGroupName: input.model_group_name,
          temperature: input.temperature,
          reasoningEffort,
          memoryEnabled: input.memorySettings?.enabled,
          startNarrativeSectionId: start,
          isNarrativeDriven: input.is_narrative_driven,
        });
        if (input.docs) knowledgeStore.setConnections(row.id, input.docs);
        recordChange(row.id, changeSourceOf(c));
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

  routes.post(
    '/getSupportedModel',
    convaiPost(keys, { authKey: 'ERROR', errorKey: 'ERROR', schema: z.object({}), invalid: (problem) => problem }, (c) =>
      c.json(modelCatalogue),
    ),
  );

  return routes;
}
