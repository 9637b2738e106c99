/**
 * Reads a designer's description of a character ("bartender in Mumbai, sarcastic, loves cricket";
 * "Walter repairs clocks in a cramped shop in Prague."; "I am a cyborg bounty hunter on Mars") into
 * a profile the writer can build on. Parts of speech come from compromise (a natural-language
 * tagger); the lexicons (occupations, traits, gender words) say what the words mean for a story.
 *
 * Every fact is kept in a form the writer can use whole: a role ("runaway prince"), a place with its
 * preposition ("in a cramped shop in Prague"), traits, and statements: predicates about the
 * character in the third person with agreement tokens ("{v:repair} clocks", "lost {their} brother
 * in the war"), so that they read right after any subject. Tolerant by design: it never throws.
 */

import nlp from 'compromise';
import { detectGenre, type Genre } from './genres';
import { AGE_WORDS, HE_WORDS, NAME_TITLES_HE, NAME_TITLES_SHE, PLACE_NOUNS, SHE_WORDS } from './lexicon';
import { CREATURE_WORDS, GENDERED_FORMS, MACHINE_WORDS, OCCUPATION_FORMS, type Field, type Kind, type Occupation } from './occupations';
import type { PronounKey } from './pronouns';
import { TRAIT_WORDS, type TraitEntry } from './traits';

export type Place = {
  /** As written, with its article: "Mumbai", "a cramped shop in Prague", "the Iron Hills". */
  text: string;
  /** The preposition it was given with, or the one it takes: "in", "on", "aboard". */
  prep: string;
};

export type Role = {
  /** The role as the description words it, without traits: "runaway prince", "dwarf blacksmith". */
  phrase: string;
  /** The lexicon's label for it ("bartender" for "barkeep"), when the lexicon knows it. */
  label: string | null;
  field: Field;
  /** A rank one is born to (prince, queen), not a trade one takes up. */
  status: boolean;
  /** Held once, no longer: "retired sea captain", "former thief", "runaway prince". */
  former: boolean;
};

export type Trait = { word: string; entry: TraitEntry | null; noun: boolean };

export type Topic = 'want' | 'secret' | 'loss' | 'dislike' | 'like' | 'home' | 'other';

export type Statement = {
  /** The predicate, after a subject: "{v:repair} clocks in a cramped shop in Prague". */
  text: string;
  tense: 'present' | 'past';
  topic: Topic;
};

export type Profile = {
  pronoun: PronounKey;
  /** Whether the pronoun was stated or implied by the description (not a guess). */
  pronounStated: boolean;
  kind: Kind;
  genre: Genre;
  role: Role | null;
  /** What sort of being, when it is not a trade: "talking cat", "ship's AI", "ghost". */
  being: string | null;
  place: Place | null;
  origin: Place | null;
  traits: Trait[];
  statements: Statement[];
  /** Things named with nothing said about them: "books", "a silver locket", "one eye". */
  mentions: string[];
  /** Themes named alone ("grief", "revenge"), which steer the story. */
  themes: string[];
  age: 'young' | 'old' | null;
  /** The description as written, when it is not in English: it is kept whole, quoted. */
  foreign: string | null;
};

const LIMITS = { chars: 1500, clauses: 24, traits: 4, statements: 8, mentions: 3 };

const SUBJECTS: Record<string, PronounKey | null> = { i: null, she: 'she', he: 'he', they: 'they', it: 'it' };
const COPULAS = new Set(['is', 'am', 'are', 'was', 'were', "'s", "'m"]);
const LEADING_JOINERS = new Set(['and', 'but', 'also', 'so', 'then', 'plus', 'yet', 'or']);
const FORMER_WORDS = new Set([
  'retired',
  'former',
  'ex',
  'ex-',
  'one-time',
  'onetime',
  'erstwhile',
  'runaway',
  'exiled',
  'disgraced',
  'fallen',
  'deposed',
  'disowned',
  'banished',
  'lapsed',
]);
const STATUS_LABELS = new Set(['king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'emperor', 'empress', 'noble']);
const PLACE_PREPS = new Set(['in', 'at', 'on', 'from', 'aboard', 'near', 'outside', 'inside', 'off', 'beneath', 'under', 'beyond']);
const STRONG_PLACE_PREPS = new Set(['in', 'from', 'aboard', 'near', 'outside', 'inside']);
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'some', 'one']);
const INTENSIFIERS = new Set([
  'very',
  'quite',
  'rather',
  'extremely',
  'really',
  'so',
  'too',
  'a',
  'bit',
  'little',
  'slightly',
  'deeply',
  'fiercely',
  'always',
  'often',
  'sometimes',
  'super',
  'incredibly',
  'pretty',
  'kind',
  'of',
  'somewhat',
  'overly',
  'most',
  'more',
]);
const THEMES = new Set([
  'grief',
  'loss',
  'mourning',
  'revenge',
  'vengeance',
  'redemption',
  'guilt',
  'regret',
  'love',
  'hope',
  'betrayal',
  'loneliness',
  'ambition',
  'exile',
  'faith',
  'duty',
  'honour',
  'honor',
  'freedom',
]);
const WANT_VERBS = /^(?:want|wish|hope|dream|long|yearn|plan|intend|seek|strive|aim|desire|crave|need)/;
const SECRET_WORDS = /\b(?:secret|secretly|hides?|hiding|hid|hidden|nobody knows|no one knows|in disguise|disguised)\b/i;
const LOSS_VERBS = /^(?:lost|died|killed|murdered|burned|burnt|abandoned|orphaned|betrayed|buried|drowned|widowed)\b/;
const DISLIKE_VERBS = /^(?:hate|dislike|despise|loathe|fear|detest|resent|dread|abhor|distrust|avoid)/;
const LIKE_VERBS = /^(?:love|like|adore|enjoy|collect|cherish|prefer)/;
const HOME_VERBS = /^(?:live|lived|grew|raised|born|come|came|hail|reside|dwell|move|moved)/;

/** Emoji that say a word a description might have said: read as that word. */
const EMOJI_WORDS: Record<string, string> = {
  '🧙': 'wizard',
  '🧙‍♀️': 'witch',
  '🧙‍♂️': 'wizard',
  '🐉': 'dragon',
  '🐲': 'dragon',
  '🤖': 'robot',
  '🏴‍☠️': 'pirate',
  '☠️': 'pirate',
  '🗡️': 'sword',
  '⚔️': 'warrior',
  '🛡️': 'guard',
  '👑': 'royal',
  '🔮': 'fortune teller',
  '🎸': 'musician',
  '🎻': 'violinist',
  '🎨': 'painter',
  '📚': 'books',
  '☕': 'coffee',
  '🍺': 'beer',
  '🐈': 'cats',
  '🐱': 'cats',
  '🐕': 'dogs',
  '🚀': 'space',
  '👩': 'woman',
  '👨': 'man',
  '👧': 'girl',
  '👦': 'boy',
  '🕵️': 'detective',
  '🕵️‍♀️': 'detective',
  '👩‍⚕️': 'doctor',
  '👨‍⚕️': 'doctor',
  '👩‍🍳': 'chef',
  '👨‍🍳': 'chef',
  '🧛': 'vampire',
  '👻': 'ghost',
  '🧝': 'elf',
  '🧝‍♀️': 'elf',
  '🧚': 'fairy',
};

/** Words of other languages a description might be written in, with the English the story needs. */
const FOREIGN_WORDS: Record<string, { word?: string; pronoun?: PronounKey }> = {
  una: { pronoun: 'she' },
  la: { pronoun: 'she' },
  ella: { pronoun: 'she' },
  él: { pronoun: 'he' },
  el: { pronoun: 'he' },
  un: { pronoun: 'he' },
  une: { pronoun: 'she' },
  elle: { pronoun: 'she' },
  il: { pronoun: 'he' },
  curandera: { word: 'healer', pronoun: 'she' },
  curandero: { word: 'healer', pronoun: 'he' },
  bruja: { word: 'witch', pronoun: 'she' },
  brujo: { word: 'wizard', pronoun: 'he' },
  pescador: { word: 'fisherman', pronoun: 'he' },
  pescadora: { word: 'fisherwoman', pronoun: 'she' },
  herrero: { word: 'blacksmith', pronoun: 'he' },
  herrera: { word: 'blacksmith', pronoun: 'she' },
  médico: { word: 'doctor', pronoun: 'he' },
  médica: { word: 'doctor', pronoun: 'she' },
  soldado: { word: 'soldier' },
  pirata: { word: 'pirate' },
  marinero: { word: 'sailor', pronoun: 'he' },
  cantante: { word: 'singer' },
  ladrón: { word: 'thief', pronoun: 'he' },
  ladrona: { word: 'thief', pronoun: 'she' },
  detective: { word: 'detective' },
  panadero: { word: 'baker', pronoun: 'he' },
  panadera: { word: 'baker', pronoun: 'she' },
  maestra: { word: 'teacher', pronoun: 'she' },
  maestro: { word: 'teacher', pronoun: 'he' },
  vaquero: { word: 'cowboy', pronoun: 'he' },
  sorcière: { word: 'witch', pronoun: 'she' },
  boulanger: { word: 'baker', pronoun: 'he' },
  boulangère: { word: 'baker', pronoun: 'she' },
  chevalier: { word: 'knight', pronoun: 'he' },
  marin: { word: 'sailor' },
  voleur: { word: 'thief', pronoun: 'he' },
  voleuse: { word: 'thief', pronoun: 'she' },
  hexe: { word: 'witch', pronoun: 'she' },
  schmied: { word: 'blacksmith', pronoun: 'he' },
  ritter: { word: 'knight', pronoun: 'he' },
  bäcker: { word: 'baker', pronoun: 'he' },
  bäckerin: { word: 'baker', pronoun: 'she' },
  侍: { word: 'samurai', pronoun: 'he' },
  忍者: { word: 'spy' },
  魔法使い: { word: 'wizard' },
  魔女: { word: 'witch', pronoun: 'she' },
  海賊: { word: 'pirate' },
  探偵: { word: 'detective' },
  医者: { word: 'doctor' },
  騎士: { word: 'knight' },
  彼女: { pronoun: 'she' },
  女: { pronoun: 'she' },
  男: { pronoun: 'he' },
  ロボット: { word: 'robot' },
  竜: { word: 'dragon' },
  ドラゴン: { word: 'dragon' },
};

const FOREIGN_FUNCTION_WORDS = new Set([
  'de',
  'del',
  'la',
  'el',
  'los',
  'las',
  'un',
  'una',
  'que',
  'y',
  'en',
  'con',
  'por',
  'para',
  'es',
  'muy',
  'su',
  'pero',
  'le',
  'les',
  'des',
  'du',
  'et',
  'est',
  'une',
  'dans',
  'avec',
  'qui',
  'pour',
  'sur',
  'der',
  'die',
  'das',
  'und',
  'ist',
  'ein',
  'eine',
  'mit',
  'aus',
  'dem',
  'den',
  'von',
  'sie',
  'er',
  'o',
  'os',
  'um',
  'uma',
  'com',
  'não',
  'il',
  'della',
  'di',
  'che',
  'ha',
  'è',
]);
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'and',
  'of',
  'in',
  'is',
  'who',
  'with',
  'to',
  'from',
  'she',
  'he',
  'they',
  'her',
  'his',
  'loves',
  'at',
  'on',
  'was',
  'has',
  'but',
]);

/** The profile of a description; `name` is the character's name (its words are not read as facts). */
export function readInput(inputText: string, name: string): Profile {
  const profile: Profile = {
    pronoun: 'they',
    pronounStated: false,
    kind: 'human',
    genre: 'neutral',
    role: null,
    being: null,
    place: null,
    origin: null,
    traits: [],
    statements: [],
    mentions: [],
    themes: [],
    age: null,
    foreign: null,
  };
  const text = prepare(inputText);
  const cues: PronounKey[] = [];
  const namePronoun = pronounOfName(name);
  if (namePronoun) cues.push(namePronoun);

  if (isForeign(text)) {
    profile.foreign = text;
    readForeign(text, profile, cues);
  } else {
    const nameWords = new Set(
      name
        .toLowerCase()
        .split(/\s+/)
        .map((word) => word.replace(/[^\p{L}\p{N}'-]/gu, ''))
        .filter(Boolean),
    );
    for (const clause of splitClauses(text).slice(0, LIMITS.clauses)) readClause(clause, profile, nameWords, cues);
  }

  const stated = cues[0];
  if (stated) {
    profile.pronoun = stated;
    profile.pronounStated = true;
  } else if (profile.kind === 'human') profile.pronoun = pronounOfFirstName(name) ?? 'they';
  if (profile.kind === 'machine' && !profile.pronounStated) profile.pronoun = 'it';
  const genreHint = profile.role?.label
    ? OCCUPATION_FORMS.find((entry) => entry.occupation.label === profile.role?.label)?.occupation.genre
    : undefined;
  profile.genre = detectGenre(`${text} ${profile.role?.phrase ?? ''} ${profile.being ?? ''}`, genreHint);
  profile.traits = profile.traits.slice(0, LIMITS.traits);
  profile.statements = profile.statements.slice(0, LIMITS.statements);
  profile.mentions = profile.mentions.slice(0, LIMITS.mentions);
  return profile;
}

// ───────────────────────────── preparing the text ─────────────────────────────

/** Normalises the raw text: Unicode NFC, quotes, control characters, braces, emoji, length. */
export function prepare(input: string): string {
  let text = String(input ?? '')
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[{}<>\\`*_#~^=|]/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\b(St|Dr|Mr|Mrs|Ms|Mt|Jr|Sr|Capt|Lt|Col|Gen|Prof|Rev|Sgt|No)\./g, '$1')
    .replace(/\b(?:undefined|null|NaN)\b/g, ' ');
  text = readEmoji(text);
  text = text.replace(/[ \t\u00a0]+/g, ' ').trim();
  if (text.length > LIMITS.chars) {
    const cut = text.slice(0, LIMITS.chars);
    const stop = Math.max(cut.lastIndexOf('.'), cut.lastIndexOf(' '));
    text = stop > LIMITS.chars / 2 ? cut.slice(0, stop) : cut;
  }
  return calmCapitals(text);
}

/** Known emoji become their word; every other pictograph is dropped. */
function readEmoji(text: string): string {
  let result = text;
  for (const [emoji, word] of Object.entries(EMOJI_WORDS).sort((a, b) => b[0].length - a[0].length)) {
    const already = new RegExp(`\\b${word}\\b`, 'i').test(result);
    result = result.replaceAll(emoji, already ? ', ' : `, ${word}, `);
  }
  return result.replace(/[\p{Extended_Pictographic}\u200d\ufe0f\u{1f3fb}-\u{1f3ff}]/gu, ' ').replace(/(?:,\s*){2,}/g, ', ');
}

/** A description typed in capitals is read in normal case ("FORMER THIEF" → "former thief"). */
function calmCapitals(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 8 || upper.length / letters.length < 0.8) return text;
  return text.replace(/\p{L}[\p{L}'-]*/gu, (word) => (/^(?:AI|NYC|USA|UK|LA|CEO|FBI|CIA|NASA)$/.test(word) ? word : word.toLowerCase()));
}

function isForeign(text: string): boolean {
  if (
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Thai}\p{Script=Devanagari}]/u.test(
      text,
    )
  )
    return true;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  const foreign = words.filter((word) => FOREIGN_FUNCTION_WORDS.has(word)).length;
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  return foreign >= 2 && foreign > english * 2;
}

function readForeign(text: string, profile: Profile, cues: PronounKey[]): void {
  const words = text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  const found = words.map((word) => FOREIGN_WORDS[word]).filter((entry) => entry !== undefined);
  // Japanese has no spaces: look for the known words inside the text too.
  for (const [word, entry] of Object.entries(FOREIGN_WORDS)) {
    if (/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(word) && text.includes(word)) found.push(entry);
  }
  for (const entry of found) {
    if (entry.word && !profile.role && !profile.being) {
      const role = roleFromWords([entry.word]);
      if (role.kind !== 'human') {
        profile.kind = role.kind;
        profile.being = entry.word;
      } else if (role.role) profile.role = role.role;
    }
  }
  const gendered = found.find((entry) => entry.word && entry.pronoun) ?? found.find((entry) => entry.pronoun);
  if (gendered?.pronoun) cues.push(gendered.pronoun);
}

/** Sentences, then their comma- and semicolon-separated parts; a bare list item joins the clause before it. */
function splitClauses(text: string): string[] {
  const sentences = text.split(/(?<=[.!?;:])\s+|\n+|[.!?;]+$|\s[-–—]+\s|[()[\]]/);
  const clauses: string[] = [];
  for (const sentence of sentences) {
    const parts = sentence
      .split(/[,，、]|\s+(?=(?:and|but)\s+(?:then\s+)?(?:now|later|also|still|secretly|never|always)?\s*(?:she|he|they|i)\s)/i)
      .map((part) =>
        part
          .replace(/[.!?;:"]+/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((part) => /[\p{L}\p{N}]/u.test(part));
    let previous: string | null = null;
    for (const part of parts) {
      // "loves cats, dogs and tea": a bare noun list continues the verb before it.
      if (previous !== null && continuesList(previous, part)) {
        clauses[clauses.length - 1] = `${clauses[clauses.length - 1]}, ${part}`;
        continue;
      }
      clauses.push(part);
      previous = part;
    }
  }
  return clauses;
}

function continuesList(previous: string, part: string): boolean {
  const previousWords = previous.split(' ');
  if (previousWords.length < 2 || !isPredicateStart(previousWords)) return false;
  const words = part
    .toLowerCase()
    .replace(/^and\s+/, '')
    .split(' ');
  if (words.length > 4) return false;
  if (words.some((word) => TRAIT_WORDS.has(word) || occupationAt(words, 0) !== null || COPULAS.has(word) || SUBJECTS[word] !== undefined))
    return false;
  const terms = tagged(part);
  return (
    terms.every(
      (term) => term.tags.has('Noun') || term.tags.has('Conjunction') || term.tags.has('Determiner') || term.tags.has('Adjective'),
    ) && !terms.some((term) => term.tags.has('Place'))
  );
}

// ───────────────────────────── clauses ─────────────────────────────

type Term = { text: string; post: string; lower: string; tags: Set<string> };

function tagged(text: string): Term[] {
  const sentences = nlp(text).json({ terms: { tags: true, normal: true } }) as Array<{
    terms: Array<{ text: string; normal: string; post: string; tags: string[] }>;
  }>;
  return sentences.flatMap((sentence) =>
    sentence.terms.map((term) => ({ text: term.text, post: term.post.trim(), lower: term.normal, tags: new Set(term.tags) })),
  );
}

function readClause(raw: string, profile: Profile, nameWords: ReadonlySet<string>, cues: PronounKey[]): void {
  let words = raw.split(' ').filter(Boolean);
  while (words.length > 0 && LEADING_JOINERS.has(words[0].toLowerCase())) words = words.slice(1);
  if (words.length === 0) return;
  const lower = words.map((word) => word.toLowerCase());

  // "My name is …", "Her name is …": the name is already known.
  if (/^(?:my|her|his|their)\s+name\s+is\b/.test(lower.join(' ')) || /^(?:called|named)\b/.test(lower[0])) return;

  // A subject: a pronoun or the character's name. What follows is said of the character.
  let start = 0;
  const subject = SUBJECTS[lower[0]];
  if (subject !== undefined) {
    if (subject) cues.push(subject);
    start = 1;
  } else if (lower[0] === "i'm" || lower[0] === "she's" || lower[0] === "he's" || lower[0] === "they're") {
    const pronoun = SUBJECTS[lower[0].split("'")[0]];
    if (pronoun) cues.push(pronoun);
    words = ['_', 'is', ...words.slice(1)];
    start = 1;
  } else {
    while (start < lower.length && nameWords.has(lower[start].replace(/'s$/, ''))) start++;
    if (start > 0 && /'s$/.test(lower[start - 1])) return; // "Walter's shop is …": about something else
  }
  const rest = words.slice(start);
  if (rest.length === 0) return;
  const restLower = rest.map((word) => word.toLowerCase());

  if (COPULAS.has(restLower[0]) || (start > 0 && restLower[0] === 'now' && COPULAS.has(restLower[1] ?? ''))) {
    const after = rest.slice(restLower.indexOf(restLower.find((word) => COPULAS.has(word)) ?? '') + 1);
    const past = /^(?:was|were)$/.test(restLower.find((word) => COPULAS.has(word)) ?? '');
    readNounClause(after, profile, cues, past);
    return;
  }
  // "secretly a smuggler": a secret role is a statement, not the role.
  if (/^(?:secretly|really|actually)$/.test(restLower[0]) && rest.length > 1 && !isPredicateStart(rest.slice(1))) {
    profile.statements.push({ text: `{v:be} ${withPronouns(rest.join(' '))}`, tense: 'present', topic: 'secret' });
    return;
  }
  if (start > 0 || isPredicateStart(rest)) {
    readPredicate(rest, profile, cues);
    return;
  }
  readNounClause(rest, profile, cues, false);
}

/** Whether the words begin with a verb said of the character ("loves cricket", "now runs a bakery"). */
function isPredicateStart(words: string[]): boolean {
  const lower = words.map((word) => word.toLowerCase());
  let index = 0;
  while (
    index < lower.length &&
    /^(?:now|still|also|secretly|once|always|never|often|quietly|really|recently|finally|later|then)$/.test(lower[index])
  )
    index++;
  const first = lower[index];
  if (!first || FORMER_WORDS.has(first) || AGE_WORDS.has(first) || TRAIT_WORDS.has(first) || occupationAt(lower, index) !== null)
    return false;
  if (words.length - index === 1) return /(?:ed|ing)$/.test(first) && !TRAIT_WORDS.has(first) ? false : false;
  const terms = tagged(`she ${words.slice(index).join(' ')}`);
  const verb = terms[1];
  if (!verb || !verb.tags.has('Verb')) return false;
  // "cramped shop", "retired sea captain": a participle before a noun is an adjective here.
  if (
    verb.tags.has('PastTense') &&
    (terms[2]?.tags.has('Noun') ?? false) &&
    !(terms[2]?.tags.has('Determiner') ?? false) &&
    !/^(?:lost|left|hid|killed|buried|became|found|made|sold|stole|won)$/.test(verb.lower)
  ) {
    return false;
  }
  return true;
}

/** A predicate about the character: kept whole, pronouns and verb agreement turned into tokens. */
function readPredicate(words: string[], profile: Profile, cues: PronounKey[]): void {
  const lower = words.map((word) => word.toLowerCase());
  const joined = lower.join(' ');

  // "works as a nurse", "worked as a sailor": the role, not a statement.
  const asRole = /^(?:now\s+)?(works?|worked|working|serves?|served|trained)\s+as\s+(.+)$/.exec(joined);
  if (asRole) {
    const past = /ed$/.test(asRole[1]);
    readNounClause(words.slice(words.length - asRole[2].split(' ').length), profile, cues, past);
    return;
  }

  const text = predicateTemplate(words);
  if (!text) return;
  const verbLower =
    lower.find((word) => !/^(?:now|still|also|secretly|once|always|never|often|quietly|really|recently|finally|later|then)$/.test(word)) ??
    '';
  const terms = tagged(`she ${words.join(' ')}`);
  const verbTerm = terms.find((term, index) => index > 0 && term.tags.has('Verb'));
  const past = verbTerm?.tags.has('PastTense') ?? false;
  let topic: Topic = 'other';
  if (WANT_VERBS.test(verbLower)) topic = 'want';
  else if (SECRET_WORDS.test(joined)) topic = 'secret';
  else if (LOSS_VERBS.test(verbLower)) topic = 'loss';
  else if (DISLIKE_VERBS.test(verbLower)) topic = 'dislike';
  else if (LIKE_VERBS.test(verbLower)) topic = 'like';
  else if (HOME_VERBS.test(verbLower)) topic = 'home';

  // Places said in passing are the character's places too: "lives in Prague", "grew up in Lagos".
  const place = placeIn(words);
  if (place) {
    if (/^(?:grew|raised|born|come|comes|came|hail|hails|originally)$/.test(verbLower) || place.prep === 'from') profile.origin ??= place;
    else profile.place ??= place;
  }
  const role = findRole(lower);
  if (role.kind !== 'human') profile.kind = role.kind;
  if (role.pronoun) cues.push(role.pronoun);
  for (const word of lower) {
    const cue = genderOf(word);
    if (cue && !/^(?:her|his|him|hers)$/.test(word)) cues.push(cue);
  }
  profile.statements.push({ text, tense: past ? 'past' : 'present', topic });
}

/** "repairs clocks" → "{v:repair} clocks"; "lost his brother" → "lost {their} brother"; "hiding" → "{v:be} hiding". */
export function predicateTemplate(words: string[]): string | null {
  const terms = tagged(`she ${words.join(' ')}`).slice(1);
  if (terms.length === 0) return null;
  let verbDone = false;
  const out: string[] = [];
  terms.forEach((term, index) => {
    const word = term.text;
    const lower = word.toLowerCase();
    const after = /^[,;]/.test(term.post) ? ',' : '';
    const next = terms[index + 1];
    if (!verbDone && term.tags.has('Verb')) {
      verbDone = true;
      if (term.tags.has('Gerund')) out.push('{v:be}', word);
      else if (/^(?:am|is|are|'m|'s)$/.test(lower)) out.push('{v:be}');
      else if (/^(?:was|were)$/.test(lower)) out.push('{v:was}');
      else if (/^(?:has|have)$/.test(lower)) out.push('{v:have}');
      else if (/^(?:does|do)$/.test(lower)) out.push('{v:do}');
      else if (
        term.tags.has('Modal') ||
        term.tags.has('PastTense') ||
        term.tags.has('Auxiliary') ||
        /^(?:can|could|will|would|should|must|might|may)$/.test(lower)
      )
        out.push(word);
      else out.push(`{v:${baseForm(lower)}}`);
      if (after) out[out.length - 1] += after;
      return;
    }
    out.push((pronounToken(lower, next) ?? word) + after);
  });
  return out.join(' ').replace(/\s+,/g, ',');
}

function baseForm(verb: string): string {
  const conjugated = nlp(verb).verbs().conjugate() as Array<{ Infinitive?: string }>;
  return conjugated[0]?.Infinitive ?? verb.replace(/s$/, '');
}

function pronounToken(lower: string, next: Term | undefined): string | null {
  switch (lower) {
    case 'my':
    case 'his':
    case 'their':
      return '{their}';
    case 'her':
      return next && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Preposition') ? '{their}' : '{them}';
    case 'me':
    case 'him':
    case 'them':
      return '{them}';
    case 'myself':
    case 'himself':
    case 'herself':
    case 'themselves':
      return '{themselves}';
    case 'mine':
    case 'hers':
    case 'theirs':
      return '{theirs}';
    case 'i':
    case 'she':
    case 'he':
    case 'they':
      return '{they}';
    default:
      return null;
  }
}

/** A noun phrase about the character: a role, a being, traits, places, and clauses hung on them. */
function readNounClause(words: string[], profile: Profile, cues: PronounKey[], past: boolean): void {
  if (words.length === 0) return;
  const lower = words.map((word) => word.toLowerCase());

  // "who wants to be a witch", "that never sleeps": a clause about the character.
  const relative = lower.findIndex((word, index) => index > 0 && /^(?:who|that|which|whose)$/.test(word));
  if (relative > 0) {
    const tail = words.slice(relative + 1);
    if (tail.length > 0) readPredicate(tail, profile, cues);
    readNounClause(words.slice(0, relative), profile, cues, past);
    return;
  }
  // "runaway prince hiding as a stable hand", "pilot with a bad leg": a participle or "with" clause.
  const terms = tagged(words.join(' '));
  const gerund = terms.findIndex((term, index) => index > 0 && term.tags.has('Gerund'));
  if (gerund > 0 && gerund < words.length) {
    readPredicate(words.slice(gerund), profile, cues);
    readNounClause(words.slice(0, gerund), profile, cues, past);
    return;
  }
  const withAt = lower.findIndex((word, index) => index > 0 && (word === 'with' || word === 'without'));
  if (withAt > 0) {
    const what = words.slice(withAt + 1).join(' ');
    if (what)
      profile.statements.push({
        text: `{v:have} ${lower[withAt] === 'without' ? 'no ' : ''}${withPronouns(what)}`,
        tense: 'present',
        topic: 'other',
      });
    readNounClause(words.slice(0, withAt), profile, cues, past);
    return;
  }
  // Places: "in Mumbai", "from the Iron Hills", "aboard the Kessa".
  const prepAt = lower.findIndex((word, index) => PLACE_PREPS.has(word) && index > 0 && isPlaceObject(words.slice(index + 1), word));
  if (prepAt > 0 || (prepAt === 0 && words.length > 1)) {
    const place = placeFrom(words.slice(prepAt));
    if (place) {
      if (place.prep === 'from') profile.origin ??= place;
      else profile.place ??= place;
    }
    if (prepAt > 0) readNounClause(words.slice(0, prepAt), profile, cues, past);
    return;
  }
  if (PLACE_PREPS.has(lower[0]) && words.length > 1) {
    const place = placeFrom(words);
    if (place) {
      if (place.prep === 'from') profile.origin ??= place;
      else profile.place ??= place;
    }
    return;
  }
  readHead(words, profile, cues, past);
}

/** The head of a noun phrase: gender, age, traits, a role or a being, or a thing named. */
function readHead(words: string[], profile: Profile, cues: PronounKey[], past: boolean): void {
  const lower = words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ''));
  const kept: string[] = [];
  const keptLower: string[] = [];
  let former = past;
  let contrast = false;
  for (let index = 0; index < words.length; index++) {
    const word = lower[index];
    if (!word || INTENSIFIERS.has(word) || (DETERMINERS.has(word) && kept.length === 0)) continue;
    if (word === 'and' || word === 'but' || word === 'yet' || word === '&' || word === 'or') {
      if (word !== 'and') contrast = true;
      continue;
    }
    if (word === 'non-binary' || word === 'nonbinary' || word === 'enby') {
      cues.unshift('they');
      continue;
    }
    const gender = genderOf(word);
    if (gender && isGenderNoun(word)) {
      cues.push(gender);
      continue;
    }
    if (gender) cues.push(gender);
    if (AGE_WORDS.has(word)) {
      profile.age = /^(?:young|teenage|youthful)$/.test(word) ? 'young' : 'old';
      continue;
    }
    if (FORMER_WORDS.has(word) || word === 'ex') {
      former = true;
      if (word === 'retired') profile.age ??= 'old';
      if (word !== 'retired' && word !== 'former' && word !== 'ex') {
        kept.push(words[index]);
        keptLower.push(word);
      }
      continue;
    }
    const trait = TRAIT_WORDS.get(word);
    if (trait && !(trait.noun && occupationAt(lower, index) !== null)) {
      if (!profile.traits.some((known) => known.entry === trait.entry)) profile.traits.push({ word, entry: trait.entry, noun: trait.noun });
      continue;
    }
    kept.push(words[index]);
    keptLower.push(word);
  }
  void contrast;
  if (keptLower.length === 0) return;

  const role = findRole(keptLower);
  if (role.pronoun) cues.push(role.pronoun);
  if (role.kind !== 'human') {
    profile.kind = role.kind;
    profile.being ??= kept.join(' ').replace(/\bai\b/gi, 'AI');
    if (role.role && role.kind === 'machine' && role.role.field === 'tech') return;
    if (role.role && role.role.label !== null && !MACHINE_WORDS.has(role.role.label.toLowerCase()))
      profile.role ??= { ...role.role, phrase: keptLower.join(' ') };
    return;
  }
  if (role.role) {
    if (profile.role) return;
    const headEnd = keptLower.lastIndexOf(role.match[role.match.length - 1] ?? '') + 1;
    const phrase = keptLower.slice(0, headEnd || keptLower.length).join(' ');
    profile.role = { ...role.role, phrase: singular(phrase), former: former || role.role.former };
    return;
  }
  // One adjective the trait lexicon does not know: a trait all the same ("melancholic").
  const terms = tagged(kept.join(' '));
  if (terms.length > 0 && terms.every((term) => term.tags.has('Adjective'))) {
    for (const term of terms)
      if (profile.traits.length < LIMITS.traits) profile.traits.push({ word: term.lower, entry: null, noun: false });
    return;
  }
  const phrase = kept.join(' ');
  if (keptLower.length === 1 && THEMES.has(keptLower[0])) {
    profile.themes.push(keptLower[0]);
    return;
  }
  // An unknown person-noun ("orphan", "drifter", "dreamer"): what the character is.
  const head = terms[terms.length - 1];
  if (head?.tags.has('Actor') && !head.tags.has('Plural') && !profile.role) {
    profile.role = { phrase: singular(keptLower.join(' ')), label: null, field: 'general', status: false, former };
    return;
  }
  if (/^(?:[0-9]{3,4}s?|the\s+[0-9]{3,4}s)$/i.test(phrase)) return; // a year: the genre reads it
  if (profile.mentions.length < LIMITS.mentions && phrase.length > 1) profile.mentions.push(withPronouns(phrase));
}

type RoleFound = { role: Role | null; kind: Kind; pronoun: PronounKey | null; match: string[] };

function findRole(lower: string[]): RoleFound {
  for (let index = 0; index < lower.length; index++) {
    const found = occupationAt(lower, index);
    if (found) {
      const occupation = found.occupation;
      const role: Role = {
        phrase: found.form,
        label: occupation.label,
        field: occupation.field,
        status: STATUS_LABELS.has(occupation.label),
        former: false,
      };
      const kind =
        occupation.kind ??
        (lower.some((word) => MACHINE_WORDS.has(word)) ? 'machine' : lower.some((word) => CREATURE_WORDS.has(word)) ? 'creature' : 'human');
      const gendered = GENDERED_FORMS[found.form] ?? occupation.pronoun ?? null;
      return { role, kind, pronoun: gendered, match: found.form.split(' ') };
    }
  }
  return roleFromWords(lower);
}

function roleFromWords(lower: string[]): RoleFound & { role: Role | null } {
  const joined = lower.join(' ');
  const found = OCCUPATION_FORMS.find((entry) => entry.form === joined);
  if (found) return findRole(found.form.split(' '));
  if (lower.some((word) => MACHINE_WORDS.has(word))) return { role: null, kind: 'machine', pronoun: null, match: [] };
  if (lower.some((word) => CREATURE_WORDS.has(word) || /^(?:vampire|werewolf|ghoul|undead|lich|wraith)$/.test(word))) {
    return { role: null, kind: 'creature', pronoun: null, match: [] };
  }
  return { role: null, kind: 'human', pronoun: null, match: [] };
}

const FORMS_BY_WORDS = new Map(OCCUPATION_FORMS.map((entry) => [entry.form, entry.occupation]));
const LONGEST_FORM = Math.max(...OCCUPATION_FORMS.map((entry) => entry.form.split(' ').length));

function occupationAt(lower: string[], index: number): { form: string; occupation: Occupation } | null {
  for (let length = Math.min(LONGEST_FORM, lower.length - index); length >= 1; length--) {
    const form = lower.slice(index, index + length).join(' ');
    const occupation = FORMS_BY_WORDS.get(form) ?? FORMS_BY_WORDS.get(singular(form));
    if (occupation) return { form: singular(form), occupation };
  }
  return null;
}

function singular(phrase: string): string {
  const words = phrase.split(' ');
  const last = words[words.length - 1] ?? '';
  if (!/s$/.test(last) || /(?:ss|us|is)$/.test(last) || FORMS_BY_WORDS.has(phrase)) return phrase;
  const one = nlp(last).nouns().toSingular().text();
  return [...words.slice(0, -1), one || last].join(' ');
}

// ───────────────────────────── places ─────────────────────────────

function isPlaceObject(words: string[], prep: string): boolean {
  if (words.length === 0) return false;
  const first = words[0];
  const lower = first.toLowerCase();
  if (/^\p{Lu}/u.test(first) && !SUBJECTS[lower]) return true;
  if (STRONG_PLACE_PREPS.has(prep) && (DETERMINERS.has(lower) || PLACE_NOUNS.has(lower))) {
    return (
      !/^(?:love|debt|trouble|charge|search|pursuit|exile|hiding|disguise|secret|private)$/.test(words[1]?.toLowerCase() ?? lower) ||
      PLACE_NOUNS.has(lower)
    );
  }
  return words.some((word) => PLACE_NOUNS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word));
}

function placeFrom(words: string[]): Place | null {
  const prep = words[0]?.toLowerCase() ?? 'in';
  const object = words.slice(1);
  // The place ends where a clause about something else begins.
  const end = object.findIndex((word, index) => index > 0 && /^(?:who|that|which|where|with|and|but|because|since|for)$/i.test(word));
  const text = (end > 0 ? object.slice(0, end) : object).join(' ').replace(/[,.]+$/, '');
  if (!text) return null;
  return { text: withPronouns(text), prep: prep === 'at' && /^\p{Lu}/u.test(text) ? 'in' : prep };
}

/** The last place a predicate names: "repairs clocks in a cramped shop in Prague" → in a cramped shop in Prague. */
function placeIn(words: string[]): Place | null {
  const lower = words.map((word) => word.toLowerCase());
  const at = lower.findIndex(
    (word, index) =>
      PLACE_PREPS.has(word) && isPlaceObject(words.slice(index + 1), word) && (word !== 'on' || /^\p{Lu}/u.test(words[index + 1] ?? '')),
  );
  if (at < 0) return null;
  const object = words.slice(at + 1);
  if (!object.some((word) => /^\p{Lu}/u.test(word) || PLACE_NOUNS.has(word.toLowerCase()))) return null;
  return placeFrom(words.slice(at));
}

function withPronouns(text: string): string {
  return text
    .split(' ')
    .map((word, index, all) => (/^(?:my|his|their|her)$/i.test(word) && index < all.length - 1 ? '{their}' : word))
    .join(' ');
}

// ───────────────────────────── gender ─────────────────────────────

function genderOf(word: string): PronounKey | null {
  const bare = word.replace(/'s$/, '');
  if (SHE_WORDS.has(bare)) return 'she';
  if (HE_WORDS.has(bare)) return 'he';
  return GENDERED_FORMS[bare] ?? null;
}

/** Words that only say who the character is ("woman", "boy"), not what they do. */
function isGenderNoun(word: string): boolean {
  return /^(?:woman|women|man|men|girl|boy|lady|gentleman|female|male|she|he|her|him|his|hers|lass|lad|guy|gal|bloke|mother|father|mom|mum|dad|grandmother|grandfather|grandma|grandpa|granny|wife|husband|widow|widower|daughter|son|sister|brother|aunt|uncle|niece|nephew)$/.test(
    word,
  );
}

/** A first name most people read as a woman's or a man's ("Walter", "Agnes"): the tagger's name lists. */
function pronounOfFirstName(name: string): PronounKey | null {
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return null;
  const tags = tagged(first)[0]?.tags;
  if (tags?.has('FemaleName')) return 'she';
  if (tags?.has('MaleName')) return 'he';
  return null;
}

function pronounOfName(name: string): PronounKey | null {
  const title = (name.trim().split(/\s+/)[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (NAME_TITLES_SHE.has(title)) return 'she';
  if (NAME_TITLES_HE.has(title)) return 'he';
  return null;
}
