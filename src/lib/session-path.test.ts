import { describe, expect, it } from 'vitest';
import type { Exchange } from '@contract/schemas/conversation';
import { describeStep, sessionPath } from './session-path';

const exchange = (narrative: Exchange['narrative']): Exchange => ({
  timestamp: '2025-06-01 12:00:00.000000',
  interaction: [
    { speaker: 'User', message: 'Hello' },
    { speaker: 'Character', message: 'Welcome' },
  ],
  narrative,
});

describe('sessionPath', () => {
  it('lists the sections a session passed through, in order, with the decision or trigger that moved it', () => {
    const steps = sessionPath([
      exchange({ section_id: 'g', section_name: 'Greeting' }),
      exchange({ section_id: 'g', section_name: 'Greeting' }),
      exchange({
        section_id: 't',
        section_name: 'The tour',
        moved_from: 'g',
        moved_by: { kind: 'decision', criteria: 'Agrees to the tour' },
      }),
      exchange({
        section_id: 'c',
        section_name: 'Closing time',
        moved_from: 't',
        moved_by: { kind: 'trigger', trigger_name: 'closing_bell' },
      }),
    ]);
    expect(steps.map((step) => [step.number, describeStep(step), step.exchange])).toEqual([
      [1, 'Greeting', 0],
      [2, 'The tour (decision: Agrees to the tour)', 2],
      [3, 'Closing time (trigger closing_bell)', 3],
    ]);
    expect(steps[1].via).toEqual({ kind: 'decision', fromSectionId: 'g', criteria: 'Agrees to the tour' });
  });

  it('a session moved on its first exchange started where it was moved from; a section visited again is a new step', () => {
    const steps = sessionPath([
      exchange({
        section_id: 'c',
        section_name: 'Closing time',
        moved_from: 'g',
        moved_by: { kind: 'trigger', trigger_name: 'closing_bell' },
      }),
      exchange({ section_id: 'g', section_name: 'Greeting', moved_from: 'c', moved_by: { kind: 'decision', criteria: 'Comes back' } }),
    ]);
    expect(steps.map((step) => describeStep(step))).toEqual([
      'Greeting',
      'Closing time (trigger closing_bell)',
      'Greeting (decision: Comes back)',
    ]);
  });

  it('is empty for a session that did not follow a narrative', () => {
    expect(sessionPath([exchange(undefined), exchange(null)])).toEqual([]);
  });
});
