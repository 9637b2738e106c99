/**
 * The template language of the phrase banks.
 *
 * Variables: `{key}` is replaced by `vars[key]`, whose value may itself hold tokens (expanded until
 * none are left). Reserved tokens, read left to right after the variables are expanded:
 *
 * - `{sub}` the subject: the character's name when it is due (the first mention in a paragraph the
 *   composer marks, or before the name has appeared at all), otherwise the subject pronoun.
 * - `{name}` always the name; `{names}` the name's possessive ("Mindy's").
 * - `{they}` `{them}` `{their}` `{theirs}` `{themselves}` pronouns; before the name has appeared at
 *   all they fall back to the name, so a paragraph never opens on an unexplained "she".
 * - `{poss}` the name's possessive when the name is due, otherwise the possessive pronoun.
 * - `{v:keep}` a present-tense verb agreeing with the latest subject token ({sub}, {name}, {they}):
 *   "keeps" after "she" or "Mindy", "keep" after "they". `{v:was}` gives "was" / "were".
 * - `{sg}` marks a singular subject written literally ("the one who {sg}{v:refuse}…").
 * - `{a}` "a" or "an", whichever suits the next word.
 *
 * Sentence starts are capitalised, spacing before punctuation is tidied, and the name is protected
 * from both (a name is written exactly as given).
 */

import { conjugate, type Pronouns } from './pronouns';

export type RenderState = {
  /** Whether the name has appeared in the text so far. */
  introduced: boolean;
  /** Whether the next {sub} or {poss} should use the name rather than a pronoun. */
  nameDue: boolean;
};

export type RenderContext = {
  name: string;
  pronouns: Pronouns;
  vars: Readonly<Record<string, string>>;
  state: RenderState;
  /** The "name" is a phrase such as "the stranger": capitalise it at sentence starts like any word. */
  nameIsPhrase?: boolean;
};

const RESERVED = new Set(['sub', 'name', 'names', 'they', 'them', 'their', 'theirs', 'themselves', 'poss', 'sg', 'a']);
const NAME_MARK = '\u0002';
const ARTICLE_MARK = '\u0001';

export function render(template: string, context: RenderContext): string {
  const expanded = expandVars(template, context.vars);
  const { pronouns, state } = context;
  let plural = false;

  const nameSubject = (): string => {
    state.introduced = true;
    state.nameDue = false;
    plural = false;
    firstPlural ??= false;
    return NAME_MARK;
  };
  const possessiveOfName = (): string => {
    state.introduced = true;
    state.nameDue = false;
    return `${NAME_MARK}'s`;
  };

  /** Whether the sentence's own subject (its first) is plural: ", and {v:keep}" goes back to it. */
  let firstPlural: boolean | null = null;
  const body = expanded.replace(/\{([^{}]+)\}/g, (_whole, token: string, offset: number, all: string) => {
    if (token.startsWith('v:')) {
      const coordinated = /[,;] and (?:(?:still|never|also|always|often|quietly)\s+)?$/.test(all.slice(Math.max(0, offset - 24), offset));
      return conjugate(token.slice(2), coordinated && firstPlural !== null ? firstPlural : plural);
    }
    switch (token) {
      case 'sub':
        if (!state.introduced || state.nameDue) return nameSubject();
        plural = pronouns.plural;
        firstPlural ??= plural;
        return pronouns.subject;
      case 'name':
        return nameSubject();
      case 'names':
        return possessiveOfName();
      case 'poss':
        if (!state.introduced || state.nameDue) return possessiveOfName();
        return pronouns.possessive;
      case 'they':
        if (!state.introduced || state.nameDue) return nameSubject();
        plural = pronouns.plural;
        return pronouns.subject;
      case 'them':
        if (!state.introduced || state.nameDue) {
          state.introduced = true;
          state.nameDue = false;
          return NAME_MARK;
        }
        return pronouns.object;
      case 'their':
        if (!state.introduced || state.nameDue) return possessiveOfName();
        return pronouns.possessive;
      case 'theirs':
        return pronouns.possessivePronoun;
      case 'themselves':
        return pronouns.reflexive;
      case 'sg':
        plural = false;
        return '';
      case 'a':
        return ARTICLE_MARK;
      default:
        throw new Error(`render: unknown token {${token}}`);
    }
  });

  const possessive = possessiveForm(context.name);
  let text = resolveArticles(body, context.name);
  if (context.nameIsPhrase) {
    text = text.replaceAll(`${NAME_MARK}'s`, possessive).replaceAll(NAME_MARK, context.name);
    return capitaliseSentences(tidySpacing(text));
  }
  text = capitaliseSentences(tidySpacing(text)).replaceAll(`${NAME_MARK}'s`, possessive).replaceAll(NAME_MARK, context.name);
  // A name that ends in a full stop ("Jr.") must not double the sentence's own.
  return context.name.endsWith('.') ? text.replaceAll(`${context.name}.`, context.name) : text;
}

function expandVars(template: string, vars: Readonly<Record<string, string>>): string {
  let text = template;
  for (let depth = 0; depth < 8; depth++) {
    let changed = false;
    text = text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, key: string) => {
      if (RESERVED.has(key)) return whole;
      const value = vars[key];
      if (value === undefined) throw new Error(`render: no value for {${key}}`);
      changed = true;
      return value;
    });
    if (!changed) return text;
  }
  throw new Error('render: variables nest too deeply');
}

function possessiveForm(name: string): string {
  return /['’]s$/i.test(name) ? name : `${name}'s`;
}

function resolveArticles(text: string, name: string): string {
  return text.replace(new RegExp(`${ARTICLE_MARK}\\s*([^\\s]*)`, 'g'), (_whole, next: string) => {
    const word = next.startsWith(NAME_MARK) ? name : next;
    return `${indefiniteArticle(word)} ${next}`;
  });
}

const AN_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);
const A_BEFORE_VOWEL = /^(unic|unif|union|uniq|unit|univ|unis|usa|use|usu|ute|uti|uto|eu|ewe|one\b|once|ubiq|ufo|uku)/;
const AN_BEFORE_H = /^(hour|honest|honor|honour|heir)/;

/** "a" or "an" for the word that follows. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const clean = word.replace(/^[^\p{L}\p{N}]+/u, '');
  if (!clean) return 'a';
  const firstWord = clean.split(/[\s-]/)[0] ?? clean;
  if (/^[A-Z]{2,5}s?$/.test(firstWord) || /^[A-Z]\d/.test(firstWord)) {
    return AN_LETTERS.has(firstWord[0]) ? 'an' : 'a';
  }
  if (/^\d/.test(clean)) return /^(8|11\b|18\b)/.test(clean) ? 'an' : 'a';
  const lower = clean.toLowerCase();
  if (AN_BEFORE_H.test(lower)) return 'an';
  if (A_BEFORE_VOWEL.test(lower)) return 'a';
  return /^[aeiouàáâãäåæèéêëìíîïòóôõöøùúûü]/.test(lower) ? 'an' : 'a';
}

/** Anything tidySpacing would change besides the trimming; most sentences have none. */
const UNTIDY = /[\t\u00a0]| {2}| [,.;:!?]|,,|[,;:],|,\.|\.\.|\( | \)/;

function tidySpacing(raw: string): string {
  // The reader spells "can't" as "can not"; the story writes "cannot" ("can not only…" stays).
  const text = raw.replace(/\b([Cc])an not\b(?! only)/g, '$1annot');
  if (!UNTIDY.test(text)) return text.trim();
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/,+/g, ',')
    .replace(/([,;:]),/g, '$1')
    .replace(/,\./g, '.')
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .trim();
}

/** Upper-cases the first letter of each sentence (the name mark is left alone). */
function capitaliseSentences(text: string): string {
  return text.replace(/(^|[.!?]["”’)]?\s+)(["“‘(]?)(\p{Ll})/gu, (_whole, before: string, quote: string, letter: string) => {
    return `${before}${quote}${letter.toUpperCase()}`;
  });
}

export function upperFirst(text: string): string {
  return text.replace(/^(["“‘(]?)(\p{Ll})/u, (_w, quote: string, letter: string) => `${quote}${letter.toUpperCase()}`);
}

export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const space = code < 33 ? code === 32 || (code >= 9 && code <= 13) : code === 0xa0 || (code >= 0x1680 && /\s/.test(text[index]));
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

/** The sentences of a text; "Lt. Oren" and "Dr. Okafor" do not end one. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\b(Mr|Mrs|Ms|Mx|Dr|St|Prof|Capt|Sgt|Lt|Col|Gen|Rev|Jr|Sr)\.\s/g, '$1\u0001')
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}0-9])/u)
    .filter(Boolean)
    .map((sentence) => sentence.replaceAll('\u0001', '. '));
}
