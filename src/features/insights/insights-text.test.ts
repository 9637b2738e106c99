import { describe, expect, it } from 'vitest';
import { insightsSchema, type Insights } from '@contract/schemas/insights';
import { labelsSummary, ratingsSummary, sectionsSummary, sessionLink, sessionsSummary, triggersSummary } from './insights-text';

const base: Insights = insightsSchema.parse({
  character: 'all',
  from: '2026-11-13',
  to: '2026-11-15',
  tz_offset: 0,
  characters: [
    { id: 'a', name: 'Greta', sessions: 30 },
    { id: 'b', name: 'Otto', sessions: 12 },
  ],
  total_sessions: 42,
  sessions_per_day: [
    { day: '2026-11-13', sessions: 2, top: 'a' },
    { day: '2026-11-14', sessions: 38, top: 'a' },
    { day: '2026-11-15', sessions: 2, top: 'b' },
  ],
  exchanges_per_session: { buckets: [], mean: 4.25 },
  ratings_per_day: [
    { day: '2026-11-13', rated: 4, bad: 1, bad_sessions: 1, top: 'a' },
    { day: '2026-11-14', rated: 4, bad: 2, bad_sessions: 2, top: 'b' },
  ],
  ratings: { rated: 8, bad: 3, bad_sessions: 3, top: 'a' },
  labels: [{ label: 'lore error', exchanges: 5, sessions: 3, top: 'b' }],
  triggers: [],
  trigger_sessions: { sessions: 0, top: null },
  sections: [
    { name: 'Entrance hall', sessions: 20, top: 'a' },
    { name: 'Vault', sessions: 3, top: 'a' },
  ],
});

describe('Insights in words', () => {
  it('says each chart in one sentence a person would write', () => {
    expect(sessionsSummary(base)).toBe('42 sessions in 3 days, most on Nov 14 (38).');
    expect(ratingsSummary(base)).toBe('38% of rated exchanges were bad: 3 of 8, in 3 sessions; the worst day was Nov 14 (50%).');
    expect(labelsSummary(base)).toBe('“lore error” was given most: to 5 exchanges in 3 sessions.');
    expect(triggersSummary(base)).toBe('No trigger fired in these days.');
    expect(sectionsSummary(base)).toBe('“Entrance hall” was reached by the most sessions (20 of 42), “Vault” by the fewest (3).');
    expect(sessionsSummary({ ...base, total_sessions: 0 })).toBe('No sessions in these 3 days.');
  });

  it('links a figure to the sessions of the character with the most of it, or of the one shown', () => {
    expect(sessionLink(base, 'b', { label: 'lore error' })).toEqual({
      to: '/characters/b/sessions?label=lore+error',
      characterName: 'Otto',
    });
    expect(sessionLink(base, null, {})).toBeNull();
    expect(sessionLink({ ...base, character: 'a' }, 'b', { rating: 'bad' })?.to).toBe('/characters/a/sessions?rating=bad');
  });
});
