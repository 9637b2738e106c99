import { describe, expect, it } from 'vitest';
import { parseApiTimestamp } from './dates';

describe('parseApiTimestamp', () => {
  it('reads zone-less API timestamps as UTC', () => {
    expect(parseApiTimestamp('2023-11-07T02:57:59')?.toISOString()).toBe('2023-11-07T02:57:59.000Z');
    expect(parseApiTimestamp('2024-09-25 19:54:59.124733')?.toISOString()).toBe('2024-09-25T19:54:59.124Z');
  });

  it('keeps an explicit zone', () => {
    expect(parseApiTimestamp('2023-11-07T02:57:59+02:00')?.toISOString()).toBe('2023-11-07T00:57:59.000Z');
  });

  it('answers null for nothing or nonsense', () => {
    expect(parseApiTimestamp('')).toBeNull();
    expect(parseApiTimestamp('NULL')).toBeNull();
    expect(parseApiTimestamp(undefined)).toBeNull();
  });
});
