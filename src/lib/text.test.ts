import { describe, expect, it } from 'vitest';
import { excerpt, highlightParts, initialsOf, plural, searchable } from './text';

describe('searchable', () => {
  it('ignores case and accents', () => {
    expect(searchable('Élodie Brûlé')).toBe('elodie brule');
  });
});

describe('initialsOf', () => {
  it.each([
    ['Mara Quill', 'MQ'],
    ['Bartholomew', 'B'],
    ['Captain Ines de la Vega', 'CV'],
    ['HAL-9000', 'H9'],
    ['  ', '?'],
    ['😀 Smile', '😀S'],
    ['Captain Ilse Varga (2)', 'CV'],
    ['“Red” Mara', 'RM'],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('highlightParts', () => {
  it('marks each occurrence, keeping the original case', () => {
    expect(highlightParts('A fossil, FOSSILS.', 'fossil')).toEqual([
      { text: 'A ', match: false },
      { text: 'fossil', match: true },
      { text: ', ', match: false },
      { text: 'FOSSIL', match: true },
      { text: 'S.', match: false },
    ]);
  });

  it('matches across accents', () => {
    expect(highlightParts('Un café noir', 'cafe').filter((part) => part.match)).toEqual([{ text: 'café', match: true }]);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole, on one line', () => {
    expect(excerpt('The Harbour Bell\nwas cast in 1742.')).toBe('The Harbour Bell was cast in 1742.');
  });

  it('cuts a long text at a word, without the punctuation before the cut', () => {
    expect(excerpt('The Harbour Bell of Saltmere, cast in 1742 by Ottilie Brandt, rang for every ship.', 40)).toBe(
      'The Harbour Bell of Saltmere, cast in…',
    );
    expect(excerpt('Harbour, bell', 9)).toBe('Harbour…');
  });
});

describe('plural', () => {
  it('says a count with its noun, singular for one and with thousands separated', () => {
    expect(plural(1, 'card')).toBe('1 card');
    expect(plural(0, 'card')).toBe('0 cards');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(plural(1500, 'card')).toBe('1,500 cards');
  });
});
