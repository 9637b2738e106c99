import type { CharacterSnapshot } from '../../contract/schemas/versions';
import { knowledgeListSchema } from '../../contract/schemas/knowledge';
import { sectionIdResponseSchema } from '../../contract/schemas/narrative';
import type { ConvaiCall } from '../upstream/convai-client';
import { outsideLimits, type RestoreResult } from './restore-version';

/**
 * Makes a character on Convai's service what a version says it was, through Convai's API: its
 * narrative graph (sections kept where they still are, made again where they are gone: Convai gives
 * those new ids, and the decisions, triggers and start section follow them), then its fields,
 * settings and documents in one update. `now` is the character as the service has it.
 *
 * The service has no transactions: a refusal part-way stops the restore and says what was done; the
 * caller records whatever the character then is, so the history stays true.
 */
export async function restoreOnConvai(
  call: ConvaiCall,
  characterId: string,
  snapshot: CharacterSnapshot,
  now: CharacterSnapshot,
): Promise<RestoreResult> {
  const problem = outsideLimits(snapshot);
  if (problem)
    return { ok: false, problem: `This version cannot be restored as it is: ${problem}, beyond what a character may have today.` };
  const notRestored: string[] = [];
  const stopped = (what: string, message: string): RestoreResult => ({
    ok: false,
    problem: `Restoring stopped when Convai refused ${what}: ${message} What was done before that is kept, and History shows the character as it is now.`,
  });
  const character_id = characterId;

  // Sections: the version's, under their ids where they still exist.
  const sectionIds = new Map<string, string>();
  const existing = new Set(now.narrative.sections.map((section) => section.section_id));
  for (const section of snapshot.narrative.sections) {
    const fields = { section_name: section.section_name, objective: section.objective };
    if (existing.has(section.section_id)) {
      const edited = await call('/character/narrative/edit-section', {
        character_id,
        section_id: section.section_id,
        updated_data: fields,
      });
      if (!edited.ok) return stopped(`the section '${section.section_name}'`, edited.message);
      sectionIds.set(section.section_id, section.section_id);
    } else {
      const created = await call('/character/narrative/create-section', { character_id, ...fields });
      const id = created.ok ? sectionIdResponseSchema.safeParse(created.body) : null;
      if (!created.ok) return stopped(`the section '${section.section_name}'`, created.message);
      if (!id?.success) return stopped(`the section '${section.section_name}'`, 'its answer had no section id.');
      sectionIds.set(section.section_id, id.data.section_id);
    }
  }
  const mapped = (id: string | null) => (id === null ? null : (sectionIds.get(id) ?? null));
  for (const section of now.narrative.sections) {
    if (sectionIds.has(section.section_id)) continue;
    const deleted = await call('/character/narrative/delete-section', { character_id, section_id: section.section_id });
    if (!deleted.ok) return stopped(`deleting the section '${section.section_name}'`, deleted.message);
  }
  // Decisions once every section is there (they lead from one to another).
  for (const section of snapshot.narrative.sections) {
    const decisions = section.decisions
      .filter((decision) => sectionIds.has(decision.next_section_id))
      .map((decision) => ({ ...decision, next_section_id: sectionIds.get(decision.next_section_id) }));
    const edited = await call('/character/narrative/edit-section', {
      character_id,
      section_id: sectionIds.get(section.section_id),
      updated_data: { decisions },
    });
    if (!edited.ok) return stopped(`the decisions of '${section.section_name}'`, edited.message);
  }

  // Triggers: those not in the version go first (names are unique), then the version's are updated or made again.
  const wantedTriggers = new Set(snapshot.narrative.triggers.map((trigger) => trigger.trigger_id));
  const currentTriggers = new Set(now.narrative.triggers.map((trigger) => trigger.trigger_id));
  for (const trigger of now.narrative.triggers) {
    if (wantedTriggers.has(trigger.trigger_id)) continue;
    const deleted = await call('/character/narrative/delete-trigger', { character_id, trigger_id: trigger.trigger_id });
    if (!deleted.ok) return stopped(`deleting the trigger '${trigger.trigger_name}'`, deleted.message);
  }
  for (const trigger of snapshot.narrative.triggers) {
    const fields = {
      trigger_name: trigger.trigger_name,
      trigger_message: trigger.trigger_message,
      destination_section: mapped(trigger.destination_section),
    };
    const answer = currentTriggers.has(trigger.trigger_id)
      ? await call('/character/narrative/update-trigger', { character_id, trigger_id: trigger.trigger_id, updated_data: fields })
      : await call('/character/narrative/create-trigger', { character_id, ...fields });
    if (!answer.ok) return stopped(`the trigger '${trigger.trigger_name}'`, answer.message);
  }

  // Documents: the version's that still exist, and none of the others.
  const listed = await call('/character/knowledge-bank/list', { character_id });
  const documents = listed.ok ? knowledgeListSchema.safeParse(listed.body) : null;
  const stillThere = new Set(documents?.success ? documents.data.docs.map((doc) => doc.id) : now.docs.map((doc) => doc.id));
  const wantedDocs = new Set<string>();
  for (const doc of snapshot.docs) {
    if (stillThere.has(doc.id)) wantedDocs.add(doc.id);
    else notRestored.push(`the document '${doc.file_name}', deleted since`);
  }
  const docs = [
    ...now.docs.filter((doc) => !wantedDocs.has(doc.id)).map((doc) => ({ id: doc.id, status: 'inactive' })),
    ...[...wantedDocs].map((id) => ({ id, status: 'active' })),
  ];

  // Only what differs is sent: the service is asked to change nothing it already has.
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const startSection = mapped(snapshot.start_narrative_section_id);
  const changes: Record<string, unknown> = {
    ...(differs(snapshot.character_name, now.character_name) ? { charName: snapshot.character_name } : {}),
    ...(differs(snapshot.voice_type, now.voice_type) ? { voiceType: snapshot.voice_type } : {}),
    ...(differs(snapshot.backstory, now.backstory) ? { backstory: snapshot.backstory } : {}),
    ...(differs(snapshot.character_actions, now.character_actions) ? { action: snapshot.character_actions } : {}),
    ...(snapshot.language_codes.length > 0 && differs(snapshot.language_codes, now.language_codes)
      ? { languageCodes: snapshot.language_codes }
      : {}),
    ...(snapshot.model_group_name !== null && differs(snapshot.model_group_name, now.model_group_name)
      ? { model_group_name: snapshot.model_group_name }
      : {}),
    ...(snapshot.temperature !== null && differs(snapshot.temperature, now.temperature) ? { temperature: snapshot.temperature } : {}),
    ...(snapshot.reasoning_effort !== null && differs(snapshot.reasoning_effort, now.reasoning_effort)
      ? { reasoning_effort: snapshot.reasoning_effort }
      : {}),
    ...(differs(snapshot.memory_enabled, now.memory_enabled) ? { memorySettings: { enabled: snapshot.memory_enabled } } : {}),
    ...(docs.some((doc) => doc.status === 'inactive' || !now.docs.some((connected) => connected.id === doc.id)) ? { docs } : {}),
    ...(differs(startSection, now.start_narrative_section_id) ? { start_narrative_section_id: startSection ?? '' } : {}),
    ...(differs(snapshot.is_narrative_driven, now.is_narrative_driven) ? { is_narrative_driven: snapshot.is_narrative_driven } : {}),
  };
  if (Object.keys(changes).length === 0) return { ok: true, notRestored };
  const updated = await call('/character/update', { charID: characterId, ...changes });
  if (!updated.ok) return stopped("the character's fields and settings", updated.message);
  return { ok: true, notRestored };
}
