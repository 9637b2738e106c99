import type { TextGenerator } from '../generate/generator';

/** A generator for tests that replace one of its parts; the others fail loudly if called. */
export function stubGenerator(parts: Partial<TextGenerator>): TextGenerator {
  return {
    info: { kind: 'offline', label: 'stub' },
    // eslint-disable-next-line require-yield -- a generator that fails before its first piece
    async *backstory() {
      throw new Error('backstory() is not part of this stub');
    },
    // eslint-disable-next-line require-yield -- a generator that fails before its first piece
    async *reply() {
      throw new Error('reply() is not part of this stub');
    },
    ...parts,
  };
}
