import type { CharacterSummary } from '@contract/character';
import { searchable } from '@/lib/text';

export const sortOptions = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'name', label: 'Name, A to Z' },
  { value: 'name-desc', label: 'Name, Z to A' },
] as const;

export type SortOrder = (typeof sortOptions)[number]['value'];

export const isSortOrder = (value: string | null): value is SortOrder => sortOptions.some((option) => option.value === value);

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * `rank` is the position in the API's list (newest first): it orders characters created in the
 * same second. `key`, the searchable name, is worked out on the first search, not before.
 */
export type IndexedCharacter = { character: CharacterSummary; key: string | null; time: string; rank: number };

export function indexCharacters(characters: CharacterSummary[]): IndexedCharacter[] {
  return characters.map((character, rank) => ({ character, key: null, time: character.timestamp ?? '', rank }));
}

/** The characters in the chosen order, ready for filtering (sorted once per order, not per keystroke). */
export function sortCharacters(index: IndexedCharacter[], sort: SortOrder): IndexedCharacter[] {
  // Oldest first; timestamps have whole seconds, so ties fall back to the API's newest-first order.
  const byTime = (a: IndexedCharacter, b: IndexedCharacter) => (a.time < b.time ? -1 : a.time > b.time ? 1 : b.rank - a.rank);
  const byName = (a: IndexedCharacter, b: IndexedCharacter) =>
    collator.compare(a.character.character_name, b.character.character_name) || byTime(b, a);
  const sorted = index.slice();
  switch (sort) {
    case 'newest':
      // The API lists newest first already: check that in one pass before sorting.
      return isOrdered(index, (a, b) => byTime(b, a)) ? sorted : sorted.sort((a, b) => byTime(b, a));
    case 'oldest':
      return sorted.sort(byTime);
    case 'name':
      return sorted.sort(byName);
    case 'name-desc':
      return sorted.sort((a, b) => byName(b, a));
  }
}

function isOrdered<T>(items: T[], compare: (a: T, b: T) => number): boolean {
  for (let index = 1; index < items.length; index += 1) if (compare(items[index - 1], items[index]) > 0) return false;
  return true;
}

/** The last search in each ordering: a query that extends it only has to look among its matches. */
const lastSearch = new WeakMap<IndexedCharacter[], { needle: string; matches: IndexedCharacter[] }>();

/** The characters whose name contains the query (case and accents ignored), in the given order. */
export function filterCharacters(ordered: IndexedCharacter[], query: string): CharacterSummary[] {
  const needle = searchable(query.trim());
  if (!needle) return ordered.map((entry) => entry.character);
  // Every name that contains "anna" contains "ann": typing on narrows the last matches, not the list.
  const last = lastSearch.get(ordered);
  const pool = last && needle.includes(last.needle) ? last.matches : ordered;
  const matches = pool.filter((entry) => (entry.key ??= searchable(entry.character.character_name)).includes(needle));
  lastSearch.set(ordered, { needle, matches });
  return matches.map((entry) => entry.character);
}
