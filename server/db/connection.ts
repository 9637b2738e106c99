import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export type Db = Database.Database;

export const DATABASE_FILE = 'convai-local.sqlite';

/**
 * Opens (creating when needed) the database in `dataDir`, or an in-memory one for ':memory:',
 * and migrates it. `created` says whether the schema was laid down just now (a new database).
 */
export function openDatabase(dataDir: string): { db: Db; created: boolean } {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    fs.mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, DATABASE_FILE);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: an answered write survives power loss too; the cost is one fsync per commit.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const applied = migrate(db);
  return { db, created: applied.includes(1) };
}
