import { Graph, layout } from '@dagrejs/dagre';
import type { DecisionFields, Section, Trigger } from '@contract/schemas/narrative';

export type Point = { x: number; y: number };

/** A node let go somewhere: what it stands for and its new top-left corner. */
export type Move = { kind: 'section' | 'trigger'; id: string; point: Point };

/** The size of a node: the layout's, and the graph's cards are drawn this size exactly (so the graph knows it before measuring). */
export const NODE_SIZE = { section: { width: 240, height: 96 }, trigger: { width: 200, height: 72 } } as const;

/**
 * A node's position as the API stores it: any JSON value, kept as given. The dashboard writes
 * `{x, y}`; `[x, y]` is read as well. Anything else is no position (the layout places the node).
 */
export function readPosition(value: unknown): Point | null {
  if (Array.isArray(value) && value.length >= 2 && value.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return { x: value[0] as number, y: value[1] as number };
  }
  if (value && typeof value === 'object') {
    const { x, y } = value as Record<string, unknown>;
    if (typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y)) return { x, y };
  }
  return null;
}

/** A position as the dashboard stores it: whole pixels are plenty. */
export const writePosition = (point: Point): Point => ({ x: Math.round(point.x), y: Math.round(point.y) });

export const sectionNodeId = (sectionId: string) => `section:${sectionId}`;
export const triggerNodeId = (triggerId: string) => `trigger:${triggerId}`;
export const decisionEdgeId = (sectionId: string, index: number) => `decision:${sectionId}:${index}`;
export const triggerEdgeId = (triggerId: string) => `trigger-edge:${triggerId}`;

/** What a node or edge id stands for. */
export type GraphItem =
  | { kind: 'section'; sectionId: string }
  | { kind: 'trigger'; triggerId: string }
  | { kind: 'decision'; sectionId: string; index: number }
  | { kind: 'trigger-edge'; triggerId: string };

export function graphItemOf(id: string): GraphItem | null {
  const [kind, ...rest] = id.split(':');
  const value = rest.join(':');
  if (kind === 'section') return { kind, sectionId: value };
  if (kind === 'trigger') return { kind, triggerId: value };
  if (kind === 'trigger-edge') return { kind, triggerId: value };
  if (kind === 'decision') {
    const index = Number(rest.at(-1));
    return Number.isInteger(index) ? { kind, sectionId: rest.slice(0, -1).join(':'), index } : null;
  }
  return null;
}

/**
 * Where every node goes: its stored position, else one from an automatic layout of the whole graph
 * (dagre, left to right, following decisions and triggers), so a graph made elsewhere, without
 * positions, reads in the direction a conversation runs.
 */
export function placeNodes(sections: Section[], triggers: Trigger[]): Map<string, Point> {
  const placed = new Map<string, Point>();
  const missing: string[] = [];
  for (const section of sections) {
    const point = readPosition(section.node_position);
    if (point) placed.set(sectionNodeId(section.section_id), point);
    else missing.push(sectionNodeId(section.section_id));
  }
  for (const trigger of triggers) {
    const point = readPosition(trigger.node_position);
    if (point) placed.set(triggerNodeId(trigger.trigger_id), point);
    else missing.push(triggerNodeId(trigger.trigger_id));
  }
  if (missing.length === 0) return placed;

  const laidOut = autoLayout(sections, triggers);
  // Nodes laid out beside placed ones keep clear of them: the layout's block goes below what is placed.
  const placedBottom = Math.max(...[...placed.values()].map((point) => point.y + NODE_SIZE.section.height + 80), 0);
  const missingTop = Math.min(...missing.map((id) => laidOut.get(id)?.y ?? 0));
  const shift = placed.size > 0 ? placedBottom - missingTop : 0;
  for (const id of missing) {
    const point = laidOut.get(id) ?? { x: 0, y: 0 };
    placed.set(id, { x: point.x, y: point.y + shift });
  }
  return placed;
}

/**
 * What to save when nodes are let go: the moves and, while any node has no stored place, every
 * other such node's place as shown. A laid-out node's place depends on which nodes are placed
 * (the layout's block goes below them), so saving the moved node alone would make the rest jump.
 */
export function positionsToSave(sections: Section[], triggers: Trigger[], moves: Move[]): Move[] {
  const moved = new Set(moves.map((move) => (move.kind === 'section' ? sectionNodeId(move.id) : triggerNodeId(move.id))));
  const unplaced: Move[] = [
    ...sections
      .filter((section) => !readPosition(section.node_position) && !moved.has(sectionNodeId(section.section_id)))
      .map((section) => ({ kind: 'section' as const, id: section.section_id, point: { x: 0, y: 0 } })),
    ...triggers
      .filter((trigger) => !readPosition(trigger.node_position) && !moved.has(triggerNodeId(trigger.trigger_id)))
      .map((trigger) => ({ kind: 'trigger' as const, id: trigger.trigger_id, point: { x: 0, y: 0 } })),
  ];
  if (unplaced.length === 0) return moves;
  const places = placeNodes(sections, triggers);
  const placeOf = (move: Move) => places.get(move.kind === 'section' ? sectionNodeId(move.id) : triggerNodeId(move.id)) ?? move.point;
  return [...moves, ...unplaced.map((move) => ({ ...move, point: placeOf(move) }))];
}

/** Which decision of a section: found by where it leads and its criteria, which stay put while others are added or deleted (an index does not). */
export type DecisionKey = { next_section_id: string; criteria: string };

export const findDecision = (decisions: DecisionFields[], key: DecisionKey): number =>
  decisions.findIndex((decision) => decision.next_section_id === key.next_section_id && decision.criteria === key.criteria);

/** Every node's top-left corner in a left-to-right layered layout of the graph. */
export function autoLayout(sections: Section[], triggers: Trigger[]): Map<string, Point> {
  const graph = new Graph<object, { x?: number; y?: number; width: number; height: number }, object>({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 220, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  const known = new Set(sections.map((section) => section.section_id));
  for (const section of sections) graph.setNode(sectionNodeId(section.section_id), { ...NODE_SIZE.section });
  for (const trigger of triggers) graph.setNode(triggerNodeId(trigger.trigger_id), { ...NODE_SIZE.trigger });
  for (const section of sections) {
    (section.decisions ?? []).forEach((decision, index) => {
      if (known.has(decision.next_section_id) && decision.next_section_id !== section.section_id) {
        graph.setEdge(sectionNodeId(section.section_id), sectionNodeId(decision.next_section_id), {}, `d${index}`);
      }
    });
  }
  for (const trigger of triggers) {
    if (trigger.destination_section && known.has(trigger.destination_section)) {
      graph.setEdge(triggerNodeId(trigger.trigger_id), sectionNodeId(trigger.destination_section), {}, 't');
    }
  }
  layout(graph);
  const points = new Map<string, Point>();
  for (const id of graph.nodes()) {
    const node = graph.node(id);
    // dagre gives centres; the graph places corners.
    points.set(id, writePosition({ x: (node.x ?? 0) - node.width / 2, y: (node.y ?? 0) - node.height / 2 }));
  }
  return points;
}

/** The section a session starts in: the start section when it is set and still there, else the first created. */
export function startSectionOf(sections: Section[], startId: string | null | undefined): Section | undefined {
  return sections.find((section) => section.section_id === startId) ?? sections[0];
}
