import { describe, expect, it } from 'vitest';
import { offlineGenerator, wordGroups } from './offline-generator';
import { composeBackstory } from './offline/compose-backstory';

describe('wordGroups', () => {
  it('cuts a text into pieces of one to four words that concatenate back to it exactly', () => {
    const text = composeBackstory({ inputText: 'Lawyer in the New York City. Achiever. Stubborn.', charName: 'Mindy' });
    const pieces = wordGroups(text);
    expect(pieces.join('')).toBe(text);
    expect(new Set(pieces.map((piece) => piece.trim().split(/\s+/).length))).toEqual(new Set([1, 2, 3, 4]));
    // The generator contract: no piece begins with a line break.
    expect(pieces.filter((piece) => /^[\r\n]/.test(piece))).toEqual([]);
  });
});

describe('offlineGenerator', () => {
  it('streams the composed backstory and stops when aborted', async () => {
    const generator = offlineGenerator({ delayMs: 0 });
    const request = { inputText: 'Rogue AI aboard a mining station; curious, lonely', charName: 'Unit 7' };
    let text = '';
    for await (const piece of generator.backstory(request, new AbortController().signal)) text += piece;
    expect(text).toBe(composeBackstory(request));

    const abort = new AbortController();
    let pieces = 0;
    for await (const _piece of generator.backstory(request, abort.signal)) {
      pieces += 1;
      if (pieces === 3) abort.abort();
    }
    expect(pieces).toBe(3);
  });
});
