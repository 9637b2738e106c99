import type { CharacterSnapshot } from '../../contract/schemas/versions';
import { characterReviewRemover } from './annotations';
import type { Db } from './connection';

export type HostedTrashRow = {
  character_id: string;
  user_id: string;
  character_name: string;
  deleted_at: string;
  /** JSON: CharacterSnapshot */
  snapshot: string;
};

/**
 * Characters deleted on Convai's service through the dashboard, with the last version recorded of
 * each: the hosted service deletes for good, so the trash can only make them again from this.
 */
export function createHostedTrashStore(db: Db) {
  const insert = db.prepare(`
    INSERT OR REPLACE INTO hosted_trash (character_id, user_id, character_name, deleted_at, snapshot)
    VALUES (@character_id, @user_id, @character_name, @deleted_at, @snapshot)`);
  const byUser = db.prepare<[string], HostedTrashRow>('SELECT * FROM hosted_trash WHERE user_id = ? ORDER BY deleted_at DESC');
  const one = db.prepare<[string, string], HostedTrashRow>('SELECT * FROM hosted_trash WHERE character_id = ? AND user_id = ?');
  const remove = db.prepare<[string]>('DELETE FROM hosted_trash WHERE character_id = ?');
  const expired = db.prepare<[string], { character_id: string; user_id: string }>(
    'SELECT character_id, user_id FROM hosted_trash WHERE deleted_at < ?',
  );
  const purgeVersions = db.prepare<[string]>('DELETE FROM character_versions WHERE character_id = ?');
  // Reviews of conversations have no reference to a characters row (there is none in front of Convai).
  const purgeReviews = characterReviewRemover(db);

  return {
    add(characterId: string, userId: string, snapshot: CharacterSnapshot) {
      insert.run({
        character_id: characterId,
        user_id: userId,
        character_name: snapshot.character_name,
        deleted_at: new Date().toISOString(),
        snapshot: JSON.stringify(snapshot),
      });
    },
    list(userId: string): HostedTrashRow[] {
      return byUser.all(userId);
    },
    get(characterId: string, userId: string): HostedTrashRow | undefined {
      return one.get(characterId, userId);
    },
    /** Takes a character out of the trash once it has been made again (its history went with it). */
    remove(characterId: string) {
      remove.run(characterId);
    },
    /** Forgets for good what has been in the trash since before `cutoff` (ISO), with its history and its reviews. */
    purge(cutoff: string): number {
      return db.transaction(() => {
        const rows = expired.all(cutoff);
        for (const { character_id: id, user_id: userId } of rows) {
          purgeVersions.run(id);
          purgeReviews(id, userId);
          remove.run(id);
        }
        return rows.length;
      })();
    },
  };
}

export type HostedTrashStore = ReturnType<typeof createHostedTrashStore>;
