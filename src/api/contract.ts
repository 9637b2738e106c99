/**
 * The Convai character API contract as zod schemas: the one definition both the app's API module
 * (validating responses) and the local server (validating requests, shaping responses) use.
 * See ../shared/convai-api.md. Imported by the server, so it must stay free of DOM and path aliases.
 *
 * Written with zod/mini, whose functions tree-shake. The first page does not load this module at
 * all: what it needs without zod is in contract-plain.ts, re-exported here.
 */
import { z } from 'zod/mini';
import { limits, nullString } from './contract-plain';

export * from './contract-plain';

// ---------------------------------------------------------------------------------------------
// Lenient scalars: clients send booleans and numbers as strings.

const truthy = new Set(['true', '1', 'yes']);
const falsy = new Set(['false', '0', 'no', '']);

/** A boolean sent as a JSON boolean or as "True"/"true"/"False"/"1"/"0". */
export const looseBoolean = z.pipe(
  z.union([z.boolean(), z.string()]),
  z.transform((value: boolean | string, ctx) => {
    if (typeof value === 'boolean') return value;
    const text = value.trim().toLowerCase();
    if (truthy.has(text)) return true;
    if (falsy.has(text)) return false;
    ctx.issues.push({ code: 'custom', message: `Expected a boolean, got "${value}".`, input: value });
    return false;
  }),
);

/** An integer sent as a JSON number or as a string ("-1"). */
export const looseInteger = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((value: number | string, ctx) => {
    const number = typeof value === 'number' ? value : Number(value.trim());
    if (!Number.isInteger(number) || (typeof value === 'string' && value.trim() === '')) {
      ctx.issues.push({ code: 'custom', message: `Expected a whole number, got "${String(value)}".`, input: value });
    }
    return number;
  }),
);

// Text fields refuse NUL and other control characters (tab and line breaks excepted).
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const textField = (label: string, max: number) =>
  z.string({ error: `${label} must be text.` }).check(
    z.trim(),
    z.minLength(1, `${label} is required.`),
    z.maxLength(max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`),
    z.refine((text: string) => !controlCharacters.test(text), `${label} contains control characters.`),
  );

/** Splits an action list given as "a, b" or ["a", "b"] into trimmed, non-empty, unique actions. */
export const actionList = z.pipe(
  z.pipe(
    z.union([z.string(), z.array(z.string())]),
    z.transform((value: string | string[]) => {
      const parts = Array.isArray(value) ? value : value.split(',');
      return [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
    }),
  ),
  z
    .array(
      z.string().check(
        z.maxLength(limits.actionMax, `An action must be at most ${limits.actionMax} characters.`),
        z.refine((text: string) => !controlCharacters.test(text), 'An action contains control characters.'),
      ),
    )
    .check(z.maxLength(limits.actionsMax, `At most ${limits.actionsMax} actions.`)),
);

// ---------------------------------------------------------------------------------------------
// Languages (the Language List API).

export const languageNames = {
  'en-US': 'English',
  'es-ES': 'Spanish (Spain)',
  'fr-FR': 'French',
  ar: 'Arabic',
  'hi-IN': 'Hindi',
  'ja-JP': 'Japanese',
  'ko-KR': 'Korean',
  'ru-RU': 'Russian',
  'nl-NL': 'Dutch (Netherlands)',
  'nl-BE': 'Dutch (Belgium)',
  'cmn-CN': 'Mandarin Chinese',
  'de-DE': 'German',
  'vi-VN': 'Vietnamese',
  'it-IT': 'Italian',
  'tr-TR': 'Turkish',
  'pt-BR': 'Portuguese (Brazil)',
  'es-MX': 'Spanish (Mexico)',
  'zh-HK': 'Cantonese',
  'pl-PL': 'Polish',
  'pt-PT': 'Portuguese (Portugal)',
  'es-US': 'Spanish (US)',
  'sv-SE': 'Swedish',
  'kk-KZ': 'Kazakh',
  'fi-FI': 'Finnish',
} as const satisfies Record<string, string>;

export type LanguageCode = keyof typeof languageNames;
export const languageCodes = Object.keys(languageNames) as LanguageCode[];

/** A list of language codes sent as a JSON array, a JSON-encoded string, or "a, b". */
export const languageCodeList = z.pipe(
  z.pipe(
    z.union([z.string(), z.array(z.string())]),
    z.transform((value: string | string[]) => {
      let codes: string[] = [];
      if (Array.isArray(value)) codes = value;
      else {
        const text = value.trim();
        codes = text.split(',');
        if (text.startsWith('[')) {
          try {
            const parsed: unknown = JSON.parse(text);
            if (Array.isArray(parsed)) codes = parsed.map(String);
          } catch {
            // not JSON: the comma-separated reading stands
          }
        }
      }
      return [...new Set(codes.map((code) => code.trim()).filter(Boolean))];
    }),
  ),
  z.array(z.string()).check(
    z.minLength(1, 'At least one language is required.'),
    z.maxLength(limits.languagesMax),
    z.superRefine((codes: string[], ctx) => {
      const unknown = codes.filter((code) => !(code in languageNames));
      if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `Unknown language code: ${unknown.join(', ')}.`, input: codes });
    }),
  ),
);

export const languageEntrySchema = z.object({ lang_code: z.string(), lang_name: z.string() });
export const languageListSchema = z.array(z.record(z.string(), languageEntrySchema));
export type LanguageList = z.infer<typeof languageListSchema>;

// ---------------------------------------------------------------------------------------------
// Characters (the Character Base API).

/** Request bodies, as the local server validates them. */
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

/** The Backstory API's form body. */
export const backstoryRequest = z.object({
  inputText: textField('inputText', limits.inputTextMax),
  charName: textField('charName', limits.nameMax),
});

// ---------------------------------------------------------------------------------------------
// Conversation (the Interaction API) and chat history.

export const interactionErrors = {
  oneInput: "Expecting only one; either an audio file or user's query as a string",
} as const;

const optionalText = (label: string, max: number) =>
  z.optional(
    z.string({ error: `${label} must be text.` }).check(
      z.trim(),
      z.maxLength(max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`),
      z.refine((text: string) => !controlCharacters.test(text), `${label} contains control characters.`),
    ),
  );

export const getResponseRequest = z.object({
  charID: textField('charID', 200),
  sessionID: optionalText('sessionID', 100),
  userText: optionalText('userText', limits.userTextMax),
  voiceResponse: z.optional(looseBoolean),
  stream: z.optional(looseBoolean),
  trigger_name: optionalText('trigger_name', 200),
  trigger_message: optionalText('trigger_message', limits.userTextMax),
  file: z.optional(z.unknown()),
});

export const getResponseSchema = z.looseObject({
  charID: z.string(),
  text: z.string(),
  sessionID: z.string(),
  audio: z.nullish(z.string()),
  sample_rate: z.nullish(z.union([z.number(), z.string()])),
});
export type GetResponseAnswer = z.infer<typeof getResponseSchema>;

export const chatHistoryListRequest = z.object({
  charID: textField('charID', 200),
  limit: z.optional(looseInteger),
});

export const chatHistoryDetailsRequest = z.object({
  charID: textField('charID', 200),
  sessionID: textField('sessionID', 100),
});

/** One session in the list: `date` is DD-MM-YYYY and `time` HH:MM:SS, in UTC. */
export const sessionSummarySchema = z.looseObject({
  sessionID: z.string(),
  date: z.string(),
  time: z.string(),
  is_added_to_memory: z.nullish(z.boolean()),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export const sessionListSchema = z.array(sessionSummarySchema);

export const speakerTurnSchema = z.looseObject({ speaker: z.string(), message: z.string() });

/** One exchange of a session: the user's turn and the character's, oldest first. */
export const exchangeSchema = z.looseObject({
  timestamp: z.string(),
  interaction: z.array(speakerTurnSchema),
  is_trigger_input: z.nullish(z.boolean()),
});
export type Exchange = z.infer<typeof exchangeSchema>;
export const sessionDetailsSchema = z.array(exchangeSchema);

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

// The record's fields, defined once for the full record and for the list's summaries.
const recordFields = {
  character_name: z.string(),
  character_id: z.string(),
  user_id: z.nullish(z.string()),
  voice_type: z.catch(z.string(), ''),
  timestamp: z.catch(z.string(), ''),
  backstory: z.optional(z.string()),
  listing: z.nullish(z.string()),
  language_code: z.catch(
    z.pipe(
      z.nullish(z.string()),
      z.transform((value: string | null | undefined) => nullString(value) as string | null),
    ),
    null,
  ),
  language_codes: lenient(z.array(z.string())),
  character_actions: lenient(z.array(z.string())),
  character_emotions: lenient(z.array(z.string())),
  model_details: lenient(modelDetailsSchema),
  is_narrative_driven: lenient(z.boolean()),
  memory_settings: lenient(z.looseObject({ enabled: z.nullish(z.boolean()) })),
  last_interacted_with: lenient(z.string()),
};

/** The character record. Loose: the hosted service adds fields clients ignore. */
export const characterSchema = z.looseObject(recordFields);
export type Character = z.infer<typeof characterSchema>;

export const charIdResponseSchema = z.object({ charID: z.string() });
export const statusResponseSchema = z.object({ STATUS: z.string() });
