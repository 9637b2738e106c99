import { Flag, Pencil, Trash2, Zap } from 'lucide-react';
import type { Section, Trigger } from '@contract/schemas/narrative';
import { Button } from '@/components/ui/button';

type Props = {
  sections: Section[];
  triggers: Trigger[];
  startId: string | null;
  onEditSection: (section: Section) => void;
  onDeleteSection: (section: Section) => void;
  onEditDecision: (section: Section, index: number) => void;
  onDeleteDecision: (section: Section, index: number) => void;
  onEditTrigger: (trigger: Trigger) => void;
  onDeleteTrigger: (trigger: Trigger) => void;
};

export const listItemId = (kind: 'section' | 'trigger', id: string) => `narrative-${kind}-${id}`;

const quoted = (name: string) => `“${name || 'Untitled section'}”`;

/** The graph as lists: every section with its decisions, then the triggers; every change is a button away. */
export function NarrativeList({
  sections,
  triggers,
  startId,
  onEditSection,
  onDeleteSection,
  onEditDecision,
  onDeleteDecision,
  onEditTrigger,
  onDeleteTrigger,
}: Props) {
  const nameOf = (id: string | null) => sections.find((section) => section.section_id === id)?.section_name;
  return (
    <div className="space-y-6">
      <section aria-labelledby="narrative-sections-heading">
        <h2 id="narrative-sections-heading" className="text-sm font-semibold text-zinc-900">
          Sections <span className="font-normal text-zinc-500">({sections.length})</span>
        </h2>
        <ol aria-label="Sections" className="mt-2 space-y-2">
          {sections.map((section) => {
            const decisions = section.decisions ?? [];
            return (
              <li
                key={section.section_id}
                id={listItemId('section', section.section_id)}
                tabIndex={-1}
                // Laid out only near the view: a list of hundreds of sections costs what a screenful does.
                className="rounded-lg bg-white p-3 ring-1 ring-zinc-200 [contain-intrinsic-size:auto_140px] [content-visibility:auto] focus:ring-2 focus:ring-brand-600 focus:outline-none"
              >
                <div className="flex items-start gap-2">
                  <div className="min-w-0 flex-1">
                    <p className="flex items-center gap-1.5 text-sm font-medium break-words text-zinc-900">
                      <span>{section.section_name || 'Untitled section'}</span>
                      {section.section_id === startId && (
                        <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-1.5 py-0.5 text-[11px] font-medium text-emerald-800 ring-1 ring-emerald-200">
                          <Flag aria-hidden className="size-3" /> Start
                        </span>
                      )}
                    </p>
                    <p className="mt-0.5 line-clamp-2 text-xs text-zinc-500">{section.objective || 'No objective yet.'}</p>
                  </div>
                  <Button
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
                    onClick={() => onDeleteSection(section)}
                  >
                    <Trash2 aria-hidden className="size-4" />
                  </Button>
                </div>
                {decisions.length > 0 && (
                  <ul
                    aria-label={`Decisions from ${quoted(section.section_name)}`}
                    className="mt-2 space-y-1 border-t border-zinc-100 pt-2"
                  >
                    {decisions.map((decision, index) => {
                      const target = nameOf(decision.next_section_id) ?? 'a missing section';
                      const label = `the decision from ${quoted(section.section_name)} to ${quoted(target)}`;
                      return (
                        <li key={index} className="flex items-start gap-1 text-xs">
                          <p className="min-w-0 flex-1 pt-1.5 text-zinc-600">
                            → <span className="font-medium text-zinc-800">{target}</span> when{' '}
                            {decision.criteria.trim() ? (
                              <span className="italic">{decision.criteria}</span>
                            ) : (
                              <span className="text-red-700">no criteria (never taken)</span>
                            )}
                          </p>
                          <Button size="icon" variant="ghost" aria-label={`Edit ${label}`} onClick={() => onEditDecision(section, index)}>
                            <Pencil aria-hidden className="size-3.5" />
                          </Button>
                          <Button
                            size="icon"
                            variant="ghost"
                            aria-label={`Delete ${label}`}
                            onClick={() => onDeleteDecision(section, index)}
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
          })}
        </ol>
      </section>

      <section aria-labelledby="narrative-triggers-heading">
        <h2 id="narrative-triggers-heading" className="text-sm font-semibold text-zinc-900">
          Triggers <span className="font-normal text-zinc-500">({triggers.length})</span>
        </h2>
        {triggers.length === 0 ? (
          <p className="mt-2 text-xs text-zinc-500">No triggers. A trigger lets the game move the conversation to a section.</p>
        ) : (
          <ul aria-label="Triggers" className="mt-2 space-y-2">
            {triggers.map((trigger) => (
              <li
                key={trigger.trigger_id}
                id={listItemId('trigger', trigger.trigger_id)}
                tabIndex={-1}
                className="flex items-start gap-2 rounded-lg bg-amber-50/60 p-3 ring-1 ring-amber-200 focus:ring-2 focus:ring-brand-600 focus:outline-none"
              >
                <div className="min-w-0 flex-1">
                  <p className="flex items-center gap-1.5 text-sm font-medium break-words text-amber-950">
                    <Zap aria-hidden className="size-3.5 shrink-0" /> {trigger.trigger_name}
                  </p>
                  <p className="mt-0.5 text-xs text-zinc-600">
                    {trigger.destination_section && nameOf(trigger.destination_section) ? (
                      <>
                        → <span className="font-medium text-zinc-800">{nameOf(trigger.destination_section)}</span>
                      </>
                    ) : (
                      <span className="text-red-700">Leads nowhere yet</span>
                    )}
                  </p>
                </div>
                <Button
                  size="icon"
                  variant="ghost"
                  aria-label={`Edit the trigger ${quoted(trigger.trigger_name)}`}
                  onClick={() => onEditTrigger(trigger)}
                >
                  <Pencil aria-hidden className="size-4" />
                </Button>
                <Button
                  size="icon"
                  variant="ghost"
                  aria-label={`Delete the trigger ${quoted(trigger.trigger_name)}`}
                  onClick={() => onDeleteTrigger(trigger)}
                >
                  <Trash2 aria-hidden className="size-4" />
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
