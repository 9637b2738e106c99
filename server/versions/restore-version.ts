import type { CharacterSnapshot } from '../../contract/schemas/versions';
import { limits } from '../../contract/limits';
import type { CharacterRow, CharacterStore } from '../db/characters';
import type { Db } from '../db/connection';
import type { KnowledgeStore } from '../db/knowledge';
import type { NarrativeStore } from '../db/narrative';

export type RestoreStores = { db: Db; characterStore: CharacterStore; knowledgeStore: KnowledgeStore; narrativeStore: NarrativeStore };

export type RestoreResult = { ok: true; notRestored: string[] } | { ok: false; problem: string };

/** Why a version can no longer be applied as it is (today's limits are stricter than its day's), or null. */
export function outsideLimits(snapshot: CharacterSnapshot): string | null {
  if (snapshot.character_name.length > limits.nameMax) return `its name is longer than ${limits.nameMax} characters`;
  if (snapshot.backstory.length > limits.backstoryMax)
    return `its backstory is longer than ${limits.backstoryMax.toLocaleString('en-US')} characters`;
  if (snapshot.character_actions.length > limits.actionsMax) return `it has more than ${limits.actionsMax} actions`;
  if (snapshot.language_codes.length > limits.languagesMax) return `it has more than ${limits.languagesMax} languages`;
  if (snapshot.narrative.sections.length > limits.sectionsMax) return `its narrative has more than ${limits.sectionsMax} sections`;
  return null;
}

/**
 * Makes a character what a version says it was: its fields and settings, its documents (those that
 * still exist and can be read), and its narrative graph (sections and triggers brought back under
 * their ids; positions on the graph kept where the section still is). All or nothing; what could not
 * be brought back (a document deleted since) is said in `notRestored`.
 */
export function restoreSnapshot(row: CharacterRow, snapshot: CharacterSnapshot, stores: RestoreStores): RestoreResult {
  const { db, characterStore, knowledgeStore, narrativeStore } = stores;
  const problem = outsideLimits(snapshot);
  if (problem)
    return { ok: false, problem: `This version cannot be restored as it is: ${problem}, beyond what a character may have today.` };
  const notRestored: string[] = [];
  db.transaction(() => {
    characterStore.update(row.id, row.user_id, {
      name: snapshot.character_name,
      voiceType: snapshot.voice_type,
      backstory: snapshot.backstory,
      actions: snapshot.character_actions,
      languageCodes: snapshot.language_codes,
      modelGroupName: snapshot.model_group_name,
      temperature: snapshot.temperature,
      reasoningEffort: snapshot.reasoning_effort,
      memoryEnabled: snapshot.memory_enabled,
    });

    // Documents: the version's, where they still exist and were read; none of the others.
    const wanted = new Set<string>();
    for (const doc of snapshot.docs) {
      const document = knowledgeStore.owned(doc.id, row.user_id);
      if (!document) notRestored.push(`the document '${doc.file_name}', deleted since`);
      else if (document.state === 'failed')
        notRestored.push(`the document '${doc.file_name}', which could not be read when it was replaced`);
      else wanted.add(doc.id);
    }
    const now = knowledgeStore.connectedDocuments(row.id).map((doc) => doc.id);
    knowledgeStore.setConnections(row.id, [
      ...now.filter((id) => !wanted.has(id)).map((id) => ({ id, status: 'inactive' as const })),
      ...[...wanted].map((id) => ({ id, status: 'active' as const })),
    ]);

    // The graph: sections not in the version go; the version's are updated, or made again under their ids.
    const sectionIds = new Set(snapshot.narrative.sections.map((section) => section.section_id));
    for (const section of narrativeStore.sections(row.id))
      if (!sectionIds.has(section.id)) narrativeStore.deleteSection(row.id, section.id);
    for (const section of snapshot.narrative.sections) {
      if (narrativeStore.section(row.id, section.section_id)) {
        narrativeStore.updateSection(row.id, section.section_id, {
          name: section.section_name,
          objective: section.objective,
          decisions: [],
        });
      } else {
        narrativeStore.createSection(row.id, { id: section.section_id, name: section.section_name, objective: section.objective });
      }
    }
    // Decisions once every section is there (they lead from one to another).
    for (const section of snapshot.narrative.sections) {
      narrativeStore.updateSection(row.id, section.section_id, { decisions: section.decisions });
    }
    // Triggers made again, all of them (names are unique: renaming one by one could collide), where they were on the graph.
    const positions = new Map<string, unknown>();
    for (const trigger of narrativeStore.triggers(row.id)) {
      if (trigger.node_position !== null) positions.set(trigger.id, JSON.parse(trigger.node_position));
      narrativeStore.deleteTrigger(row.id, trigger.id);
    }
    for (const trigger of snapshot.narrative.triggers) {
      narrativeStore.createTrigger(row.id, {
        id: trigger.trigger_id,
        name: trigger.trigger_name,
        message: trigger.trigger_message,
        destination: trigger.destination_section,
        nodePosition: positions.get(trigger.trigger_id),
      });
    }
    narrativeStore.setStartSection(row.id, snapshot.start_narrative_section_id);
    narrativeStore.setNarrativeDriven(row.id, snapshot.is_narrative_driven);
  })();
  return { ok: true, notRestored };
}
