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

/** A time as versions record it ("2026-12-02 04:20:11"), to compare with theirs. */
export const versionTimestamp = (date: Date) => `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 19)}`;

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
  type OldVersion = Pick<VersionRow, 'seq' | 'character_id' | 'number' | 'created_at' | 'name'>;
  const oldVersions = db.prepare<{ cutoff: string; character: string | null }, OldVersion>(`
    SELECT seq, character_id, number, created_at, name FROM character_versions
    WHERE created_at < @cutoff AND (@character IS NULL OR character_id = @character)
    ORDER BY character_id, number`);
  const pinned = db.prepare<{ character: string }, { number: number }>(`
    SELECT character_version AS number FROM sessions WHERE character_id = @character AND character_version IS NOT NULL
    UNION SELECT restored_from FROM character_versions WHERE character_id = @character AND restored_from IS NOT NULL`);
  const after = db.prepare<[string, number], VersionRow>(
    'SELECT * FROM character_versions WHERE character_id = ? AND number > ? ORDER BY number LIMIT 1',
  );
  const before = db.prepare<[string, number], VersionRow>(
    'SELECT * FROM character_versions WHERE character_id = ? AND number < ? ORDER BY number DESC LIMIT 1',
  );
  const removeSeq = db.prepare<[number]>('DELETE FROM character_versions WHERE seq = ?');
  const setChanged = db.prepare<[string, number]>('UPDATE character_versions SET changed = ? WHERE seq = ?');
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

    /**
     * Thins the versions recorded before `cutoff` (a timestamp as versions have them): of each day,
     * the last version stays. Never thinned: a named version, the first and the newest, one a session
     * ran with, one a restore brought back. A version whose predecessor went says what changed since
     * the one now before it. Of one character, or of all. Returns how many versions went.
     */
    thin(cutoff: string, characterId: string | null = null): number {
      return db.transaction(() => {
        const rows = oldVersions.all({ cutoff, character: characterId });
        const removed: OldVersion[] = [];
        let pins = { character: '', numbers: new Set<number>() };
        rows.forEach((row, index) => {
          const next = rows[index + 1];
          const lastOfDay = !next || next.character_id !== row.character_id || next.created_at.slice(0, 10) !== row.created_at.slice(0, 10);
          if (lastOfDay || row.name !== null || row.number === 1) return;
          if (pins.character !== row.character_id) {
            const numbers = pinned.all({ character: row.character_id }).map((pin) => pin.number);
            pins = { character: row.character_id, numbers: new Set(numbers) };
          }
          if (pins.numbers.has(row.number)) return;
          removeSeq.run(row.seq);
          removed.push(row);
        });
        // Each version that followed a thinned one now follows an older one: what changed is said again.
        const followers = new Map<number, VersionRow>();
        for (const row of removed) {
          const follower = after.get(row.character_id, row.number);
          if (follower) followers.set(follower.seq, follower);
        }
        for (const follower of followers.values()) {
          const previous = before.get(follower.character_id, follower.number);
          const changed = changedFields(
            previous ? (JSON.parse(previous.snapshot) as CharacterSnapshot) : null,
            JSON.parse(follower.snapshot) as CharacterSnapshot,
          );
          setChanged.run(JSON.stringify(changed), follower.seq);
        }
        return removed.length;
      })();
    },

    /** Names a version ("shipped in build 0.4"), or takes its name away. */
    setName(characterId: string, number: number, name: string | null): boolean {
      return rename.run(name, characterId, number).changes === 1;
    },
  };
}

export type VersionStore = ReturnType<typeof createVersionStore>;
