import { describe, expect, it } from 'vitest';
import type { CharacterSummary } from '@contract/character';
import {
  filterCharacters as filterOrdered,
  indexCharacters,
  sortCharacters,
  type IndexedCharacter,
  type SortOrder,
} from './filter-characters';

const filterCharacters = (index: IndexedCharacter[], query: string, sort: SortOrder) => filterOrdered(sortCharacters(index, sort), query);

const character = (name: string, timestamp: string) => ({ character_name: name, character_id: name, timestamp }) as CharacterSummary;
const index = indexCharacters([
  character('Élodie', '2024-01-02T00:00:00'),
  character('bram', '2025-05-05T00:00:00'),
  character('Agent 10', '2023-03-03T00:00:00'),
  character('Agent 9', '2026-01-01T00:00:00'),
]);
const names = (list: CharacterSummary[]) => list.map((c) => c.character_name);

describe('filterCharacters', () => {
  it('sorts by creation time both ways', () => {
    expect(names(filterCharacters(index, '', 'newest'))).toEqual(['Agent 9', 'bram', 'Élodie', 'Agent 10']);
    expect(names(filterCharacters(index, '', 'oldest'))).toEqual(['Agent 10', 'Élodie', 'bram', 'Agent 9']);
  });

  it('orders characters created in the same second as the API listed them (newest first)', () => {
    const sameSecond = indexCharacters([
      character('Third', '2024-01-01T00:00:00'),
      character('Second', '2024-01-01T00:00:00'),
      character('First', '2024-01-01T00:00:00'),
    ]);
    expect(names(filterCharacters(sameSecond, '', 'newest'))).toEqual(['Third', 'Second', 'First']);
    expect(names(filterCharacters(sameSecond, '', 'oldest'))).toEqual(['First', 'Second', 'Third']);
  });

  it('sorts names as people read them: case-blind, numbers by value', () => {
    expect(names(filterCharacters(index, '', 'name'))).toEqual(['Agent 9', 'Agent 10', 'bram', 'Élodie']);
    expect(names(filterCharacters(index, '', 'name-desc'))).toEqual(['Élodie', 'bram', 'Agent 10', 'Agent 9']);
  });

  it('matches part of a name, ignoring case and accents', () => {
    expect(names(filterCharacters(index, 'elo', 'name'))).toEqual(['Élodie']);
    expect(names(filterCharacters(index, ' AGENT ', 'name'))).toEqual(['Agent 9', 'Agent 10']);
    expect(filterCharacters(index, 'zzz', 'name')).toEqual([]);
  });

  it('gives the same answers while a query is typed, extended, shortened and changed', () => {
    const ordered = sortCharacters(index, 'name');
    const queries = ['a', 'ag', 'age', 'agent 1', 'agent', 'r', 'ra', 'bra', '', 'e', 'él', 'elo', 'o'];
    const expected = (query: string) =>
      names(ordered.map((entry) => entry.character)).filter((name) =>
        name
          .normalize('NFD')
          .replace(/\p{Diacritic}/gu, '')
          .toLowerCase()
          .includes(
            query
              .normalize('NFD')
              .replace(/\p{Diacritic}/gu, '')
              .toLowerCase(),
          ),
      );
    for (const query of queries) expect(names(filterOrdered(ordered, query)), query).toEqual(expected(query));
  });
});
