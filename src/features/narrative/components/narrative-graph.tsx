import {
  applyNodeChanges,
  Background,
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  getNodesBounds,
  getViewportForBounds,
  type Viewport,
  type EdgeProps,
  type NodeHandle,
  type ReactFlowState,
  useStore,
  useStoreApi,
  Controls,
  Handle,
  MarkerType,
  MiniMap,
  Position,
  ReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeChange,
  type NodeProps,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Flag, Zap } from 'lucide-react';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { Section, Trigger } from '@contract/schemas/narrative';
import { useIsDark } from '@/hooks/use-is-dark';
import { cn } from '@/lib/cn';
import { sectionLabel } from '@/lib/section-name';
import {
  decisionEdgeId,
  graphItemOf,
  NODE_SIZE,
  placeNodes,
  sectionNodeId,
  triggerEdgeId,
  triggerNodeId,
  type GraphItem,
  type Move,
} from '../graph-model';

/** Where a session went, for the read-only view of its path: numbered sections, the decisions and triggers taken. */
export type PathMarks = {
  /** Each section's steps in the path (1-based), in order: a section visited twice has two. */
  steps: ReadonlyMap<string, number[]>;
  /** Decision edges taken (their edge ids), with the step they led to. */
  decisions: ReadonlyMap<string, number>;
  /** Triggers fired (their ids), with the step they led to. */
  triggers: ReadonlyMap<string, number>;
};

type SectionNode = Node<{ section: Section; isStart: boolean; steps: number[] | null; dimmed: boolean }, 'section'>;
type TriggerNode = Node<{ trigger: Trigger; fired: number | null; dimmed: boolean }, 'trigger'>;
type GraphNode = SectionNode | TriggerNode;
type DecisionEdge = Edge<{ criteria: string; taken: number | null }, 'decision'>;

type Props = {
  sections: Section[];
  triggers: Trigger[];
  startId: string | null;
  /** A section dragged onto another: the designer is drawing a decision. */
  onConnectSections?: (from: string, to: string) => void;
  /** A trigger's handle dragged onto a section: its new destination. */
  onConnectTrigger?: (triggerId: string, sectionId: string) => void;
  /** Nodes let go after a drag (or moved with the arrow keys): their new places, to save. */
  onMoved?: (moves: Move[]) => void;
  /** A node or an edge double-clicked: open it for editing. */
  onOpen?: (item: GraphItem) => void;
  /** Read-only, with a session's path marked on it (nothing can be moved, drawn or opened). */
  path?: PathMarks;
};

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** A step number on a node or an arrow of a session's path. */
function StepBadge({ steps }: { steps: number[] }) {
  return (
    <span className="inline-flex shrink-0 items-center gap-0.5" data-testid="path-step">
      {steps.map((step) => (
        <span
          key={step}
          className="inline-flex size-5 items-center justify-center rounded-full bg-violet-600 text-[11px] font-semibold text-white"
        >
          {step}
        </span>
      ))}
    </span>
  );
}

// Memoised: while a node is dragged, only that node's card renders again.
const SectionCard = memo(function SectionCard({ data, selected, isConnectable }: NodeProps<SectionNode>) {
  const { section, isStart, steps, dimmed } = data;
  return (
    <div
      className={cn(
        'overflow-hidden rounded-lg bg-surface px-3 py-2 text-left shadow-sm ring-1',
        isStart ? 'ring-2 ring-emerald-500' : 'ring-zinc-300',
        selected && 'ring-2 ring-brand-600',
        steps && 'ring-2 ring-violet-600',
        dimmed && 'opacity-50',
      )}
      style={NODE_SIZE.section}
    >
      <Handle
        type="target"
        position={Position.Left}
        isConnectable={isConnectable}
        className="!size-3 !border-2 !border-white !bg-zinc-500"
      />
      <div className="flex items-center gap-1.5">
        {steps && <StepBadge steps={steps} />}
        <p className="min-w-0 flex-1 truncate text-sm font-semibold text-zinc-900">{sectionLabel(section.section_name)}</p>
        {isStart && (
          <span className="inline-flex shrink-0 items-center gap-1 rounded-full bg-emerald-50 px-1.5 py-0.5 text-[11px] font-medium text-emerald-800 ring-1 ring-emerald-200">
            <Flag aria-hidden className="size-3" /> Start
          </span>
        )}
      </div>
      <p className="mt-1 line-clamp-3 text-xs leading-snug text-zinc-600">
        {section.objective || <span className="italic text-zinc-400">No objective yet</span>}
      </p>
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={isConnectable}
        className="!size-3 !border-2 !border-white !bg-brand-600"
      />
    </div>
  );
});

const TriggerCard = memo(function TriggerCard({ data, selected, isConnectable }: NodeProps<TriggerNode>) {
  const { trigger, fired, dimmed } = data;
  return (
    <div
      className={cn(
        'overflow-hidden rounded-lg bg-amber-50 px-3 py-2 shadow-sm ring-1 ring-amber-300',
        selected && 'ring-2 ring-brand-600',
        fired !== null && 'ring-2 ring-violet-600',
        dimmed && 'opacity-50',
      )}
      style={NODE_SIZE.trigger}
    >
      <p className="flex items-center gap-1.5 text-sm font-semibold text-amber-950">
        <Zap aria-hidden className="size-3.5 shrink-0" />
        <span className="min-w-0 flex-1 truncate">{trigger.trigger_name}</span>
        {fired !== null && <StepBadge steps={[fired]} />}
      </p>
      <p className="mt-1 line-clamp-2 text-xs text-amber-900/80">{trigger.trigger_message || <span className="italic">No message</span>}</p>
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={isConnectable}
        className="!size-3 !border-2 !border-white !bg-amber-500"
      />
    </div>
  );
});

/** Below this zoom a decision's label is too small to read, and is left out (a large graph fitted in view draws quickly). */
const LABEL_MIN_ZOOM = 0.45;
const labelsReadable = (state: ReactFlowState) => state.transform[2] >= LABEL_MIN_ZOOM;

/**
 * A decision's arrow, its criteria as an HTML label beside it (React Flow's own SVG labels are
 * measured one by one, which a graph of hundreds of decisions pays for on every showing).
 */
const DecisionArrow = memo(function DecisionArrow({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  style,
  data,
}: EdgeProps<DecisionEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const showLabel = useStore(labelsReadable);
  const criteria = data?.criteria ?? '';
  const taken = data?.taken ?? null;
  const labelWidth = Math.min(criteria.length || 11, 36) * 6 + 16;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      {/* Where the label is, as part of the arrow: double-clicking the label opens the decision, as the arrow does. */}
      <rect x={labelX - labelWidth / 2} y={labelY - 10} width={labelWidth} height={20} fill="transparent" />
      {(showLabel || taken !== null) && (
        <EdgeLabelRenderer>
          <div
            className={cn(
              'nodrag nopan pointer-events-none absolute flex items-center gap-1 rounded px-1.5 py-0.5 text-[11px] shadow-sm ring-1',
              taken !== null ? 'bg-violet-50 text-violet-950 ring-violet-300' : 'bg-surface ring-zinc-200',
              !criteria && 'text-red-700',
              criteria && taken === null && 'text-zinc-700',
            )}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {taken !== null && <StepBadge steps={[taken]} />}
            {showLabel && <span>{criteria ? shorten(criteria, 36) : 'No criteria'}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

const nodeTypes = { section: SectionCard, trigger: TriggerCard };
const edgeTypes = { decision: DecisionArrow };
// Theme colours (src/index.css gives them their dark-theme values): React Flow puts them in style attributes.
const minimapColor = (node: Node) => (node.type === 'trigger' ? 'var(--color-amber-300)' : 'var(--color-zinc-400)');
const pathColor = 'var(--color-violet-600)';
const triggerColor = 'var(--color-amber-600)';

const HANDLE_SIZE = 12;

/**
 * Where a card's handles are (the middle of its left and right edges), given up front with its size:
 * React Flow then draws arrows at once, and need not put every node of a large graph in the page
 * to measure it before showing only those in view.
 */
function handlesOf(size: { width: number; height: number }, withTarget: boolean): NodeHandle[] {
  const y = size.height / 2 - HANDLE_SIZE / 2;
  const handle = { width: HANDLE_SIZE, height: HANDLE_SIZE, y, id: null };
  return [
    ...(withTarget ? [{ ...handle, type: 'target' as const, position: Position.Left, x: -HANDLE_SIZE / 2 }] : []),
    { ...handle, type: 'source' as const, position: Position.Right, x: size.width - HANDLE_SIZE / 2 },
  ];
}

function buildNodes(
  sections: Section[],
  triggers: Trigger[],
  startId: string | null,
  path: PathMarks | undefined,
  previous: GraphNode[],
): GraphNode[] {
  const places = placeNodes(sections, triggers);
  const before = new Map(previous.map((node) => [node.id, node]));
  /**
   * What React Flow measured and what is selected stay; the data and places come from the API. A
   * node whose section or trigger, place and marks are unchanged is the same object as before, so
   * after one node is moved and saved only that node renders again.
   */
  const reuse = <N extends GraphNode>(next: N): N => {
    const node = before.get(next.id);
    if (!node) return next;
    const same =
      node.position.x === next.position.x &&
      node.position.y === next.position.y &&
      node.ariaLabel === next.ariaLabel &&
      Object.entries(next.data).every(([key, value]) => (node.data as Record<string, unknown>)[key] === value);
    return same ? (node as N) : { ...next, measured: node.measured, selected: node.selected };
  };
  const stepsOf = (id: string) => path?.steps.get(id) ?? null;
  return [
    ...sections.map((section) => {
      const id = sectionNodeId(section.section_id);
      const isStart = section.section_id === startId;
      const steps = stepsOf(section.section_id);
      const node: SectionNode = {
        id,
        type: 'section',
        position: places.get(id) ?? { x: 0, y: 0 },
        ...NODE_SIZE.section,
        handles: handlesOf(NODE_SIZE.section, true),
        data: { section, isStart, steps, dimmed: Boolean(path) && !steps },
        ariaLabel: `Section ${sectionLabel(section.section_name)}${isStart ? ', the start' : ''}${steps ? `, step ${steps.join(' and ')} of the session` : ''}`,
      };
      return reuse(node);
    }),
    ...triggers.map((trigger) => {
      const id = triggerNodeId(trigger.trigger_id);
      const fired = path?.triggers.get(trigger.trigger_id) ?? null;
      const node: TriggerNode = {
        id,
        type: 'trigger',
        position: places.get(id) ?? { x: 0, y: 0 },
        ...NODE_SIZE.trigger,
        handles: handlesOf(NODE_SIZE.trigger, false),
        data: { trigger, fired, dimmed: Boolean(path) && fired === null },
        ariaLabel: `Trigger ${trigger.trigger_name}${fired !== null ? `, fired to reach step ${fired}` : ''}`,
      };
      return reuse(node);
    }),
  ];
}

/** The edges, each the same object as before when nothing about it changed (so only changed arrows render again). */
function reuseEdges(next: Edge[], previous: Edge[]): Edge[] {
  const before = new Map(previous.map((edge) => [edge.id, edge]));
  const same = (a: unknown, b: unknown): boolean =>
    a === b ||
    (typeof a === 'object' &&
      typeof b === 'object' &&
      a !== null &&
      b !== null &&
      Object.keys(a).length === Object.keys(b).length &&
      Object.entries(a).every(([key, value]) => same(value, (b as Record<string, unknown>)[key])));
  return next.map((edge) => {
    const old = before.get(edge.id);
    return old && same(old, edge) ? old : edge;
  });
}

function buildEdges(sections: Section[], triggers: Trigger[], path: PathMarks | undefined): Edge[] {
  const names = new Map(sections.map((section) => [section.section_id, section.section_name]));
  const edges: Edge[] = [];
  const faded = path ? 0.35 : 1;
  for (const section of sections) {
    (section.decisions ?? []).forEach((decision, index) => {
      if (!names.has(decision.next_section_id)) return;
      const criteria = decision.criteria.trim();
      const id = decisionEdgeId(section.section_id, index);
      const taken = path?.decisions.get(id) ?? null;
      const edge: DecisionEdge = {
        id,
        type: 'decision',
        source: sectionNodeId(section.section_id),
        target: sectionNodeId(decision.next_section_id),
        data: { criteria, taken },
        ariaLabel: `Decision from ${section.section_name} to ${names.get(decision.next_section_id) ?? ''}: ${criteria || 'no criteria'}${taken !== null ? `, taken to reach step ${taken}` : ''}`,
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, ...(taken !== null ? { color: pathColor } : {}) },
        style: taken !== null ? { stroke: pathColor, strokeWidth: 3 } : { strokeWidth: 1.5, opacity: faded },
      };
      edges.push(edge);
    });
  }
  for (const trigger of triggers) {
    if (!trigger.destination_section || !names.has(trigger.destination_section)) continue;
    const fired = path?.triggers.get(trigger.trigger_id) ?? null;
    edges.push({
      id: triggerEdgeId(trigger.trigger_id),
      source: triggerNodeId(trigger.trigger_id),
      target: sectionNodeId(trigger.destination_section),
      ariaLabel: `Trigger ${trigger.trigger_name} leads to ${names.get(trigger.destination_section) ?? ''}`,
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: fired !== null ? pathColor : triggerColor },
      style:
        fired !== null
          ? { stroke: pathColor, strokeDasharray: '6 4', strokeWidth: 3 }
          : { stroke: triggerColor, strokeDasharray: '6 4', strokeWidth: 1.5, opacity: faded },
    });
  }
  return edges;
}

/**
 * The graph: sections and triggers as cards, decisions as labelled arrows; drag to move, draw to
 * connect. With `path`, read-only, a session's way through it marked.
 */
export function NarrativeGraph({ sections, triggers, startId, onConnectSections, onConnectTrigger, onMoved, onOpen, path }: Props) {
  const readOnly = path !== undefined;
  // The nodes are React Flow's to move; they are built again whenever the graph's data changes
  // (a save, a refetch), keeping what React Flow measured.
  const [nodes, setNodes] = useState<GraphNode[]>(() => buildNodes(sections, triggers, startId, path, []));
  const [source, setSource] = useState({ sections, triggers, startId, path });
  const [edges, setEdges] = useState<Edge[]>(() => buildEdges(sections, triggers, path));
  if (source.sections !== sections || source.triggers !== triggers || source.startId !== startId || source.path !== path) {
    setSource({ sections, triggers, startId, path });
    setNodes((current) => buildNodes(sections, triggers, startId, path, current));
    setEdges((current) => reuseEdges(buildEdges(sections, triggers, path), current));
  }

  // A node added comes into view: the whole graph is fitted again when it grows. Worked out from the
  // nodes' known sizes: React Flow's fitView waits for every node to be measured, and a node out of
  // view is never in the page to be measured.
  const { setViewport } = useReactFlow();
  const store = useStoreApi();
  const count = sections.length + triggers.length;
  const fittedCount = useRef(count);
  useEffect(() => {
    if (count === fittedCount.current) return;
    fittedCount.current = count;
    const { width, height } = store.getState();
    void setViewport(fittedViewport(nodes, width, height), { duration: 200 });
  }, [count, nodes, setViewport, store]);

  // Stable across renders (a drag re-renders this many times a second), reading the latest props.
  const onNodesChange = useCallback(
    (changes: NodeChange<GraphNode>[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      // A position change that is not mid-drag: a drag has ended, or an arrow key moved the node.
      const moves = changes.flatMap((change): Move[] => {
        if (change.type !== 'position' || change.dragging !== false || !change.position) return [];
        const item = graphItemOf(change.id);
        if (item?.kind === 'section') return [{ kind: 'section', id: item.sectionId, point: change.position }];
        if (item?.kind === 'trigger') return [{ kind: 'trigger', id: item.triggerId, point: change.position }];
        return [];
      });
      if (moves.length > 0) onMoved?.(moves);
    },
    [onMoved],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const from = graphItemOf(connection.source);
      const to = graphItemOf(connection.target);
      if (to?.kind !== 'section') return;
      if (from?.kind === 'section') onConnectSections?.(from.sectionId, to.sectionId);
      else if (from?.kind === 'trigger') onConnectTrigger?.(from.triggerId, to.sectionId);
    },
    [onConnectSections, onConnectTrigger],
  );

  const onDoubleClick = useCallback(
    (_event: unknown, element: { id: string }) => {
      const item = graphItemOf(element.id);
      if (item) onOpen?.(item);
    },
    [onOpen],
  );

  // The first view shows the whole graph (as far as the smallest zoom allows), worked out from the
  // nodes' known sizes before anything is drawn: React Flow's own fitting waits for nodes to be
  // measured, and with only the nodes in view in the page, those are not all of them.
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  const frame = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element || initialViewport) return;
      const box = element.getBoundingClientRect();
      setInitialViewport(fittedViewport(nodes, box.width, box.height));
    },
    // Once, with the nodes of the first showing.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- later nodes must not move the view
    [initialViewport],
  );

  const dark = useIsDark();

  return (
    <div ref={frame} className="size-full">
      {initialViewport && (
        <ReactFlow<GraphNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          onNodeDoubleClick={readOnly ? undefined : onDoubleClick}
          onEdgeDoubleClick={readOnly ? undefined : onDoubleClick}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          // Only what is in view is in the page: a graph of hundreds of sections pans and drags smoothly.
          onlyRenderVisibleElements
          defaultViewport={initialViewport}
          // Deleting asks first, from the list beside the graph: a stray Backspace must not lose a section.
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          minZoom={MIN_ZOOM}
          proOptions={{ hideAttribution: false }}
          colorMode={dark ? 'dark' : 'light'}
        >
          <Background gap={20} color="var(--color-zinc-200)" />
          <Controls showInteractive={false} />
          <MiniMap pannable zoomable style={{ width: 160, height: 100 }} nodeColor={minimapColor} />
        </ReactFlow>
      )}
    </div>
  );
}

const MIN_ZOOM = 0.1;
const fittedViewport = (nodes: GraphNode[], width: number, height: number) =>
  getViewportForBounds(getNodesBounds(nodes), width, height, MIN_ZOOM, 1, 0.2);
const isValidConnection = (connection: Edge | Connection) => graphItemOf(connection.target)?.kind === 'section';
