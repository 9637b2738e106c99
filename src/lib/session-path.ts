import type { Exchange } from '@contract/schemas/conversation';
import { sectionLabel } from './section-name';

/** How a session came into a section: a decision's criteria met, a trigger fired, or neither recorded. */
export type PathVia =
  | { kind: 'decision'; fromSectionId: string | null; criteria: string }
  | { kind: 'trigger'; fromSectionId: string | null; triggerName: string }
  | { kind: 'other'; fromSectionId: string | null };

/** One stop of a narrative-driven session: a section it was in, numbered from 1, and what brought it there. */
export type PathStep = {
  number: number;
  sectionId: string;
  sectionName: string;
  /** null for the section the session started in. */
  via: PathVia | null;
  /** 0-based: the first exchange in this section. */
  exchange: number;
};

/**
 * The sections a narrative-driven session passed through, in order, from the sections its
 * exchanges were recorded in and what moved it on each. Empty when no exchange has a section (the
 * character was not narrative-driven then, or the service does not record it).
 */
export function sessionPath(exchanges: Exchange[]): PathStep[] {
  const steps: PathStep[] = [];
  exchanges.forEach((exchange, index) => {
    const narrative = exchange.narrative;
    if (!narrative) return;
    const last = steps.at(-1);
    const moved = narrative.moved_by;
    // A session moved on its first recorded exchange started where it was moved from.
    if (!last && moved && narrative.moved_from && narrative.moved_from !== narrative.section_id) {
      steps.push({ number: 1, sectionId: narrative.moved_from, sectionName: '', via: null, exchange: index });
    }
    const previous = steps.at(-1);
    // Staying in a section is no step; a recorded move is, even back into the same section.
    if (previous && previous.sectionId === narrative.section_id && !moved) return;
    const fromSectionId = narrative.moved_from ?? previous?.sectionId ?? null;
    const via: PathVia | null = !previous
      ? null
      : moved?.kind === 'decision'
        ? { kind: 'decision', fromSectionId, criteria: moved.criteria ?? '' }
        : moved?.kind === 'trigger'
          ? { kind: 'trigger', fromSectionId, triggerName: moved.trigger_name ?? '' }
          : { kind: 'other', fromSectionId };
    steps.push({ number: steps.length + 1, sectionId: narrative.section_id, sectionName: narrative.section_name, via, exchange: index });
  });
  // A start known only as where the first move came from takes its name from a later visit, if any.
  const names = new Map(steps.filter((step) => step.sectionName).map((step) => [step.sectionId, step.sectionName]));
  return steps.map((step) => (step.sectionName ? step : { ...step, sectionName: names.get(step.sectionId) ?? '' }));
}

/** A step as words: "The tour (decision: The player agrees to the tour)", "Closing time (trigger closing_bell)". */
export function describeStep(step: PathStep, nameOf?: (sectionId: string) => string | undefined): string {
  const name = sectionLabel(step.sectionName || nameOf?.(step.sectionId));
  if (!step.via) return name;
  if (step.via.kind === 'decision') return `${name} (decision: ${step.via.criteria})`;
  if (step.via.kind === 'trigger') return `${name} (trigger ${step.via.triggerName})`;
  return name;
}
