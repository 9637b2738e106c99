import { describe, expect, it } from 'vitest';
import { characterSnapshotSchema, type CharacterSnapshot } from '@contract/schemas/versions';
import { diffSnapshots } from './snapshot-diff';

const snapshot = (overrides: Partial<CharacterSnapshot> = {}): CharacterSnapshot => ({
  character_name: 'Odile',
  voice_type: 'FEMALE',
  backstory: 'Odile keeps the lighthouse lamp burning.',
  character_actions: ['trim wick', 'ring bell'],
  language_codes: ['en-US'],
  model_group_name: null,
  temperature: null,
  reasoning_effort: null,
  memory_enabled: false,
  is_narrative_driven: false,
  start_narrative_section_id: null,
  docs: [],
  narrative: { sections: [], triggers: [] },
  ...overrides,
});

const section = (id: string, name: string, decisions: Array<[string, string]> = [], objective = 'Greet the visitor.') => ({
  section_id: id,
  section_name: name,
  objective,
  decisions: decisions.map(([criteria, next_section_id]) => ({ criteria, next_section_id })),
});
const trigger = (id: string, name: string, destination: string | null, message = 'The bell rings.') => ({
  trigger_id: id,
  trigger_name: name,
  trigger_message: message,
  destination_section: destination,
});

describe('diffSnapshots', () => {
  it('finds nothing between a snapshot and itself, and the fixture is a valid snapshot', () => {
    expect(characterSnapshotSchema.safeParse(snapshot()).success).toBe(true);
    expect(diffSnapshots(snapshot(), snapshot())).toEqual([]);
  });

  it('says each setting as "was → now", in words, in the editor’s order', () => {
    const before = snapshot();
    const after = snapshot({
      temperature: 0.2,
      character_name: 'Odile Marsh',
      memory_enabled: true,
      model_group_name: 'gpt-4o',
      reasoning_effort: 'high',
      voice_type: 'MALE',
      is_narrative_driven: true,
    });
    const differences = diffSnapshots(before, after, { voiceName: (value) => (value === 'MALE' ? 'Male Voice' : undefined) });
    expect(differences.map((difference) => difference.label)).toEqual([
      'Name',
      'Voice',
      'Model',
      'Temperature',
      'Reasoning effort',
      'Long-term memory',
      'Narrative-driven',
    ]);
    expect(differences).toContainEqual({ field: 'voice_type', kind: 'value', label: 'Voice', before: 'FEMALE', after: 'Male Voice' });
    expect(differences).toContainEqual({ field: 'temperature', kind: 'value', label: 'Temperature', before: 'the default', after: '0.2' });
    expect(differences).toContainEqual({ field: 'memory_enabled', kind: 'value', label: 'Long-term memory', before: 'off', after: 'on' });
    expect(differences).toContainEqual({
      field: 'model_group_name',
      kind: 'value',
      label: 'Model',
      before: 'the service’s default',
      after: 'gpt-4o',
    });
  });

  it('gives the backstory whole, to be diffed word by word', () => {
    const after = snapshot({ backstory: 'Odile keeps the old lighthouse lamp burning.' });
    expect(diffSnapshots(snapshot(), after)).toEqual([
      { field: 'backstory', kind: 'text', label: 'Backstory', before: snapshot().backstory, after: after.backstory },
    ]);
  });

  it('lists actions, languages and documents added and removed', () => {
    const before = snapshot({
      docs: [
        { id: 'd1', file_name: 'menu.pdf' },
        { id: 'd2', file_name: 'map.txt' },
      ],
    });
    const after = snapshot({
      character_actions: ['trim wick', 'wave'],
      language_codes: ['en-US', 'fr-FR'],
      docs: [
        { id: 'd2', file_name: 'map.txt' },
        { id: 'd3', file_name: 'tides.md' },
      ],
    });
    const differences = diffSnapshots(before, after, { languageName: (code) => (code === 'fr-FR' ? 'French' : undefined) });
    expect(differences).toEqual([
      { field: 'character_actions', kind: 'items', label: 'Actions', added: ['wave'], removed: ['ring bell'] },
      { field: 'language_codes', kind: 'items', label: 'Languages', added: ['French (fr-FR)'], removed: [] },
      { field: 'docs', kind: 'items', label: 'Knowledge', added: ['tides.md'], removed: ['menu.pdf'] },
    ]);
  });

  it('says a new primary language as a change of order; documents in another order are no change', () => {
    const before = snapshot({
      language_codes: ['en-US', 'fr-FR'],
      docs: [
        { id: 'a', file_name: 'a' },
        { id: 'b', file_name: 'b' },
      ],
    });
    const after = snapshot({
      language_codes: ['fr-FR', 'en-US'],
      docs: [
        { id: 'b', file_name: 'b' },
        { id: 'a', file_name: 'a' },
      ],
    });
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'language_codes', kind: 'value', label: 'Languages (order)', before: 'en-US, fr-FR', after: 'fr-FR, en-US' },
    ]);
  });

  it('matches sections and triggers by id, showing names: added, removed, renamed, rewired', () => {
    const before = snapshot({
      start_narrative_section_id: 's1',
      narrative: {
        sections: [section('s1', 'Greeting', [['the player agrees', 's2']]), section('s2', 'The tour'), section('s3', 'Gift shop')],
        triggers: [trigger('t1', 'closing_bell', 's2'), trigger('t2', 'fire_alarm', null)],
      },
    });
    const after = snapshot({
      start_narrative_section_id: 's4',
      narrative: {
        sections: [
          section('s1', 'Welcome', [['the player agrees', 's4']]),
          section('s2', 'The tour', [], 'Show the paintings.'),
          section('s4', 'Closing time'),
        ],
        triggers: [trigger('t1', 'closing_bell', 's4')],
      },
    });
    const differences = diffSnapshots(before, after);
    expect(differences.map((difference) => difference.field)).toEqual(['start_narrative_section_id', 'narrative']);
    expect(differences[0]).toMatchObject({ before: 'Greeting', after: 'Closing time' });
    expect(differences[1]).toEqual({
      field: 'narrative',
      kind: 'narrative',
      label: 'Narrative',
      sections: {
        added: [{ id: 's4', name: 'Closing time' }],
        removed: [{ id: 's3', name: 'Gift shop' }],
        changed: [
          {
            id: 's1',
            name: 'Welcome',
            details: [
              { kind: 'value', label: 'Name', before: 'Greeting', after: 'Welcome' },
              {
                kind: 'items',
                label: 'Decisions',
                added: ['“the player agrees” → Closing time'],
                removed: ['“the player agrees” → The tour'],
              },
            ],
          },
          {
            id: 's2',
            name: 'The tour',
            details: [{ kind: 'value', label: 'Objective', before: 'Greet the visitor.', after: 'Show the paintings.' }],
          },
        ],
      },
      triggers: {
        added: [],
        removed: [{ id: 't2', name: 'fire_alarm' }],
        changed: [
          { id: 't1', name: 'closing_bell', details: [{ kind: 'value', label: 'Moves to', before: 'The tour', after: 'Closing time' }] },
        ],
      },
    });
  });

  it('does not call a renamed section a new start, nor the decisions and triggers leading to it changed', () => {
    const graph = (name: string) => ({
      sections: [section('s1', name), section('s2', 'Hall', [['the player agrees', 's1']])],
      triggers: [trigger('t1', 'bell', 's1')],
    });
    const before = snapshot({ start_narrative_section_id: 's1', narrative: graph('Greeting') });
    const after = snapshot({ start_narrative_section_id: 's1', narrative: graph('Welcome') });
    const differences = diffSnapshots(before, after);
    expect(differences.map((difference) => difference.field)).toEqual(['narrative']);
    expect(differences[0]).toMatchObject({
      sections: { added: [], removed: [], changed: [{ id: 's1', details: [{ label: 'Name', before: 'Greeting', after: 'Welcome' }] }] },
      triggers: { added: [], removed: [], changed: [] },
    });
  });

  it('names a section without a name, and one since deleted', () => {
    const before = snapshot({ start_narrative_section_id: 'gone', narrative: { sections: [], triggers: [] } });
    const after = snapshot({ start_narrative_section_id: 's1', narrative: { sections: [section('s1', '')], triggers: [] } });
    const [start, narrative] = diffSnapshots(before, after);
    expect(start).toMatchObject({ before: 'a section since deleted', after: 'Untitled section' });
    expect(narrative).toMatchObject({ sections: { added: [{ id: 's1', name: 'Untitled section' }] } });
  });
});
