import type { Character } from '../../contract/schemas/characters';
import { listsOf, type CharacterRow } from '../db/characters';
import { DEFAULT_TEMPERATURE } from '../../contract/models';
import { DEFAULT_MODEL } from './model-catalogue';

/** A stored path ("/avatars/x.svg") as the absolute URL clients expect; "NULL" when there is none. */
export function absoluteUrl(pathOrUrl: string | null, origin: string): string {
  if (!pathOrUrl) return 'NULL';
  return pathOrUrl.startsWith('/') ? new URL(pathOrUrl, origin).href : pathOrUrl;
}

/** The character record as the hosted service shapes it; `list` leaves the backstory out. */
export function characterRecord(row: CharacterRow, origin: string, withBackstory = true): Character {
  const { actions, languageCodes } = listsOf(row);
  const avatar = absoluteUrl(row.avatar, origin);
  return {
    character_name: row.name,
    character_id: row.id,
    user_id: row.user_id,
    voice_type: row.voice_type,
    timestamp: row.created_at,
    ...(withBackstory ? { backstory: row.backstory } : {}),
    listing: row.listing,
    language_code: languageCodes[0] ?? 'en-US',
    language_codes: languageCodes,
    character_actions: actions,
    character_emotions: JSON.parse(row.emotions) as string[],
    model_details: {
      modelType: 'NULL',
      modelLink: 'NULL',
      modelPlaceholder: avatar,
      METAHUMAN: { avatar_image: avatar, avatar_image_square: avatar },
    },
    is_narrative_driven: row.is_narrative_driven === 1,
    memory_settings: { enabled: row.memory_enabled === 1 },
    personalised_prompt_config: {
      MODEL: row.model_group_name ?? DEFAULT_MODEL,
      TEMPERATURE: row.temperature ?? DEFAULT_TEMPERATURE,
      REASONING_EFFORT: row.reasoning_effort,
    },
    start_narrative_section_id: row.start_narrative_section_id,
    last_interacted_with: row.last_interacted_with,
  };
}
