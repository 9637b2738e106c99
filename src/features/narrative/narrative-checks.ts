import type { Section, Trigger } from '@contract/schemas/narrative';
import { sectionLabel } from '@/lib/section-name';
import { startSectionOf } from './graph-model';

/** Something in the graph a designer probably wants to fix, and the node it is about. */
export type NarrativeCheck =
  | { kind: 'unreachable'; sectionId: string; message: string }
  | { kind: 'no-way-out'; sectionId: string; message: string }
  | { kind: 'empty-criteria'; sectionId: string; message: string }
  | { kind: 'no-destination'; triggerId: string; message: string };

/**
 * The graph's loose ends: sections no path reaches (from the start section, through decisions, or
 * by a trigger), sections no decision leads out of (fine for an ending), decisions without criteria
 * (never met), and triggers that lead nowhere.
 */
export function narrativeChecks(sections: Section[], triggers: Trigger[], startId: string | null | undefined): NarrativeCheck[] {
  const checks: NarrativeCheck[] = [];
  const byId = new Map(sections.map((section) => [section.section_id, section]));
  const start = startSectionOf(sections, startId);
  const reached = new Set<string>();
  const queue: string[] = [
    ...(start ? [start.section_id] : []),
    ...triggers.flatMap((trigger) => (trigger.destination_section ? [trigger.destination_section] : [])),
  ];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (reached.has(id) || !byId.has(id)) continue;
    reached.add(id);
    // A decision without criteria is never taken: it reaches nothing.
    for (const decision of byId.get(id)?.decisions ?? []) if (decision.criteria.trim()) queue.push(decision.next_section_id);
  }
  for (const section of sections) {
    const name = sectionLabel(section.section_name);
    if (!reached.has(section.section_id)) {
      checks.push({
        kind: 'unreachable',
        sectionId: section.section_id,
        message: `“${name}” cannot be reached: no decision or trigger leads to it, and it is not the start.`,
      });
    }
    const decisions = section.decisions ?? [];
    if (decisions.length === 0 && sections.length > 1) {
      checks.push({
        kind: 'no-way-out',
        sectionId: section.section_id,
        message: `“${name}” has no way out: no decision leads on from it (fine if the conversation ends there).`,
      });
    }
    decisions.forEach((decision) => {
      if (!decision.criteria.trim()) {
        const target = byId.has(decision.next_section_id)
          ? sectionLabel(byId.get(decision.next_section_id)?.section_name)
          : 'another section';
        checks.push({
          kind: 'empty-criteria',
          sectionId: section.section_id,
          message: `The decision from “${name}” to “${target}” has no criteria, so it is never taken.`,
        });
      }
    });
  }
  for (const trigger of triggers) {
    if (!trigger.destination_section || !byId.has(trigger.destination_section)) {
      checks.push({
        kind: 'no-destination',
        triggerId: trigger.trigger_id,
        message: `The trigger “${trigger.trigger_name}” leads nowhere: choose the section it moves a conversation to.`,
      });
    }
  }
  return checks;
}
