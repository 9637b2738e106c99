import { describe, expect, it } from 'vitest';
import type { Exchange, ExchangeNarrative } from '@contract/schemas/conversation';
import { movedFromName, needsGraphName, sectionNames } from './section-names';

const exchange = (narrative: ExchangeNarrative) => ({ narrative }) as Exchange;

describe('movedFromName', () => {
  it('names where a first exchange moved out of from moved_from: the graph’s name when no exchange was in it', () => {
    const first = { section_id: 't', section_name: 'The tour', moved_from: 'g', moved_by: { kind: 'decision', criteria: 'yes' } };
    const exchanges = [exchange(first)];
    expect(needsGraphName(exchanges)).toBe(true);
    const names = sectionNames(exchanges, [{ section_id: 'g', section_name: 'Greeting' }]);
    expect(movedFromName(first, undefined, names)).toBe('Greeting');
    expect(movedFromName(first, undefined, sectionNames(exchanges))).toBeNull();
  });

  it('prefers the name an exchange was recorded with, and falls back on the exchange before without moved_from', () => {
    const before = { section_id: 'g', section_name: 'Hello' };
    const moved = { section_id: 't', section_name: 'The tour', moved_by: { kind: 'decision', criteria: 'yes' } };
    const exchanges = [exchange(before), exchange({ ...moved, moved_from: 'g' })];
    expect(needsGraphName(exchanges)).toBe(false);
    expect(
      movedFromName({ ...moved, moved_from: 'g' }, before, sectionNames(exchanges, [{ section_id: 'g', section_name: 'Greeting' }])),
    ).toBe('Hello');
    expect(movedFromName(moved, before, new Map())).toBe('Hello');
    expect(movedFromName(before, undefined, new Map())).toBeNull();
  });
});
