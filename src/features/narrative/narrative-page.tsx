import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { CircleAlert, GitBranchPlus, Plus, Zap } from 'lucide-react';
import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { toast } from 'sonner';
import { characterQueries } from '@/api/characters';
import { narrativeQueries } from '@/api/narrative';
import type { Character } from '@contract/schemas/characters';
import type { Decision, Section, Trigger } from '@contract/schemas/narrative';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { QueryStatus, type QueryLike } from '@/components/ui/query-status';
import { Switch } from '@/components/ui/switch';
import { getErrorMessage } from '@/lib/errors';
import { sectionLabel } from '@/lib/section-name';
import { DecisionDialog, type DecisionDialogTarget } from './components/decision-dialog';
import { DeleteDialog, type Deletion } from './components/delete-dialog';
import { NarrativeGraph } from './components/narrative-graph';
import { listItemId, NarrativeList } from './components/narrative-list';
import { SectionOptions } from './components/section-options';
import { SectionDialog, type SectionDialogTarget } from './components/section-dialog';
import { TriggerDialog, type TriggerDialogTarget } from './components/trigger-dialog';
import { NODE_SIZE, placeNodes, sectionNodeId, triggerNodeId, type GraphItem, type Point } from './graph-model';
import { GoneError, useNarrativeMutations } from './hooks/use-narrative-mutations';
import { narrativeChecks, type NarrativeCheck } from './narrative-checks';

const noSections: Section[] = [];
const noTriggers: Trigger[] = [];

type Graph = { character: Character; sections: Section[]; triggers: Trigger[] };

/** The character and its graph, as one query: one loading and one error state. */
function useGraph(charID: string): QueryLike<Graph> {
  const character = useQuery(characterQueries.detail(charID));
  const sections = useQuery(narrativeQueries.sections(charID));
  const triggers = useQuery(narrativeQueries.triggers(charID));
  const all = [character, sections, triggers];
  return {
    isPending: all.some((query) => query.isPending),
    isError: all.some((query) => query.isError),
    error: all.find((query) => query.isError)?.error ?? null,
    data:
      character.data && sections.data && triggers.data
        ? { character: character.data, sections: sections.data, triggers: triggers.data }
        : undefined,
    refetch: () => all.filter((query) => query.isError).forEach((query) => void query.refetch()),
  };
}

/** A character's narrative design: the graph of sections, decisions and triggers, and whether conversations follow it. */
export function NarrativePage() {
  const { characterId = '' } = useParams();
  const graph = useGraph(characterId);
  return (
    <QueryStatus query={graph} loading="Loading the narrative" errorTitle="The narrative could not be loaded." fill padded>
      {(data) => (
        // Keyed: another character's graph starts afresh, React Flow's store (view, selection) and the
        // editor's state (an open dialog, a deletion) with it.
        <ReactFlowProvider key={characterId}>
          <NarrativeEditor charID={characterId} {...data} />
        </ReactFlowProvider>
      )}
    </QueryStatus>
  );
}

const failed = (what: string) => (error: unknown) => toast.error(`${what}: ${getErrorMessage(error)}`);

/** A deletion done: what to focus once the list no longer shows the row (its buttons went with it). */
type FocusAfterDeletion = string | null;

function NarrativeEditor({ charID, character, sections, triggers }: Graph & { charID: string }) {
  const mutations = useNarrativeMutations(charID);
  const [askedDriven, setAskedDriven] = useState<boolean | null>(null);
  const { latestGraph, saveMoves } = mutations;
  const { mutate: changeTrigger } = mutations.changeTrigger;
  const { mutateAsync: removeSection } = mutations.removeSection;
  const { mutateAsync: removeTrigger } = mutations.removeTrigger;
  const { mutateAsync: changeDecision } = mutations.changeDecision;
  const flow = useReactFlow();
  const { setCenter } = flow;
  const canvas = useRef<HTMLDivElement>(null);
  const startSelectId = useId();
  const [sectionTarget, setSectionTarget] = useState<SectionDialogTarget>(null);
  const [decisionTarget, setDecisionTarget] = useState<DecisionDialogTarget>(null);
  const [triggerTarget, setTriggerTarget] = useState<TriggerDialogTarget>(null);
  const [deletion, setDeletion] = useState<Deletion>(null);
  const [focusAfter, setFocusAfter] = useState<FocusAfterDeletion>(null);

  const startId = sections.some((section) => section.section_id === character.start_narrative_section_id)
    ? (character.start_narrative_section_id ?? null)
    : null;
  const shownStart = startId ?? sections[0]?.section_id ?? null;
  // The list and the checks beside the graph follow in a background render: with hundreds of
  // sections they are thousands of elements, and the graph is shown (and a dropped node saved)
  // without waiting for them.
  const listedSections = useDeferredValue(sections, noSections);
  const listedTriggers = useDeferredValue(triggers, noTriggers);
  const checks = useMemo(() => narrativeChecks(listedSections, listedTriggers, startId), [listedSections, listedTriggers, startId]);

  // Focus moves on from a deleted row once the dialog has closed and the list shows the graph
  // without it; after the dialog's own return of focus (to the deleted button), hence the timeout.
  const listCurrent = listedSections === sections && listedTriggers === triggers;
  useEffect(() => {
    if (focusAfter === null || deletion !== null || !listCurrent) return;
    const timer = setTimeout(() => {
      setFocusAfter(null);
      document.getElementById(focusAfter)?.focus();
    });
    return () => clearTimeout(timer);
  }, [focusAfter, deletion, listCurrent]);

  /** Where a new node goes: the middle of the graph in view, or the nearest place beside it that no node covers. */
  const newNodePlace = (size: { width: number; height: number }): Point => {
    const box = canvas.current?.getBoundingClientRect();
    const centre = box ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
    const taken = [...placeNodes(sections, triggers).values()];
    // Room between columns for a decision's label.
    const gap = { x: 220, y: 48 };
    const free = (point: Point) =>
      taken.every(
        (other) =>
          point.x + size.width + gap.x <= other.x ||
          other.x + NODE_SIZE.section.width + gap.x <= point.x ||
          point.y + size.height + gap.y <= other.y ||
          other.y + NODE_SIZE.section.height + gap.y <= point.y,
      );
    const first = { x: centre.x - size.width / 2, y: centre.y - size.height / 2 };
    // Rings of places around the middle, nearest first; in a ring, to the right and below first (a conversation reads that way).
    for (let ring = 0; ring < 12; ring += 1) {
      const steps: Array<[number, number]> = [];
      for (let dy = -ring; dy <= ring; dy += 1) {
        for (let dx = -ring; dx <= ring; dx += 1) if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) steps.push([dx, dy]);
      }
      steps.sort(([ax, ay], [bx, by]) => Number(ax < 0) - Number(bx < 0) || Math.abs(ay) - Math.abs(by) || by - ay);
      for (const [dx, dy] of steps) {
        const point = { x: first.x + dx * (NODE_SIZE.section.width + gap.x), y: first.y + dy * (NODE_SIZE.section.height + gap.y) };
        if (free(point)) return { x: Math.round(point.x), y: Math.round(point.y) };
      }
    }
    return { x: Math.round(first.x), y: Math.round(first.y) };
  };

  // The callbacks below are stable (they read the graph when called), so the graph, the list and
  // the checks, memoised, are not rendered again when the editor is.
  const open = useCallback(
    (item: GraphItem) => {
      const graph = latestGraph();
      if (item.kind === 'section') {
        const section = graph.sections.find((each) => each.section_id === item.sectionId);
        if (section) setSectionTarget({ mode: 'edit', section });
      } else if (item.kind === 'decision') {
        const decision = graph.sections.find((each) => each.section_id === item.sectionId)?.decisions?.[item.index];
        if (decision) setDecisionTarget({ mode: 'edit', sectionId: item.sectionId, decision });
      } else {
        const trigger = graph.triggers.find((each) => each.trigger_id === item.triggerId);
        if (trigger) setTriggerTarget({ mode: 'edit', trigger });
      }
    },
    [latestGraph],
  );

  /** Brings a node into view on the graph, and its entry in the list into focus. */
  const show = useCallback(
    (kind: 'section' | 'trigger', id: string) => {
      // Centred from its known place and size (fitView would wait for a node out of view to be measured).
      const graph = latestGraph();
      const point = placeNodes(graph.sections, graph.triggers).get(kind === 'section' ? sectionNodeId(id) : triggerNodeId(id));
      const size = NODE_SIZE[kind];
      if (point) void setCenter(point.x + size.width / 2, point.y + size.height / 2, { zoom: 1, duration: 300 });
      const entry = document.getElementById(listItemId(kind, id));
      entry?.scrollIntoView({ block: 'nearest' });
      entry?.focus();
    },
    [latestGraph, setCenter],
  );

  const connectSections = useCallback((from: string, to: string) => setDecisionTarget({ mode: 'create', from, to }), []);
  const connectTrigger = useCallback(
    (triggerId: string, sectionId: string) =>
      changeTrigger({ triggerId, changes: { destination_section: sectionId } }, { onError: failed('The trigger’s section was not saved') }),
    [changeTrigger],
  );

  const editSection = useCallback((section: Section) => setSectionTarget({ mode: 'edit', section }), []);
  const deleteSection = useCallback(
    (section: Section, focusId: string) =>
      setDeletion({
        title: `Delete the section “${sectionLabel(section.section_name)}”?`,
        description:
          'The decisions leading to it are deleted with it, and triggers that moved to it will lead nowhere. Sessions already recorded keep their history.',
        confirm: 'Delete section',
        run: async () => {
          await removeSection(section.section_id);
          setFocusAfter(focusId);
        },
      }),
    [removeSection],
  );
  const editDecision = useCallback(
    (section: Section, decision: Decision) => setDecisionTarget({ mode: 'edit', sectionId: section.section_id, decision }),
    [],
  );
  const deleteDecision = useCallback(
    (section: Section, decision: Decision, targetName: string, focusId: string) =>
      setDeletion({
        title: `Delete the decision from “${sectionLabel(section.section_name)}” to “${targetName}”?`,
        description: 'Conversations will no longer move on this way. The sections stay.',
        confirm: 'Delete decision',
        run: async () => {
          try {
            await changeDecision({ sectionId: section.section_id, decision, next: null });
          } catch (error) {
            // Deleted or changed meanwhile: nothing is left to delete, and the dialog closes saying so.
            if (!(error instanceof GoneError)) throw error;
            toast.message(error.message);
          }
          setFocusAfter(focusId);
        },
      }),
    [changeDecision],
  );
  const editTrigger = useCallback((trigger: Trigger) => setTriggerTarget({ mode: 'edit', trigger }), []);
  const deleteTrigger = useCallback(
    (trigger: Trigger, focusId: string) =>
      setDeletion({
        title: `Delete the trigger “${trigger.trigger_name}”?`,
        description: 'The game can no longer fire it. The section it led to stays.',
        confirm: 'Delete trigger',
        run: async () => {
          await removeTrigger(trigger.trigger_id);
          setFocusAfter(focusId);
        },
      }),
    [removeTrigger],
  );

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex shrink-0 flex-wrap items-start justify-between gap-4 border-b border-zinc-200 bg-surface px-4 py-3 sm:px-6 lg:px-8">
        <div className="max-w-xl">
          <h1 className="text-xl font-semibold tracking-tight">Narrative</h1>
          <p className="text-sm text-zinc-500">
            The conversation as a graph: sections with an objective, decisions that lead from one to the next, and triggers the game fires
            to jump to a section.
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-6">
          <Switch
            label="Narrative-driven"
            description="Conversations follow this graph."
            // What was asked shows at once (the cache takes it a moment later, and a controlled switch
            // would otherwise flick back in between).
            checked={askedDriven ?? character.is_narrative_driven === true}
            disabled={mutations.setNarrativeDriven.isPending}
            onChange={(event) => {
              setAskedDriven(event.target.checked);
              mutations.setNarrativeDriven.mutate(event.target.checked, {
                onError: failed('The switch was not saved'),
                onSettled: () => setAskedDriven(null),
              });
            }}
            className="w-56"
          />
          <div className="w-64 space-y-1">
            <label htmlFor={startSelectId} className="text-sm font-medium text-zinc-800">
              Start section
            </label>
            <Select
              id={startSelectId}
              value={startId ?? ''}
              disabled={sections.length === 0 || mutations.setStartSection.isPending}
              onChange={(event) =>
                mutations.setStartSection.mutate(event.target.value || null, { onError: failed('The start section was not saved') })
              }
            >
              <option value="">{sections[0] ? `The first section (${sectionLabel(sections[0].section_name)})` : 'No sections yet'}</option>
              <SectionOptions sections={sections} />
            </Select>
          </div>
        </div>
      </div>

      <div className="flex shrink-0 flex-wrap items-center gap-2 border-b border-zinc-200 bg-zinc-50 px-4 py-2 sm:px-6 lg:px-8">
        <Button size="sm" onClick={() => setSectionTarget({ mode: 'create', position: newNodePlace(NODE_SIZE.section) })}>
          <Plus aria-hidden className="size-4" /> Add section
        </Button>
        <Button size="sm" disabled={sections.length === 0} onClick={() => setDecisionTarget({ mode: 'create' })}>
          <GitBranchPlus aria-hidden className="size-4" /> Add decision
        </Button>
        <Button size="sm" onClick={() => setTriggerTarget({ mode: 'create', position: newNodePlace(NODE_SIZE.trigger) })}>
          <Zap aria-hidden className="size-4" /> Add trigger
        </Button>
        {sections.length > 0 && (
          <p className="ml-auto hidden text-xs text-zinc-500 lg:block">
            Drag from a section’s right edge to another section to add a decision. Double-click to edit. Positions are saved when you let
            go.
          </p>
        )}
      </div>

      {mutations.savePositions.error && (
        <ErrorAlert className="mx-4 mt-3 sm:mx-6 lg:mx-8" title="A new position was not saved." error={mutations.savePositions.error} />
      )}

      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <div ref={canvas} className="relative min-h-96 flex-1 bg-zinc-50" data-testid="narrative-graph">
          {sections.length === 0 && triggers.length === 0 ? (
            <div className="flex h-full items-center justify-center p-8">
              <div className="max-w-md text-center">
                <h2 className="text-base font-semibold text-zinc-900">No narrative yet</h2>
                <p className="mt-2 text-sm text-zinc-600">
                  Start with a section: a stage of the conversation and what the character tries to achieve in it, such as “Greet the
                  visitor and offer the tour”. Then add the next sections, decisions that lead from one to another, and triggers the game
                  fires.
                </p>
                <Button variant="primary" className="mt-4" onClick={() => setSectionTarget({ mode: 'create', position: { x: 0, y: 0 } })}>
                  <Plus aria-hidden className="size-4" /> Add the first section
                </Button>
              </div>
            </div>
          ) : (
            <NarrativeGraph
              sections={sections}
              triggers={triggers}
              startId={shownStart}
              onConnectSections={connectSections}
              onConnectTrigger={connectTrigger}
              onMoved={saveMoves}
              onOpen={open}
            />
          )}
        </div>

        <aside
          aria-label="Sections and triggers"
          className="max-h-[50vh] shrink-0 space-y-6 overflow-y-auto border-t border-zinc-200 bg-zinc-50/50 p-4 lg:max-h-none lg:w-96 lg:border-t-0 lg:border-l"
        >
          <ChecksPanel checks={checks} onShow={show} />
          <NarrativeList
            sections={listedSections}
            triggers={listedTriggers}
            startId={shownStart}
            onEditSection={editSection}
            onDeleteSection={deleteSection}
            onEditDecision={editDecision}
            onDeleteDecision={deleteDecision}
            onEditTrigger={editTrigger}
            onDeleteTrigger={deleteTrigger}
          />
        </aside>
      </div>

      <SectionDialog target={sectionTarget} mutations={mutations} onClose={() => setSectionTarget(null)} />
      <DecisionDialog target={decisionTarget} sections={sections} mutations={mutations} onClose={() => setDecisionTarget(null)} />
      <TriggerDialog target={triggerTarget} sections={sections} mutations={mutations} onClose={() => setTriggerTarget(null)} />
      <DeleteDialog deletion={deletion} onClose={() => setDeletion(null)} />
    </div>
  );
}

/** The graph's loose ends, each a button that shows it. Memoised: rendered again only when the checks change. */
const ChecksPanel = memo(function ChecksPanel({
  checks,
  onShow,
}: {
  checks: NarrativeCheck[];
  onShow: (kind: 'section' | 'trigger', id: string) => void;
}) {
  if (checks.length === 0) return null;
  return (
    <section aria-labelledby="narrative-checks-heading" className="rounded-lg bg-amber-50 p-3 ring-1 ring-amber-200">
      <h2 id="narrative-checks-heading" className="flex items-center gap-1.5 text-sm font-semibold text-amber-950">
        <CircleAlert aria-hidden className="size-4" /> To look at ({checks.length})
      </h2>
      <ul className="mt-2 space-y-1">
        {checks.map((check, index) => (
          <li key={index}>
            <button
              type="button"
              className="w-full rounded px-1.5 py-1 text-left text-xs text-amber-950 hover:bg-amber-100"
              onClick={() => (check.kind === 'no-destination' ? onShow('trigger', check.triggerId) : onShow('section', check.sectionId))}
            >
              {check.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
