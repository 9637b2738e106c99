import type { z } from 'zod/mini';
import { nullString } from '../../contract/check';
import { characterSchema } from '../../contract/schemas/characters';
import { knowledgeListSchema } from '../../contract/schemas/knowledge';
import { sectionListSchema, triggerListSchema } from '../../contract/schemas/narrative';
import type { CharacterSnapshot } from '../../contract/schemas/versions';
import type { ConvaiCall } from '../upstream/convai-client';

export type HostedRead = { ok: true; snapshot: CharacterSnapshot } | { ok: false; status: number; message: string };

const readable = <T>(schema: z.ZodMiniType<T>, body: unknown): T | null => {
  const parsed = schema.safeParse(body);
  return parsed.success ? parsed.data : null;
};

/**
 * The whole character as Convai's service has it now, read through its API: the record (`get`),
 * its connected documents (`knowledge-bank/list`) and its narrative graph (`list-sections`,
 * `list-triggers`). The record must be read; a part that cannot be (an account without the
 * knowledge bank, say) is taken from `previous`, the last version recorded, so that it does not
 * look changed.
 */
export async function readHostedCharacter(call: ConvaiCall, characterId: string, previous: CharacterSnapshot | null): Promise<HostedRead> {
  const [record, documents, sections, triggers] = await Promise.all([
    call('/character/get', { charID: characterId }),
    call('/character/knowledge-bank/list', { character_id: characterId }),
    call('/character/narrative/list-sections', { character_id: characterId }),
    call('/character/narrative/list-triggers', { character_id: characterId }),
  ]);
  if (!record.ok) return record;
  const character = readable(characterSchema, record.body);
  if (!character)
    return { ok: false, status: 502, message: 'The Convai service answered the character in a shape this dashboard cannot read.' };

  const docList = documents.ok ? readable(knowledgeListSchema, documents.body) : null;
  const sectionList = sections.ok ? readable(sectionListSchema, sections.body) : null;
  const triggerList = triggers.ok ? readable(triggerListSchema, triggers.body) : null;
  const config = character.personalised_prompt_config;
  const languageCodes = character.language_codes ?? (character.language_code ? [character.language_code] : []);

  return {
    ok: true,
    snapshot: {
      character_name: character.character_name,
      voice_type: character.voice_type,
      backstory: character.backstory ?? '',
      character_actions: character.character_actions ?? [],
      language_codes: languageCodes,
      model_group_name: config?.MODEL ?? null,
      temperature: config?.TEMPERATURE ?? null,
      reasoning_effort: config?.REASONING_EFFORT ?? null,
      memory_enabled: character.memory_settings?.enabled ?? false,
      is_narrative_driven: character.is_narrative_driven ?? false,
      start_narrative_section_id: (nullString(character.start_narrative_section_id) as string | null | undefined) ?? null,
      docs: docList
        ? docList.docs.filter((doc) => doc.status === 'active').map((doc) => ({ id: doc.id, file_name: doc.file_name }))
        : (previous?.docs ?? []),
      narrative: {
        sections: sectionList
          ? sectionList.map((section) => ({
              section_id: section.section_id,
              section_name: section.section_name,
              objective: section.objective,
              decisions: (section.decisions ?? []).map((decision) => ({
                criteria: decision.criteria,
                next_section_id: decision.next_section_id,
                ...(decision.priority !== undefined && decision.priority !== null ? { priority: decision.priority } : {}),
              })),
            }))
          : (previous?.narrative.sections ?? []),
        triggers: triggerList
          ? triggerList.map((trigger) => ({
              trigger_id: trigger.trigger_id,
              trigger_name: trigger.trigger_name,
              trigger_message: trigger.trigger_message,
              destination_section: trigger.destination_section,
            }))
          : (previous?.narrative.triggers ?? []),
      },
    },
  };
}
