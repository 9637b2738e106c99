import { describe, expect, it } from 'vitest';
import type { SessionReviewSummary } from '@contract/schemas/annotations';
import type { SessionSummary } from '@contract/schemas/conversation';
import { nextInQueue, reviewQueue } from './review-queue';

const session = (sessionID: string): SessionSummary => ({ sessionID, date: '02-12-2026', time: '04:20:11' });
const review = (session_id: string, status: SessionReviewSummary['status']): SessionReviewSummary => ({
  session_id,
  status,
  good: 0,
  bad: 0,
  labels: [],
  notes: 0,
});

describe('the review queue', () => {
  const sessions = ['a', 'b', 'c', 'd'].map(session);
  it('holds every session not marked reviewed, flagged ones included, in the list order', () => {
    expect(reviewQueue(sessions, [review('b', 'reviewed'), review('c', 'flagged')])).toEqual({
      order: ['a', 'b', 'c', 'd'],
      pending: ['a', 'c', 'd'],
      reviewed: 1,
      total: 4,
    });
  });
  it('goes on to the next session still to review, wraps round, and ends when none is left', () => {
    const queue = reviewQueue(sessions, [review('b', 'reviewed')]);
    expect(nextInQueue(queue, 'a')).toBe('c');
    expect(nextInQueue(queue, 'd')).toBe('a');
    // The session just finished is already out of the queue: the one after it in the list comes next.
    expect(nextInQueue(queue, 'b')).toBe('c');
    expect(nextInQueue(reviewQueue(sessions.slice(0, 1), []), 'a')).toBeNull();
  });
});
