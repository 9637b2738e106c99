import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../lib/read-json-file';

/** Words every question has, looked up in no document (apostrophes left out: "dont"). */
const stop = new Set(readJsonFile(path.join(import.meta.dirname, 'stop-words.json'), z.array(z.string()), 'Stop words'));

/**
 * The words of a question worth looking up: lower-case words and numbers, without the words every
 * question has ("what", "the", "you", "tell"), each once, in order.
 */
export function searchTerms(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const terms: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (stop.has(word) || terms.includes(word)) continue;
    terms.push(word);
  }
  return terms.slice(0, 24);
}

/** A word's stem, roughly: enough to see "casting" and "cast", "bells" and "bell" as one word. */
export const stemOf = (word: string) => word.replace(/(?:ing|ed|es|s)$/, '').slice(0, Math.max(4, word.length - 3)) || word;

/** An FTS5 query matching passages with any of the terms (or, with AND, all of them) (each quoted: no FTS5 syntax gets through). */
export function ftsQuery(terms: string[], operator: 'OR' | 'AND' = 'OR'): string | null {
  return terms.length === 0 ? null : terms.map((term) => `"${term.replaceAll('"', '')}"`).join(` ${operator} `);
}
