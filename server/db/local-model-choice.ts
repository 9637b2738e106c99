import type { LocalModelChoice } from '../../contract/schemas/local-models';
import type { Db } from './connection';

const KEY = 'local_model';

export type LocalModelChoiceStore = {
  get(): LocalModelChoice | null;
  set(choice: LocalModelChoice): void;
  clear(): void;
};

/** The local model chosen in Settings, kept in the `meta` table so that it survives a restart. */
export function createLocalModelChoiceStore(db: Db): LocalModelChoiceStore {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const write = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const remove = db.prepare('DELETE FROM meta WHERE key = ?');
  return {
    get() {
      const row = read.get(KEY);
      if (!row) return null;
      try {
        const value = JSON.parse(row.value) as Partial<LocalModelChoice>;
        return typeof value.baseUrl === 'string' && typeof value.model === 'string' ? { baseUrl: value.baseUrl, model: value.model } : null;
      } catch {
        return null;
      }
    },
    set(choice) {
      write.run(KEY, JSON.stringify({ baseUrl: choice.baseUrl, model: choice.model }));
    },
    clear() {
      remove.run(KEY);
    },
  };
}
