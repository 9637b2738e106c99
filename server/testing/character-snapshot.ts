import type { CharacterSnapshot } from '../../contract/schemas/versions';

/** A whole character as a version holds it, for tests and benchmarks: a plain one, with the fields given. */
export const snapshotWith = (fields: Partial<CharacterSnapshot>): CharacterSnapshot => ({
  character_name: 'Odile',
  voice_type: 'FEMALE',
  backstory: '',
  character_actions: [],
  language_codes: ['en-US'],
  model_group_name: null,
  temperature: null,
  reasoning_effort: null,
  memory_enabled: false,
  is_narrative_driven: false,
  start_narrative_section_id: null,
  docs: [],
  narrative: { sections: [], triggers: [] },
  ...fields,
});
