/**
 * The offline judge of narrative decisions: do the player's words meet a decision's criteria
 * ("The player agrees to help", "User asks about the paintings")? It reads meaning as far as it
 * honestly can without a model: the criteria's intent (agreeing, refusing, greeting, leaving,
 * thanking) must be in the player's words and not negated, and otherwise at least half of the
 * criteria's content words must be, compared by their dictionary form (compromise) and by a small
 * table of synonyms. Words a criteria uses to frame itself ("the player says…") are not content.
 */
import path from 'node:path';
import nlp from 'compromise';
import { z } from 'zod';
import { readJsonFile } from '../lib/read-json-file';

const wordsSchema = z.object({
  framing: z.array(z.string()),
  stopwords: z.array(z.string()),
  negations: z.array(z.string()),
  intents: z.record(z.string(), z.object({ criteria: z.array(z.string()).min(1), player: z.array(z.string()).min(1) })),
  synonyms: z.array(z.array(z.string()).min(2)),
});

const WORDS = readJsonFile(path.join(import.meta.dirname, 'criteria-words.json'), wordsSchema, 'Criteria words');

/** Intents that cancel each other: "yes… no, never" agrees to nothing. */
const OPPOSITES: Readonly<Record<string, string>> = { affirm: 'deny', deny: 'affirm' };

const tokenize = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*|[?.,;:!]/gu) ?? [];

/** Where a clause ends: a negation before it does not reach past. */
const isBoundary = (token: string) => /^[.,;:!?]$/.test(token) || token === 'but';

const negations = new Set(WORDS.negations);
const isNegation = (token: string) => negations.has(token) || token.endsWith("n't");

/** A word's dictionary form ("paintings" → "painting", "asked" → "ask"), remembered. */
const lemmas = new Map<string, string>();
function lemma(word: string): string {
  let known = lemmas.get(word);
  if (known === undefined) {
    if (/^[a-z]+$/.test(word) && word.length > 3) {
      const doc = nlp(word);
      doc.compute('root');
      const root = doc.text('root').trim();
      known = /^[a-z]+$/.test(root) ? root : word;
    } else known = word;
    // The memory is bounded: criteria and players' words are many, but a word is cheap to read again.
    if (lemmas.size > 20_000) lemmas.clear();
    lemmas.set(word, known);
  }
  return known;
}

/** A light stem beside the lemma, for forms the dictionary does not know ("xelians" and "xelian"). */
const stem = (word: string) => (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

type Phrase = { tokens: string[]; concept: string };

/** Multi-word synonyms and intent phrases, longest first (a longer phrase is read before its parts). */
const byLength = (a: Phrase, b: Phrase) => b.tokens.length - a.tokens.length;

const synonymOf = new Map<string, string>();
const synonymPhrases: Phrase[] = [];
for (const group of WORDS.synonyms) {
  const concept = `~${group[0]}`;
  for (const entry of group) {
    const tokens = tokenize(entry);
    if (tokens.length === 1) {
      synonymOf.set(tokens[0], concept);
      synonymOf.set(lemma(tokens[0]), concept);
    } else if (tokens.length > 1) synonymPhrases.push({ tokens, concept });
  }
}
synonymPhrases.sort(byLength);

const intentPhrases: Phrase[] = Object.entries(WORDS.intents)
  .flatMap(([intent, words]) => words.player.map((phrase) => ({ tokens: tokenize(phrase), concept: intent })))
  .sort(byLength);
const criteriaIntent = new Map<string, string>();
for (const [intent, words] of Object.entries(WORDS.intents)) {
  for (const word of words.criteria) criteriaIntent.set(lemma(word), intent);
}

const framing = new Set(WORDS.framing.flatMap((word) => [word, lemma(word)]));
const stopwords = new Set(WORDS.stopwords);

const conceptOf = (token: string) => {
  if (token === '?') return '~question';
  return synonymOf.get(token) ?? synonymOf.get(lemma(token)) ?? stem(lemma(token));
};

/** Where `phrase` starts in `tokens` at a position none of whose tokens is taken yet; -1 when nowhere. */
function findPhrase(tokens: string[], taken: boolean[], phrase: string[]): number {
  outer: for (let start = 0; start + phrase.length <= tokens.length; start += 1) {
    for (let offset = 0; offset < phrase.length; offset += 1) {
      if (taken[start + offset] || tokens[start + offset] !== phrase[offset]) continue outer;
    }
    return start;
  }
  return -1;
}

/** Whether a negation stands up to four words before `at` in the same clause ("not ready", "do not care about paintings"). */
function negatedAt(tokens: string[], at: number): boolean {
  for (let before = at - 1; before >= Math.max(0, at - 4); before -= 1) {
    if (isBoundary(tokens[before])) return false;
    if (isNegation(tokens[before])) return true;
  }
  return false;
}

type Reading = { intents: Set<string>; concepts: Set<string> };

/** What the player said, as intents and content concepts; a negated one is not said. */
function readPlayer(text: string): Reading {
  const tokens = tokenize(text);
  const taken = tokens.map(() => false);
  const intents = new Set<string>();
  const concepts = new Set<string>();
  const take = (phrases: Phrase[], into: Set<string>, negatable: (concept: string) => boolean) => {
    for (const phrase of phrases) {
      for (let at = findPhrase(tokens, taken, phrase.tokens); at >= 0; at = findPhrase(tokens, taken, phrase.tokens)) {
        for (let offset = 0; offset < phrase.tokens.length; offset += 1) taken[at + offset] = true;
        if (!(negatable(phrase.concept) && negatedAt(tokens, at))) into.add(phrase.concept);
      }
    }
  };
  // A refusal is not undone by a negation before it ("no, never"); everything else is.
  take(intentPhrases, intents, (intent) => intent !== 'deny');
  take(synonymPhrases, concepts, () => true);
  tokens.forEach((token, at) => {
    if (taken[at] || stopwords.has(token) || isNegation(token) || (isBoundary(token) && token !== '?')) return;
    if (!negatedAt(tokens, at)) concepts.add(conceptOf(token));
  });
  return { intents, concepts };
}

type Criteria = { intents: Set<string>; concepts: Set<string> };

const criteriaMemory = new Map<string, Criteria>();

/** What a criteria asks for: intents, and the content concepts beside its framing words. */
function readCriteria(criteria: string): Criteria {
  const known = criteriaMemory.get(criteria);
  if (known) return known;
  const tokens = tokenize(criteria);
  const taken = tokens.map(() => false);
  const intents = new Set<string>();
  const concepts = new Set<string>();
  for (const phrase of synonymPhrases) {
    for (let at = findPhrase(tokens, taken, phrase.tokens); at >= 0; at = findPhrase(tokens, taken, phrase.tokens)) {
      for (let offset = 0; offset < phrase.tokens.length; offset += 1) taken[at + offset] = true;
      concepts.add(phrase.concept);
    }
  }
  tokens.forEach((token, at) => {
    if (taken[at]) return;
    const intent = criteriaIntent.get(token) ?? criteriaIntent.get(lemma(token));
    // "does not agree" asks for a refusal.
    if (intent) intents.add(negatedAt(tokens, at) ? (OPPOSITES[intent] ?? intent) : intent);
    else if (!stopwords.has(token) && !isNegation(token) && !isBoundary(token) && !framing.has(token) && !framing.has(lemma(token))) {
      concepts.add(conceptOf(token));
    }
  });
  const read = { intents, concepts };
  if (criteriaMemory.size > 5_000) criteriaMemory.clear();
  criteriaMemory.set(criteria, read);
  return read;
}

function meets(player: Reading, criteria: Criteria): boolean {
  if (criteria.intents.size > 0) {
    // An intent is the point of such a criteria: "agrees to help" is met by "Sure", in answer to the
    // character's request; it is not met by "Sure… no, never".
    return [...criteria.intents].every((intent) => player.intents.has(intent) && !player.intents.has(OPPOSITES[intent] ?? ''));
  }
  if (criteria.concepts.size === 0) return false;
  let found = 0;
  for (const concept of criteria.concepts) if (player.concepts.has(concept)) found += 1;
  return found * 2 >= criteria.concepts.size;
}

/** Whether the player's words meet a decision's criteria (offline: see the top of this file). */
export function meetsCriteria(playerText: string, criteria: string): boolean {
  return meets(readPlayer(playerText), readCriteria(criteria));
}

/** The index of the first criteria the player's words meet, or null when none is met. */
export function firstCriteriaMet(playerText: string, criteria: readonly string[]): number | null {
  const player = readPlayer(playerText);
  const index = criteria.findIndex((one) => one.trim() !== '' && meets(player, readCriteria(one)));
  return index < 0 ? null : index;
}
