import type { Decision, Section, Trigger } from '../../contract/schemas/narrative';
import { decisionsOf, positionOf, type SectionRow, type TriggerRow } from '../db/narrative';

const orNull = <T>(list: T[]) => (list.length > 0 ? list : null);

/** A decision as the record shows it: `priority` only where one was given. */
const decisionRecord = (decision: Decision): Decision => ({
  criteria: decision.criteria,
  next_section_id: decision.next_section_id,
  ...(decision.priority !== undefined && decision.priority !== null ? { priority: decision.priority } : {}),
});

/**
 * The section records of one character's graph, as Convai shapes them: `parents` are the sections
 * whose decisions lead here and `triggers` the triggers pointing here (each null when there are none).
 */
export function sectionRecords(sections: SectionRow[], triggers: TriggerRow[]): Map<string, Section> {
  const parents = new Map<string, string[]>();
  for (const section of sections) {
    for (const decision of decisionsOf(section)) {
      const list = parents.get(decision.next_section_id) ?? [];
      if (!list.includes(section.id)) list.push(section.id);
      parents.set(decision.next_section_id, list);
    }
  }
  const pointing = new Map<string, string[]>();
  for (const trigger of triggers) {
    if (trigger.destination_section)
      pointing.set(trigger.destination_section, [...(pointing.get(trigger.destination_section) ?? []), trigger.id]);
  }
  return new Map(
    sections.map((row) => [
      row.id,
      {
        character_id: row.character_id,
        section_id: row.id,
        section_name: row.name,
        objective: row.objective,
        decisions: orNull(decisionsOf(row).map(decisionRecord)),
        parents: orNull(parents.get(row.id) ?? []),
        triggers: orNull(pointing.get(row.id) ?? []),
        updated_character_data: {},
        bt_constants: '',
        behavior_tree_code: '',
        node_position: positionOf(row),
      },
    ]),
  );
}

export function triggerRecord(row: TriggerRow): Trigger {
  return {
    character_id: row.character_id,
    trigger_id: row.id,
    trigger_name: row.name,
    trigger_message: row.message,
    destination_section: row.destination_section,
    node_position: positionOf(row),
  };
}
