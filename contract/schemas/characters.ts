/** The Character Base API: request bodies as the local server validates them, and the character record. */
import { z } from 'zod/mini';
import { nullString } from '../check';
import { limits } from '../limits';
import { optionalSectionId } from './narrative';
import { actionList, jsonOrText, languageCode, languageCodeList, looseBoolean, looseNumber, plainText, textField } from './fields';

export const createCharacterRequest = z.object({
  charName: textField('charName', limits.nameMax),
  voiceType: textField('voiceType', limits.voiceMax),
  backstory: textField('backstory', limits.backstoryMax),
  actions: z.optional(actionList),
});

/** Long-term memory, as Convai's Unreal SDK sends it: `{"enabled": true}`. */
export const memorySettingsField = jsonOrText(z.strictObject({ enabled: looseBoolean }));

/** Knowledge-bank connections: `[{"id": "<document>", "status": "active" | "inactive"}]`. */
export const docsField = jsonOrText(z.array(z.strictObject({ id: textField('docs.id', 200), status: z.enum(['active', 'inactive']) })));

/**
 * Every field `/character/update` takes. Strict: a field it does not know is refused by name, never
 * answered with SUCCESS and dropped.
 */
export const updateCharacterRequest = z.strictObject({
  charID: textField('charID', 200),
  charName: z.optional(textField('charName', limits.nameMax)),
  voiceType: z.optional(textField('voiceType', limits.voiceMax)),
  backstory: z.optional(textField('backstory', limits.backstoryMax)),
  action: z.optional(actionList),
  languageCodes: z.optional(languageCodeList),
  languageCode: z.optional(languageCode('languageCode')),
  model_group_name: z.optional(textField('model_group_name', 100)),
  temperature: z.optional(
    z.pipe(
      looseNumber,
      z.number().check(z.gte(0, 'temperature must be between 0 and 1.'), z.lte(1, 'temperature must be between 0 and 1.')),
    ),
  ),
  reasoning_effort: z.optional(plainText('reasoning_effort', 40)),
  memorySettings: z.optional(memorySettingsField),
  docs: z.optional(docsField),
  // Narrative design: the section a conversation starts in ("" or null: none, the first created), and the switch.
  start_narrative_section_id: z.optional(optionalSectionId('start_narrative_section_id')),
  is_narrative_driven: z.optional(looseBoolean),
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
  model_group_name?: string;
  temperature?: number;
  reasoning_effort?: string;
  memorySettings?: { enabled: boolean };
  start_narrative_section_id?: string | null;
  is_narrative_driven?: boolean;
  /** Connects (`active`) or disconnects (`inactive`) knowledge-bank documents. */
  docs?: Array<{ id: string; status: 'active' | 'inactive' }>;
};

/** A field a client may safely miss: anything unexpected reads as null. */
const lenient = <T extends z.core.SomeType>(schema: T) => z.catch(z.nullish(schema), null);

export const modelDetailsSchema = z.looseObject({
  modelType: z.nullish(z.string()),
  modelLink: z.nullish(z.string()),
  modelPlaceholder: z.nullish(z.string()),
  METAHUMAN: z.nullish(z.looseObject({ avatar_image: z.nullish(z.string()), avatar_image_square: z.nullish(z.string()) })),
});

/** The character's AI settings as the record shows them. */
export const personalisedPromptConfigSchema = z.looseObject({
  MODEL: z.nullish(z.string()),
  TEMPERATURE: z.nullish(z.number()),
  REASONING_EFFORT: z.nullish(z.string()),
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
  personalised_prompt_config: lenient(personalisedPromptConfigSchema),
  start_narrative_section_id: lenient(z.string()),
  last_interacted_with: lenient(z.string()),
});
export type Character = z.infer<typeof characterSchema>;

export const characterListSchema = z.object({ characters: z.array(characterSchema) });

export const charIdResponseSchema = z.object({ charID: z.string() });
export const statusResponseSchema = z.object({ STATUS: z.string() });

/** One model of `POST /character/getSupportedModel`; a model without a `reasoning` block has no levels. */
export const supportedModelSchema = z.looseObject({
  model_group_name: z.string(),
  display_name: z.catch(z.string(), ''),
  reasoning: z.catch(
    z.nullish(
      z.looseObject({
        levels: z.catch(z.array(z.string()), []),
        supports_auto: z.catch(z.boolean(), false),
        default: z.catch(z.nullish(z.string()), null),
      }),
    ),
    null,
  ),
});
export type SupportedModel = z.infer<typeof supportedModelSchema>;

/** The model list: a top-level array (the local server), or the same under `models`. */
export const supportedModelsSchema = z.pipe(
  z.union([z.array(supportedModelSchema), z.object({ models: z.array(supportedModelSchema) })]),
  z.transform((value: SupportedModel[] | { models: SupportedModel[] }) => (Array.isArray(value) ? value : value.models)),
);
