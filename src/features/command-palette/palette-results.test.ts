import { describe, expect, it } from 'vitest';
import { orderedIds, paletteResults } from './palette-results';

const characters = [
  { id: 'c1', name: 'Osric Tallow' },
  { id: 'c2', name: 'Lena Whitcombe' },
  { id: 'c3', name: 'Zoé Marchetti' },
  { id: 'c4', name: 'Magdalena Ruiz' },
];
const characterPages = [
  { key: 'sessions', label: 'Sessions' },
  { key: 'history', label: 'History' },
];
const pages = [
  { id: 'page:characters', label: 'Characters' },
  { id: 'page:backstory', label: 'Backstory generator' },
];
const actions = [
  { id: 'action:new', label: 'New character' },
  { id: 'action:theme', label: 'Switch to the dark theme', keywords: 'appearance colours' },
];
const results = (query: string) => paletteResults(query, { characters, characterPages, pages, actions });

describe('paletteResults', () => {
  it('finds a character by part of its name, a name starting with the words first', () => {
    expect(results('lena').characters.map((entry) => entry.label)).toEqual(['Lena Whitcombe', 'Magdalena Ruiz']);
    expect(results('whit').characters.map((entry) => entry.label)).toEqual(['Lena Whitcombe']);
    expect(results('LENA WHIT').characters.map((entry) => entry.label)).toEqual(['Lena Whitcombe']);
  });

  it('ignores accents', () => {
    expect(results('zoe').characters.map((entry) => entry.id)).toEqual(['character:c3']);
  });

  it("offers a character's pages when its name is typed, and narrows them by the page's name", () => {
    expect(results('osric').characterPages.map((entry) => entry.id)).toEqual(['character-page:c1:sessions', 'character-page:c1:history']);
    const sessions = results('osric sessions');
    expect(sessions.characters).toEqual([]);
    expect(sessions.characterPages).toEqual([{ id: 'character-page:c1:sessions', label: 'Sessions', detail: 'Osric Tallow' }]);
  });

  it("does not list every character's pages for a page's name alone", () => {
    expect(results('sessions').characterPages).toEqual([]);
  });

  it('finds pages and actions by their labels and keywords', () => {
    expect(results('back').pages.map((entry) => entry.id)).toEqual(['page:backstory']);
    expect(results('colours').actions.map((entry) => entry.id)).toEqual(['action:theme']);
    expect(results('new char').actions.map((entry) => entry.id)).toEqual(['action:new']);
  });

  it('lists everything but the pages of characters when nothing is typed, characters first', () => {
    const all = results('  ');
    expect(all.characterPages).toEqual([]);
    expect(orderedIds(all)).toEqual([
      'character:c1',
      'character:c2',
      'character:c3',
      'character:c4',
      'page:characters',
      'page:backstory',
      'action:new',
      'action:theme',
    ]);
  });

  it('answers nothing for words nothing holds', () => {
    expect(orderedIds(results('xyzzy'))).toEqual([]);
  });
});
