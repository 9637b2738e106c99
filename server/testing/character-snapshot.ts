import type { CharacterSnapshot } from '../../contract/schemas/versions';
import { blankSnapshot } from '../versions/character-snapshot';

/** A whole character as a version holds it, for tests and benchmarks: a plain one, with the fields given. */
export const snapshotWith = (fields: Partial<CharacterSnapshot>): CharacterSnapshot => ({
  ...blankSnapshot(),
  character_name: 'Odile',
  voice_type: 'FEMALE',
  ...fields,
});
