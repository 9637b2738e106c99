import type { Database } from 'better-sqlite3';

/**
 * Schema migrations, applied in order. A database records the last one applied in
 * `PRAGMA user_version`; each migration runs once, inside a transaction with its version bump.
 * Append new migrations; never edit one that has shipped.
 */
export const migrations: Array<{ version: number; name: string; up: string }> = [
  {
    version: 1,
    name: 'users and characters',
    up: `
      CREATE TABLE users (
        id          TEXT PRIMARY KEY,
        key_hash    TEXT NOT NULL UNIQUE,
        created_at  TEXT NOT NULL
      );

      CREATE TABLE characters (
        seq                   INTEGER PRIMARY KEY,
        id                    TEXT NOT NULL UNIQUE,
        user_id               TEXT NOT NULL REFERENCES users(id),
        name                  TEXT NOT NULL,
        voice_type            TEXT NOT NULL,
        backstory             TEXT NOT NULL,
        listing               TEXT NOT NULL DEFAULT 'unlisted',
        language_codes        TEXT NOT NULL DEFAULT '["en-US"]',
        actions               TEXT NOT NULL DEFAULT '[]',
        emotions              TEXT NOT NULL DEFAULT '[]',
        avatar                TEXT,
        is_narrative_driven   INTEGER NOT NULL DEFAULT 0,
        memory_enabled        INTEGER NOT NULL DEFAULT 0,
        last_interacted_with  TEXT,
        created_at            TEXT NOT NULL
      );
      CREATE INDEX characters_by_user ON characters(user_id, created_at DESC, seq DESC);
      CREATE INDEX characters_by_name ON characters(name);

      CREATE TABLE knowledge_documents (
        id            TEXT PRIMARY KEY,
        character_id  TEXT NOT NULL REFERENCES characters(id) ON DELETE CASCADE,
        name          TEXT NOT NULL,
        content       TEXT NOT NULL,
        created_at    TEXT NOT NULL
      );
      CREATE INDEX knowledge_documents_by_character ON knowledge_documents(character_id);

      CREATE TABLE meta (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'conversation sessions and their exchanges',
    up: `
      CREATE TABLE sessions (
        seq                 INTEGER PRIMARY KEY,
        id                  TEXT NOT NULL UNIQUE,
        character_id        TEXT NOT NULL REFERENCES characters(id) ON DELETE CASCADE,
        -- who talked: the key's user (not always the character's owner, for a public character)
        user_id             TEXT NOT NULL REFERENCES users(id),
        -- UTC, microseconds: 'YYYY-MM-DD HH:MM:SS.ffffff'
        started_at          TEXT NOT NULL,
        is_added_to_memory  INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX sessions_by_character ON sessions(character_id, started_at DESC, seq DESC);

      CREATE TABLE exchanges (
        seq               INTEGER PRIMARY KEY,
        session_id        TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        at                TEXT NOT NULL,
        user_text         TEXT NOT NULL,
        character_text    TEXT NOT NULL,
        trigger_name      TEXT,
        is_trigger_input  INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX exchanges_by_session ON exchanges(session_id, seq);
    `,
  },
  {
    version: 3,
    name: 'AI settings and the narrative start on characters',
    up: `
      -- NULL: the server's default model and temperature (see server/convai/model-catalogue.ts).
      ALTER TABLE characters ADD COLUMN model_group_name TEXT;
      ALTER TABLE characters ADD COLUMN temperature REAL;
      ALTER TABLE characters ADD COLUMN reasoning_effort TEXT;
      ALTER TABLE characters ADD COLUMN start_narrative_section_id TEXT;
    `,
  },
  {
    version: 4,
    name: 'narrative design: sections, triggers, and where each session is',
    up: `
      CREATE TABLE narrative_sections (
        seq            INTEGER PRIMARY KEY,
        id             TEXT NOT NULL UNIQUE,
        character_id   TEXT NOT NULL REFERENCES characters(id) ON DELETE CASCADE,
        name           TEXT NOT NULL,
        objective      TEXT NOT NULL,
        -- JSON: [{"criteria", "next_section_id", "priority"?}], each next_section_id a section of the same character
        decisions      TEXT NOT NULL DEFAULT '[]',
        -- JSON as the client gave it; NULL when none was given
        node_position  TEXT,
        created_at     TEXT NOT NULL
      );
      CREATE INDEX narrative_sections_by_character ON narrative_sections(character_id, seq);

      CREATE TABLE narrative_triggers (
        seq                  INTEGER PRIMARY KEY,
        id                   TEXT NOT NULL UNIQUE,
        character_id         TEXT NOT NULL REFERENCES characters(id) ON DELETE CASCADE,
        name                 TEXT NOT NULL COLLATE NOCASE,
        message              TEXT NOT NULL,
        destination_section  TEXT REFERENCES narrative_sections(id) ON DELETE SET NULL,
        node_position        TEXT,
        created_at           TEXT NOT NULL,
        UNIQUE (character_id, name)
      );

      -- The section a narrative-driven session is in; NULL: not started (or its section was deleted).
      ALTER TABLE sessions ADD COLUMN current_section_id TEXT REFERENCES narrative_sections(id) ON DELETE SET NULL;

      -- Where each exchange happened and what moved the session there. No reference: the history
      -- stays as it was when a section is deleted later (the name is kept for that reason).
      ALTER TABLE exchanges ADD COLUMN section_id TEXT;
      ALTER TABLE exchanges ADD COLUMN section_name TEXT;
      ALTER TABLE exchanges ADD COLUMN moved_from_section_id TEXT;
      -- 'decision' (moved_by holds its criteria) or 'trigger' (the trigger's name); NULL: no move
      ALTER TABLE exchanges ADD COLUMN moved_by_kind TEXT;
      ALTER TABLE exchanges ADD COLUMN moved_by TEXT;
    `,
  },
  {
    version: 5,
    name: 'the knowledge bank: documents of an account, connected to characters, indexed passage by passage',
    up: `
      -- Version 1 kept documents per character, text only; they become documents of the character's
      -- owner, ready, connected to that character.
      ALTER TABLE knowledge_documents RENAME TO knowledge_documents_v1;

      CREATE TABLE knowledge_documents (
        seq         INTEGER PRIMARY KEY,
        id          TEXT NOT NULL UNIQUE,
        user_id     TEXT NOT NULL REFERENCES users(id),
        file_name   TEXT NOT NULL,
        -- bytes of the file as uploaded
        file_size   INTEGER NOT NULL,
        -- how it is read: 'text', 'markdown', 'csv', 'pdf' or 'docx'
        kind        TEXT NOT NULL,
        -- 'processing' until its text is extracted and indexed, then 'ready' or 'failed' (failure says why)
        state       TEXT NOT NULL DEFAULT 'processing',
        failure     TEXT,
        -- counts uploads (1, then each update): processing of an older one never overwrites a newer one
        revision    INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX knowledge_documents_by_user ON knowledge_documents(user_id, seq);

      CREATE TABLE knowledge_connections (
        character_id  TEXT NOT NULL REFERENCES characters(id) ON DELETE CASCADE,
        document_id   TEXT NOT NULL REFERENCES knowledge_documents(id) ON DELETE CASCADE,
        PRIMARY KEY (character_id, document_id)
      ) WITHOUT ROWID;
      CREATE INDEX knowledge_connections_by_document ON knowledge_connections(document_id);

      -- A document's extracted text, in passages in reading order.
      CREATE TABLE knowledge_passages (
        id           INTEGER PRIMARY KEY,
        document_id  TEXT NOT NULL REFERENCES knowledge_documents(id) ON DELETE CASCADE,
        ordinal      INTEGER NOT NULL,
        text         TEXT NOT NULL
      );
      CREATE INDEX knowledge_passages_by_document ON knowledge_passages(document_id, ordinal);

      CREATE VIRTUAL TABLE knowledge_passages_fts USING fts5(
        text, content='knowledge_passages', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER knowledge_passages_indexed AFTER INSERT ON knowledge_passages BEGIN
        INSERT INTO knowledge_passages_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER knowledge_passages_unindexed AFTER DELETE ON knowledge_passages BEGIN
        INSERT INTO knowledge_passages_fts(knowledge_passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;

      INSERT INTO knowledge_documents (id, user_id, file_name, file_size, kind, state, created_at, updated_at)
        SELECT d.id, c.user_id, d.name || '.txt', length(CAST(d.content AS BLOB)), 'text', 'ready', d.created_at, d.created_at
        FROM knowledge_documents_v1 d JOIN characters c ON c.id = d.character_id
        ORDER BY d.created_at, d.id;
      INSERT INTO knowledge_connections (character_id, document_id) SELECT character_id, id FROM knowledge_documents_v1;
      INSERT INTO knowledge_passages (document_id, ordinal, text) SELECT id, 0, content FROM knowledge_documents_v1;
      DROP TABLE knowledge_documents_v1;

      -- The passages a reply drew on: JSON [{"document_id", "file_name", "passage_id", "text"}]; NULL: none.
      ALTER TABLE exchanges ADD COLUMN sources TEXT;
    `,
  },
  {
    version: 6,
    name: 'versions: every change of a character, kept; deleted characters kept in the trash',
    up: `
      CREATE TABLE character_versions (
        seq           INTEGER PRIMARY KEY,
        -- No reference: a character's history outlives it (restoring from the trash needs it).
        character_id  TEXT NOT NULL,
        user_id       TEXT NOT NULL,
        -- 1, 2, 3… per character
        number        INTEGER NOT NULL,
        created_at    TEXT NOT NULL,
        -- where the change came from: 'create', 'dashboard', 'api', 'generator', 'clone', 'restore', 'import', 'found'
        source        TEXT NOT NULL,
        name          TEXT,
        -- JSON: the snapshot's fields that differ from the version before
        changed       TEXT NOT NULL,
        -- JSON: the whole character (contract/schemas/versions.ts, characterSnapshotSchema)
        snapshot      TEXT NOT NULL,
        UNIQUE (character_id, number)
      );

      -- The version a session started with; NULL for sessions older than versions.
      ALTER TABLE sessions ADD COLUMN character_version INTEGER;

      -- A deleted character stays in the trash (gone for every API call) until it is restored or
      -- its time there is up; then it is deleted for good, with everything of it.
      ALTER TABLE characters ADD COLUMN deleted_at TEXT;
    `,
  },
  {
    version: 7,
    name: "hosted trash: characters the dashboard deleted on Convai's service, kept to be made again; the version a restore brought back",
    up: `
      -- In front of Convai a delete is final there; the dashboard keeps the character's last version
      -- here so that the trash can make it again (under a new id) until its time is up.
      CREATE TABLE hosted_trash (
        character_id    TEXT PRIMARY KEY,
        -- 'convai:' and a hash of the service key it was deleted with
        user_id         TEXT NOT NULL,
        character_name  TEXT NOT NULL,
        deleted_at      TEXT NOT NULL,
        -- JSON: the character as it was (contract/schemas/versions.ts, characterSnapshotSchema)
        snapshot        TEXT NOT NULL
      );
      CREATE INDEX hosted_trash_by_user ON hosted_trash (user_id, deleted_at);

      -- A restore names the version it brought back.
      ALTER TABLE character_versions ADD COLUMN restored_from INTEGER;
    `,
  },
  {
    version: 8,
    name: 'character cards: the card a character was imported from, and its picture',
    up: `
      -- Export starts from the card a character came from, so that nothing it held is lost. Deleted
      -- with the character for good (a purge of the trash deletes the characters row).
      CREATE TABLE character_cards (
        character_id  TEXT PRIMARY KEY REFERENCES characters(id) ON DELETE CASCADE,
        user_id       TEXT NOT NULL,
        -- JSON: the card as imported, in V3's shape (server/cards/card-types.ts)
        card          TEXT NOT NULL,
        -- the picture's file name in the pictures folder ('<character id>-<n>.<ext>'); NULL: none
        image_path    TEXT,
        imported_at   TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 9,
    name: 'reviews of conversations: a rating, labels and a note per exchange, a status per session, label sets',
    up: `
      -- No reference to characters: in front of Convai there is no characters row. A purge of the
      -- trash (local or hosted) deletes a character's reviews itself (server/db/annotations.ts).
      -- user_id: the dashboard's local user, or 'convai:' and a hash of the service key.
      CREATE TABLE review_annotations (
        user_id       TEXT NOT NULL,
        character_id  TEXT NOT NULL,
        session_id    TEXT NOT NULL,
        -- contract/schemas/annotations.ts, exchangeKey: the exchange's timestamp, '#n' when shared
        exchange      TEXT NOT NULL,
        -- 'good', 'bad'; NULL: not rated
        rating        TEXT,
        -- JSON: ["label", …], trimmed, no two alike ignoring case
        labels        TEXT NOT NULL DEFAULT '[]',
        note          TEXT NOT NULL DEFAULT '',
        updated_at    TEXT NOT NULL,
        PRIMARY KEY (user_id, character_id, session_id, exchange)
      ) WITHOUT ROWID;
      CREATE INDEX review_annotations_by_character ON review_annotations (character_id);

      -- Only sessions given a status; none here is 'unreviewed'.
      CREATE TABLE review_statuses (
        user_id       TEXT NOT NULL,
        character_id  TEXT NOT NULL,
        session_id    TEXT NOT NULL,
        -- 'reviewed' or 'flagged'
        status        TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        PRIMARY KEY (user_id, character_id, session_id)
      ) WITHOUT ROWID;
      CREATE INDEX review_statuses_by_character ON review_statuses (character_id);

      -- A character's label set, and (character_id '') the set the user's characters share.
      CREATE TABLE review_label_sets (
        user_id       TEXT NOT NULL,
        character_id  TEXT NOT NULL,
        -- JSON: ["label", …]
        labels        TEXT NOT NULL,
        PRIMARY KEY (user_id, character_id)
      ) WITHOUT ROWID;
      CREATE INDEX review_label_sets_by_character ON review_label_sets (character_id);
    `,
  },
  {
    version: 10,
    name: 'Insights: the trigger inputs of a session found without reading its other exchanges',
    up: `
      -- Insights counts triggers fired per session (server/db/insights.ts); without this, every exchange
      -- of every session in the range is read to find the few that are trigger inputs (200,000 rows:
      -- about 45 ms twice; with it, 5 ms each). Partial: it holds the trigger inputs only.
      CREATE INDEX exchanges_trigger_inputs ON exchanges (session_id, trigger_name) WHERE is_trigger_input = 1;
    `,
  },
];

/** Brings the database up to the newest migration; returns the versions it applied. */
export function migrate(db: Database): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new Error(`The database is at schema version ${current}, newer than this server knows (${newest}). Update the server.`);
  }
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
