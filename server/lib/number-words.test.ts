import { describe, expect, it } from 'vitest';
import { numberFromWords, numberWord, ordinalWord } from './number-words';

describe('numberWord', () => {
  it('says whole numbers from 0 to 999', () => {
    expect([0, 1, 7, 12, 19].map(numberWord)).toEqual(['zero', 'one', 'seven', 'twelve', 'nineteen']);
    expect([20, 21, 45, 90, 99].map(numberWord)).toEqual(['twenty', 'twenty-one', 'forty-five', 'ninety', 'ninety-nine']);
    expect([100, 101, 142, 200, 206, 999].map(numberWord)).toEqual([
      'a hundred',
      'a hundred and one',
      'a hundred and forty-two',
      'two hundred',
      'two hundred and six',
      'nine hundred and ninety-nine',
    ]);
  });

  it('refuses what it cannot say', () => {
    for (const n of [-1, 1.5, 1000, Number.NaN]) expect(() => numberWord(n)).toThrow(RangeError);
  });
});

describe('ordinalWord', () => {
  it('says the ordinal of every number numberWord says', () => {
    expect([0, 1, 2, 3, 4, 5, 8, 9, 12, 13, 18].map(ordinalWord)).toEqual([
      'zeroth',
      'first',
      'second',
      'third',
      'fourth',
      'fifth',
      'eighth',
      'ninth',
      'twelfth',
      'thirteenth',
      'eighteenth',
    ]);
    expect([20, 21, 42, 90, 99].map(ordinalWord)).toEqual(['twentieth', 'twenty-first', 'forty-second', 'ninetieth', 'ninety-ninth']);
    expect([100, 103, 230].map(ordinalWord)).toEqual(['a hundredth', 'a hundred and third', 'two hundred and thirtieth']);
  });
});

describe('numberFromWords', () => {
  it('reads back what numberWord says below a hundred, and nothing else', () => {
    for (const n of [0, 7, 12, 19, 20, 42, 68, 99]) expect(numberFromWords(numberWord(n))).toBe(n);
    expect(['Sixty', 'forty-Two'].map(numberFromWords)).toEqual([60, 42]);
    expect(['', 'dozen', 'twenty-twelve', 'one-two'].map(numberFromWords)).toEqual([null, null, null, null]);
  });
});
