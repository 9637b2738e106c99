import { Flag, Pencil, Trash2, Zap } from 'lucide-react';
import { memo, useMemo } from 'react';
import type { Decision, Section, Trigger } from '@contract/schemas/narrative';
import { Button } from '@/components/ui/button';
import { sectionLabel } from '@/lib/section-name';

/** Where focus goes once a row is deleted (its own buttons are gone with it): an element id. */
type FocusAfter = string;

type Callbacks = {
  onEditSection: (section: Section) => void;
  onDeleteSection: (section: Section, focusAfter: FocusAfter) => void;
  onEditDecision: (section: Section, decision: Decision) => void;
  onDeleteDecision: (section: Section, decision: Decision, targetName: string, focusAfter: FocusAfter) => void;
  onEditTrigger: (trigger: Trigger) => void;
  onDeleteTrigger: (trigger: Trigger, focusAfter: FocusAfter) => void;
};

type Props = Callbacks & { sections: Section[]; triggers: Trigger[]; startId: string | null };

export const listItemId = (kind: 'section' | 'trigger', id: string) => `narrative-${kind}-${id}`;
const editButtonId = (kind: 'section' | 'trigger' | 'decision', id: string) => `narrative-edit-${kind}-${id}`;
const sectionsHeadingId = 'narrative-sections-heading';
const triggersHeadingId = 'narrative-triggers-heading';

const quoted = (name: string) => `“${sectionLabel(name)}”`;

/**
 * The sections' names by id, the same Map while no section is added, removed or renamed: a node
 * moved gives a new list of sections, and the rows need not render again for it.
 */
function useSectionNames(sections: Section[]): ReadonlyMap<string, string> {
  const signature = JSON.stringify(sections.map((section) => [section.section_id, section.section_name]));
  return useMemo(() => new Map(JSON.parse(signature) as Array<[string, string]>), [signature]);
}

/**
 * The graph as lists: every section with its decisions, then the triggers; every change is a
 * button away. Memoised, row by row: a node moved on the graph renders again only its own row.
 */
export const NarrativeList = memo(function NarrativeList({ sections, triggers, startId, ...callbacks }: Props) {
  const names = useSectionNames(sections);
  // After a deletion, the next row's edit button (the one before, for the last), else the list's heading.
  const neighbour = <T,>(items: T[], at: number, idOf: (item: T) => string, kind: 'section' | 'trigger', heading: string) => {
    const other = items[at + 1] ?? items[at - 1];
    return other ? editButtonId(kind, idOf(other)) : heading;
  };
  return (
    <div className="space-y-6">
      <section aria-labelledby={sectionsHeadingId}>
        <h2 id={sectionsHeadingId} tabIndex={-1} className="text-sm font-semibold text-zinc-900 focus:outline-none">
          Sections <span className="font-normal text-zinc-500">({sections.length})</span>
        </h2>
        <ol aria-label="Sections" className="mt-2 space-y-2">
          {sections.map((section, at) => (
            <SectionRow
              key={section.section_id}
              section={section}
              isStart={section.section_id === startId}
              names={names}
              focusAfter={neighbour(sections, at, (each) => each.section_id, 'section', sectionsHeadingId)}
              {...callbacks}
            />
          ))}
        </ol>
      </section>

      <section aria-labelledby={triggersHeadingId}>
        <h2 id={triggersHeadingId} tabIndex={-1} className="text-sm font-semibold text-zinc-900 focus:outline-none">
          Triggers <span className="font-normal text-zinc-500">({triggers.length})</span>
        </h2>
        {triggers.length === 0 ? (
          <p className="mt-2 text-xs text-zinc-500">No triggers. A trigger lets the game move the conversation to a section.</p>
        ) : (
          <ul aria-label="Triggers" className="mt-2 space-y-2">
            {triggers.map((trigger, at) => (
              <TriggerRow
                key={trigger.trigger_id}
                trigger={trigger}
                destination={trigger.destination_section ? names.get(trigger.destination_section) : undefined}
                focusAfter={neighbour(triggers, at, (each) => each.trigger_id, 'trigger', triggersHeadingId)}
                {...callbacks}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
});

type SectionRowProps = Callbacks & { section: Section; isStart: boolean; names: ReadonlyMap<string, string>; focusAfter: FocusAfter };

const SectionRow = memo(function SectionRow({
  section,
  isStart,
  names,
  focusAfter,
  onEditSection,
  onDeleteSection,
  onEditDecision,
  onDeleteDecision,
}: SectionRowProps) {
  const decisions = section.decisions ?? [];
  return (
    <li
      id={listItemId('section', section.section_id)}
      tabIndex={-1}
      // Laid out only near the view: a list of hundreds of sections costs what a screenful does.
      className="rounded-lg bg-surface p-3 ring-1 ring-zinc-200 [contain-intrinsic-size:auto_140px] [content-visibility:auto] focus:ring-2 focus:ring-focus focus:outline-none"
    >
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <p className="flex items-center gap-1.5 text-sm font-medium break-words text-zinc-900">
            <span>{sectionLabel(section.section_name)}</span>
            {isStart && (
              <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-1.5 py-0.5 text-[11px] font-medium text-emerald-800 ring-1 ring-emerald-200">
                <Flag aria-hidden className="size-3" /> Start
              </span>
            )}
          </p>
          <p className="mt-0.5 line-clamp-2 text-xs text-zinc-500">{section.objective || 'No objective yet.'}</p>
        </div>
        <Button
          id={editButtonId('section', section.section_id)}
          size="icon"
          variant="ghost"
          aria-label={`Edit ${quoted(section.section_name)}`}
          onClick={() => onEditSection(section)}
        >
          <Pencil aria-hidden className="size-4" />
        </Button>
        <Button
          size="icon"
          variant="ghost"
          aria-label={`Delete ${quoted(section.section_name)}`}
          onClick={() => onDeleteSection(section, focusAfter)}
        >
          <Trash2 aria-hidden className="size-4" />
        </Button>
      </div>
      {decisions.length > 0 && (
        <ul aria-label={`Decisions from ${quoted(section.section_name)}`} className="mt-2 space-y-1 border-t border-zinc-100 pt-2">
          {decisions.map((decision, index) => {
            const target = names.get(decision.next_section_id);
            const targetName = target === undefined ? 'a missing section' : sectionLabel(target);
            const label = `the decision from ${quoted(section.section_name)} to “${targetName}”`;
            // Once deleted, the decision after it takes its place (and its edit button's id); the last one hands focus to its section.
            const after =
              index < decisions.length - 1
                ? editButtonId('decision', `${section.section_id}:${index}`)
                : index > 0
                  ? editButtonId('decision', `${section.section_id}:${index - 1}`)
                  : editButtonId('section', section.section_id);
            return (
              <li key={index} className="flex items-start gap-1 text-xs">
                <p className="min-w-0 flex-1 pt-1.5 text-zinc-600">
                  → <span className="font-medium text-zinc-800">{targetName}</span> when{' '}
                  {decision.criteria.trim() ? (
                    <span className="italic">{decision.criteria}</span>
                  ) : (
                    <span className="text-red-700">no criteria (never taken)</span>
                  )}
                </p>
                <Button
                  id={editButtonId('decision', `${section.section_id}:${index}`)}
                  size="icon"
                  variant="ghost"
                  aria-label={`Edit ${label}`}
                  onClick={() => onEditDecision(section, decision)}
                >
                  <Pencil aria-hidden className="size-3.5" />
                </Button>
                <Button
                  size="icon"
                  variant="ghost"
                  aria-label={`Delete ${label}`}
                  onClick={() => onDeleteDecision(section, decision, targetName, after)}
                >
                  <Trash2 aria-hidden className="size-3.5" />
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
});

type TriggerRowProps = Callbacks & { trigger: Trigger; destination: string | undefined; focusAfter: FocusAfter };

const TriggerRow = memo(function TriggerRow({ trigger, destination, focusAfter, onEditTrigger, onDeleteTrigger }: TriggerRowProps) {
  return (
    <li
      id={listItemId('trigger', trigger.trigger_id)}
      tabIndex={-1}
      className="flex items-start gap-2 rounded-lg bg-amber-50/60 p-3 ring-1 ring-amber-200 focus:ring-2 focus:ring-focus focus:outline-none"
    >
      <div className="min-w-0 flex-1">
        <p className="flex items-center gap-1.5 text-sm font-medium break-words text-amber-950">
          <Zap aria-hidden className="size-3.5 shrink-0" /> {trigger.trigger_name}
        </p>
        <p className="mt-0.5 text-xs text-zinc-600">
          {destination !== undefined ? (
            <>
              → <span className="font-medium text-zinc-800">{sectionLabel(destination)}</span>
            </>
          ) : (
            <span className="text-red-700">Leads nowhere yet</span>
          )}
        </p>
      </div>
      <Button
        id={editButtonId('trigger', trigger.trigger_id)}
        size="icon"
        variant="ghost"
        aria-label={`Edit the trigger “${trigger.trigger_name}”`}
        onClick={() => onEditTrigger(trigger)}
      >
        <Pencil aria-hidden className="size-4" />
      </Button>
      <Button
        size="icon"
        variant="ghost"
        aria-label={`Delete the trigger “${trigger.trigger_name}”`}
        onClick={() => onDeleteTrigger(trigger, focusAfter)}
      >
        <Trash2 aria-hidden className="size-4" />
      </Button>
    </li>
  );
});
