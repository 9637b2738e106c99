import type { Exchange } from '@contract/schemas/conversation';
import { searchable } from '@/lib/text';

/** Which side of an exchange a message is: the player's turn (0) or the character's (1). */
export type Turn = 0 | 1;

export type Match = { exchange: number; turn: Turn };

/** The player's and the character's message of an exchange (the API lists them by speaker). */
export function turnsOf(exchange: Exchange): [string, string] {
  const user =
    exchange.interaction.find((turn) => turn.speaker.toLowerCase() === 'user')?.message ?? exchange.interaction[0]?.message ?? '';
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

/**
 * The messages that hold a query, in reading order. Kept as numbers (exchange × 2 + turn) rather
 * than one object per match: a one-letter query matches tens of thousands of messages, and those
 * objects would keep the garbage collector busy while the user types.
 */
export class Matches {
  constructor(private readonly codes: Int32Array) {}

  get length(): number {
    return this.codes.length;
  }

  at(position: number): Match {
    const code = this.codes[position];
    return { exchange: code >> 1, turn: (code & 1) as Turn };
  }

  /** The position of the first match in `exchange` or after it; -1 when there is none. */
  firstFrom(exchange: number): number {
    let low = 0;
    let high = this.codes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.codes[middle] >> 1 < exchange) low = middle + 1;
      else high = middle;
    }
    return low < this.codes.length ? low : -1;
  }

  toArray(): Match[] {
    return Array.from({ length: this.length }, (_, position) => this.at(position));
  }

  /** The matches that also hold a longer needle (a query typed on). */
  narrow(index: Array<[string, string]>, needle: string): Matches {
    const kept = new Int32Array(this.codes.length);
    let count = 0;
    for (const code of this.codes) if (index[code >> 1][code & 1].includes(needle)) kept[count++] = code;
    return new Matches(kept.slice(0, count));
  }

  static search(index: Array<[string, string]>, needle: string): Matches {
    const found = new Int32Array(index.length * 2);
    let count = 0;
    index.forEach(([user, character], exchange) => {
      if (user.includes(needle)) found[count++] = exchange * 2;
      if (character.includes(needle)) found[count++] = exchange * 2 + 1;
    });
    return new Matches(found.slice(0, count));
  }
}

const noMatches = new Matches(new Int32Array(0));

/** The last find in each transcript: a query that extends it only has to look among its matches. */
const lastFind = new WeakMap<Array<[string, string]>, { needle: string; matches: Matches }>();

/** Every message holding the query (case and accents ignored), in reading order. */
export function findInTranscript(index: Array<[string, string]>, query: string): Matches {
  const needle = searchable(query.trim());
  if (!needle) return noMatches;
  const last = lastFind.get(index);
  // Every message holding "harbour" holds "harb": typing on narrows the last matches.
  const matches = last && needle.includes(last.needle) ? last.matches.narrow(index, needle) : Matches.search(index, needle);
  lastFind.set(index, { needle, matches });
  return matches;
}
