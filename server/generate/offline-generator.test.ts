import { describe, expect, it } from 'vitest';
import { offlineGenerator, wordGroups } from './offline-generator';
import { composeBackstory } from './offline/write-backstory';

describe('wordGroups', () => {
  it('cuts a text into pieces of one to four words that concatenate back to it exactly', () => {
    const text = ['a', 'b', 'c']
      .map((seed) => composeBackstory({ inputText: 'Lawyer in the New York City. Achiever. Stubborn.', charName: 'Mindy' }, { seed }))
      .join('\n\n');
    const pieces = wordGroups(text);
    expect(pieces.join('')).toBe(text);
    const sizes = pieces.map((piece) => piece.trim().split(/\s+/).length);
    expect(sizes.every((size) => size >= 1 && size <= 4)).toBe(true);
    expect(new Set(sizes).size).toBeGreaterThanOrEqual(3);
    // The generator contract: no piece begins with a line break.
    expect(pieces.filter((piece) => /^[\r\n]/.test(piece))).toEqual([]);
  });
});

describe('offlineGenerator', () => {
  it('writes a new take on every request unless it has a seed', async () => {
    const request = { inputText: 'Blacksmith. Gruff.', charName: 'Aarne' };
    const take = async (generator: ReturnType<typeof offlineGenerator>) => {
      let text = '';
      for await (const piece of generator.backstory(request, new AbortController().signal)) text += piece;
      return text;
    };
    const fresh = offlineGenerator({ delayMs: 0 });
    expect(await take(fresh)).not.toBe(await take(fresh));
    const seeded = offlineGenerator({ delayMs: 0, seed: 's' });
    expect(await take(seeded)).toBe(await take(seeded));
  });

  it('streams the written backstory and stops when aborted', async () => {
    const generator = offlineGenerator({ delayMs: 0, seed: 'test' });
    const request = { inputText: 'Rogue AI aboard a mining station; curious, lonely', charName: 'Unit 7' };
    let text = '';
    for await (const piece of generator.backstory(request, new AbortController().signal)) text += piece;
    expect(text).toBe(composeBackstory(request, { seed: 'test' }));

    const abort = new AbortController();
    let pieces = 0;
    for await (const _piece of generator.backstory(request, abort.signal)) {
      pieces += 1;
      if (pieces === 3) abort.abort();
    }
    expect(pieces).toBe(3);
  });
});
