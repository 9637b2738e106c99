/**
 * Automatic checks for the defects a reader notices at once in an offline backstory or reply: the
 * input pasted where it does not fit, article and number errors, stated facts lost, fragments,
 * third-person verbs after "I", narrator lines in speech, and phrases repeated across outputs.
 * Each check returns what it found (empty when the text is clean), to be read in a failing test.
 */

import nlp from 'compromise';
import { indefiniteArticle, sentencesOf } from '../render';
import { escapeRegExp } from '../../../lib/escape-regexp';

export type CorpusEntry = {
  name: string;
  text: string;
  expect: { place?: string; trade?: string; pronoun?: 'she' | 'he' | 'they' | 'it' };
};

type Term = { text: string; normal: string; tags: Set<string>; post: string };

function terms(text: string): Term[][] {
  const sentences = nlp(text).json({ terms: { tags: true, normal: true } }) as Array<{
    terms: Array<{ text: string; normal: string; post: string; tags: string[] }>;
  }>;
  return sentences.map((sentence) =>
    sentence.terms.map((term) => ({ text: term.text, normal: term.normal, post: term.post, tags: new Set(term.tags) })),
  );
}

/** "a books", "an clock", "a walter repairs", "a she": an article before what cannot follow it. */
export function articleErrors(text: string): string[] {
  const found: string[] = [];
  for (const sentence of terms(text)) {
    sentence.forEach((term, index) => {
      if (term.normal !== 'a' && term.normal !== 'an') return;
      if (/[,;:.]/.test(term.post)) return;
      const next = sentence[index + 1];
      if (!next) return;
      const pair = `${term.text} ${next.text}`;
      if (
        /^(?:few|lot|little|dozen|hundred|thousand|couple|number|bit|great|good|kind|sort|means|series|pair|third|quarter|half|crossroads|species|barracks|headquarters|news|gallows|works)$/i.test(
          next.normal,
        )
      )
        return;
      if (
        next.tags.has('Pronoun') ||
        (next.tags.has('Verb') &&
          next.tags.has('PresentTense') &&
          !next.tags.has('Infinitive') &&
          !next.tags.has('Gerund') &&
          !next.tags.has('Noun'))
      ) {
        found.push(`${pair} (an article before a ${next.tags.has('Pronoun') ? 'pronoun' : 'verb'})`);
      } else if (
        next.tags.has('Plural') &&
        /[^s]s$/.test(next.normal) &&
        !/(?:us|is|ics|ous)$/.test(next.normal) &&
        !next.tags.has('Adjective') &&
        !next.tags.has('Possessive')
      ) {
        found.push(`${pair} (an article before a plural)`);
      }
      if (
        /^[\p{L}\d]/u.test(next.text) &&
        indefiniteArticle(next.text) !== term.normal &&
        !/^(?:u[a-z]|eu|one|hour|honest|heir|x)/i.test(next.text)
      ) {
        found.push(`${pair} (should be "${indefiniteArticle(next.text)}")`);
      }
    });
  }
  return found;
}

/** Sentences with no verb at all, or a verbless tail glued on after a colon or a dash. */
export function fragments(text: string): string[] {
  const found: string[] = [];
  for (const sentence of sentencesOf(text)) {
    if (sentence.split(/\s+/).length < 3) continue;
    const hasVerb = (text: string) =>
      terms(text)
        .flat()
        .some((term) => term.tags.has('Verb') || term.tags.has('Copula') || term.tags.has('Modal'));
    // The tagger reads some verbs after an unfamiliar name as nouns ("Hamid Rezaei haggles"): try "She" for the name.
    // "She still herds better than the young dogs": the tagger reads "herds" as a noun; after a subject it is a verb.
    const afterSubject = /^(?:She|He|They|It|I)\s+(?:still|never|always|often|also|now|rarely|only)\s+([a-z]+s)\b/.exec(sentence)?.[1];
    const verbAfterSubject = afterSubject !== undefined && terms(`she ${afterSubject}`).flat()[1]?.tags.has('Verb') === true;
    if (!verbAfterSubject && !hasVerb(sentence) && !hasVerb(sentence.replace(/^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}/u, 'She '))) {
      // A line of speech or a quoted phrase may be verbless on purpose.
      if (!/["“]/.test(sentence)) found.push(`no verb: ${sentence}`);
      continue;
    }
    const tail = /[:;—]\s*([^:;—]+)$/.exec(sentence)?.[1];
    // A deliberate list after a colon ("damp stone, woodsmoke and something sweet") is style, not a leftover.
    if (tail && tail.split(/\s+/).length <= 6 && !/["“]/.test(tail) && !/,|\band\b/.test(tail)) {
      const tailTerms = terms(tail).flat();
      if (!tailTerms.some((term) => term.tags.has('Verb') || term.tags.has('Copula'))) found.push(`verbless tail: ${sentence}`);
    }
  }
  return found;
}

/** Leftovers of templates: tokens, "undefined", doubled spaces or punctuation, an uncapitalised sentence. */
export function templateLeftovers(text: string): string[] {
  const found: string[] = [];
  if (/[{}]/.test(text)) found.push('a template token');
  if (/\bundefined\b|\bnull\b|\bNaN\b/.test(text)) found.push('undefined/null');
  if (/ {2}|\.\.(?!\.)|,,|\s[,.;:]/.test(text)) found.push('doubled spacing or punctuation');
  for (const sentence of sentencesOf(text)) if (/^["“‘(]?\p{Ll}/u.test(sentence)) found.push(`lower-case start: ${sentence.slice(0, 40)}`);
  return found;
}

/** What the description stated that the backstory must keep: the place and the trade, verbatim. */
export function lostFacts(text: string, entry: CorpusEntry): string[] {
  const found: string[] = [];
  if (entry.expect.place && !text.includes(entry.expect.place)) found.push(`place "${entry.expect.place}" missing`);
  if (entry.expect.trade && !text.toLowerCase().includes(entry.expect.trade.toLowerCase()))
    found.push(`trade "${entry.expect.trade}" missing`);
  return found;
}

/** The pronoun the text uses for its subject most, counted at the starts of clauses. */
export function wrongPronoun(text: string, entry: CorpusEntry): string[] {
  const expected = entry.expect.pronoun;
  if (!expected) return [];
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  const counts = {
    she: count(/\b(?:she|her|hers|herself)\b/gi),
    he: count(/\b(?:he|him|his|himself)\b/gi),
    they: count(/\b(?:they|them|their|theirs|themselves)\b/gi),
    it: count(/\b(?:its|itself)\b/gi),
  };
  const most = (Object.entries(counts) as Array<[keyof typeof counts, number]>).sort((a, b) => b[1] - a[1])[0];
  if (most[1] === 0) return [];
  if (expected === 'it') return counts.she + counts.he > counts.it ? [`expected "it", the text says "she"/"he" more`] : [];
  return most[0] === expected ? [] : [`expected "${expected}", the text mostly says "${most[0]}"`];
}

const NOT_THIRD_PERSON = new Set([
  'miss',
  'pass',
  'guess',
  'kiss',
  'dress',
  'bless',
  'cross',
  'press',
  'focus',
  'discuss',
  'express',
  'possess',
  'confess',
  'was',
  'always',
  'process',
  'toss',
  'boss',
  'address',
  'stress',
  'access',
  'harass',
  'assess',
  'dismiss',
  'obsess',
  'bias',
  'canvas',
]);

/** "I has", "I keeps", "I is": a verb that agrees with someone else after "I". */
export function firstPersonErrors(reply: string): string[] {
  const found: string[] = [];
  for (const match of reply.matchAll(
    /\bI\s+(?:(?:still|never|always|often|also|only|just|rarely|now|even|really|usually|sometimes|quietly|secretly)\s+)?([a-z']+)/g,
  )) {
    const verb = match[1];
    if (/^(?:is|has|does|isn't|hasn't|doesn't|are|were)$/.test(verb)) found.push(match[0]);
    else if (/[^s]s$/.test(verb) && !NOT_THIRD_PERSON.has(verb)) {
      const conjugated = nlp(`she ${verb}`).verbs().conjugate() as Array<{ Infinitive?: string; PresentTense?: string }>;
      if (conjugated[0]?.PresentTense === verb && conjugated[0]?.Infinitive !== verb) found.push(match[0]);
    }
  }
  return found;
}

/** A narrator's line spoken aloud: the character's own name as the subject of a sentence. */
export function narratorLines(reply: string, name: string): string[] {
  const first = name.trim().split(/\s+/)[0];
  if (!first || first.length < 2) return [];
  const escaped = escapeRegExp(first);
  const pattern = new RegExp(`\\b${escaped}(?:'s)?\\s+(?:is|was|has|had|will|would|can|[a-z]+s)\\b`);
  return pattern.test(reply) ? [`speaks of ${first} in the third person: ${reply}`] : [];
}

/** Six-word phrases (lower case) with the number of outputs each appears in. */
export function sharedPhrases(outputs: Array<{ text: string; name: string }>, size = 6): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text } of outputs) {
    const words = text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
    const seen = new Set<string>();
    for (let index = 0; index + size <= words.length; index++) seen.add(words.slice(index, index + size).join(' '));
    for (const phrase of seen) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  return counts;
}
