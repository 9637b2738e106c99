/**
 * The parts of the Convai contract that need no zod: limits, error bodies, the list's record and
 * its check, a record's picture and languages, and hand-written checks of the answers the first
 * page reads (the character list, the voice list). The first page loads this and not zod, which
 * would add about 15 KB (gzipped) to it; contract.ts re-exports all of it with the zod schemas.
 * Imported by the server, so it must stay free of DOM and path aliases.
 */

// ---------------------------------------------------------------------------------------------
// Limits the local server enforces and the editor checks before sending.

export const limits = {
  nameMax: 100,
  backstoryMax: 20_000,
  voiceMax: 100,
  actionMax: 60,
  actionsMax: 50,
  languagesMax: 24,
  inputTextMax: 2_000,
  userTextMax: 4_000,
} as const;

// ---------------------------------------------------------------------------------------------
// Errors. Every error body is a one-key object; the key depends on the endpoint.

export const errorKeys = ['ERROR', 'API_ERROR', 'INTERNAL_ERROR', 'detail', 'error'] as const;
export type ErrorKey = (typeof errorKeys)[number];

export const errorMessages = {
  missingKey: 'api_key not found.',
  invalidKey: 'Invalid API key provided.',
  createFailed: 'Error in creating the character. Check if all the input data is valid. Contact support for more info.',
  characterNotFound: 'Could not fetch character details from all_characters table.',
  updateFailed: 'Could not update all_characters table.',
  databaseCallsFailed: 'INTERNAL SERVER ERROR, one or more database calls failed!',
  rateLimited: 'Rate limit exceeded.',
} as const;

/** Reads the message out of any of the contract's error bodies, or null when the body is not one. */
export function errorMessageOf(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const record = body as Record<string, unknown>;
  for (const key of errorKeys) {
    const value = record[key];
    if (typeof value === 'string' && value) return value;
    // FastAPI-style validation errors: {"detail": [{"msg": "..."}]}
    if (key === 'detail' && Array.isArray(value) && value.length > 0) {
      const first = value[0] as { msg?: unknown };
      if (typeof first?.msg === 'string') return first.msg;
    }
  }
  // The Interaction API's 404: {"charID": "...", "text": "process_failure, error: ..."}
  if (typeof record.text === 'string' && record.text.startsWith('process_failure')) return record.text;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Checking answers without zod.

/** What the API module validates an answer with: a zod schema, or a hand-written check like these. */
export type Validator<T> = { safeParse(value: unknown): { success: true; data: T } | { success: false } };

/** A Validator from a function that returns the checked (and normalised) value, or undefined when it does not fit. */
export function handCheck<T>(check: (value: unknown) => T | undefined): Validator<T> {
  return {
    safeParse(value) {
      const data = check(value);
      return data === undefined ? { success: false } : { success: true, data };
    },
  };
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
export const nullString = (value: unknown) => (value === 'NULL' || value === '' ? null : value);

// ---------------------------------------------------------------------------------------------
// The character list.

/** A character as the list gives it, reduced to what the character list reads. */
export type CharacterSummary = {
  character_name: string;
  character_id: string;
  voice_type?: string | null;
  timestamp?: string | null;
  language_code?: string | null;
  language_codes?: string[] | null;
  model_details?: {
    modelPlaceholder?: string | null;
    METAHUMAN?: { avatar_image?: string | null; avatar_image_square?: string | null } | null;
  } | null;
};

const isText = (value: unknown) => value === undefined || value === null || typeof value === 'string';
const isTextList = (value: unknown) =>
  value === undefined || value === null || (Array.isArray(value) && value.every((item) => typeof item === 'string'));

export function isCharacterSummary(value: unknown): value is CharacterSummary {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.character_name === 'string' &&
    typeof record.character_id === 'string' &&
    isText(record.voice_type) &&
    isText(record.timestamp) &&
    isText(record.language_code) &&
    isTextList(record.language_codes) &&
    (record.model_details === undefined || record.model_details === null || typeof record.model_details === 'object')
  );
}

/**
 * `{"characters": [...]}` with every record checked. By hand: the list may hold ten thousand
 * records, and zod's object checks, which the page's Content-Security-Policy keeps from compiling
 * to fast code, took the browser 70–110 ms for that many; this check takes one or two.
 */
export const characterListCheck = handCheck((value): { characters: CharacterSummary[] } | undefined =>
  isPlainObject(value) && Array.isArray(value.characters) && value.characters.every(isCharacterSummary)
    ? { characters: value.characters }
    : undefined,
);

// ---------------------------------------------------------------------------------------------
// Voices (the Voice List API): sections of one-key objects, `{"Name": {voice_value, lang_codes, …}}`.

export type VoiceEntry = {
  voice_value: string;
  lang_codes: string[];
  gender: string;
  deployment_env?: string[];
  sample_link?: string | null;
  [field: string]: unknown;
};
export type VoiceList = Record<string, Array<Record<string, VoiceEntry>>>;

/** One voice: `voice_value` must be text; unreadable languages or gender read as none. Other fields pass through. */
export function checkVoiceEntry(value: unknown): VoiceEntry | undefined {
  if (!isPlainObject(value) || typeof value.voice_value !== 'string') return undefined;
  if (value.deployment_env !== undefined && !isStringList(value.deployment_env)) return undefined;
  if (value.sample_link !== undefined && value.sample_link !== null && typeof value.sample_link !== 'string') return undefined;
  return {
    ...value,
    voice_value: value.voice_value,
    lang_codes: isStringList(value.lang_codes) ? value.lang_codes : [],
    gender: typeof value.gender === 'string' ? value.gender : '',
  };
}

export const voiceListCheck = handCheck((value): VoiceList | undefined => {
  if (!isPlainObject(value)) return undefined;
  const list: VoiceList = {};
  for (const [section, entries] of Object.entries(value)) {
    if (!Array.isArray(entries)) return undefined;
    const checked: Array<Record<string, VoiceEntry>> = [];
    for (const entry of entries) {
      if (!isPlainObject(entry)) return undefined;
      const voices: Record<string, VoiceEntry> = {};
      for (const [name, voice] of Object.entries(entry)) {
        const ok = checkVoiceEntry(voice);
        if (!ok) return undefined;
        voices[name] = ok;
      }
      checked.push(voices);
    }
    list[section] = checked;
  }
  return list;
});

// ---------------------------------------------------------------------------------------------
// Reading a record.

/** The record's picture, when it has one ("NULL" and empty strings mean none). */
export function avatarOf(character: { model_details?: CharacterSummary['model_details'] }): string | null {
  const details = character.model_details;
  const candidates = [details?.METAHUMAN?.avatar_image_square, details?.METAHUMAN?.avatar_image, details?.modelPlaceholder];
  for (const candidate of candidates) {
    const value = nullString(candidate);
    if (typeof value === 'string' && /^(https?:\/\/|\/(?!\/))\S*$/.test(value)) return value;
  }
  return null;
}

/** The record's languages: `language_codes` when present, else the single `language_code`. */
export function languagesOf(character: { language_codes?: string[] | null; language_code?: string | null }): string[] {
  if (character.language_codes && character.language_codes.length > 0) return character.language_codes;
  const single = nullString(character.language_code);
  return typeof single === 'string' ? [single] : [];
}
