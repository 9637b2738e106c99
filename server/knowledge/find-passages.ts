import type { FoundPassage, KnowledgeStore } from '../db/knowledge';
import { ftsQuery, searchTerms, stemOf } from './search-terms';

/** How many matching passages a search ranks at most (the rarest word's are ranked whatever their number). */
const MATCHES_RANKED = 5_000;

/**
 * The passages of the character's ready documents that answer what the player said, best first, at
 * most `limit`. The full-text search ranks candidates; a candidate is kept only when it holds at
 * least half of the words looked up (two, for a long question), so that a passage sharing one
 * common word with the question does not pass for an answer.
 */
export function findPassages(store: KnowledgeStore, characterId: string, userText: string, limit: number): FoundPassage[] {
  const terms = searchTerms(userText);
  if (terms.length === 0 || limit <= 0 || !store.usesReadyDocuments(characterId)) return [];
  // The candidates come from the rarest words: a word in every other passage finds nothing in
  // particular, and ranking all its passages is what makes a search slow.
  const counted = terms
    .map((term) => ({ term, count: store.matchCount(ftsQuery([term]) ?? '') }))
    .filter((term) => term.count > 0)
    .sort((a, b) => a.count - b.count);
  const looked: string[] = [];
  let matches = 0;
  for (const { term, count } of counted) {
    if (looked.length > 0 && matches + count > MATCHES_RANKED) break;
    looked.push(term);
    matches += count;
  }
  // Every word common: the passages holding the two rarest together (fewer, and more to the point).
  const query =
    matches > MATCHES_RANKED && counted.length > 1
      ? ftsQuery(
          counted.slice(0, 2).map((term) => term.term),
          'AND',
        )
      : ftsQuery(looked);
  if (!query) return [];
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
