import { randomUUID } from 'node:crypto';
import type { Db } from './connection';

export type SessionRow = {
  seq: number;
  id: string;
  character_id: string;
  user_id: string;
  started_at: string;
  is_added_to_memory: number;
  /** The narrative section the session is in; null when it is not following a narrative (yet). */
  current_section_id: string | null;
  /** The character's version when the session started; null for sessions older than versions. */
  character_version: number | null;
};
export type ExchangeRow = {
  seq: number;
  session_id: string;
  at: string;
  user_text: string;
  character_text: string;
  trigger_name: string | null;
  is_trigger_input: number;
  section_id: string | null;
  section_name: string | null;
  moved_from_section_id: string | null;
  moved_by_kind: 'decision' | 'trigger' | null;
  moved_by: string | null;
  /** JSON: the knowledge-bank passages the reply drew on; null when none. */
  sources: string | null;
};

/** Where a narrative-driven exchange happened, and what moved the session there on this turn. */
export type ExchangeNarrative = {
  sectionId: string;
  sectionName: string;
  movedFrom: string | null;
  /** A decision's criteria met, or a trigger's name. */
  movedBy: { kind: 'decision' | 'trigger'; text: string } | null;
};

export type NewExchange = {
  userText: string;
  characterText: string;
  trigger?: { name: string } | null;
  at?: string;
  /** Set on a narrative-driven session: the session is in `sectionId` from this exchange on. */
  narrative?: ExchangeNarrative | null;
  /** The knowledge-bank passages the reply drew on. */
  sources?: ExchangeSource[];
};

/** A passage a reply drew on, as it read then (the document may change or go later). */
export type ExchangeSource = { document_id: string; file_name: string; passage_id: number; text: string };

/** A new session id in the hosted service's form: 32 hex digits. */
export const newSessionId = () => randomUUID().replaceAll('-', '');

let lastMicros = 0n;

/**
 * Now (or `date`), in the chat history's form: UTC with microseconds ("2024-09-25 19:54:59.124733").
 * Now is strictly increasing within the process, so live exchanges never share a timestamp.
 */
export function microTimestamp(date?: Date, seed = 0): string {
  let micros: bigint;
  // A given date gets made-up but stable microseconds (demo data reads like recorded data).
  if (date) micros = BigInt(date.getTime()) * 1000n + BigInt(Math.abs(Math.imul(seed + 1, 2654435761) % 997));
  else {
    micros = BigInt(Date.now()) * 1000n + ((process.hrtime.bigint() / 1000n) % 1000n);
    if (micros <= lastMicros) micros = lastMicros + 1n;
    lastMicros = micros;
  }
  const ms = Number(micros / 1000n);
  const iso = new Date(ms).toISOString(); // 2024-09-25T19:54:59.124Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${String(micros % 1_000_000n).padStart(6, '0')}`;
}

/** The store of conversation sessions and their exchanges, its statements prepared once per database. */
export function createSessionStore(db: Db) {
  const insertSession = db.prepare(
    'INSERT INTO sessions (id, character_id, user_id, started_at, is_added_to_memory, character_version) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertExchange = db.prepare(`
    INSERT INTO exchanges (session_id, at, user_text, character_text, trigger_name, is_trigger_input,
      section_id, section_name, moved_from_section_id, moved_by_kind, moved_by, sources)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // A section deleted while its reply was written leaves the session without one (no broken reference).
  const setCurrentSection = db.prepare<[string, string]>(
    'UPDATE sessions SET current_section_id = (SELECT id FROM narrative_sections WHERE id = ?) WHERE id = ?',
  );
  const byId = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const newestFirst = db.prepare<[string, number], SessionRow>(
    'SELECT * FROM sessions WHERE character_id = ? ORDER BY started_at DESC, seq DESC LIMIT ?',
  );
  const exchangesOf = db.prepare<[string], ExchangeRow>('SELECT * FROM exchanges WHERE session_id = ? ORDER BY seq');
  const recentExchanges = db.prepare<[string, number], ExchangeRow>(
    'SELECT * FROM (SELECT * FROM exchanges WHERE session_id = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq',
  );
  const exchangeCount = db.prepare<[string], { count: number }>('SELECT COUNT(*) AS count FROM exchanges WHERE session_id = ?');
  const touchCharacter = db.prepare('UPDATE characters SET last_interacted_with = ? WHERE id = ?');

  return {
    session(id: string): SessionRow | undefined {
      return byId.get(id);
    },

    /** The character's sessions, newest first; a negative limit means all. */
    list(characterId: string, limit: number): SessionRow[] {
      return newestFirst.all(characterId, limit < 0 ? -1 : limit);
    },

    exchanges(sessionId: string): ExchangeRow[] {
      return exchangesOf.all(sessionId);
    },

    /** The last `count` exchanges of a session, oldest first: the context of the next reply. */
    recent(sessionId: string, count: number): ExchangeRow[] {
      return recentExchanges.all(sessionId, count);
    },

    count(sessionId: string): number {
      return exchangeCount.get(sessionId)?.count ?? 0;
    },

    /** A new session; `characterVersion` is the character's version it starts with. */
    start(
      characterId: string,
      userId: string,
      options: { id?: string; startedAt?: string; addedToMemory?: boolean; characterVersion?: number | null } = {},
    ): string {
      const id = options.id ?? newSessionId();
      insertSession.run(
        id,
        characterId,
        userId,
        options.startedAt ?? microTimestamp(),
        options.addedToMemory ? 1 : 0,
        options.characterVersion ?? null,
      );
      return id;
    },

    /** Records one exchange (and when the character was last talked to, and the session's section). */
    record(sessionId: string, characterId: string, exchange: NewExchange): void {
      const at = exchange.at ?? microTimestamp();
      const narrative = exchange.narrative ?? null;
      db.transaction(() => {
        insertExchange.run(
          sessionId,
          at,
          exchange.userText,
          exchange.characterText,
          exchange.trigger?.name ?? null,
          exchange.trigger ? 1 : 0,
          narrative?.sectionId ?? null,
          narrative?.sectionName ?? null,
          narrative?.movedFrom ?? null,
          narrative?.movedBy?.kind ?? null,
          narrative?.movedBy?.text ?? null,
          exchange.sources?.length ? JSON.stringify(exchange.sources) : null,
        );
        touchCharacter.run(`${at.slice(0, 10)}T${at.slice(11, 19)}`, characterId);
        if (narrative) setCurrentSection.run(narrative.sectionId, sessionId);
      })();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
