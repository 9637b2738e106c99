import { Hono, type Context } from 'hono';
import type { z } from 'zod/mini';
import { errorMessages } from '../../contract/errors';
import { limits } from '../../contract/limits';
import {
  characterNarrativeRequest,
  createSectionRequest,
  createTriggerRequest,
  editSectionRequest,
  sectionRequest,
  toggleNarrativeDrivenRequest,
  triggerRequest,
  updateTriggerRequest,
  type DecisionInput,
  type SectionChanges,
} from '../../contract/schemas/narrative';
import type { CharacterRow, CharacterStore } from '../db/characters';
import type { NarrativeStore } from '../db/narrative';
import type { User } from '../db/users';
import { errorBody } from '../http/error-body';
import { convaiPost, type KeyRing } from './endpoint';
import { sectionRecords, triggerRecord } from './narrative-record';
import { changeSourceOf } from '../versions/change-source';
import type { ChangeRecorder } from '../versions/record-change';

export const narrativeErrors = {
  character: errorMessages.characterNotFound,
  section: (id: string) => `No section '${id}' in this character's narrative.`,
  trigger: (id: string) => `No trigger '${id}' for this character.`,
  decisionTarget: (id: string) => `A decision leads to section '${id}', which is not in this character's narrative.`,
  destination: (id: string) => `destination_section '${id}' is not a section of this character's narrative.`,
  duplicateTrigger: (name: string) => `This character already has a trigger named '${name}': trigger names are unique per character.`,
  tooManySections: `A character's narrative has at most ${limits.sectionsMax} sections.`,
  tooManyTriggers: `A character has at most ${limits.triggersMax} triggers.`,
  noChanges: 'updated_data is required: the changes to make (section_name, objective, decisions, node_position).',
  twoChangeSets: 'Send the changes under one of updated_data and updated_character_data, not both.',
} as const;

const successful = { STATUS: 'Successful' } as const;

/** The first decision leading to a section the character does not have, if any. */
const danglingTarget = (decisions: DecisionInput[], sectionIds: Set<string>) =>
  decisions.find((decision) => !sectionIds.has(decision.next_section_id))?.next_section_id;

const hasChanges = (changes: SectionChanges | undefined): changes is SectionChanges =>
  changes !== undefined && Object.values(changes).some((value) => value !== undefined);

/**
 * Narrative design, mounted at /character: a character's sections (objective, decisions leading on)
 * and triggers (the game's way to jump to a section), and the switch that makes conversations
 * follow them. Only the character's owner sees or changes its graph.
 */
export function narrativeRoutes(
  keys: KeyRing,
  characterStore: CharacterStore,
  narrativeStore: NarrativeStore,
  recordChange: ChangeRecorder,
) {
  const routes = new Hono();

  /** A narrative call on one of the user's own characters; any other id is a 400, nothing touched. */
  const narrativePost = <S extends z.ZodMiniType<{ character_id: string }>>(
    path: string,
    schema: S,
    handler: (c: Context, input: z.output<S>, character: CharacterRow, user: User) => Response,
  ) => {
    // Every call but the reading ones (get-…, list-…) changes the graph.
    const changes = !/\/(?:get|list)-/.test(path);
    return routes.post(
      path,
      convaiPost(keys, { authKey: 'ERROR', errorKey: 'ERROR', schema, invalid: (problem) => problem }, (c, input, user) => {
        const character = characterStore.owned(input.character_id, user.id);
        if (!character) return errorBody(c, 'ERROR', narrativeErrors.character, 400);
        const response = handler(c, input, character, user);
        // A change to the graph is a change of the character: a version (none when only a position moved).
        if (changes && response.status < 300) recordChange(character.id, changeSourceOf(c));
        return response;
      }),
    );
  };

  const refuse = (c: Context, message: string) => errorBody(c, 'ERROR', message, 400);
  const sectionIdsOf = (characterId: string) => new Set(narrativeStore.sections(characterId).map((section) => section.id));

  narrativePost('/toggle-is-narrative-driven', toggleNarrativeDrivenRequest, (c, input, character) => {
    narrativeStore.setNarrativeDriven(character.id, input.is_narrative_driven);
    return c.json(successful);
  });

  narrativePost('/narrative/create-section', createSectionRequest, (c, input, character) => {
    if (narrativeStore.sectionCount(character.id) >= limits.sectionsMax) return refuse(c, narrativeErrors.tooManySections);
    const decisions = input.decisions ?? [];
    const dangling = danglingTarget(decisions, sectionIdsOf(character.id));
    if (dangling !== undefined) return refuse(c, narrativeErrors.decisionTarget(dangling));
    const sectionId = narrativeStore.createSection(character.id, {
      name: input.section_name,
      objective: input.objective,
      decisions,
      nodePosition: input.node_position,
    });
    return c.json({ section_id: sectionId });
  });

  narrativePost('/narrative/edit-section', editSectionRequest, (c, input, character) => {
    const { updated_data: data, updated_character_data: characterData } = input;
    if (hasChanges(data) && hasChanges(characterData)) return refuse(c, narrativeErrors.twoChangeSets);
    const changes = hasChanges(data) ? data : (characterData ?? data);
    if (!changes) return refuse(c, narrativeErrors.noChanges);
    if (!narrativeStore.section(character.id, input.section_id)) return refuse(c, narrativeErrors.section(input.section_id));
    if (changes.decisions) {
      const dangling = danglingTarget(changes.decisions, sectionIdsOf(character.id));
      if (dangling !== undefined) return refuse(c, narrativeErrors.decisionTarget(dangling));
    }
    narrativeStore.updateSection(character.id, input.section_id, {
      name: changes.section_name,
      objective: changes.objective,
      decisions: changes.decisions,
      nodePosition: changes.node_position,
    });
    // What was applied, as the record spells it.
    const applied = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    return c.json({ status: 'success', section_id: input.section_id, updated_data: applied });
  });

  narrativePost('/narrative/get-section', sectionRequest, (c, input, character) => {
    if (!narrativeStore.section(character.id, input.section_id)) return refuse(c, narrativeErrors.section(input.section_id));
    const records = sectionRecords(narrativeStore.sections(character.id), narrativeStore.triggers(character.id));
    return c.json(records.get(input.section_id));
  });

  narrativePost('/narrative/list-sections', characterNarrativeRequest, (c, _input, character) => {
    const records = sectionRecords(narrativeStore.sections(character.id), narrativeStore.triggers(character.id));
    return c.json([...records.values()]);
  });

  narrativePost('/narrative/delete-section', sectionRequest, (c, input, character) => {
    if (!narrativeStore.deleteSection(character.id, input.section_id)) return refuse(c, narrativeErrors.section(input.section_id));
    return c.json(successful);
  });

  narrativePost('/narrative/create-trigger', createTriggerRequest, (c, input, character) => {
    if (narrativeStore.triggerCount(character.id) >= limits.triggersMax) return refuse(c, narrativeErrors.tooManyTriggers);
    if (narrativeStore.triggerNamed(character.id, input.trigger_name))
      return refuse(c, narrativeErrors.duplicateTrigger(input.trigger_name));
    const destination = input.destination_section ?? null;
    if (destination !== null && !narrativeStore.section(character.id, destination))
      return refuse(c, narrativeErrors.destination(destination));
    const triggerId = narrativeStore.createTrigger(character.id, {
      name: input.trigger_name,
      message: input.trigger_message,
      destination,
      nodePosition: input.node_position,
    });
    const created = narrativeStore.trigger(character.id, triggerId);
    return c.json(created ? triggerRecord(created) : null);
  });

  narrativePost('/narrative/update-trigger', updateTriggerRequest, (c, input, character) => {
    const trigger = narrativeStore.trigger(character.id, input.trigger_id);
    if (!trigger) return refuse(c, narrativeErrors.trigger(input.trigger_id));
    const changes = input.updated_data;
    if (changes.trigger_name !== undefined) {
      const holder = narrativeStore.triggerNamed(character.id, changes.trigger_name);
      if (holder && holder.id !== trigger.id) return refuse(c, narrativeErrors.duplicateTrigger(changes.trigger_name));
    }
    const destination = changes.destination_section;
    if (destination && !narrativeStore.section(character.id, destination)) return refuse(c, narrativeErrors.destination(destination));
    narrativeStore.updateTrigger(character.id, trigger.id, {
      name: changes.trigger_name,
      message: changes.trigger_message,
      destination,
      nodePosition: changes.node_position,
    });
    return c.json({ ...successful, message: 'Trigger updated successfully' });
  });

  narrativePost('/narrative/get-trigger', triggerRequest, (c, input, character) => {
    const trigger = narrativeStore.trigger(character.id, input.trigger_id);
    if (!trigger) return refuse(c, narrativeErrors.trigger(input.trigger_id));
    return c.json(triggerRecord(trigger));
  });

  narrativePost('/narrative/list-triggers', characterNarrativeRequest, (c, _input, character) =>
    c.json(narrativeStore.triggers(character.id).map(triggerRecord)),
  );

  narrativePost('/narrative/delete-trigger', triggerRequest, (c, input, character) => {
    if (!narrativeStore.deleteTrigger(character.id, input.trigger_id)) return refuse(c, narrativeErrors.trigger(input.trigger_id));
    return c.json({ ...successful, message: 'Trigger deleted successfully' });
  });

  return routes;
}
