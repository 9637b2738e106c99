/** One thing the palette offers: a character, a page, or an action. */
export type PaletteEntry = {
  /** Unique among the entries: the palette's selection. */
  id: string;
  label: string;
  /** Words it is also found by ("dark", "theme"). */
  keywords?: string;
  /** Shown after the label, dimmer: the character a page belongs to. */
  detail?: string;
};

export type PaletteCharacter = { id: string; name: string };

/** A character's own pages, offered when a character's name is typed. */
export type CharacterPage = { key: string; label: string };

export type PaletteResults<Page extends PaletteEntry = PaletteEntry, Action extends PaletteEntry = PaletteEntry> = {
  characters: PaletteEntry[];
  pages: Page[];
  characterPages: PaletteEntry[];
  actions: Action[];
};

const MAX_CHARACTERS = 8;
const MAX_CHARACTER_PAGES = 12;

/** Lower case without accents, so "zoe" finds "Zoé". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const wordsOf = (query: string) => fold(query).split(/\s+/).filter(Boolean);

/**
 * How well `text` answers `words`: undefined when a word is missing from it, else lower for a
 * closer answer (the text starts with the first word, then a word of it does, then it merely
 * contains it).
 */
function rank(text: string, words: string[]): number | undefined {
  const folded = fold(text);
  if (!words.every((word) => folded.includes(word))) return undefined;
  const first = words[0] ?? '';
  if (folded.startsWith(first)) return 0;
  if (folded.split(/[\s\-_'’.]+/).some((part) => part.startsWith(first))) return 1;
  return 2;
}

function ranked<T>(items: readonly T[], text: (item: T) => string, words: string[], limit = Infinity): T[] {
  if (words.length === 0) return items.slice(0, limit);
  return items
    .map((item, order) => ({ item, order, rank: rank(text(item), words) }))
    .filter((entry): entry is { item: T; order: number; rank: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.item);
}

/** Entry ids are prefixed by kind, so a character can be told from a page of the same name. */
export const characterEntryId = (id: string) => `character:${id}`;
export const characterPageEntryId = (id: string, page: string) => `character-page:${id}:${page}`;

/**
 * What the palette shows for `query`: the characters whose names hold every word typed (closest
 * first, a few), the pages and actions likewise, and the pages of a character (sessions, history…)
 * when a word typed is in its name ("lena sessions"). With nothing typed, the pages, the actions and
 * the first characters.
 */
export function paletteResults<Page extends PaletteEntry, Action extends PaletteEntry>(
  query: string,
  {
    characters,
    characterPages,
    pages,
    actions,
  }: {
    characters: readonly PaletteCharacter[];
    characterPages: readonly CharacterPage[];
    pages: readonly Page[];
    actions: readonly Action[];
  },
): PaletteResults<Page, Action> {
  const words = wordsOf(query);
  const text = (entry: PaletteEntry) => `${entry.label} ${entry.keywords ?? ''}`;
  const foundCharacters = ranked(characters, (character) => character.name, words, MAX_CHARACTERS);

  const pagesOfCharacters: PaletteEntry[] = [];
  if (words.length > 0) {
    // Only characters named by one of the words: "sessions" alone would list every character's.
    const named = characters.filter((character) => words.some((word) => fold(character.name).includes(word)));
    const candidates = named.flatMap((character) =>
      characterPages.map((page) => ({
        id: characterPageEntryId(character.id, page.key),
        label: page.label,
        detail: character.name,
      })),
    );
    pagesOfCharacters.push(...ranked(candidates, (entry) => `${entry.detail} ${entry.label}`, words, MAX_CHARACTER_PAGES));
  }

  return {
    characters: foundCharacters.map((character) => ({ id: characterEntryId(character.id), label: character.name })),
    pages: ranked(pages, text, words),
    characterPages: pagesOfCharacters,
    actions: ranked(actions, text, words),
  };
}

/** The ids in the order the palette lists them: the first is selected as the query changes. */
export const orderedIds = (results: PaletteResults) =>
  [...results.characters, ...results.pages, ...results.characterPages, ...results.actions].map((entry) => entry.id);
