import type {
  ExchangeAnnotation,
  ExchangeAnnotationInput,
  Rating,
  ReviewStatus,
  SessionReview,
  SessionReviewSummary,
} from '../../contract/schemas/annotations';
import type { Db } from './connection';

/** The set every user's characters share until the user changes it. */
export const defaultSharedLabels = ['off-character', 'lore error', 'too long', 'repeats itself', 'wrong language'];

/** Where the shared label set is kept: no character has an empty id. */
const SHARED = '';

type AnnotationRow = { exchange: string; rating: Rating | null; labels: string; note: string; updated_at: string };
type Scope = { userId: string; characterId: string };

/** Trimmed, without empties, and without a label already given in another case (the first spelling stays). */
export function distinctLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of labels) {
    const label = raw.trim();
    const key = label.toLowerCase();
    if (!label || seen.has(key)) continue;
    seen.add(key);
    kept.push(label);
  }
  return kept;
}

const annotationOf = (row: AnnotationRow): ExchangeAnnotation => ({
  exchange: row.exchange,
  rating: row.rating,
  labels: JSON.parse(row.labels) as string[],
  note: row.note,
  updated_at: row.updated_at,
});

/**
 * Deletes a character's reviews, statuses and label set (for every user, or for `userId`'s only).
 * The trash purges call it: the tables have no reference to characters (in front of Convai there is
 * no characters row to have one to).
 */
export function characterReviewRemover(db: Db) {
  const statements = ['review_annotations', 'review_statuses', 'review_label_sets'].map((table) => ({
    all: db.prepare<[string]>(`DELETE FROM ${table} WHERE character_id = ?`),
    of: db.prepare<[string, string]>(`DELETE FROM ${table} WHERE character_id = ? AND user_id = ?`),
  }));
  return (characterId: string, userId: string | null = null) => {
    // The shared set is no character's.
    if (characterId === SHARED) return;
    for (const statement of statements) {
      if (userId === null) statement.all.run(characterId);
      else statement.of.run(characterId, userId);
    }
  };
}

/** The reviews of conversations (contract/schemas/annotations.ts), each user's apart. */
export function createAnnotationStore(db: Db) {
  const sessionOfCharacter = db.prepare<[string, string], { id: string }>('SELECT id FROM sessions WHERE id = ? AND character_id = ?');
  const annotationsOf = db.prepare<[string, string, string], AnnotationRow>(
    `SELECT exchange, rating, labels, note, updated_at FROM review_annotations
     WHERE user_id = ? AND character_id = ? AND session_id = ? ORDER BY exchange`,
  );
  const oneAnnotation = db.prepare<[string, string, string, string], AnnotationRow>(
    `SELECT exchange, rating, labels, note, updated_at FROM review_annotations
     WHERE user_id = ? AND character_id = ? AND session_id = ? AND exchange = ?`,
  );
  const upsertAnnotation = db.prepare(`
    INSERT INTO review_annotations (user_id, character_id, session_id, exchange, rating, labels, note, updated_at)
    VALUES (@user_id, @character_id, @session_id, @exchange, @rating, @labels, @note, @updated_at)
    ON CONFLICT (user_id, character_id, session_id, exchange)
    DO UPDATE SET rating = excluded.rating, labels = excluded.labels, note = excluded.note, updated_at = excluded.updated_at`);
  const deleteAnnotation = db.prepare<[string, string, string, string]>(
    'DELETE FROM review_annotations WHERE user_id = ? AND character_id = ? AND session_id = ? AND exchange = ?',
  );
  const statusOf = db.prepare<[string, string, string], { status: ReviewStatus }>(
    'SELECT status FROM review_statuses WHERE user_id = ? AND character_id = ? AND session_id = ?',
  );
  const upsertStatus = db.prepare(`
    INSERT INTO review_statuses (user_id, character_id, session_id, status, updated_at)
    VALUES (@user_id, @character_id, @session_id, @status, @updated_at)
    ON CONFLICT (user_id, character_id, session_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`);
  const deleteStatus = db.prepare<[string, string, string]>(
    'DELETE FROM review_statuses WHERE user_id = ? AND character_id = ? AND session_id = ?',
  );
  // Every reviewed session of the character: the most recently reviewed first.
  const reviewedSessions = db.prepare<[{ user: string; character: string }], { session_id: string; status: ReviewStatus | null }>(`
    SELECT r.session_id, s.status FROM (
      SELECT session_id, max(updated_at) AS at FROM (
        SELECT session_id, updated_at FROM review_annotations WHERE user_id = @user AND character_id = @character
        UNION ALL
        SELECT session_id, updated_at FROM review_statuses WHERE user_id = @user AND character_id = @character
      ) GROUP BY session_id
    ) r
    LEFT JOIN review_statuses s ON s.user_id = @user AND s.character_id = @character AND s.session_id = r.session_id
    ORDER BY r.at DESC, r.session_id`);
  const allAnnotations = db.prepare<[string, string], AnnotationRow & { session_id: string }>(
    `SELECT session_id, exchange, rating, labels, note, updated_at FROM review_annotations
     WHERE user_id = ? AND character_id = ? ORDER BY session_id, exchange`,
  );
  const allStatuses = db.prepare<[string, string], { session_id: string; status: ReviewStatus }>(
    'SELECT session_id, status FROM review_statuses WHERE user_id = ? AND character_id = ? ORDER BY session_id',
  );
  const labelSet = db.prepare<[string, string], { labels: string }>(
    'SELECT labels FROM review_label_sets WHERE user_id = ? AND character_id = ?',
  );
  const putLabelSet = db.prepare<[string, string, string]>(
    `INSERT INTO review_label_sets (user_id, character_id, labels) VALUES (?, ?, ?)
     ON CONFLICT (user_id, character_id) DO UPDATE SET labels = excluded.labels`,
  );
  const addLabelSet = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO review_label_sets (user_id, character_id, labels) VALUES (?, ?, ?)',
  );
  const moves = ['review_annotations', 'review_statuses', 'review_label_sets'].map((table) =>
    db.prepare<[string, string, string]>(`UPDATE ${table} SET character_id = ? WHERE character_id = ? AND user_id = ?`),
  );

  const exchanges = (scope: Scope, sessionId: string) => annotationsOf.all(scope.userId, scope.characterId, sessionId).map(annotationOf);
  const status = (scope: Scope, sessionId: string): ReviewStatus =>
    statusOf.get(scope.userId, scope.characterId, sessionId)?.status ?? 'unreviewed';

  return {
    /** Whether a session (local mode) is the character's. */
    isSessionOf(sessionId: string, characterId: string): boolean {
      return sessionOfCharacter.get(sessionId, characterId) !== undefined;
    },

    /** A session's status and its annotated exchanges, ordered by exchange key. */
    review(scope: Scope, sessionId: string) {
      return { session_id: sessionId, status: status(scope, sessionId), exchanges: exchanges(scope, sessionId) };
    },

    /**
     * Changes the fields given of an exchange's review; one left with no rating, no labels and no
     * note is deleted. Answers the review after the change (empty values when deleted).
     */
    annotate(scope: Scope, sessionId: string, exchange: string, change: ExchangeAnnotationInput): ExchangeAnnotation {
      return db.transaction(() => {
        const before = oneAnnotation.get(scope.userId, scope.characterId, sessionId, exchange);
        const now = new Date().toISOString();
        const after: ExchangeAnnotation = {
          exchange,
          rating: change.rating !== undefined ? change.rating : (before?.rating ?? null),
          labels: change.labels !== undefined ? distinctLabels(change.labels) : before ? annotationOf(before).labels : [],
          note: change.note !== undefined ? change.note : (before?.note ?? ''),
          updated_at: now,
        };
        if (after.rating === null && after.labels.length === 0 && after.note.trim() === '') {
          deleteAnnotation.run(scope.userId, scope.characterId, sessionId, exchange);
          return { ...after, note: '' };
        }
        upsertAnnotation.run({
          user_id: scope.userId,
          character_id: scope.characterId,
          session_id: sessionId,
          exchange,
          rating: after.rating,
          labels: JSON.stringify(after.labels),
          note: after.note,
          updated_at: now,
        });
        return after;
      })();
    },

    /** Sets a session's status ('unreviewed' forgets it). */
    setStatus(scope: Scope, sessionId: string, value: ReviewStatus) {
      if (value === 'unreviewed') deleteStatus.run(scope.userId, scope.characterId, sessionId);
      else
        upsertStatus.run({
          user_id: scope.userId,
          character_id: scope.characterId,
          session_id: sessionId,
          status: value,
          updated_at: new Date().toISOString(),
        });
    },

    /** Each session of the character with a status or an annotation: the most recently reviewed first. */
    summary(scope: Scope): SessionReviewSummary[] {
      return reviewedSessions.all({ user: scope.userId, character: scope.characterId }).map(({ session_id, status: value }) => {
        const annotated = exchanges(scope, session_id);
        return {
          session_id,
          status: value ?? 'unreviewed',
          good: annotated.filter((annotation) => annotation.rating === 'good').length,
          bad: annotated.filter((annotation) => annotation.rating === 'bad').length,
          labels: distinctLabels(annotated.flatMap((annotation) => annotation.labels)),
          notes: annotated.filter((annotation) => annotation.note.trim() !== '').length,
        };
      });
    },

    /**
     * Every session of the character with a status or an annotation, with its annotated exchanges
     * (ordered by session id, then exchange key): two reads, however many sessions.
     */
    exchangeReviews(scope: Scope): SessionReview[] {
      const sessions = new Map<string, SessionReview>();
      const sessionOf = (sessionId: string) => {
        let review = sessions.get(sessionId);
        if (!review) sessions.set(sessionId, (review = { session_id: sessionId, status: 'unreviewed', exchanges: [] }));
        return review;
      };
      for (const row of allStatuses.all(scope.userId, scope.characterId)) sessionOf(row.session_id).status = row.status;
      for (const row of allAnnotations.all(scope.userId, scope.characterId)) sessionOf(row.session_id).exchanges.push(annotationOf(row));
      return [...sessions.values()].sort((a, b) => (a.session_id < b.session_id ? -1 : a.session_id > b.session_id ? 1 : 0));
    },

    /** The character's label set and the shared one (the default shared set, kept, the first time). */
    labelSets(scope: Scope) {
      addLabelSet.run(scope.userId, SHARED, JSON.stringify(defaultSharedLabels));
      const read = (characterId: string) => JSON.parse(labelSet.get(scope.userId, characterId)?.labels ?? '[]') as string[];
      return { character: read(scope.characterId), shared: read(SHARED) };
    },

    /** Replaces the character's label set, or the shared one. */
    setLabelSet(scope: Scope, which: 'character' | 'shared', labels: readonly string[]) {
      putLabelSet.run(scope.userId, which === 'shared' ? SHARED : scope.characterId, JSON.stringify(distinctLabels(labels)));
    },

    /** Moves the user's reviews of a character to its new id (a character made again from the hosted trash). */
    moveCharacter(fromId: string, toId: string, userId: string) {
      if (fromId === SHARED || toId === SHARED) return;
      db.transaction(() => {
        for (const move of moves) move.run(toId, fromId, userId);
      })();
    },
  };
}

export type AnnotationStore = ReturnType<typeof createAnnotationStore>;
