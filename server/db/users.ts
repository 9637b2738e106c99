import { createHash, randomUUID } from 'node:crypto';
import type { Db } from './connection';
import { recordTimestamp } from './time';

export type User = { id: string };

/** Only a hash of each key is stored, so the database never holds a usable key. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Makes sure every configured key has its user, and returns a key → user lookup.
 * A key keeps its user across restarts (and across reorderings of LOCAL_API_KEYS).
 */
export function registerUsers(db: Db, keys: string[]): Map<string, User> {
  const find = db.prepare<[string], { id: string }>('SELECT id FROM users WHERE key_hash = ?');
  const insert = db.prepare('INSERT INTO users (id, key_hash, created_at) VALUES (?, ?, ?)');
  const users = new Map<string, User>();
  db.transaction(() => {
    for (const key of keys) {
      const keyHash = hashKey(key);
      let row = find.get(keyHash);
      if (!row) {
        row = { id: randomUUID().replaceAll('-', '') };
        insert.run(row.id, keyHash, recordTimestamp());
      }
      users.set(key, { id: row.id });
    }
  })();
  return users;
}
