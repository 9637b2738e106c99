import { describe, expect, it } from 'vitest';
import { completeSentencesEnd, excerpt, highlightParts, initialsOf, plural, searchable } from './text';

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
const complete = (text: string, from = 0) => text.slice(from, completeSentencesEnd(text, from));

describe('completeSentencesEnd', () => {
  it('stops after the last sentence followed by a space, never inside one', () => {
    expect(complete('She sails at dawn. The harbour is cold and')).toBe('She sails at dawn.');
    expect(complete('Who knows? Nobody! Then she')).toBe('Who knows? Nobody!');
    expect(complete('No sentence ends here')).toBe('');
  });

  it('does not count an end mark at the very end: more may come', () => {
    expect(complete('She met Dr.')).toBe('');
    expect(complete('She sails at dawn.')).toBe('');
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(complete('She met Dr. Brandt at the docks. Then')).toBe('She met Dr. Brandt at the docks.');
    expect(complete('Cast by J. R. Brandt in 1742. It')).toBe('Cast by J. R. Brandt in 1742.');
  });

  it('keeps closing quotes with their sentence and ends at a blank line', () => {
    expect(complete('“Never again.” She left')).toBe('“Never again.”');
    expect(complete('A heading\n\nThen a')).toBe('A heading\n\n');
  });

  it('starts looking where the last announcement ended', () => {
    const text = 'One. Two. Three';
    const first = completeSentencesEnd(text);
    expect(text.slice(0, first)).toBe('One. Two.');
    expect(completeSentencesEnd(text, first)).toBe(first);
  });
});
