/**
 * The character record without zod, for the first page: the list's records read by hand, and what
 * the dashboard derives from a record (its picture, its languages). `readCharacterSummary` must
 * accept and normalise exactly as `characterSchema` does; character.test.ts proves it with
 * generated records.
 */
import { handCheck, isPlainObject, isSafeUrl, isStringList, nullString } from './check';
import type { Character } from './schemas/characters';

/** A character as the list gives it, reduced to what the character list reads. */
export type CharacterSummary = Pick<
  Character,
  'character_name' | 'character_id' | 'voice_type' | 'timestamp' | 'language_code' | 'language_codes' | 'model_details'
>;

const isNullishText = (value: unknown) => value === undefined || value === null || typeof value === 'string';

/** `characterSchema`'s model_details: an object whose known fields are text when present, else null. */
function readModelDetails(value: unknown): CharacterSummary['model_details'] {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) return null;
  const { modelType, modelLink, modelPlaceholder, METAHUMAN } = value;
  if (!isNullishText(modelType) || !isNullishText(modelLink) || !isNullishText(modelPlaceholder)) return null;
  if (METAHUMAN !== undefined && METAHUMAN !== null) {
    if (!isPlainObject(METAHUMAN) || !isNullishText(METAHUMAN.avatar_image) || !isNullishText(METAHUMAN.avatar_image_square)) return null;
  }
  return value;
}

/** One record of the list, checked and normalised as `characterSchema` would; undefined when the schema refuses it. */
export function readCharacterSummary(value: unknown): CharacterSummary | undefined {
  if (!isPlainObject(value)) return undefined;
  const record = value;
  if (typeof record.character_name !== 'string' || typeof record.character_id !== 'string') return undefined;
  if (!isNullishText(record.user_id) || !isNullishText(record.listing)) return undefined;
  if (record.backstory !== undefined && typeof record.backstory !== 'string') return undefined;
  const languageCode = nullString(record.language_code);
  return {
    character_name: record.character_name,
    character_id: record.character_id,
    voice_type: typeof record.voice_type === 'string' ? record.voice_type : '',
    timestamp: typeof record.timestamp === 'string' ? record.timestamp : '',
    language_code: record.language_code === undefined ? undefined : typeof languageCode === 'string' ? languageCode : null,
    language_codes: record.language_codes === undefined ? undefined : isStringList(record.language_codes) ? record.language_codes : null,
    model_details: readModelDetails(record.model_details),
  };
}

/**
 * `{"characters": [...]}` with every record checked. By hand: the list may hold ten thousand
 * records, and zod's object checks, which the page's Content-Security-Policy keeps from compiling
 * to fast code, took the browser 70–110 ms for that many; this check takes one or two.
 */
export const characterListCheck = handCheck((value): { characters: CharacterSummary[] } | undefined => {
  if (!isPlainObject(value) || !Array.isArray(value.characters)) return undefined;
  const characters: CharacterSummary[] = [];
  for (const item of value.characters) {
    const summary = readCharacterSummary(item);
    if (!summary) return undefined;
    characters.push(summary);
  }
  return { characters };
});

/** The record's picture, when it has one ("NULL", empty strings and unsafe addresses mean none). */
export function avatarOf(character: Pick<CharacterSummary, 'model_details'>): string | null {
  const details = character.model_details;
  const candidates = [details?.METAHUMAN?.avatar_image_square, details?.METAHUMAN?.avatar_image, details?.modelPlaceholder];
  return candidates.find(isSafeUrl) ?? null;
}

/** The record's languages: `language_codes` when present, else the single `language_code`. */
export function languagesOf(character: Pick<CharacterSummary, 'language_codes' | 'language_code'>): string[] {
  if (character.language_codes && character.language_codes.length > 0) return character.language_codes;
  const single = nullString(character.language_code);
  return typeof single === 'string' ? [single] : [];
}
