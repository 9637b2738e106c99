import type { Character } from '@/api/contract';
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

/** `rank` is the position in the API's list (newest first): it orders characters created in the same second. */
export type IndexedCharacter = { character: Character; key: string; rank: number };

/** Prepares a list for repeated searching: the normalised name is computed once per character. */
export function indexCharacters(characters: Character[]): IndexedCharacter[] {
  return characters.map((character, rank) => ({ character, key: searchable(character.character_name), rank }));
}

/** The characters whose name contains the query (case and accents ignored), in the chosen order. */
export function filterCharacters(index: IndexedCharacter[], query: string, sort: SortOrder): Character[] {
  const needle = searchable(query.trim());
  const matches = needle ? index.filter((entry) => entry.key.includes(needle)) : index.slice();
  // Oldest first; timestamps have whole seconds, so ties fall back to the API's newest-first order.
  const byTime = (a: IndexedCharacter, b: IndexedCharacter) =>
    a.character.timestamp < b.character.timestamp ? -1 : a.character.timestamp > b.character.timestamp ? 1 : b.rank - a.rank;
  const byName = (a: IndexedCharacter, b: IndexedCharacter) =>
    collator.compare(a.character.character_name, b.character.character_name) || byTime(b, a);
  switch (sort) {
    case 'newest':
      matches.sort((a, b) => byTime(b, a));
      break;
    case 'oldest':
      matches.sort(byTime);
      break;
    case 'name':
      matches.sort(byName);
      break;
    case 'name-desc':
      matches.sort((a, b) => byName(b, a));
      break;
  }
  return matches.map((entry) => entry.character);
}
