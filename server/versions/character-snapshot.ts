import type { CharacterSnapshot } from '../../contract/schemas/versions';
import { listsOf, type CharacterRow } from '../db/characters';
import type { KnowledgeStore } from '../db/knowledge';
import type { NarrativeStore, StoredDecision } from '../db/narrative';

export type SnapshotStores = { knowledgeStore: KnowledgeStore; narrativeStore: NarrativeStore };

/** A character with nothing in it yet: no name, the default voice, English, no settings, no documents, no graph. */
export const blankSnapshot = (): CharacterSnapshot => ({
  character_name: '',
  voice_type: 'MALE',
  backstory: '',
  character_actions: [],
  language_codes: ['en-US'],
  model_group_name: null,
  temperature: null,
  reasoning_effort: null,
  memory_enabled: false,
  is_narrative_driven: false,
  start_narrative_section_id: null,
  docs: [],
  narrative: { sections: [], triggers: [] },
});

/** The whole character as it is: its fields and settings, its documents, its narrative graph (without positions on the graph). */
export function characterSnapshot(row: CharacterRow, { knowledgeStore, narrativeStore }: SnapshotStores): CharacterSnapshot {
  const lists = listsOf(row);
  return {
    character_name: row.name,
    voice_type: row.voice_type,
    backstory: row.backstory,
    character_actions: lists.actions,
    language_codes: lists.languageCodes,
    model_group_name: row.model_group_name,
    temperature: row.temperature,
    reasoning_effort: row.reasoning_effort,
    memory_enabled: row.memory_enabled === 1,
    is_narrative_driven: row.is_narrative_driven === 1,
    start_narrative_section_id: row.start_narrative_section_id,
    docs: knowledgeStore.connectedDocuments(row.id),
    narrative: {
      sections: narrativeStore.sections(row.id).map((section) => ({
        section_id: section.id,
        section_name: section.name,
        objective: section.objective,
        decisions: (JSON.parse(section.decisions) as StoredDecision[]).map((decision) => ({
          criteria: decision.criteria,
          next_section_id: decision.next_section_id,
          ...(decision.priority !== undefined && decision.priority !== null ? { priority: decision.priority } : {}),
        })),
      })),
      triggers: narrativeStore.triggers(row.id).map((trigger) => ({
        trigger_id: trigger.id,
        trigger_name: trigger.name,
        trigger_message: trigger.message,
        destination_section: trigger.destination_section,
      })),
    },
  };
}
