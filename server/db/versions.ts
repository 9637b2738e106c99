import type { CharacterSnapshot, VersionSource } from '../../contract/schemas/versions';
import type { Db } from './connection';
import { microTimestamp } from './sessions';

export type VersionRow = {
  seq: number;
  character_id: string;
  user_id: string;
  number: number;
  created_at: string;
  source: VersionSource;
  name: string | null;
  /** JSON: string[] */
  changed: string;
  /** JSON: CharacterSnapshot */
  snapshot: string;
  /** The version a restore brought back. */
  restored_from: number | null;
};

/** The snapshot's fields that differ between two versions (every field, for the first). */
export function changedFields(before: CharacterSnapshot | null, after: CharacterSnapshot): string[] {
  return Object.keys(after).filter((field) => {
    if (!before) return true;
    return JSON.stringify((before as Record<string, unknown>)[field]) !== JSON.stringify((after as Record<string, unknown>)[field]);
  });
}

/** Every change of every character, as versions numbered per character. */
export function createVersionStore(db: Db) {
  const latest = db.prepare<[string], VersionRow>('SELECT * FROM character_versions WHERE character_id = ? ORDER BY number DESC LIMIT 1');
  const insert = db.prepare(`
    INSERT INTO character_versions (character_id, user_id, number, created_at, source, name, changed, snapshot, restored_from)
    VALUES (@character_id, @user_id, @number, @created_at, @source, NULL, @changed, @snapshot, @restored_from)`);
  const list = db.prepare<[string], Omit<VersionRow, 'snapshot'>>(
    'SELECT seq, character_id, user_id, number, created_at, source, name, changed, restored_from FROM character_versions WHERE character_id = ? ORDER BY number DESC',
  );
  const one = db.prepare<[string, number], VersionRow>('SELECT * FROM character_versions WHERE character_id = ? AND number = ?');
  const copy = db.prepare<[string, string]>(`
    INSERT INTO character_versions (character_id, user_id, number, created_at, source, name, changed, snapshot, restored_from)
    SELECT ?, user_id, number, created_at, source, name, changed, snapshot, restored_from FROM character_versions WHERE character_id = ? ORDER BY number`);
  const rename = db.prepare<[string | null, string, number]>(
    'UPDATE character_versions SET name = ? WHERE character_id = ? AND number = ?',
  );

  return {
    /**
     * Records the character as it is now, when it differs from its latest version (a save that
     * changed nothing is no version). `restoredFrom`: the version a restore brought back. Returns the
     * version recorded, or null.
     */
    record(
      characterId: string,
      userId: string,
      source: VersionSource,
      snapshot: CharacterSnapshot,
      restoredFrom: number | null = null,
    ): VersionRow | null {
      return db.transaction(() => {
        const previous = latest.get(characterId);
        const before = previous ? (JSON.parse(previous.snapshot) as CharacterSnapshot) : null;
        const changed = changedFields(before, snapshot);
        if (previous && changed.length === 0) return null;
        const number = (previous?.number ?? 0) + 1;
        insert.run({
          character_id: characterId,
          user_id: userId,
          number,
          created_at: microTimestamp(),
          source,
          changed: JSON.stringify(changed),
          snapshot: JSON.stringify(snapshot),
          restored_from: restoredFrom,
        });
        return one.get(characterId, number) ?? null;
      })();
    },

    latest(characterId: string): VersionRow | undefined {
      return latest.get(characterId);
    },

    /** The character's versions without their snapshots, newest first. */
    list(characterId: string): Array<Omit<VersionRow, 'snapshot'>> {
      return list.all(characterId);
    },

    get(characterId: string, number: number): VersionRow | undefined {
      return one.get(characterId, number);
    },

    /** Gives a character made again from another (a deleted one, in front of Convai) the other's history. */
    copyHistory(fromId: string, toId: string) {
      copy.run(toId, fromId);
    },

    /** Names a version ("shipped in build 0.4"), or takes its name away. */
    setName(characterId: string, number: number, name: string | null): boolean {
      return rename.run(name, characterId, number).changes === 1;
    },
  };
}

export type VersionStore = ReturnType<typeof createVersionStore>;
