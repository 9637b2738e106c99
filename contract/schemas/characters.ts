/** The Character Base API: request bodies as the local server validates them, and the character record. */
import { z } from 'zod/mini';
import { nullString } from '../check';
import { limits } from '../limits';
import { actionList, languageCodeList, looseBoolean, textField } from './fields';

export const createCharacterRequest = z.object({
  charName: textField('charName', limits.nameMax),
  voiceType: textField('voiceType', limits.voiceMax),
  backstory: textField('backstory', limits.backstoryMax),
  actions: z.optional(actionList),
});

export const updateCharacterRequest = z.object({
  charID: textField('charID', 200),
  charName: z.optional(textField('charName', limits.nameMax)),
  voiceType: z.optional(textField('voiceType', limits.voiceMax)),
  backstory: z.optional(textField('backstory', limits.backstoryMax)),
  action: z.optional(actionList),
  languageCodes: z.optional(languageCodeList),
});

export const getCharacterRequest = z
  .object({
    charID: z.optional(textField('charID', 200)),
    charName: z.optional(textField('charName', limits.nameMax)),
  })
  .check(
    z.refine(
      (body: { charID?: string; charName?: string }) => body.charID !== undefined || body.charName !== undefined,
      'charID or charName is required.',
    ),
  );

export const cloneCharacterRequest = z.object({
  charID: textField('charID', 200),
  KB: z._default(z.optional(looseBoolean), false),
});

export const deleteCharacterRequest = z.object({ charID: textField('charID', 200) });

/** What the app sends: the request shapes before the server's coercions. */
export type CreateCharacterInput = { charName: string; voiceType: string; backstory: string; actions?: string };
export type UpdateCharacterInput = {
  charID: string;
  charName?: string;
  voiceType?: string;
  backstory?: string;
  action?: string;
  languageCodes?: string[];
};

/** A field a client may safely miss: anything unexpected reads as null. */
const lenient = <T extends z.core.SomeType>(schema: T) => z.catch(z.nullish(schema), null);

export const modelDetailsSchema = z.looseObject({
  modelType: z.nullish(z.string()),
  modelLink: z.nullish(z.string()),
  modelPlaceholder: z.nullish(z.string()),
  METAHUMAN: z.nullish(z.looseObject({ avatar_image: z.nullish(z.string()), avatar_image_square: z.nullish(z.string()) })),
});

/**
 * The character record, as `get` answers it and `list` lists it (without the backstory). Loose: the
 * hosted service adds fields clients ignore. The first page reads the list with a hand-written check
 * instead (`readCharacterSummary` in ../character.ts), proven to agree with this schema.
 */
export const characterSchema = z.looseObject({
  character_name: z.string(),
  character_id: z.string(),
  user_id: z.nullish(z.string()),
  voice_type: z.catch(z.string(), ''),
  timestamp: z.catch(z.string(), ''),
  backstory: z.optional(z.string()),
  listing: z.nullish(z.string()),
  language_code: lenient(
    z.pipe(
      z.string(),
      z.transform((value: string) => nullString(value) as string | null),
    ),
  ),
  language_codes: lenient(z.array(z.string())),
  character_actions: lenient(z.array(z.string())),
  character_emotions: lenient(z.array(z.string())),
  model_details: lenient(modelDetailsSchema),
  is_narrative_driven: lenient(z.boolean()),
  memory_settings: lenient(z.looseObject({ enabled: z.nullish(z.boolean()) })),
  last_interacted_with: lenient(z.string()),
});
export type Character = z.infer<typeof characterSchema>;

export const characterListSchema = z.object({ characters: z.array(characterSchema) });

export const charIdResponseSchema = z.object({ charID: z.string() });
export const statusResponseSchema = z.object({ STATUS: z.string() });
