import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { useMemo } from 'react';
import { characterQueries } from '@/api/characters';
import { narrativeQueries } from '@/api/narrative';
import type { Section, Trigger } from '@contract/schemas/narrative';
import { QueryStatus, type QueryLike } from '@/components/ui/query-status';
import type { PathStep } from '@/lib/session-path';
import { decisionEdgeId } from '../graph-model';
import { NarrativeGraph, type PathMarks } from './narrative-graph';

type Props = { charID: string; steps: PathStep[] };

/**
 * Where each step of the path is on the graph: its section numbered, and the decision or trigger
 * that led to it (a decision found by its sections and criteria, a trigger by its name).
 */
export function pathMarks(steps: PathStep[], sections: Section[], triggers: Trigger[]): PathMarks {
  const marks = { steps: new Map<string, number[]>(), decisions: new Map<string, number>(), triggers: new Map<string, number>() };
  for (const step of steps) {
    marks.steps.set(step.sectionId, [...(marks.steps.get(step.sectionId) ?? []), step.number]);
    if (step.via?.kind === 'decision') {
      const from = sections.find((section) => section.section_id === step.via?.fromSectionId);
      const decisions = from?.decisions ?? [];
      const criteria = step.via.criteria.trim();
      const leading = decisions
        .map((decision, index) => ({ decision, index }))
        .filter(({ decision }) => decision.next_section_id === step.sectionId);
      const taken = leading.find(({ decision }) => decision.criteria.trim() === criteria) ?? leading[0];
      if (from && taken) marks.decisions.set(decisionEdgeId(from.section_id, taken.index), step.number);
    } else if (step.via?.kind === 'trigger') {
      const name = step.via.triggerName;
      const trigger = triggers.find((each) => each.trigger_name === name);
      if (trigger) marks.triggers.set(trigger.trigger_id, step.number);
    }
  }
  return marks;
}

/** A session's path on its character's graph, read-only (lent to the transcript page, loaded when asked for). */
export function SessionPathGraph({ charID, steps }: Props) {
  const character = useQuery(characterQueries.detail(charID));
  const sectionList = useQuery(narrativeQueries.sections(charID));
  const triggerList = useQuery(narrativeQueries.triggers(charID));
  const all = [character, sectionList, triggerList];
  const graph: QueryLike<{ sections: Section[]; triggers: Trigger[]; startId: string | null }> = {
    isPending: all.some((query) => query.isPending),
    isError: all.some((query) => query.isError),
    error: all.find((query) => query.isError)?.error ?? null,
    data:
      character.data && sectionList.data && triggerList.data
        ? { sections: sectionList.data, triggers: triggerList.data, startId: character.data.start_narrative_section_id ?? null }
        : undefined,
    refetch: () => all.filter((query) => query.isError).forEach((query) => void query.refetch()),
  };
  return (
    <QueryStatus query={graph} loading="Loading the graph" errorTitle="The graph could not be loaded." fill>
      {(data) => <PathOnGraph steps={steps} {...data} />}
    </QueryStatus>
  );
}

function PathOnGraph({
  steps,
  sections,
  triggers,
  startId,
}: {
  steps: PathStep[];
  sections: Section[];
  triggers: Trigger[];
  startId: string | null;
}) {
  const marks = useMemo(() => pathMarks(steps, sections, triggers), [steps, sections, triggers]);
  const shownStart = sections.some((section) => section.section_id === startId) ? startId : (sections[0]?.section_id ?? null);
  return (
    <ReactFlowProvider>
      <NarrativeGraph sections={sections} triggers={triggers} startId={shownStart} path={marks} />
    </ReactFlowProvider>
  );
}
