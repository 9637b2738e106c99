import { randomUUID } from 'node:crypto';
import type { Db } from './connection';
import { microTimestamp } from './sessions';
import type { DocumentKind } from '../knowledge/read-document';

export type DocumentState = 'processing' | 'ready' | 'failed';

export type DocumentRow = {
  seq: number;
  id: string;
  user_id: string;
  file_name: string;
  file_size: number;
  kind: DocumentKind;
  state: DocumentState;
  failure: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
};

/**
 * A document as listed for one character: connected to it or not, how many passages it has, and
 * (JSON) the ids of every character connected to it.
 */
export type ListedDocumentRow = DocumentRow & { connected: number; passage_count: number; character_ids: string };

export type PassageRow = { id: number; document_id: string; ordinal: number; text: string };

/** A passage found for a question, with its document's name and the search's rank (lower is better). */
export type FoundPassage = { id: number; document_id: string; file_name: string; text: string; rank: number };

export type NewDocument = { fileName: string; fileSize: number; kind: DocumentKind };

/**
 * How many passages each query matched, per database, until the passages change (the same words
 * come up again and again in questions, and counting a common word's passages is most of a
 * search's cost). Shared by every store over the database, so that a write through one clears it.
 */
const countsByDatabase = new WeakMap<Db, Map<string, number>>();
function matchCounts(db: Db): Map<string, number> {
  let counts = countsByDatabase.get(db);
  if (!counts) countsByDatabase.set(db, (counts = new Map<string, number>()));
  return counts;
}

/** The knowledge bank: each account's documents, their passages (indexed with FTS5), and which characters use them. */
export function createKnowledgeStore(db: Db) {
  const insert = db.prepare(`
    INSERT INTO knowledge_documents (id, user_id, file_name, file_size, kind, state, created_at, updated_at)
    VALUES (@id, @user_id, @file_name, @file_size, @kind, @state, @at, @at)`);
  const byId = db.prepare<[string], DocumentRow>('SELECT * FROM knowledge_documents WHERE id = ?');
  const listed = db.prepare<[string, string], ListedDocumentRow>(`
    SELECT d.*, EXISTS (SELECT 1 FROM knowledge_connections k WHERE k.document_id = d.id AND k.character_id = ?) AS connected,
      (SELECT count(*) FROM knowledge_passages p WHERE p.document_id = d.id) AS passage_count,
      (SELECT json_group_array(k.character_id) FROM knowledge_connections k JOIN characters c ON c.id = k.character_id
        WHERE k.document_id = d.id AND c.deleted_at IS NULL) AS character_ids
    FROM knowledge_documents d WHERE d.user_id = ? ORDER BY d.seq`);
  const replaceFile = db.prepare(`
    UPDATE knowledge_documents SET file_name = @file_name, file_size = @file_size, kind = @kind, state = 'processing',
      failure = NULL, revision = revision + 1, updated_at = @at
    WHERE id = @id AND user_id = @user_id`);
  // updated_at stays the upload's time: the record's timestamp says when the file came.
  const markReady = db.prepare<[string, number]>(
    "UPDATE knowledge_documents SET state = 'ready', failure = NULL WHERE id = ? AND revision = ?",
  );
  const markFailed = db.prepare<[string, string, number]>(
    "UPDATE knowledge_documents SET state = 'failed', failure = ? WHERE id = ? AND revision = ?",
  );
  const deletePassages = db.prepare<[string]>('DELETE FROM knowledge_passages WHERE document_id = ?');
  const insertPassage = db.prepare<[string, number, string]>(
    'INSERT INTO knowledge_passages (document_id, ordinal, text) VALUES (?, ?, ?)',
  );
  const passagesOf = db.prepare<[string], PassageRow>('SELECT * FROM knowledge_passages WHERE document_id = ? ORDER BY ordinal');
  const remove = db.prepare<[string, string]>('DELETE FROM knowledge_documents WHERE id = ? AND user_id = ?');
  const connect = db.prepare<[string, string]>('INSERT OR IGNORE INTO knowledge_connections (character_id, document_id) VALUES (?, ?)');
  const disconnect = db.prepare<[string, string]>('DELETE FROM knowledge_connections WHERE character_id = ? AND document_id = ?');
  const connectedDocuments = db.prepare<[string], { id: string; file_name: string }>(`
    SELECT d.id, d.file_name FROM knowledge_connections k JOIN knowledge_documents d ON d.id = k.document_id
    WHERE k.character_id = ? ORDER BY d.seq`);
  const usedBy = db.prepare<[string], { character_id: string }>('SELECT character_id FROM knowledge_connections WHERE document_id = ?');
  const usesReadyDocuments = db.prepare<[string], { found: number }>(`
    SELECT EXISTS (SELECT 1 FROM knowledge_connections k JOIN knowledge_documents d ON d.id = k.document_id
      WHERE k.character_id = ? AND d.state = 'ready') AS found`);
  const matchCount = db.prepare<[string], { count: number }>(
    'SELECT count(*) AS count FROM knowledge_passages_fts WHERE knowledge_passages_fts MATCH ?',
  );
  const bestMatches = db.prepare<[string, number], { id: number; rank: number }>(
    'SELECT rowid AS id, rank FROM knowledge_passages_fts WHERE knowledge_passages_fts MATCH ? ORDER BY rank LIMIT ?',
  );
  const usablePassage = db.prepare<[string, number], Omit<FoundPassage, 'rank'>>(`
    SELECT p.id, p.document_id, d.file_name, p.text
    FROM knowledge_passages p
      JOIN knowledge_connections k ON k.document_id = p.document_id AND k.character_id = ?
      JOIN knowledge_documents d ON d.id = p.document_id AND d.state = 'ready'
    WHERE p.id = ?`);
  // The best passages of the character's ready documents for an FTS5 query, every match checked.
  const search = db.prepare<[string, string, number], FoundPassage>(`
    SELECT p.id, p.document_id, d.file_name, p.text, bm25(knowledge_passages_fts) AS rank
    FROM knowledge_passages_fts
      JOIN knowledge_passages p ON p.id = knowledge_passages_fts.rowid
      JOIN knowledge_connections k ON k.document_id = p.document_id AND k.character_id = ?
      JOIN knowledge_documents d ON d.id = p.document_id AND d.state = 'ready'
    WHERE knowledge_passages_fts MATCH ?
    ORDER BY rank LIMIT ?`);

  const counts = matchCounts(db);

  const writePassages = (documentId: string, passages: string[]) => {
    counts.clear();
    deletePassages.run(documentId);
    passages.forEach((text, ordinal) => insertPassage.run(documentId, ordinal, text));
  };

  const insertDocument = (userId: string, document: NewDocument, state: DocumentState): DocumentRow => {
    const id = randomUUID();
    insert.run({
      id,
      user_id: userId,
      file_name: document.fileName,
      file_size: document.fileSize,
      kind: document.kind,
      state,
      at: microTimestamp(),
    });
    return byId.get(id)!;
  };

  return {
    /** A new document of the user's, processing. */
    create(userId: string, document: NewDocument): DocumentRow {
      return insertDocument(userId, document, 'processing');
    },

    /** A document of the user's whose text is already known (demo data): ready at once. */
    createWithText(userId: string, document: NewDocument, passages: string[]): DocumentRow {
      return db.transaction(() => {
        const row = insertDocument(userId, document, 'ready');
        writePassages(row.id, passages);
        return row;
      })();
    },

    /** A document the user owns; another user's is as unknown as one that does not exist. */
    owned(id: string, userId: string): DocumentRow | undefined {
      const row = byId.get(id);
      return row?.user_id === userId ? row : undefined;
    },

    /** Every document of the user's, oldest first, each marked connected or not to `characterId`. */
    list(userId: string, characterId: string | null): ListedDocumentRow[] {
      return listed.all(characterId ?? '', userId);
    },

    /** A new version of the file: processing again, as the next revision. */
    replace(id: string, userId: string, document: NewDocument): DocumentRow | undefined {
      const changed = replaceFile.run({
        id,
        user_id: userId,
        file_name: document.fileName,
        file_size: document.fileSize,
        kind: document.kind,
        at: microTimestamp(),
      }).changes;
      return changed === 1 ? byId.get(id) : undefined;
    },

    /**
     * Stores the passages read from `revision` of the document and makes it ready; false (nothing
     * written) when the document was deleted or replaced by a newer revision meanwhile, or the
     * database was closed.
     */
    finish(id: string, revision: number, passages: string[]): boolean {
      // Reading ended after the server closed its database (it is shutting down): nothing to keep it in.
      if (!db.open) return false;
      return db.transaction(() => {
        if (byId.get(id)?.revision !== revision) return false;
        writePassages(id, passages);
        markReady.run(id, revision);
        return true;
      })();
    },

    /** Marks `revision` of the document failed, saying why; its earlier passages go. */
    fail(id: string, revision: number, reason: string): boolean {
      if (!db.open) return false;
      return db.transaction(() => {
        if (byId.get(id)?.revision !== revision) return false;
        counts.clear();
        deletePassages.run(id);
        markFailed.run(reason, id, revision);
        return true;
      })();
    },

    passages(documentId: string): PassageRow[] {
      return passagesOf.all(documentId);
    },

    /** Deletes a document of the user's; it leaves every character. */
    remove(id: string, userId: string): boolean {
      counts.clear();
      return remove.run(id, userId).changes === 1;
    },

    /** Connects (`active`) and disconnects (`inactive`) documents, all or none. */
    setConnections(characterId: string, changes: Array<{ id: string; status: 'active' | 'inactive' }>): void {
      db.transaction(() => {
        for (const change of changes) {
          if (change.status === 'active') connect.run(characterId, change.id);
          else disconnect.run(characterId, change.id);
        }
      })();
    },

    /** The documents connected to the character, by id and name, oldest first. */
    connectedDocuments(characterId: string): Array<{ id: string; file_name: string }> {
      return connectedDocuments.all(characterId);
    },

    charactersUsing(documentId: string): string[] {
      return usedBy.all(documentId).map((row) => row.character_id);
    },

    /** Whether the character is connected to a document it can draw on (most are not: their replies skip the search). */
    usesReadyDocuments(characterId: string): boolean {
      return usesReadyDocuments.get(characterId)?.found === 1;
    },

    /** How many passages (of every account) an FTS5 query matches. */
    matchCount(query: string): number {
      let count = counts.get(query);
      if (count === undefined) {
        if (counts.size >= 10_000) counts.clear();
        count = matchCount.get(query)?.count ?? 0;
        counts.set(query, count);
      }
      return count;
    },

    /**
     * The character's best passages for an FTS5 query, best first. The best matches of all
     * passages are ranked first (FTS5 alone, fast) and kept where the character may use them; only
     * when that leaves too few are all the matches checked.
     */
    search(characterId: string, query: string, limit: number): FoundPassage[] {
      const ranked = bestMatches.all(query, limit * 8);
      const usable: FoundPassage[] = [];
      for (const match of ranked) {
        const passage = usablePassage.get(characterId, match.id);
        if (passage) usable.push({ ...passage, rank: match.rank });
        if (usable.length === limit) return usable;
      }
      return ranked.length < limit * 8 ? usable : search.all(characterId, query, limit);
    },
  };
}

export type KnowledgeStore = ReturnType<typeof createKnowledgeStore>;
