import {
  applyNodeChanges,
  Background,
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
import { useEffect, useMemo, useState } from 'react';
import type { Section, Trigger } from '@contract/schemas/narrative';
import { cn } from '@/lib/cn';
import {
  decisionEdgeId,
  graphItemOf,
  NODE_SIZE,
  placeNodes,
  sectionNodeId,
  triggerEdgeId,
  triggerNodeId,
  type GraphItem,
  type Point,
} from '../graph-model';

type SectionNode = Node<{ section: Section; isStart: boolean }, 'section'>;
type TriggerNode = Node<{ trigger: Trigger }, 'trigger'>;
type GraphNode = SectionNode | TriggerNode;
type Move = { kind: 'section' | 'trigger'; id: string; point: Point };

type Props = {
  sections: Section[];
  triggers: Trigger[];
  startId: string | null;
  /** A section dragged onto another: the designer is drawing a decision. */
  onConnectSections: (from: string, to: string) => void;
  /** A trigger's handle dragged onto a section: its new destination. */
  onConnectTrigger: (triggerId: string, sectionId: string) => void;
  /** Nodes let go after a drag (or moved with the arrow keys): their new places, to save. */
  onMoved: (moves: Move[]) => void;
  /** A node or an edge double-clicked: open it for editing. */
  onOpen: (item: GraphItem) => void;
};

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function SectionCard({ data, selected }: NodeProps<SectionNode>) {
  const { section, isStart } = data;
  return (
    <div
      className={cn(
        'rounded-lg bg-white px-3 py-2 text-left shadow-sm ring-1',
        isStart ? 'ring-2 ring-emerald-500' : 'ring-zinc-300',
        selected && 'ring-2 ring-brand-600',
      )}
      style={{ width: NODE_SIZE.section.width, minHeight: NODE_SIZE.section.height }}
    >
      <Handle type="target" position={Position.Left} className="!size-3 !border-2 !border-white !bg-zinc-500" />
      <div className="flex items-center gap-1.5">
        <p className="min-w-0 flex-1 truncate text-sm font-semibold text-zinc-900">{section.section_name || 'Untitled section'}</p>
        {isStart && (
          <span className="inline-flex shrink-0 items-center gap-1 rounded-full bg-emerald-50 px-1.5 py-0.5 text-[11px] font-medium text-emerald-800 ring-1 ring-emerald-200">
            <Flag aria-hidden className="size-3" /> Start
          </span>
        )}
      </div>
      <p className="mt-1 line-clamp-3 text-xs leading-snug text-zinc-600">
        {section.objective || <span className="italic text-zinc-400">No objective yet</span>}
      </p>
      <Handle type="source" position={Position.Right} className="!size-3 !border-2 !border-white !bg-brand-600" />
    </div>
  );
}

function TriggerCard({ data, selected }: NodeProps<TriggerNode>) {
  const { trigger } = data;
  return (
    <div
      className={cn('rounded-lg bg-amber-50 px-3 py-2 shadow-sm ring-1 ring-amber-300', selected && 'ring-2 ring-brand-600')}
      style={{ width: NODE_SIZE.trigger.width, minHeight: NODE_SIZE.trigger.height }}
    >
      <p className="flex items-center gap-1.5 text-sm font-semibold text-amber-950">
        <Zap aria-hidden className="size-3.5 shrink-0" />
        <span className="truncate">{trigger.trigger_name}</span>
      </p>
      <p className="mt-1 line-clamp-2 text-xs text-amber-900/80">{trigger.trigger_message || <span className="italic">No message</span>}</p>
      <Handle type="source" position={Position.Right} className="!size-3 !border-2 !border-white !bg-amber-500" />
    </div>
  );
}

const nodeTypes = { section: SectionCard, trigger: TriggerCard };

function buildNodes(sections: Section[], triggers: Trigger[], startId: string | null, previous: GraphNode[]): GraphNode[] {
  const places = placeNodes(sections, triggers);
  const before = new Map(previous.map((node) => [node.id, node]));
  // What React Flow measured and what is selected stay; the data and places come from the API.
  const keep = (id: string) => {
    const node = before.get(id);
    return node ? { measured: node.measured, selected: node.selected } : {};
  };
  return [
    ...sections.map((section): SectionNode => {
      const id = sectionNodeId(section.section_id);
      const isStart = section.section_id === startId;
      return {
        ...keep(id),
        id,
        type: 'section',
        position: places.get(id) ?? { x: 0, y: 0 },
        data: { section, isStart },
        ariaLabel: `Section ${section.section_name}${isStart ? ', the start' : ''}`,
      };
    }),
    ...triggers.map((trigger): TriggerNode => {
      const id = triggerNodeId(trigger.trigger_id);
      return {
        ...keep(id),
        id,
        type: 'trigger',
        position: places.get(id) ?? { x: 0, y: 0 },
        data: { trigger },
        ariaLabel: `Trigger ${trigger.trigger_name}`,
      };
    }),
  ];
}

function buildEdges(sections: Section[], triggers: Trigger[]): Edge[] {
  const known = new Set(sections.map((section) => section.section_id));
  const edges: Edge[] = [];
  for (const section of sections) {
    (section.decisions ?? []).forEach((decision, index) => {
      if (!known.has(decision.next_section_id)) return;
      const criteria = decision.criteria.trim();
      edges.push({
        id: decisionEdgeId(section.section_id, index),
        source: sectionNodeId(section.section_id),
        target: sectionNodeId(decision.next_section_id),
        label: criteria ? shorten(criteria, 36) : 'No criteria',
        ariaLabel: `Decision from ${section.section_name} to ${sections.find((s) => s.section_id === decision.next_section_id)?.section_name ?? ''}: ${criteria || 'no criteria'}`,
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
        labelBgPadding: [6, 3],
        labelBgBorderRadius: 4,
        labelStyle: { fontSize: 11, fill: criteria ? '#3f3f46' : '#b91c1c' },
        style: { strokeWidth: 1.5 },
      });
    });
  }
  for (const trigger of triggers) {
    if (!trigger.destination_section || !known.has(trigger.destination_section)) continue;
    edges.push({
      id: triggerEdgeId(trigger.trigger_id),
      source: triggerNodeId(trigger.trigger_id),
      target: sectionNodeId(trigger.destination_section),
      ariaLabel: `Trigger ${trigger.trigger_name} leads to ${sections.find((s) => s.section_id === trigger.destination_section)?.section_name ?? ''}`,
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#d97706' },
      style: { stroke: '#d97706', strokeDasharray: '6 4', strokeWidth: 1.5 },
    });
  }
  return edges;
}

/** The graph: sections and triggers as cards, decisions as labelled arrows; drag to move, draw to connect. */
export function NarrativeGraph({ sections, triggers, startId, onConnectSections, onConnectTrigger, onMoved, onOpen }: Props) {
  // The nodes are React Flow's to move; they are built again whenever the graph's data changes
  // (a save, a refetch), keeping what React Flow measured.
  const [nodes, setNodes] = useState<GraphNode[]>(() => buildNodes(sections, triggers, startId, []));
  const [source, setSource] = useState({ sections, triggers, startId });
  if (source.sections !== sections || source.triggers !== triggers || source.startId !== startId) {
    setSource({ sections, triggers, startId });
    setNodes((current) => buildNodes(sections, triggers, startId, current));
  }
  const edges = useMemo(() => buildEdges(sections, triggers), [sections, triggers]);

  // A node added (or the first ones) comes into view: the whole graph is fitted again when it grows.
  const { fitView } = useReactFlow();
  const count = sections.length + triggers.length;
  useEffect(() => {
    void fitView({ padding: 0.2, maxZoom: 1, duration: 200 });
  }, [count, fitView]);

  const onNodesChange = (changes: NodeChange<GraphNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
    // A position change that is not mid-drag: a drag has ended, or an arrow key moved the node.
    const moves = changes.flatMap((change): Move[] => {
      if (change.type !== 'position' || change.dragging !== false || !change.position) return [];
      const item = graphItemOf(change.id);
      if (item?.kind === 'section') return [{ kind: 'section', id: item.sectionId, point: change.position }];
      if (item?.kind === 'trigger') return [{ kind: 'trigger', id: item.triggerId, point: change.position }];
      return [];
    });
    if (moves.length > 0) onMoved(moves);
  };

  const onConnect = (connection: Connection) => {
    const from = graphItemOf(connection.source);
    const to = graphItemOf(connection.target);
    if (to?.kind !== 'section') return;
    if (from?.kind === 'section') onConnectSections(from.sectionId, to.sectionId);
    else if (from?.kind === 'trigger') onConnectTrigger(from.triggerId, to.sectionId);
  };

  return (
    <ReactFlow<GraphNode>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onConnect={onConnect}
      isValidConnection={(connection) => graphItemOf(connection.target)?.kind === 'section'}
      onNodeDoubleClick={(_event, node) => {
        const item = graphItemOf(node.id);
        if (item) onOpen(item);
      }}
      onEdgeDoubleClick={(_event, edge) => {
        const item = graphItemOf(edge.id);
        if (item) onOpen(item);
      }}
      // Deleting asks first, from the list beside the graph: a stray Backspace must not lose a section.
      deleteKeyCode={null}
      zoomOnDoubleClick={false}
      minZoom={0.1}
      proOptions={{ hideAttribution: false }}
    >
      <Background gap={20} color="#e4e4e7" />
      <Controls showInteractive={false} />
      <MiniMap
        pannable
        zoomable
        style={{ width: 160, height: 100 }}
        nodeColor={(node) => (node.type === 'trigger' ? '#fcd34d' : '#a1a1aa')}
      />
    </ReactFlow>
  );
}
