import { describe, expect, it } from 'vitest';
import { initialsOf, searchable } from './text';

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
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
