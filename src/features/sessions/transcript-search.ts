import type { Exchange } from '@/api/contract';
import { searchable } from '@/lib/text';

/** Which side of an exchange a message is: the player's turn (0) or the character's (1). */
export type Turn = 0 | 1;

export type Match = { exchange: number; turn: Turn };

/** The player's and the character's message of an exchange (the API lists them by speaker). */
export function turnsOf(exchange: Exchange): [string, string] {
  const user = exchange.interaction.find((turn) => turn.speaker.toLowerCase() === 'user')?.message ?? exchange.interaction[0]?.message ?? '';
  const character =
    exchange.interaction.find((turn) => turn.speaker.toLowerCase() !== 'user')?.message ?? exchange.interaction[1]?.message ?? '';
  return [user, character];
}

const indexes = new WeakMap<Exchange[], Array<[string, string]>>();

/** The messages of a transcript prepared for searching: lower-cased, accents stripped, once per transcript. */
export function indexTranscript(exchanges: Exchange[]): Array<[string, string]> {
  let index = indexes.get(exchanges);
  if (!index) {
    index = exchanges.map((exchange) => {
      const [user, character] = turnsOf(exchange);
      return [searchable(user), searchable(character)];
    });
    indexes.set(exchanges, index);
  }
  return index;
}

/** Every message holding the query (case and accents ignored), in reading order. */
export function findInTranscript(index: Array<[string, string]>, query: string): Match[] {
  const needle = searchable(query.trim());
  if (!needle) return [];
  const matches: Match[] = [];
  index.forEach(([user, character], exchange) => {
    if (user.includes(needle)) matches.push({ exchange, turn: 0 });
    if (character.includes(needle)) matches.push({ exchange, turn: 1 });
  });
  return matches;
}

/**
 * Splits a message around the query's occurrences, for highlighting. Matching ignores case and
 * accents, like the search; when the text's length changes under that folding, it falls back to
 * case-insensitive matching only.
 */
export function highlightParts(text: string, query: string): Array<{ text: string; match: boolean }> {
  const needle = query.trim();
  if (!needle) return [{ text, match: false }];
  const folded = searchable(text);
  const foldedNeedle = searchable(needle);
  const haystack = folded.length === text.length ? folded : text.toLowerCase();
  const target = folded.length === text.length ? foldedNeedle : needle.toLowerCase();
  const parts: Array<{ text: string; match: boolean }> = [];
  let from = 0;
  for (let at = haystack.indexOf(target); at !== -1 && target; at = haystack.indexOf(target, at + target.length)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + target.length), match: true });
    from = at + target.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}
