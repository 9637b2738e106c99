import { Suspense, type ComponentType } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { Spinner } from '@/components/ui/spinner';
import { describeStep, type PathStep } from '@/lib/session-path';

/** The character's graph with a session's path marked on it, lent by the app (the narrative feature's, loaded when asked for). */
export type PathGraph = ComponentType<{ charID: string; steps: PathStep[] }>;

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  charID: string;
  steps: PathStep[];
  /** The graph to draw the path on; without it, the path is told in words only. */
  graph?: PathGraph;
};

/** A narrative-driven session's way through the graph: in words (numbered, with what moved it), and marked on the graph. */
export function SessionPathDialog({ open, onOpenChange, charID, steps, graph: Graph }: Props) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="The session’s path"
      description="The sections this session passed through, in order, and the decision or trigger that moved it into each."
      wide
    >
      <ol aria-label="Session path" className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-zinc-800">
        {steps.map((step) => (
          // The arrow between steps is drawn by CSS: the steps' names stay exactly "2. The tour (decision: …)".
          <li key={step.number} className="flex items-center gap-1.5 text-zinc-400 [&+&]:before:content-['→']">
            <span className="rounded-md bg-violet-50 px-2 py-0.5 text-zinc-800 ring-1 ring-violet-200">{`${step.number}. ${describeStep(step)}`}</span>
          </li>
        ))}
      </ol>
      {Graph && (
        <div
          className="mt-4 flex h-[60vh] flex-col overflow-hidden rounded-lg bg-zinc-50 ring-1 ring-zinc-200"
          data-testid="session-path-graph"
        >
          <Suspense
            fallback={
              <div className="flex flex-1 items-center justify-center">
                <Spinner label="Loading the graph" />
              </div>
            }
          >
            <Graph charID={charID} steps={steps} />
          </Suspense>
        </div>
      )}
    </Dialog>
  );
}
