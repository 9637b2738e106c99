import type { Passage } from '@contract/schemas/knowledge';
import { searchable } from '@/lib/text';

/** The positions of the passages holding the query (case and accents ignored), in reading order. */
export function findInPassages(passages: readonly Passage[], query: string): number[] {
  const needle = searchable(query.trim());
  if (!needle) return [];
  const found: number[] = [];
  passages.forEach((passage, position) => {
    if (searchable(passage.text).includes(needle)) found.push(position);
  });
  return found;
}
