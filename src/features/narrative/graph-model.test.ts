import { describe, expect, it } from 'vitest';
import type { Section, Trigger } from '@contract/schemas/narrative';
import {
  findDecision,
  graphItemOf,
  placeNodes,
  positionsToSave,
  readPosition,
  sectionNodeId,
  triggerNodeId,
  decisionEdgeId,
} from './graph-model';
import { narrativeChecks } from './narrative-checks';

const section = (id: string, decisions: Array<[string, string]> = [], node_position?: unknown): Section => ({
  character_id: 'c',
  section_id: id,
  section_name: id.toUpperCase(),
  objective: '',
  decisions: decisions.length ? decisions.map(([next_section_id, criteria]) => ({ next_section_id, criteria })) : null,
  parents: null,
  triggers: null,
  node_position,
});
const trigger = (id: string, destination: string | null, node_position?: unknown): Trigger => ({
  character_id: 'c',
  trigger_id: id,
  trigger_name: id,
  trigger_message: '',
  destination_section: destination,
  node_position,
});

describe('readPosition', () => {
  it('reads {x, y} and [x, y], and nothing else', () => {
    expect(readPosition({ x: 1, y: 2 })).toEqual({ x: 1, y: 2 });
    expect(readPosition([3, 4])).toEqual({ x: 3, y: 4 });
    for (const value of [null, undefined, {}, { x: '1', y: 2 }, [1], 'x', { x: Infinity, y: 0 }]) expect(readPosition(value)).toBeNull();
  });
});

describe('graph ids', () => {
  it('are read back as what they stand for, ids with colons included', () => {
    expect(graphItemOf(sectionNodeId('a:b'))).toEqual({ kind: 'section', sectionId: 'a:b' });
    expect(graphItemOf(triggerNodeId('t'))).toEqual({ kind: 'trigger', triggerId: 't' });
    expect(graphItemOf(decisionEdgeId('a:b', 2))).toEqual({ kind: 'decision', sectionId: 'a:b', index: 2 });
    expect(graphItemOf('other:1')).toBeNull();
  });
});

describe('placeNodes', () => {
  it('keeps stored positions and lays out the rest left to right, following decisions and triggers', () => {
    const places = placeNodes([section('a', [['b', 'yes']]), section('b', [['c', 'go']]), section('c')], [trigger('t', 'c')]);
    const x = (id: string) => places.get(id)!.x;
    expect(x(sectionNodeId('a'))).toBeLessThan(x(sectionNodeId('b')));
    expect(x(sectionNodeId('b'))).toBeLessThan(x(sectionNodeId('c')));
    expect(x(triggerNodeId('t'))).toBeLessThan(x(sectionNodeId('c')));
  });

  it('puts laid-out nodes below the placed ones', () => {
    const places = placeNodes([section('a', [], { x: 500, y: 300 }), section('b')], []);
    expect(places.get(sectionNodeId('a'))).toEqual({ x: 500, y: 300 });
    expect(places.get(sectionNodeId('b'))!.y).toBeGreaterThan(300 + 96);
  });
});

describe('positionsToSave', () => {
  const withSaved = (sections: Section[], triggers: Trigger[], moves: ReturnType<typeof positionsToSave>) => {
    const at = new Map(moves.map((move) => [`${move.kind}:${move.id}`, move.point]));
    return placeNodes(
      sections.map((each) => ({ ...each, node_position: at.get(sectionNodeId(each.section_id)) ?? each.node_position })),
      triggers.map((each) => ({ ...each, node_position: at.get(triggerNodeId(each.trigger_id)) ?? each.node_position })),
    );
  };

  it('moving one node of a graph without stored places saves every node where it is shown, so none of the others moves', () => {
    const sections = [section('a', [['b', 'yes']]), section('b', [['c', 'go']]), section('c')];
    const triggers = [trigger('t', 'c')];
    const before = placeNodes(sections, triggers);
    const moves = positionsToSave(sections, triggers, [{ kind: 'section', id: 'b', point: { x: 900, y: 700 } }]);
    expect(moves).toHaveLength(4);
    const after = withSaved(sections, triggers, moves);
    expect(after.get(sectionNodeId('b'))).toEqual({ x: 900, y: 700 });
    for (const id of [sectionNodeId('a'), sectionNodeId('c'), triggerNodeId('t')]) expect(after.get(id)).toEqual(before.get(id));
  });

  it('saves only the moves when every node has its place', () => {
    const sections = [section('a', [], { x: 0, y: 0 }), section('b', [], { x: 300, y: 0 })];
    const moves = [{ kind: 'section' as const, id: 'a', point: { x: 5, y: 5 } }];
    expect(positionsToSave(sections, [], moves)).toEqual(moves);
  });
});

describe('findDecision', () => {
  it('finds a decision by where it leads and its criteria, wherever it now is in the list', () => {
    const decisions = [
      { next_section_id: 'b', criteria: 'yes' },
      { next_section_id: 'c', criteria: 'no' },
    ];
    expect(findDecision(decisions, { next_section_id: 'c', criteria: 'no' })).toBe(1);
    expect(findDecision(decisions.slice(1), { next_section_id: 'c', criteria: 'no' })).toBe(0);
    expect(findDecision(decisions, { next_section_id: 'b', criteria: 'no' })).toBe(-1);
  });
});

describe('narrativeChecks', () => {
  it('finds sections no path reaches, dead ends, empty criteria and triggers leading nowhere', () => {
    const sections = [
      section('a', [
        ['b', 'yes'],
        ['c', '  '],
      ]),
      section('b'),
      section('c'),
      section('d'),
    ];
    const checks = narrativeChecks(sections, [trigger('t', null)], null);
    // A decision without criteria is never taken: "c" is reached by nothing.
    expect(checks.map((check) => [check.kind, 'sectionId' in check ? check.sectionId : check.triggerId])).toEqual([
      ['empty-criteria', 'a'],
      ['no-way-out', 'b'],
      ['unreachable', 'c'],
      ['no-way-out', 'c'],
      ['unreachable', 'd'],
      ['no-way-out', 'd'],
      ['no-destination', 't'],
    ]);
  });

  it('counts a trigger’s destination as reached, and a lone section as fine', () => {
    expect(narrativeChecks([section('a'), section('b')], [trigger('t', 'b')], 'a').filter((check) => check.kind === 'unreachable')).toEqual(
      [],
    );
    expect(narrativeChecks([section('a')], [], null)).toEqual([]);
  });
});
