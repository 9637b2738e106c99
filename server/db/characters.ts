import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { characterReviewRemover } from './annotations';
import type { Db } from './connection';
import { recordTimestamp } from './time';

export type CharacterRow = {
  seq: number;
  id: string;
  user_id: string;
  name: string;
  voice_type: string;
  backstory: string;
  listing: string;
  language_codes: string;
  actions: string;
  emotions: string;
  avatar: string | null;
  is_narrative_driven: number;
  memory_enabled: number;
  model_group_name: string | null;
  temperature: number | null;
  reasoning_effort: string | null;
  start_narrative_section_id: string | null;
  last_interacted_with: string | null;
  created_at: string;
};

/** A row's lists, stored as JSON text: its actions and its language codes (the first is the primary). */
export const listsOf = (row: Pick<CharacterRow, 'actions' | 'language_codes'>) => ({
  actions: JSON.parse(row.actions) as string[],
  languageCodes: JSON.parse(row.language_codes) as string[],
});

export type NewCharacter = {
  userId: string;
  name: string;
  voiceType: string;
  backstory: string;
  actions?: string[];
  languageCodes?: string[];
  listing?: string;
  avatar?: string | null;
  createdAt?: string;
  /** AI settings and memory (a clone's come from its source); left out: the defaults. */
  settings?: { modelGroupName: string | null; temperature: number | null; reasoningEffort: string | null; memoryEnabled: boolean };
};

export type CharacterChanges = {
  name?: string;
  voiceType?: string;
  backstory?: string;
  actions?: string[];
  languageCodes?: string[];
  /** null: the server's default model (a version restored from before one was chosen). */
  modelGroupName?: string | null;
  /** null: the model's default temperature. */
  temperature?: number | null;
  /** null clears it (the model's default). */
  reasoningEffort?: string | null;
  memoryEnabled?: boolean;
  /** null unsets it. The caller checks that it is one of the character's sections. */
  startNarrativeSectionId?: string | null;
  isNarrativeDriven?: boolean;
};

const listColumns = `seq, id, user_id, name, voice_type, '' AS backstory, listing, language_codes, actions,
  emotions, avatar, is_narrative_driven, memory_enabled, model_group_name, temperature, reasoning_effort,
  start_narrative_section_id, last_interacted_with, created_at`;

/** The store of characters, its statements prepared once per database. */
export function createCharacterStore(db: Db) {
  const insert = db.prepare(`
    INSERT INTO characters (id, user_id, name, voice_type, backstory, listing, language_codes, actions,
      emotions, avatar, is_narrative_driven, memory_enabled, model_group_name, temperature, reasoning_effort, created_at)
    VALUES (@id, @user_id, @name, @voice_type, @backstory, @listing, @language_codes, @actions,
      @emotions, @avatar, @is_narrative_driven, @memory_enabled, @model_group_name, @temperature, @reasoning_effort, @created_at)`);
  // A character in the trash is gone for every call but the trash's own.
  const byId = db.prepare<[string], CharacterRow>('SELECT * FROM characters WHERE id = ? AND deleted_at IS NULL');
  const deletedById = db.prepare<[string, string], CharacterRow>(
    'SELECT * FROM characters WHERE id = ? AND user_id = ? AND deleted_at IS NOT NULL',
  );
  const deletedByUser = db.prepare<[string], CharacterRow & { deleted_at: string }>(
    `SELECT ${listColumns}, deleted_at FROM characters WHERE user_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC, seq DESC`,
  );
  const undelete = db.prepare<[string, string]>(
    'UPDATE characters SET deleted_at = NULL WHERE id = ? AND user_id = ? AND deleted_at IS NOT NULL',
  );
  const expired = db.prepare<[string], { id: string }>('SELECT id FROM characters WHERE deleted_at IS NOT NULL AND deleted_at < ?');
  const purge = db.prepare<[string]>('DELETE FROM characters WHERE id = ?');
  const purgeVersions = db.prepare<[string]>('DELETE FROM character_versions WHERE character_id = ?');
  // Reviews of conversations have no reference to characters (in front of Convai there is no row): deleted here.
  const purgeReviews = characterReviewRemover(db);
  // Own characters first, then public ones of other users; newest first within each.
  const byName = db.prepare<[string, string, string], CharacterRow>(`
    SELECT * FROM characters
    WHERE name = ? AND (user_id = ? OR listing = 'public') AND deleted_at IS NULL
    ORDER BY (user_id = ?) DESC, created_at DESC, seq DESC
    LIMIT 1`);
  const byUser = db.prepare<[string], CharacterRow>(
    `SELECT ${listColumns} FROM characters WHERE user_id = ? AND deleted_at IS NULL ORDER BY created_at DESC, seq DESC`,
  );
  const remove = db.prepare<[string, string, string]>(
    'UPDATE characters SET deleted_at = ? WHERE id = ? AND user_id = ? AND deleted_at IS NULL',
  );
  // The knowledge bank's documents belong to the account: a clone shares them, connected as the original is.
  const copyConnections = db.prepare<[string, string]>(
    'INSERT INTO knowledge_connections (character_id, document_id) SELECT ?, document_id FROM knowledge_connections WHERE character_id = ?',
  );

  const updates = new Map<string, Statement>();

  const create = (input: NewCharacter): string => {
    const id = randomUUID();
    insert.run({
      id,
      user_id: input.userId,
      name: input.name,
      voice_type: input.voiceType,
      backstory: input.backstory,
      listing: input.listing ?? 'unlisted',
      language_codes: JSON.stringify(input.languageCodes ?? ['en-US']),
      actions: JSON.stringify(input.actions ?? []),
      emotions: '[]',
      avatar: input.avatar ?? null,
      is_narrative_driven: 0,
      memory_enabled: input.settings?.memoryEnabled ? 1 : 0,
      model_group_name: input.settings?.modelGroupName ?? null,
      temperature: input.settings?.temperature ?? null,
      reasoning_effort: input.settings?.reasoningEffort ?? null,
      created_at: input.createdAt ?? recordTimestamp(),
    });
    return id;
  };

  return {
    create,

    /** A character whoever owns it (for the server's own bookkeeping, never for a caller's request). */
    byId(id: string): CharacterRow | undefined {
      return byId.get(id);
    },

    /** A character the user may read: their own, or another user's public one. */
    readable(id: string, userId: string): CharacterRow | undefined {
      const row = byId.get(id);
      return row && (row.user_id === userId || row.listing === 'public') ? row : undefined;
    },

    readableByName(name: string, userId: string): CharacterRow | undefined {
      return byName.get(name, userId, userId);
    },

    /** A character the user owns; the only kind update, clone and delete may touch. */
    owned(id: string, userId: string): CharacterRow | undefined {
      const row = byId.get(id);
      return row?.user_id === userId ? row : undefined;
    },

    /** The user's characters without backstories, newest first. */
    listOwned(userId: string): CharacterRow[] {
      return byUser.all(userId);
    },

    /** Changes only the given fields; returns false when the user owns no such character. */
    update(id: string, userId: string, changes: CharacterChanges): boolean {
      const columns: Record<string, string | number | null> = {};
      if (changes.name !== undefined) columns.name = changes.name;
      if (changes.voiceType !== undefined) columns.voice_type = changes.voiceType;
      if (changes.backstory !== undefined) columns.backstory = changes.backstory;
      if (changes.actions !== undefined) columns.actions = JSON.stringify(changes.actions);
      if (changes.languageCodes !== undefined) columns.language_codes = JSON.stringify(changes.languageCodes);
      if (changes.modelGroupName !== undefined) columns.model_group_name = changes.modelGroupName;
      if (changes.temperature !== undefined) columns.temperature = changes.temperature;
      if (changes.reasoningEffort !== undefined) columns.reasoning_effort = changes.reasoningEffort;
      if (changes.memoryEnabled !== undefined) columns.memory_enabled = changes.memoryEnabled ? 1 : 0;
      if (changes.startNarrativeSectionId !== undefined) columns.start_narrative_section_id = changes.startNarrativeSectionId;
      if (changes.isNarrativeDriven !== undefined) columns.is_narrative_driven = changes.isNarrativeDriven ? 1 : 0;
      const names = Object.keys(columns);
      if (names.length === 0) return byId.get(id)?.user_id === userId;
      // Column names come from the fixed list above, never from the request.
      const key = names.join(',');
      let statement = updates.get(key);
      if (!statement) {
        statement = db.prepare(`UPDATE characters SET ${names.map((name) => `${name} = @${name}`).join(', ')}
          WHERE id = @id AND user_id = @user_id AND deleted_at IS NULL`);
        updates.set(key, statement);
      }
      return statement.run({ ...columns, id, user_id: userId }).changes === 1;
    },

    /** Deletes a character of the user's: into the trash, gone for every API call. */
    remove(id: string, userId: string): boolean {
      return remove.run(new Date().toISOString(), id, userId).changes === 1;
    },

    /** The user's characters in the trash, most recently deleted first (`deleted_at` an ISO time). */
    trash(userId: string): Array<CharacterRow & { deleted_at: string }> {
      return deletedByUser.all(userId);
    },

    /** Brings a character of the user's back from the trash: the same id, its sessions, documents and graph. */
    restoreFromTrash(id: string, userId: string): CharacterRow | undefined {
      if (!deletedById.get(id, userId) || undelete.run(id, userId).changes !== 1) return undefined;
      return byId.get(id);
    },

    /** Deletes for good every character in the trash since before `cutoff` (ISO), with its sessions, graph, history and reviews. */
    purgeTrash(cutoff: string): number {
      return db.transaction(() => {
        const ids = expired.all(cutoff).map((row) => row.id);
        for (const id of ids) {
          purgeVersions.run(id);
          purgeReviews(id);
          purge.run(id);
        }
        return ids.length;
      })();
    },

    /** Copies a character the user owns (connected to the same knowledge-bank documents when asked); returns the new id. */
    clone(id: string, userId: string, withKnowledgeBank: boolean): string | undefined {
      return db.transaction(() => {
        const source = byId.get(id);
        if (!source || source.user_id !== userId) return undefined;
        const newId = create({
          userId,
          name: source.name,
          voiceType: source.voice_type,
          backstory: source.backstory,
          ...listsOf(source),
          avatar: source.avatar,
          settings: {
            modelGroupName: source.model_group_name,
            temperature: source.temperature,
            reasoningEffort: source.reasoning_effort,
            memoryEnabled: source.memory_enabled === 1,
          },
        });
        if (withKnowledgeBank) copyConnections.run(newId, id);
        return newId;
      })();
    },
  };
}

export type CharacterStore = ReturnType<typeof createCharacterStore>;
