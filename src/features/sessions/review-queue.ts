import type { SessionReviewSummary } from '@contract/schemas/annotations';
import type { SessionSummary } from '@contract/schemas/conversation';

/** Where the review queue stands: every session in the list's order (newest first), those still to review, and how far it has come. */
export type QueueState = { order: string[]; pending: string[]; reviewed: number; total: number };

/**
 * The review queue of a character's sessions: every session not yet marked reviewed (flagged ones
 * stay in it: they want another look), newest first as the list shows them.
 */
export function reviewQueue(sessions: readonly SessionSummary[], reviews: readonly SessionReviewSummary[]): QueueState {
  const status = new Map(reviews.map((review) => [review.session_id, review.status]));
  const order = sessions.map((session) => session.sessionID);
  const pending = order.filter((id) => status.get(id) !== 'reviewed');
  return { order, pending, reviewed: order.length - pending.length, total: order.length };
}

/** The session the queue goes to after `current`: the next one still to review after it in the list, else the first; none when all are done. */
export function nextInQueue(queue: QueueState, current: string): string | null {
  const waiting = new Set(queue.pending.filter((id) => id !== current));
  if (waiting.size === 0) return null;
  const at = queue.order.indexOf(current);
  return queue.order.slice(at + 1).find((id) => waiting.has(id)) ?? queue.order.find((id) => waiting.has(id)) ?? null;
}
