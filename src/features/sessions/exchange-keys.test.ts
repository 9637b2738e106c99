import { describe, expect, it } from 'vitest';
import type { Exchange } from '@contract/schemas/conversation';
import { exchangeKeysOf } from './exchange-keys';

const at = (timestamp: string): Exchange => ({ timestamp, interaction: [] });

describe('exchange keys', () => {
  it('are the timestamps, told apart by their place where several exchanges share one', () => {
    expect(exchangeKeysOf([at('2026-12-02 04:20:11.000001'), at('2026-12-02 04:20:12'), at('2026-12-02 04:20:12')])).toEqual([
      '2026-12-02 04:20:11.000001',
      '2026-12-02 04:20:12',
      '2026-12-02 04:20:12#1',
    ]);
  });
});
