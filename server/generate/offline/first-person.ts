import nlp from 'compromise';
import type { PronounKey } from './pronouns';
import { escapeRegExp } from '../../lib/escape-regexp';

/**
 * Retells a sentence about the character as the character would say it: "Walter repairs clocks
 * and knows every regular" → "I repair clocks and know every regular"; "Her mother told her
 * nothing" → "My mother told me nothing". Verbs after the character as subject agree with "I",
 * and so do the verbs that share that subject further on ("…, keeps a board and knows…").
 */
export function firstPerson(sentence: string, name: string, pronoun: PronounKey): string {
  // The name stands in as one made-up word while the sentence is tagged: a tagger splits
  // "Jae-won" or "Mx." into pieces, and may read a name that is also a word ("Hope") as that word.
  const placeholders = nameForms(name).map((form, index) => ({ form: form.join(' '), mark: `Qzx${'abcdefgh'[index] ?? 'z'}name` }));
  let marked = sentence;
  for (const { form, mark } of placeholders)
    marked = marked.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'gu'), mark);
  const names = placeholders.map(({ mark }) => [mark]);
  const terms = tag(marked);
  const out: string[] = [];
  let subjectIsI = false;
  /** Whether "I" is the subject of the sentence's main clause (a clause within may have its own). */
  let mainSubjectIsI = false;
  /** Whether the "I" just found is the subject of a clause within ("what she wants", "the town she loves"). */
  let inClause = false;
  let iBeforeClause = false;
  for (let index = 0; index < terms.length; index++) {
    const term = terms[index];
    const lower = term.text.toLowerCase();
    const previous = terms[index - 1];
    const next = terms[index + 1];
    // The name, whole or in part: "Walter Brandt", "Walter", "Walter's".
    const nameLength = matchName(terms, index, names);
    if (nameLength > 0) {
      const last = terms[index + nameLength - 1];
      const possessive = /['’]s$/.test(last.text) || /^['’]s/.test(last.post);
      const asSubject = !possessive && isSubjectPosition(terms, index + nameLength);
      const word = possessive ? 'my' : asSubject ? 'I' : 'me';
      out.push(capitalLike(word, startsSentence(terms, index)) + last.post);
      subjectIsI = asSubject;
      if (asSubject) {
        // "What Halima wants now is…": the name is the subject of a clause within.
        iBeforeClause = mainSubjectIsI;
        mainSubjectIsI = true;
        inClause = /^(?:what|whatever|all|everything|the thing|whoever)$/i.test(previous?.text ?? '');
      }
      index += nameLength - 1;
      continue;
    }
    const replaced = pronounFor(lower, pronoun, next, terms, index);
    if (replaced) {
      out.push(capitalLike(replaced, startsSentence(terms, index)) + term.post);
      if (replaced === 'I') {
        subjectIsI = true;
        // "I was twenty the first time I did it, and have…": the clause's "I" leaves the main one as it was.
        iBeforeClause = mainSubjectIsI;
        mainSubjectIsI = true;
        inClause =
          /^(?:what|whatever|all|everything|the thing|whoever)$/i.test(previous?.text ?? '') ||
          ((previous?.tags.has('Noun') ?? false) && !previous?.tags.has('Pronoun') && !/[,;:.!?]/.test(previous?.post ?? ''));
      }
      continue;
    }
    // "…suspected it was a debt, and has been waiting": the verb after ", and" goes back to "I".
    // "…, and these days stays…", "…, and dreads the day": the same, past an adverb, whatever the tagger made of the verb.
    const andAt = [index - 1, index - 2, index - 3].find((at) => /^(?:and|but)$/i.test(terms[at]?.text ?? ''));
    const between = andAt === undefined ? [] : terms.slice(andAt + 1, index);
    if (
      !subjectIsI &&
      mainSubjectIsI &&
      andAt !== undefined &&
      /,\s*$/.test(terms[andAt - 1]?.post ?? '') &&
      between.every((word) =>
        /^(?:these|days|now|still|often|always|never|also|quietly|secretly|rarely|usually|sometimes)$/i.test(word.text),
      ) &&
      (term.tags.has('Verb') || term.tags.has('Auxiliary') || isVerbAfterSubject(lower)) &&
      /[^s]s$/.test(lower)
    ) {
      subjectIsI = true;
    }
    // "…, finishes most of it and carries the rest": a verb the tagger took for a plural noun.
    const before = lastNonAdverb(terms, index);
    const listedVerb =
      subjectIsI &&
      /s$/.test(lower) &&
      (/,\s*$/.test(before?.post ?? '') || /^(?:and|or|but)$/i.test(before?.text ?? '')) &&
      isVerbAfterSubject(lower);
    // "for reasons", "the plans": after a preposition or an article a word is a noun, whatever its tags.
    const afterNounMarker =
      /^(?:for|of|the|a|an|my|his|her|their|its|our|with|in|on|at|by|from|to|into|about|two|three|many|some|all|no)$/i.test(
        previous?.text ?? '',
      );
    if (subjectIsI && !afterNounMarker && (term.tags.has('Verb') || term.tags.has('Auxiliary') || listedVerb)) {
      const agreed = agreeWithI(term);
      out.push(agreed + term.post);
      // "What I want now is…": "I" is the subject of a clause within, whose verb this was.
      if (inClause) {
        subjectIsI = false;
        mainSubjectIsI = iBeforeClause;
        inClause = false;
      }
      continue;
    }
    // A new subject ends the run of verbs that belonged to "I": a noun right before its verb, or a
    // clause of its own ("a tone that makes…", "because the town knows…").
    if (subjectIsI && /^(?:that|which|who|whose|what|because|when|if|while|although|though|until|unless|whom|where)$/.test(lower))
      subjectIsI = false;
    if (subjectIsI && term.tags.has('Noun') && !/[,;:]/.test(term.post) && next?.tags.has('Verb') && previous?.text !== 'I')
      subjectIsI = false;
    out.push(term.text + term.post);
  }
  let text = tidy(out.join(''));
  // A name that was not the character's subject or object stays as written.
  for (const { form, mark } of placeholders) text = text.replaceAll(mark, form);
  return text;
}

type Term = { text: string; post: string; tags: Set<string> };

function tag(text: string): Term[] {
  const sentences = nlp(text).json({ terms: { tags: true } }) as Array<{
    terms: Array<{ text: string; pre: string; post: string; tags: string[] }>;
  }>;
  return sentences.flatMap((sentence) =>
    sentence.terms.map((term) => ({ text: term.pre.trim() + term.text, post: term.post, tags: new Set(term.tags) })),
  );
}

function nameForms(name: string): string[][] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const forms = [words, words.slice(0, 1), words.slice(-1)].filter((form) => form.length > 0 && form.join(' ').length > 1);
  return forms.filter((form, index) => forms.findIndex((other) => other.join(' ') === form.join(' ')) === index);
}

function matchName(terms: Term[], index: number, names: string[][]): number {
  for (const form of names) {
    const matches = form.every((word, offset) => {
      const term = terms[index + offset];
      return term !== undefined && term.text.replace(/['’]s$/, '').replace(/[.,;:!?]+$/, '') === word.replace(/[.,;:!?]+$/, '');
    });
    if (matches) return form.length;
  }
  return 0;
}

/** Whether the word at `index` follows a subject: a verb, or an adverb then a verb. */
function isSubjectPosition(terms: Term[], index: number): boolean {
  for (let at = index; at < Math.min(terms.length, index + 3); at++) {
    const term = terms[at];
    if (term.tags.has('Verb') || term.tags.has('Modal') || term.tags.has('Auxiliary')) return true;
    // "they still measure…": a verb the tagger read as a noun.
    if (at > index && term.tags.has('Noun') && !term.tags.has('Pronoun') && isVerbAfterSubject(term.text.toLowerCase())) return true;
    // "he now runs", "she still keeps": an adverb (which the tagger sometimes reads otherwise) between.
    if (
      !term.tags.has('Adverb') &&
      !term.tags.has('Negative') &&
      !/^(?:now|still|also|only|just|never|always|often|rarely|once|even|already|quietly|secretly|first|finally|later|then|soon)$/i.test(
        term.text,
      )
    )
      return false;
  }
  return false;
}

function pronounFor(lower: string, pronoun: PronounKey, next: Term | undefined, terms: Term[], index: number): string | null {
  const own: Record<PronounKey, { subject: string; object: string; possessive: string; reflexive: string }> = {
    she: { subject: 'she', object: 'her', possessive: 'her', reflexive: 'herself' },
    he: { subject: 'he', object: 'him', possessive: 'his', reflexive: 'himself' },
    they: { subject: 'they', object: 'them', possessive: 'their', reflexive: 'themselves' },
    it: { subject: 'it', object: 'it', possessive: 'its', reflexive: 'itself' },
  };
  const set = own[pronoun];
  if (lower === set.subject && isSubjectPosition(terms, index + 1)) return 'I';
  if (lower === set.reflexive) return 'myself';
  if (pronoun === 'she' && lower === 'her') {
    const possessive =
      next !== undefined &&
      (/^(?:head|hands?|eyes?|face|mouth|voice|word|mind|heart|back|breath|temper|tongue|distance|own|way|best|place|share|turn|life|two|three|four|five|six|seven|eight|nine|ten|many|several|only|first|last|eldest|youngest)$/i.test(
        next.text,
      ) ||
        (!/^(?:nothing|everything|anything|something|everyone|anyone|someone|nobody|all|once|twice|still|now|again|too|well|best|here|there|back|today|tomorrow|yet)$/i.test(
          next.text,
        ) &&
          !/[,;:.!?]/.test(terms[index]?.post ?? '') &&
          !next.tags.has('Preposition') &&
          !next.tags.has('Conjunction') &&
          !next.tags.has('Determiner') &&
          (next.tags.has('Noun') || next.tags.has('Adjective'))));
    return possessive ? 'my' : 'me';
  }
  if (lower === set.possessive && pronoun !== 'it') return 'my';
  if (lower === set.object && pronoun !== 'it') return 'me';
  if (pronoun === 'they' && lower === 'theirs') return 'mine';
  if (pronoun === 'she' && lower === 'hers') return 'mine';
  return null;
}

const FIRST_PERSON: Record<string, string> = {
  is: 'am',
  are: 'am',
  "isn't": 'am not',
  "aren't": 'am not',
  were: 'was',
  "weren't": "wasn't",
  has: 'have',
  "hasn't": "haven't",
  does: 'do',
  "doesn't": "don't",
  "'s": "'m",
};

function lastNonAdverb(terms: Term[], index: number): Term | undefined {
  for (let at = index - 1; at >= 0; at--)
    if (!/^(?:still|never|always|often|also|only|just|now|quietly|secretly|even|rarely)$/i.test(terms[at].text)) return terms[at];
  return undefined;
}

const VERB_AFTER_SUBJECT = new Map<string, boolean>();

/** Whether a word reads as a verb after "she" (remembered: the same words come back). */
function isVerbAfterSubject(word: string): boolean {
  let known = VERB_AFTER_SUBJECT.get(word);
  if (known === undefined) {
    known = tag(`she ${word}`)[1]?.tags.has('Verb') ?? false;
    if (VERB_AFTER_SUBJECT.size > 5000) VERB_AFTER_SUBJECT.clear();
    VERB_AFTER_SUBJECT.set(word, known);
  }
  return known;
}

function agreeWithI(term: Term): string {
  const lower = term.text.toLowerCase();
  const fixed = FIRST_PERSON[lower];
  if (fixed)
    return term.text[0] === term.text[0]?.toUpperCase() && term.text[0] !== term.text[0]?.toLowerCase()
      ? fixed[0].toUpperCase() + fixed.slice(1)
      : fixed;
  if (
    /[^s]s$/.test(lower) &&
    !term.tags.has('Gerund') &&
    !term.tags.has('PastTense') &&
    !/^(?:was|has|does|is|always|perhaps|sometimes|towards|afterwards|besides|unless|thus|plus|yes|whereas|as|us|his|its|this|less)$/.test(
      lower,
    )
  ) {
    const conjugated = nlp(lower).verbs().conjugate() as Array<{ Infinitive?: string }>;
    const base = conjugated[0]?.Infinitive;
    if (base && base !== lower) return base;
    return lower
      .replace(/ies$/, 'y')
      .replace(/(ss|sh|ch|x|z|o)es$/, '$1')
      .replace(/s$/, '');
  }
  return term.text;
}

function capitalLike(word: string, sentenceStart: boolean): string {
  if (word === 'I') return 'I';
  return sentenceStart ? word[0].toUpperCase() + word.slice(1) : word;
}

function startsSentence(terms: Term[], index: number): boolean {
  return index === 0 || /[.!?]["”’)]?\s*$/.test(terms[index - 1]?.post ?? '');
}

function tidy(text: string): string {
  return text
    .replace(/\s+([.,;:!?])(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}
