import { describe, expect, it } from 'vitest';
import { diffBackstory, foldUnchanged, type TextPart } from './backstory-diff';

// diffWords compares words and keeps whitespace "as far as possible": the words rebuild each text exactly.
const words = (text: string) => text.replace(/\s+/g, '');
const beforeOf = (parts: TextPart[]) =>
  words(
    parts
      .filter((part) => !part.added)
      .map((part) => part.value)
      .join(''),
  );
const afterOf = (parts: TextPart[]) =>
  words(
    parts
      .filter((part) => !part.removed)
      .map((part) => part.value)
      .join(''),
  );

/** A long text from a few common words, so that two of them share many words in different places. */
function prose(seed: number, length: number): string {
  const words = ['the', 'of', 'lamp', 'keeper', 'gull', 'storm', 'harbour', 'night', 'lantern', 'wick', 'oil', 'salt', 'tide', 'bell'];
  let state = seed;
  const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
  let text = '';
  while (text.length < length)
    text += words[Math.floor(next() * words.length)] + (next() < 0.1 ? '.' : '') + (next() < 0.02 ? '\n\n' : ' ');
  return text.slice(0, length);
}

describe('diffBackstory', () => {
  it('marks the words inserted and deleted', () => {
    const parts = diffBackstory('Odile keeps the lamp burning.', 'Odile keeps the old lamp lit.');
    expect(parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['old', 'lit']);
    expect(parts.filter((part) => part.removed).map((part) => part.value.trim())).toEqual(['burning']);
  });

  it('two unrelated 20,000-character backstories: a diff that holds the words of both, in well under a second', () => {
    const before = prose(1, 20_000);
    const after = prose(2, 20_000);
    const started = performance.now();
    const parts = diffBackstory(before, after);
    const took = performance.now() - started;
    console.log(`diff of two unrelated 20,000-character backstories: ${took.toFixed(0)} ms, ${parts.length} parts`);
    expect(beforeOf(parts)).toBe(words(before));
    expect(afterOf(parts)).toBe(words(after));
    expect(took).toBeLessThan(1_000);
  });

  it('a 20,000-character backstory edited here and there: word by word', () => {
    const before = prose(3, 20_000);
    const after = before.replace(/lantern/g, 'beacon').slice(0, 19_000) + ' and a new ending';
    const parts = diffBackstory(before, after);
    expect(beforeOf(parts)).toBe(words(before));
    expect(afterOf(parts)).toBe(words(after));
    expect(parts.filter((part) => part.added).some((part) => part.value.includes('beacon'))).toBe(true);
  });

  it('a change of spacing only is no change of words', () => {
    expect(diffBackstory('One.\n\nTwo.', 'One. Two.').some((part) => part.added || part.removed)).toBe(false);
  });
});

describe('foldUnchanged', () => {
  it('folds long kept stretches, keeping context around each change and whole words', () => {
    const kept = prose(4, 3_000);
    const parts: TextPart[] = [
      { value: kept, added: false, removed: false },
      { value: 'new ', added: true, removed: false },
      { value: kept, added: false, removed: false },
    ];
    const shown = foldUnchanged(parts);
    expect(shown.map((item) => item.kind)).toEqual(['fold', 'part', 'part', 'part', 'fold']);
    // Nothing is lost: the folds and the parts shown make the text again.
    const text = shown.map((item) => (item.kind === 'fold' ? item.hidden : item.part.value)).join('');
    expect(text).toBe(`${kept}new ${kept}`);
    // Each fold starts and ends between words, with at least 200 characters of context kept beside the change.
    shown.forEach((item, index) => {
      if (item.kind !== 'fold') return;
      const before = shown[index - 1];
      const after = shown[index + 1];
      if (before?.kind === 'part') expect(/\S/.test(before.part.value.at(-1) ?? '') && /\S/.test(item.hidden[0])).toBe(false);
      if (after?.kind === 'part') expect(/\S/.test(item.hidden.at(-1) ?? '') && /\S/.test(after.part.value[0])).toBe(false);
    });
    const [, tail, , head] = shown;
    expect(tail.kind === 'part' && tail.part.value.length >= 200).toBe(true);
    expect(head.kind === 'part' && head.part.value.length >= 200).toBe(true);
  });

  it('leaves short kept text alone', () => {
    const parts: TextPart[] = [
      { value: 'Odile keeps ', added: false, removed: false },
      { value: 'the ', added: false, removed: true },
    ];
    expect(foldUnchanged(parts)).toEqual(parts.map((part) => ({ kind: 'part', part })));
  });
});
