import { describe, expect, it } from 'vitest';
import type { Exchange } from '@contract/schemas/conversation';
import { formatDuration, sessionFacts } from './session-facts';

const at = (timestamp: string, extra: Partial<Exchange> = {}): Exchange => ({ timestamp, interaction: [], ...extra });
const section = (name: string) => ({ section_id: name.toLowerCase(), section_name: name });

describe('session facts', () => {
  it('measure a session from its first exchange to its last, count its triggers and list its sections in order', () => {
    const facts = sessionFacts([
      at('2026-12-02 10:00:00.000000', { narrative: section('Welcome') }),
      at('2026-12-02 10:02:30.500000', { is_trigger_input: true, narrative: section('The wares') }),
      at('2026-12-02 10:04:10.000000', { narrative: section('Welcome') }),
    ]);
    expect(facts).toEqual({ durationMs: 250_000, triggers: 1, sections: ['Welcome', 'The wares'] });
    expect(sessionFacts([])).toEqual({ durationMs: null, triggers: 0, sections: [] });
  });

  it('say a length as people do', () => {
    expect(formatDuration(20_000)).toBe('under a minute');
    expect(formatDuration(250_000)).toBe('4 min');
    expect(formatDuration(3_600_000)).toBe('1 h');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
  });
});
