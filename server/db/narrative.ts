import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';
import { recordTimestamp } from './time';

export type SectionRow = {
  seq: number;
  id: string;
  character_id: string;
  name: string;
  objective: string;
  /** JSON: StoredDecision[] */
  decisions: string;
  /** JSON as given, or null */
  node_position: string | null;
  created_at: string;
};

export type TriggerRow = {
  seq: number;
  id: string;
  character_id: string;
  name: string;
  message: string;
  destination_section: string | null;
  node_position: string | null;
  created_at: string;
};

export type StoredDecision = { criteria: string; next_section_id: string; priority?: number | null };

/** `id` is given only to bring a section back as it was (a version restored). */
export type NewSection = { id?: string; name: string; objective: string; decisions?: StoredDecision[]; nodePosition?: unknown };
export type SectionUpdate = { name?: string; objective?: string; decisions?: StoredDecision[]; nodePosition?: unknown };
export type NewTrigger = { id?: string; name: string; message: string; destination: string | null; nodePosition?: unknown };
export type TriggerUpdate = { name?: string; message?: string; destination?: string | null; nodePosition?: unknown };

export const decisionsOf = (row: SectionRow): StoredDecision[] => JSON.parse(row.decisions) as StoredDecision[];

/** A node position as stored: its JSON text, or null when none was given. */
const positionText = (position: unknown) => (position === undefined || position === null ? null : JSON.stringify(position));

/** The node position as it was given; null when none was. */
export const positionOf = (row: { node_position: string | null }): unknown =>
  row.node_position === null ? null : (JSON.parse(row.node_position) as unknown);

/**
 * The store of narrative graphs: a character's sections (with their decisions) and triggers, its
 * statements prepared once per database. The callers check ownership and references; the store
 * keeps a graph whole when a section goes.
 */
export function createNarrativeStore(db: Db) {
  const sectionsOf = db.prepare<[string], SectionRow>('SELECT * FROM narrative_sections WHERE character_id = ? ORDER BY seq');
  const sectionById = db.prepare<[string, string], SectionRow>('SELECT * FROM narrative_sections WHERE id = ? AND character_id = ?');
  const firstSection = db.prepare<[string], SectionRow>('SELECT * FROM narrative_sections WHERE character_id = ? ORDER BY seq LIMIT 1');
  const countSections = db.prepare<[string], { count: number }>('SELECT COUNT(*) AS count FROM narrative_sections WHERE character_id = ?');
  const insertSection = db.prepare(
    'INSERT INTO narrative_sections (id, character_id, name, objective, decisions, node_position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const setDecisions = db.prepare<[string, string]>('UPDATE narrative_sections SET decisions = ? WHERE id = ?');
  const deleteSection = db.prepare<[string, string]>('DELETE FROM narrative_sections WHERE id = ? AND character_id = ?');
  const unsetStart = db.prepare<[string, string]>(
    'UPDATE characters SET start_narrative_section_id = NULL WHERE id = ? AND start_narrative_section_id = ?',
  );

  const triggersOf = db.prepare<[string], TriggerRow>('SELECT * FROM narrative_triggers WHERE character_id = ? ORDER BY seq');
  const triggerById = db.prepare<[string, string], TriggerRow>('SELECT * FROM narrative_triggers WHERE id = ? AND character_id = ?');
  const triggerByName = db.prepare<[string, string], TriggerRow>('SELECT * FROM narrative_triggers WHERE character_id = ? AND name = ?');
  const triggerByMessage = db.prepare<[string, string], TriggerRow>(
    'SELECT * FROM narrative_triggers WHERE character_id = ? AND message = ? ORDER BY seq LIMIT 1',
  );
  const countTriggers = db.prepare<[string], { count: number }>('SELECT COUNT(*) AS count FROM narrative_triggers WHERE character_id = ?');
  const insertTrigger = db.prepare(
    'INSERT INTO narrative_triggers (id, character_id, name, message, destination_section, node_position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const deleteTrigger = db.prepare<[string, string]>('DELETE FROM narrative_triggers WHERE id = ? AND character_id = ?');

  const setNarrativeDriven = db.prepare<[number, string]>('UPDATE characters SET is_narrative_driven = ? WHERE id = ?');
  const setStart = db.prepare<[string | null, string]>('UPDATE characters SET start_narrative_section_id = ? WHERE id = ?');

  // An UPDATE of the given columns of one table, prepared once per set of columns. Column names
  // come from the fixed lists below, never from the request.
  const updates = new Map<string, Statement>();
  const updateColumns = (
    table: 'narrative_sections' | 'narrative_triggers',
    id: string,
    characterId: string,
    columns: Record<string, string | null>,
  ) => {
    const names = Object.keys(columns);
    const key = `${table}:${names.join(',')}`;
    let statement = updates.get(key);
    if (!statement) {
      statement = db.prepare(
        `UPDATE ${table} SET ${names.map((name) => `${name} = @${name}`).join(', ')} WHERE id = @id AND character_id = @character_id`,
      );
      updates.set(key, statement);
    }
    return statement.run({ ...columns, id, character_id: characterId }).changes === 1;
  };

  return {
    /** The character's sections in the order they were created. */
    sections(characterId: string): SectionRow[] {
      return sectionsOf.all(characterId);
    },

    section(characterId: string, sectionId: string): SectionRow | undefined {
      return sectionById.get(sectionId, characterId);
    },

    /** The section created first: where a session starts when no start section is set. */
    firstSection(characterId: string): SectionRow | undefined {
      return firstSection.get(characterId);
    },

    sectionCount(characterId: string): number {
      return countSections.get(characterId)?.count ?? 0;
    },

    createSection(characterId: string, section: NewSection): string {
      const id = section.id ?? randomUUID();
      insertSection.run(
        id,
        characterId,
        section.name,
        section.objective,
        JSON.stringify(section.decisions ?? []),
        positionText(section.nodePosition),
        recordTimestamp(),
      );
      return id;
    },

    /** Changes only the given fields of one of the character's sections. */
    updateSection(characterId: string, sectionId: string, changes: SectionUpdate): boolean {
      const columns: Record<string, string | null> = {};
      if (changes.name !== undefined) columns.name = changes.name;
      if (changes.objective !== undefined) columns.objective = changes.objective;
      if (changes.decisions !== undefined) columns.decisions = JSON.stringify(changes.decisions);
      if (changes.nodePosition !== undefined) columns.node_position = positionText(changes.nodePosition);
      if (Object.keys(columns).length === 0) return sectionById.get(sectionId, characterId) !== undefined;
      return updateColumns('narrative_sections', sectionId, characterId, columns);
    },

    /**
     * Deletes a section and every path to it: the decisions leading to it go, triggers pointing to it
     * and sessions in it are left without one (the foreign keys), and it stops being the start.
     */
    deleteSection(characterId: string, sectionId: string): boolean {
      return db.transaction(() => {
        if (!sectionById.get(sectionId, characterId)) return false;
        for (const other of sectionsOf.all(characterId)) {
          const decisions = decisionsOf(other);
          const kept = decisions.filter((decision) => decision.next_section_id !== sectionId);
          if (kept.length !== decisions.length) setDecisions.run(JSON.stringify(kept), other.id);
        }
        unsetStart.run(characterId, sectionId);
        return deleteSection.run(sectionId, characterId).changes === 1;
      })();
    },

    triggers(characterId: string): TriggerRow[] {
      return triggersOf.all(characterId);
    },

    trigger(characterId: string, triggerId: string): TriggerRow | undefined {
      return triggerById.get(triggerId, characterId);
    },

    /** The character's trigger of that name (names are compared without regard to case). */
    triggerNamed(characterId: string, name: string): TriggerRow | undefined {
      return triggerByName.get(characterId, name);
    },

    /** The first of the character's triggers that carries exactly this message. */
    triggerWithMessage(characterId: string, message: string): TriggerRow | undefined {
      return triggerByMessage.get(characterId, message);
    },

    triggerCount(characterId: string): number {
      return countTriggers.get(characterId)?.count ?? 0;
    },

    createTrigger(characterId: string, trigger: NewTrigger): string {
      const id = trigger.id ?? randomUUID();
      insertTrigger.run(
        id,
        characterId,
        trigger.name,
        trigger.message,
        trigger.destination,
        positionText(trigger.nodePosition),
        recordTimestamp(),
      );
      return id;
    },

    updateTrigger(characterId: string, triggerId: string, changes: TriggerUpdate): boolean {
      const columns: Record<string, string | null> = {};
      if (changes.name !== undefined) columns.name = changes.name;
      if (changes.message !== undefined) columns.message = changes.message;
      if (changes.destination !== undefined) columns.destination_section = changes.destination;
      if (changes.nodePosition !== undefined) columns.node_position = positionText(changes.nodePosition);
      if (Object.keys(columns).length === 0) return triggerById.get(triggerId, characterId) !== undefined;
      return updateColumns('narrative_triggers', triggerId, characterId, columns);
    },

    deleteTrigger(characterId: string, triggerId: string): boolean {
      return deleteTrigger.run(triggerId, characterId).changes === 1;
    },

    setNarrativeDriven(characterId: string, on: boolean): void {
      setNarrativeDriven.run(on ? 1 : 0, characterId);
    },

    /** Sets (or, with null, unsets) the section a session starts in. */
    setStartSection(characterId: string, sectionId: string | null): void {
      setStart.run(sectionId, characterId);
    },
  };
}

export type NarrativeStore = ReturnType<typeof createNarrativeStore>;
