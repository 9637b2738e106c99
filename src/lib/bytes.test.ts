import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
  it('says small sizes in bytes, larger ones in KB, MB and GB', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1434)).toBe('1.4 KB');
    expect(formatBytes(241_664)).toBe('236 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
  });

  it('reads the API’s sizes given as strings of digits', () => {
    expect(formatBytes('2048')).toBe('2 KB');
  });

  it('gives null for what is not a size', () => {
    expect(formatBytes(null)).toBeNull();
    expect(formatBytes(undefined)).toBeNull();
    expect(formatBytes('')).toBeNull();
    expect(formatBytes('big')).toBeNull();
    expect(formatBytes(-1)).toBeNull();
  });
});
