import type { FoundPassage, KnowledgeStore } from '../db/knowledge';
import { ftsQuery, searchTerms, stemOf } from './search-terms';

/**
 * The passages of the character's ready documents that answer what the player said, best first, at
 * most `limit`. The full-text search ranks candidates; a candidate is kept only when it holds at
 * least half of the words looked up (two, for a long question), so that a passage sharing one
 * common word with the question does not pass for an answer.
 */
export function findPassages(store: KnowledgeStore, characterId: string, userText: string, limit: number): FoundPassage[] {
  const terms = searchTerms(userText);
  const query = ftsQuery(terms);
  if (!query || limit <= 0) return [];
  const stems = terms.map(stemOf);
  const needed = Math.min(Math.ceil(stems.length / 2), 2);
  return store
    .search(characterId, query, limit * 4)
    .filter((passage) => {
      const text = passage.text.toLowerCase();
      return stems.filter((word) => text.includes(word)).length >= needed;
    })
    .slice(0, limit);
}
