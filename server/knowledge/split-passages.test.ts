import { describe, expect, it } from 'vitest';
import { splitPassages } from './split-passages';

describe('splitPassages', () => {
  it('joins short paragraphs up to about 600 characters, in reading order, losing no word', () => {
    const paragraphs = Array.from({ length: 30 }, (_, index) => `Paragraph ${index} says something about the harbour of Saltmere.`);
    const passages = splitPassages(paragraphs.join('\n\n'), 'text');
    expect(passages.length).toBe(3);
    expect(passages.every((passage) => passage.length <= 700)).toBe(true);
    expect(passages.join('\n\n')).toBe(paragraphs.join('\n\n'));
  });

  it('cuts a paragraph longer than 1,000 characters between sentences', () => {
    const sentence = 'The tide came in over the flats and the bell rang twice. ';
    const passages = splitPassages(sentence.repeat(60).trim(), 'text');
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) {
      expect(passage.length).toBeLessThanOrEqual(1_000);
      expect(passage).toMatch(/^The tide.*twice\.$/);
    }
  });

  it('cuts one endless sentence at spaces', () => {
    const words = Array.from({ length: 600 }, (_, index) => `word${index}`).join(' ');
    const passages = splitPassages(words, 'text');
    expect(passages.every((passage) => passage.length <= 1_000)).toBe(true);
    expect(passages.join(' ')).toBe(words);
  });

  it('starts every CSV passage with the header row', () => {
    const rows = Array.from({ length: 80 }, (_, index) => `Item ${index},${index} coppers`);
    const passages = splitPassages(['item,price', ...rows].join('\n'), 'csv');
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) expect(passage.startsWith('item,price\n')).toBe(true);
    expect(passages.flatMap((passage) => passage.split('\n').slice(1))).toEqual(rows);
  });
});
