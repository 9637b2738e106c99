import { describe, expect, it } from 'vitest';
import { isCompatible } from './check-licenses';

describe('isCompatible', () => {
  it.each([
    ['MIT', true],
    ['Apache-2.0', true],
    ['(MIT OR Apache-2.0)', true],
    ['(MIT OR GPL-3.0)', true],
    ['MIT AND BSD-3-Clause', true],
    ['GPL-3.0', false],
    ['AGPL-3.0-only', false],
    ['MIT AND GPL-2.0', false],
    ['SEE LICENSE IN LICENSE.txt', false],
    ['UNLICENSED', false],
  ])('%s → %s', (expression, expected) => {
    expect(isCompatible(expression)).toBe(expected);
  });
});
