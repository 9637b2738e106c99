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

import path from 'node:path';
import nlp from 'compromise';
import { z } from 'zod';
import { numberFromWords } from '../../lib/number-words';
import { readJsonFile } from '../../lib/read-json-file';
import { detectGenre, type Genre } from './genres';
import { indefiniteArticle, upperFirst } from './render';
import { AGE_WORDS, HE_WORDS, NAME_TITLES_HE, NAME_TITLES_SHE, PERSON_WORDS, PLACE_NOUNS, SHE_WORDS } from './lexicon';
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
  /**
   * Whether lines written for the lexicon's trade fit this one: not when a noun narrows it to
   * another trade ("tattoo artist" is no painter, "ferry captain" no sea captain), as a kind
   * ("dwarf blacksmith") or a place ("Boston firefighter") does not.
   */
  specific?: boolean;
};

export type Trait = { word: string; entry: TraitEntry | null; noun: boolean };

/** `era`: the times the character lives in ("during the war with the Xel"), told as a noun phrase. */
export type Topic = 'want' | 'secret' | 'loss' | 'dislike' | 'like' | 'home' | 'era' | 'other';

export type Statement = {
  /** The predicate, after a subject: "{v:repair} clocks in a cramped shop in Prague". */
  text: string;
  /** The text is a whole clause with its own subject: "{their} husband was an adventurer". */
  whole?: boolean;
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
  /** A people of the setting the character belongs to: "dwarf", "elf", "orc". */
  species: string | null;
  /** Stated in the description: a marriage ended by a death, or one that goes on. */
  marriage: 'widowed' | 'married' | null;
  place: Place | null;
  origin: Place | null;
  traits: Trait[];
  statements: Statement[];
  /** Things named with nothing said about them: "books", "a silver locket", "one eye". */
  mentions: string[];
  /** Themes named alone ("grief", "revenge"), which steer the story. */
  themes: string[];
  age: 'young' | 'old' | null;
  /** The description as written, when it is not in English (what could be read of it is in the rest). */
  foreign: string | null;
  /** The language a foreign description is written in: "Spanish", "Japanese". */
  language: string | null;
  /** The character's age in years, when the description gives it ("he's 40", "a 67-year-old"). */
  ageYears: number | null;
  /** A year the description names ("1858", "around the year 950"), for the era. */
  year: number | null;
  /** The description as given, to check the writer's own lines against what it says. */
  said: string;
  /** The age they took up the work, when the description says ("diving since she was fifteen"). */
  startedAt?: number;
};

/** Pronouns heard in possessives ("doing her residency"): the pronoun when nothing states it. */
let weakCues: PronounKey[] = [];

const LIMITS = { chars: 1500, clauses: 24, traits: 4, statements: 8, mentions: 3 };

const SUBJECTS: Record<string, PronounKey | null> = { i: null, she: 'she', he: 'he', they: 'they', it: 'it' };
const COPULAS = new Set(['is', 'am', 'are', 'was', 'were', "'s", "'m"]);
const LEADING_JOINERS = new Set(['and', 'but', 'also', 'so', 'then', 'plus', 'yet', 'or']);
/** Participles that say how the character is, not what it did: "obsessed with clouds". */
const PARTICIPLE_STATES =
  /^(?:obsessed|married|addicted|devoted|known|scared|terrified|haunted|fixated|dedicated|committed|engaged|interested|fascinated|trapped|stuck|tired|bored|blessed|cursed|gifted|skilled|trained|feared|loved|hated|respected|wanted|wanted|exiled|banished|sworn|bound)$/;
const ADVERB_LEADS = new Set([
  'now',
  'still',
  'also',
  'secretly',
  'once',
  'always',
  'never',
  'often',
  'quietly',
  'really',
  'recently',
  'finally',
  'later',
  'then',
  'usually',
  'sometimes',
]);
/** Places whose name takes "the": "in the Caribbean", "in the Alps". */
const THE_PLACES =
  /^(?:caribbean|netherlands|bahamas|philippines|alps|andes|himalayas|rockies|sahara|arctic|antarctic|balkans|highlands|midwest|pacific|atlantic|mediterranean|yukon|outback|gobi|amazon|congo|hague|bronx|wild west|far east|middle east|uk|us|usa|badlands|wastes|wasteland)$/i;
/** The character named by what it is: "this character is…", "my NPC is…". */
const CHARACTER_SUBJECT = /^(?:this|the|my|our)\s+(?:character|npc|guy|girl|woman|man|person)\s+/i;
const FORMER_WORDS = new Set([
  'once',
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
const LOSS_WORDS = /\b(?:died|killed|murdered|never came back|lost|drowned|buried|passed away)\b/;
const LOSS_VERBS = /^(?:lost|died|killed|murdered|burned|burnt|abandoned|orphaned|betrayed|buried|drowned|widowed)\b/;
const DISLIKE_VERBS = /^(?:hate|dislike|despise|loathe|fear|detest|resent|dread|abhor|distrust|avoid)/;
const LIKE_VERBS = /^(?:love|like|adore|enjoy|collect|cherish|prefer)/;
const HOME_VERBS = /^(?:live|lived|grew|born|come|came|hail|reside|dwell|move|moved)|^raised\s+(?:in|by|on|among)\b/;

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
const FOREIGN_WORDS: Readonly<Record<string, { word?: string; pronoun?: PronounKey }>> = readJsonFile(
  path.join(import.meta.dirname, 'foreign-words.json'),
  z.record(z.string(), z.strictObject({ word: z.string().min(1).optional(), pronoun: z.enum(['she', 'he', 'they', 'it']).optional() })),
  'Foreign words',
);

const FOREIGN_FUNCTION_WORDS = new Set([
  'ela',
  'ele',
  'em',
  'não',
  'uma',
  'da',
  'das',
  'dos',
  'na',
  'nas',
  'nos',
  'com',
  'seu',
  'sua',
  'é',
  'mas',
  'pelo',
  'pela',
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
/**
 * Descriptions read lately: Regenerate and many characters with the same words read the same text
 * again (the profile is not changed by the writer, so one copy serves every take).
 */
const READ_LATELY = new Map<string, Readonly<Profile>>();

export function readInput(inputText: string, name: string): Readonly<Profile> {
  const key = `${name}\u0000${inputText}`;
  const known = READ_LATELY.get(key);
  if (known) return known;
  const profile = readFresh(inputText, name);
  if (READ_LATELY.size >= 500) READ_LATELY.delete(READ_LATELY.keys().next().value ?? '');
  READ_LATELY.set(key, profile);
  return profile;
}

function readFresh(inputText: string, name: string): Profile {
  const profile: Profile = {
    pronoun: 'they',
    pronounStated: false,
    kind: 'human',
    genre: 'neutral',
    role: null,
    being: null,
    species: null,
    marriage: null,
    place: null,
    origin: null,
    traits: [],
    statements: [],
    mentions: [],
    themes: [],
    said: inputText,
    age: null,
    foreign: null,
    language: null,
    year: null,
    ageYears: null,
  };
  let text = prepare(inputText);
  const cues: PronounKey[] = [];
  weakCues = [];
  // "she/her", "they/them" anywhere: the pronoun to use, and no part of the story.
  text = text.replace(/\b(she|he|they|it)\s*\/\s*(?:her|hers|him|his|them|theirs|its)\b/gi, (_whole, subject: string) => {
    cues.unshift(SUBJECTS[subject.toLowerCase()] ?? 'they');
    return ' ';
  });
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
    const state: ClauseState = { afterCopula: false, afterPredicate: false, placeJustSet: false, afterWhole: null, label: null };
    for (const clause of splitClauses(text).slice(0, LIMITS.clauses)) {
      if (clause.opensSentence) {
        state.afterCopula = false;
        state.afterPredicate = false;
        state.afterWhole = null;
      }
      const placeBefore = profile.place;
      const told = profile.statements.length;
      readClause(clause.text, profile, nameWords, cues, state);
      state.placeJustSet = profile.place !== placeBefore;
      // "His apprentice can, and reads…": what follows a sentence about someone else is still about them.
      if (profile.statements.length > told) {
        const last = profile.statements[profile.statements.length - 1];
        state.afterWhole = last?.whole ? last : null;
      }
    }
  }

  // Last, the possessives anywhere in the text ("for raising his own teacher").
  // In a first-person description ("I tell her I work in a factory") a "her" is someone else's.
  if (cues.length === 0 && weakCues.length === 0 && !profile.foreign && !/\b(?:I|I'm|my|me)\b/.test(text)) {
    const his = (text.match(/\b(?:his|him|himself)\b/gi) ?? []).length;
    const her = (text.match(/\b(?:her|hers|herself)\b/gi) ?? []).length;
    if (his > her) weakCues.push('he');
    else if (her > his) weakCues.push('she');
  }
  const age =
    /\b(?:(?:is|am|she is|he is|they are|aged|age)\s+(\d{1,3})\b(?!\s*(?:years? (?:ago|later)|%|km|miles))|(\d{1,3})[- ]years?[- ]old)/i.exec(
      text,
    );
  const spelled = /\b(?:is|am|aged)\s+((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\b/i.exec(text);
  if (!age && spelled) {
    profile.ageYears = numberFromWords((spelled[1] ?? '').toLowerCase());
    if (profile.ageYears !== null) profile.age = profile.ageYears >= 55 ? 'old' : profile.age;
  }
  if (age) {
    profile.ageYears = Number.parseInt(age[1] ?? age[2] ?? '0', 10) || null;
    if (profile.ageYears !== null) profile.age = profile.ageYears >= 55 ? 'old' : profile.ageYears < 20 ? 'young' : profile.age;
  }
  // Grandchildren make a grandparent; "since she was fifteen" is when the work began.
  if (
    profile.age === null &&
    /\b(?:grandchildren|grandkids|grandsons?|granddaughters?|great-grand\w*|nietos|nietas|netos|netas|enkel\w*|petits-enfants|nipoti)\b/i.test(
      text,
    )
  )
    profile.age = 'old';
  const since = /\bsince (?:she|he|they|i) (?:was|were) (\w+)\b|\bsince (?:the )?age (?:of )?(\w+)\b|\b(?:started|began) at (\w+)\b/i.exec(
    text,
  );
  const sinceAge = since
    ? Number.parseInt(since[1] ?? since[2] ?? since[3] ?? '', 10) || numberFromWords((since[1] ?? since[2] ?? since[3] ?? '').toLowerCase())
    : null;
  if (sinceAge !== null && sinceAge >= 5 && sinceAge <= 70) profile.startedAt = sinceAge;
  const year = /\b(?:year |in |circa |c\. ?)?(\d{3,4})s?\b/.exec(text);
  if (year) profile.year = Number.parseInt(year[1], 10);
  if (/\b(?:widow|widower|widowed|lost (?:her|his|their) (?:wife|husband)|viud[oa]|veuve|veuf|witwe|witwer|vi[uú]v[oa])\b/i.test(text))
    profile.marriage = 'widowed';
  else if (/\b(?:married|wife|husband|spouse)\b/i.test(text)) profile.marriage = 'married';
  const stated = cues[0] ?? weakCues[0];
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
  resolvePronouns(profile);
  tidyProfile(profile);
  // "the only doctor", "the last scribe": the trade is the doctor's, the scribe's.
  if (profile.role) profile.role.phrase = profile.role.phrase.replace(/^(?:only|sole|last|lone)\s+(?=\S)/i, '');
  // "…aboard the carrier Indomitable during the war with the Xel": read after a place, the times are an era too.
  profile.statements = profile.statements
    .map((statement) => {
      const era = /^\{v:be\} (?:during|amid|amidst) (.+)$/.exec(statement.text);
      return era ? { ...statement, text: era[1], topic: 'era' as const } : statement;
    })
    .slice(0, LIMITS.statements);
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
    .replace(/\b(?:undefined|null|NaN)\b/g, ' ');
  text = expandContractions(readEmoji(text));
  text = text.replace(/[ \t\u00a0]+/g, ' ').trim();
  if (text.length > LIMITS.chars) {
    const cut = text.slice(0, LIMITS.chars);
    const stop = Math.max(cut.lastIndexOf('.'), cut.lastIndexOf(' '));
    text = stop > LIMITS.chars / 2 ? cut.slice(0, stop) : cut;
  }
  return calmCapitals(text);
}

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bcan't\b/gi, 'can not'],
  [/\bcannot\b/gi, 'can not'],
  [/\bwon't\b/gi, 'will not'],
  [/\b(\w+)n't\b/gi, '$1 not'],
  [/\b(I|you|we|they)'ve\b/gi, '$1 have'],
  [/\b(I|you|she|he|we|they|it)'ll\b/gi, '$1 will'],
  [/\b(I|you|she|he|we|they)'d\b/gi, '$1 would'],
  [/\b(you|we|they)'re\b/gi, '$1 are'],
  [/\bI'm\b/gi, 'I am'],
  [/\b(she|he|it)'s\b/gi, '$1 is'],
];

/** "I don't ask" → "I do not ask": a negation kept whole, so no reading loses it. */
function expandContractions(text: string): string {
  return CONTRACTIONS.reduce((result, [pattern, full]) => result.replace(pattern, full), text);
}

/** Known emoji become their word; every other pictograph is dropped. */
function readEmoji(text: string): string {
  let result = text;
  for (const [emoji, word] of Object.entries(EMOJI_WORDS).sort((a, b) => b[0].length - a[0].length)) {
    const already = new RegExp(`\\b${word}\\b`, 'i').test(result);
    result = result.replaceAll(emoji, already ? ', ' : `, ${word}, `);
  }
  // Every other pictograph separates what is around it, as a comma would.
  return result
    .replace(
      /(?:\p{Extended_Pictographic}|[\u{1f1e6}-\u{1f1ff}])(?:\u200d|\ufe0f|[\u{1f3fb}-\u{1f3ff}]|\p{Extended_Pictographic})*/gu,
      ', ',
    )
    .replace(/\u200d|\ufe0f/gu, '')
    .replace(/(?:,\s*){2,}/g, ', ')
    .replace(/^\s*,\s*|\s*,\s*$/g, '');
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
  // "torero retirado, Madrid, melancólico": words of another language, by their letters and endings.
  const accented = words.filter(
    (word) => /[áéíóúñàèìòùâêîôûçäöüß]/.test(word) || /(?:ado|ada|ico|ica|ción|eur|euse|ung|lich)$/.test(word),
  ).length;
  return (foreign >= 2 && foreign > english * 2) || (accented >= 2 && english === 0);
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
      } else profile.role = role.role ?? { phrase: entry.word, label: null, field: 'general', status: false, former: false };
    }
  }
  const gendered = found.find((entry) => entry.word && entry.pronoun) ?? found.find((entry) => entry.pronoun);
  if (gendered?.pronoun) cues.push(gendered.pronoun);
  profile.language = languageOf(text);
  // "Es carnicera", "É padeiro": the word after "is" names the trade, even one the dictionary lacks.
  const stated =
    /(?:^|[\s.])(?:es|é|est|ist|è|als|como|comme|come|fa (?:il|la|lo))\s+(?:una?|um|uma|une?|eine?|la|el)?\s*([\p{L}]{4,})/iu.exec(text);
  if (
    stated &&
    // "ist fröhlich", "est pieux": how they are, not what they do.
    !/(?:lich|ig|isch|sam|haft|eux|oso|osa|ivo|iva|ble|ante|ente)$/i.test(stated[1] ?? '') &&
    // "É viúva": widowed, not a trade.
    !/^(?:vi[uú]v[oa]|viud[oa]|veuve|veuf|witwe|witwer|vedov[oa]|casad[oa]|mari[ée]e?|verheiratet)$/i.test(stated[1] ?? '') &&
    !profile.role &&
    !profile.being &&
    (profile.language === 'Spanish' ||
      profile.language === 'Portuguese' ||
      profile.language === 'Italian' ||
      profile.language === 'French' ||
      profile.language === 'German')
  ) {
    const word = (stated[1] ?? '').toLowerCase();
    const known = FOREIGN_WORDS[word];
    if (!known?.word) {
      profile.role = { phrase: word, label: null, field: 'general', status: false, former: false };
      if (/(?:a|ora|era|ista)$/.test(word) && profile.language !== 'German' && profile.language !== 'French') cues.push('she');
      else if (/(?:o|or|ero)$/.test(word)) cues.push('he');
      else if (/(?:in|euse|ière|rice)$/.test(word)) cues.push('she');
    }
  }
  // "Ela vende capulanas", "verkauft Brezeln": one who sells a thing is its seller.
  const sells = /(?:^|\s)(?:vende|vend|verkauft|vendo)\s+(?:des\s+|de\s+)?(\p{L}{4,})/iu.exec(text);
  if (sells && !profile.role && !profile.being)
    profile.role = {
      phrase: `${(sells[1] ?? '').toLowerCase().replace(/s$/, '')} seller`,
      label: null,
      field: 'general',
      status: false,
      former: false,
    };
  // A place the description names: "em Coimbra", "en los Andes", "京都".
  const places = [
    ...text.matchAll(
      /(?:^|\s)(en|em|à|a|al|in|im|de|di|da|do|del|au|na|no|aus|von|auf)\s+((?:los|las|la|le|les|el|der|die|das|o|a)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu,
    ),
  ]
    // "devotissima a Sant'Agata": a saint is not a place.
    .filter(
      (match) =>
        !/^(?:Sant|San|Santa|Santo|Saint|St|Sainte)\b/.test(match[3] ?? '') && !/^(?:Er|Sie|Ela|Ele|Ella|Él|Elle|Il)$/.test(match[3] ?? ''),
    )
    .map((match) => ({ text: match[3] ?? '', prep: match[1] ?? '' }));
  // "im Strandbad in Klagenfurt", "no mercado de Xipamanine, em Maputo": the town comes after "in", "em", "à".
  const named = places.find((place) => /^(?:en|em|à|a|in|au|aus)$/.test(place.prep)) ?? places[0];
  const city = Object.entries(JAPANESE_PLACES).find(([written]) => text.includes(written));
  if (named) profile.place = { text: named.text, prep: 'in' };
  else if (city) profile.place = { text: city[1], prep: 'in' };
}

const JAPANESE_PLACES: Record<string, string> = {
  京都: 'Kyoto',
  東京: 'Tokyo',
  大阪: 'Osaka',
  北海道: 'Hokkaido',
  沖縄: 'Okinawa',
  奈良: 'Nara',
  横浜: 'Yokohama',
  広島: 'Hiroshima',
  青森: 'Aomori',
  札幌: 'Sapporo',
  福岡: 'Fukuoka',
  名古屋: 'Nagoya',
  金沢: 'Kanazawa',
  仙台: 'Sendai',
  神戸: 'Kobe',
};

/** The language of a description that is not in English, as far as its letters and little words tell. */
function languageOf(text: string): string | null {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'Japanese';
  if (/\p{Script=Hangul}/u.test(text)) return 'Korean';
  if (/\p{Script=Han}/u.test(text)) return 'Chinese';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'Russian';
  if (/\p{Script=Arabic}/u.test(text)) return 'Arabic';
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const score = (list: string[]) => list.filter((word) => words.has(word)).length;
  const scores: Array<[string, number]> = [
    ['Portuguese', score(['ela', 'ele', 'é', 'em', 'uma', 'um', 'não', 'com', 'os', 'da', 'do', 'que', 'seu', 'sua'])],
    ['Spanish', score(['ella', 'él', 'es', 'en', 'una', 'un', 'con', 'los', 'las', 'del', 'que', 'su', 'muy', 'y'])],
    ['French', score(['elle', 'il', 'est', 'une', 'un', 'dans', 'les', 'des', 'du', 'et', 'qui', 'avec', 'sur'])],
    ['German', score(['sie', 'er', 'ist', 'eine', 'ein', 'und', 'der', 'die', 'das', 'mit', 'im', 'von', 'aus'])],
    ['Italian', score(['lei', 'lui', 'è', 'una', 'il', 'della', 'di', 'che', 'con', 'nel'])],
  ];
  const best = scores.sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : null;
}

/** Sentences, then their comma- and semicolon-separated parts; a bare list item joins the clause before it. */
type Clause = { text: string; opensSentence: boolean };

/** What the clauses before said that the next one takes on: "She is tall, scarred and soft-spoken". */
type ClauseState = {
  afterCopula: boolean;
  afterPredicate: boolean;
  placeJustSet: boolean;
  /** A sentence about someone else began this one ("Her husband worked…"): its verbs that follow are theirs. */
  afterWhole: Statement | null;
  label: Topic | 'skip' | 'place' | null;
};

/** Sentences, then their comma- and semicolon-separated parts; a bare list item joins the clause before it. */
function splitClauses(text: string): Clause[] {
  const sentences = text
    // "two wives (complicated)": a word in brackets is an aside, not a trait.
    .replace(/\s*\(\s*[\p{L}'-]+\s*\)/gu, '')
    .replace(/\b(Mr|Mrs|Ms|Mx|Dr|St|Mt|Prof|Capt|Sgt|Lt|Col|Gen|Rev|Jr|Sr)\.\s/g, '$1\u2024 ')
    .split(/(?<=[.!?;:])\s+|\n+|[.!?;]+$|\s[-–—/|]+\s|[()[\]]/);
  const clauses: Clause[] = [];
  for (const sentence of sentences) {
    const parts = sentence
      // "…, and she has stopped going to meet it": a clause that points back with "it" stays with what it points to.
      .split(
        /[,，、](?![^,]*\band\s+(?:she|he|they|i)\s[^,]*\b(?:it|them)\b[^,]*$)|\s+(?=(?:and|but)\s+(?:then\s+)?(?:now|later|also|still|secretly|never|always)?\s*(?:she|he|they|i)\s(?![^,]*\b(?:it|them)\b))/i,
      )
      .map((part) =>
        part
          .replace(/[.!?;"]+/g, ' ')
          .replace(/\u2024/g, '.')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((part) => /[\p{L}\p{N}]/u.test(part));
    let previous: string | null = null;
    let lead = '';
    let first = true;
    for (const raw of parts) {
      // "Now, in 1881, he rides…": a lone adverb belongs to what follows.
      const part = lead ? `${lead} ${raw}` : raw;
      lead = '';
      if (/^(?:now|then|later|today|still|once|secretly)$/i.test(part)) {
        lead = part;
        continue;
      }
      // "loves cats, dogs and tea": a bare noun list continues the verb before it.
      if (previous !== null && continuesList(previous, part)) {
        clauses[clauses.length - 1].text = `${clauses[clauses.length - 1].text}, ${part}`;
        continue;
      }
      clauses.push({ text: part.replace(/:$/, '').trim(), opensSentence: first });
      // A label ("Personality:") opens what follows it.
      first = /:$/.test(part);
      previous = part;
    }
  }
  return clauses.filter((clause) => clause.text.length > 0);
}

/** Labels of a designer's character sheet, and what the clauses after them are about. */
const LABELS: Record<string, ClauseState['label']> = {
  personality: null,
  traits: null,
  appearance: null,
  looks: null,
  background: null,
  backstory: null,
  'backstory idea': null,
  bio: null,
  notes: null,
  note: null,
  speech: 'skip',
  voice: 'skip',
  'speech style': 'skip',
  name: 'skip',
  age: 'skip',
  gender: 'skip',
  likes: 'like',
  loves: 'like',
  hobbies: 'like',
  dislikes: 'dislike',
  hates: 'dislike',
  fears: 'dislike',
  goal: 'want',
  goals: 'want',
  wants: 'want',
  motivation: 'want',
  secret: 'secret',
  secrets: 'secret',
  location: 'place',
  home: 'place',
  occupation: null,
  job: null,
  role: null,
};

function continuesList(previous: string, part: string): boolean {
  // "She loves cats, dogs": the list goes on from the verb after the subject.
  const previousWords = previous.split(' ').filter((word, index) => index > 0 || SUBJECTS[word.toLowerCase()] === undefined);
  if (previousWords.length < 2 || !isPredicateStart(previousWords)) return false;
  // "loves cats, dogs": a list goes on from a noun; "lives underground, bad jokes" is a new item.
  const last = tagged(previous).at(-1);
  if (
    last &&
    (!last.tags.has('Noun') ||
      /^(?:underground|abroad|alone|home|outside|upstairs|downstairs|nearby|overseas|offshore|ashore|aboard|rough)$/.test(last.lower))
  )
    return false;
  const words = part
    .toLowerCase()
    .replace(/^and\s+/, '')
    .split(' ');
  if (words.length > 4) return false;
  // "hums doinas, distrusts priests": a second doing, not more of the list.
  if (isVerbForm(words[0] ?? '') && words.length >= 2 && !words.includes('and')) return false;
  // "…, priests nothing, and tax collectors double": people in the plural are more of the list, not the character's trade.
  const trade = occupationAt(words, 0) !== null && !/s$/.test(words[0] ?? '');
  if (words.some((word) => TRAIT_WORDS.has(word) || COPULAS.has(word) || SUBJECTS[word] !== undefined) || trade) return false;
  const terms = tagged(part);
  // "…, and tax collectors double": the last of the list, whatever the tagger makes of "tax".
  if (/^and\s/i.test(part) && terms.some((term) => term.tags.has('Plural') && term.tags.has('Noun'))) return true;
  return (
    terms.every(
      (term) =>
        term.tags.has('Noun') ||
        term.tags.has('Conjunction') ||
        term.tags.has('Determiner') ||
        term.tags.has('Adjective') ||
        /^(?:nothing|double|twice|half|extra|free|less|more)$/.test(term.lower),
    ) && !terms.some((term) => term.tags.has('Place'))
  );
}

// ───────────────────────────── clauses ─────────────────────────────

type Term = { text: string; post: string; lower: string; tags: Set<string> };

/**
 * What the tagger makes of a text, remembered: the reader asks about the same short pieces many
 * times per description ("she lawyer", "Achiever"), and descriptions come back (Regenerate).
 * Callers only read the terms.
 */
const TAGGED = new Map<string, readonly Term[]>();
const TAGGED_LIMIT = 20_000;

function tagged(text: string): readonly Term[] {
  const known = TAGGED.get(text);
  if (known) return known;
  const sentences = nlp(text).json({ terms: { tags: true, normal: true } }) as Array<{
    terms: Array<{ text: string; normal: string; post: string; tags: string[] }>;
  }>;
  const terms = sentences.flatMap((sentence) =>
    sentence.terms.map((term) => ({ text: term.text, post: term.post.trim(), lower: term.normal, tags: new Set(term.tags) })),
  );
  if (TAGGED.size >= TAGGED_LIMIT) TAGGED.clear();
  TAGGED.set(text, terms);
  return terms;
}

function readClause(raw: string, profile: Profile, nameWords: ReadonlySet<string>, cues: PronounKey[], state: ClauseState): void {
  let words = raw.split(' ').filter(Boolean);
  while (words.length > 0 && LEADING_JOINERS.has(words[0].toLowerCase())) words = words.slice(1);
  if (words.length === 0) return;
  const lower = words.map((word) => word.toLowerCase());
  const joinedLower = lower.join(' ');

  // "Personality", "Backstory idea", "Likes": a label says what follows is about.
  if (joinedLower in LABELS) {
    state.label = LABELS[joinedLower] ?? null;
    return;
  }
  if (state.label === 'skip') return;
  if (state.label === 'place' && !profile.place) {
    profile.place = { text: words.join(' '), prep: 'in' };
    return;
  }
  if (
    (state.label === 'like' || state.label === 'dislike' || state.label === 'want' || state.label === 'secret') &&
    !SUBJECTS[lower[0]] &&
    !isPredicateStart(words)
  ) {
    const verb = { like: '{v:love}', dislike: '{v:hate}', want: '{v:want}', secret: '{v:hide}' }[state.label];
    profile.statements.push({ text: `${verb} ${withPronouns(words.join(' '))}`, tense: 'present', topic: state.label });
    return;
  }
  // "during the Ming dynasty", "in the reign of…": an era, which the genre and the year already read.
  if (
    /^(?:during|in the reign|under the reign|in the time|in the days|in the age|in the year|around the year|circa|c\.)\b/.test(joinedLower)
  )
    return;
  // "Nobody knows.": what was said just before is a secret.
  if (
    /^(?:nobody|no one|no-one|none of them)\s+(?:knows?|suspects?)(?:\s+(?:it|this|that))?$|^(?:it's|it is) (?:a )?secret$/.test(
      joinedLower,
    )
  ) {
    const last = profile.statements[profile.statements.length - 1];
    if (last) last.topic = 'secret';
    return;
  }
  // "She should drop hints…", "never use modern slang": instructions for the character, not facts of its life.
  if (
    /\b(?:should|shouldn't|must not|mustn't|needs? to be|is supposed to)\b/.test(joinedLower) ||
    /^(?:never|always|don't|do not)\s+(?:use|say|mention|break|reveal|talk)\b/.test(joinedLower)
  )
    return;

  // "…, the arsonist who burned his church": after a predicate, a definite noun phrase is someone else.
  if (state.afterPredicate && /^(?:the|one|this|that|whoever)$/.test(lower[0])) return;
  // "Kepler's Rest, a rusting mining ring in orbit around Neptune": what the place just named is.
  if (
    state.placeJustSet &&
    profile.place &&
    /^(?:a|an)$/.test(lower[0]) &&
    words.some((word) => PLACE_NOUNS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word))
  ) {
    profile.place = { ...profile.place, text: `${profile.place.text}, ${words.join(' ')}` };
    return;
  }
  // "…at Sitakunda, north of Chittagong": more of where they are.
  if (
    profile.place &&
    /^(?:(?:just |far |a day's walk |an hour )?(?:north|south|east|west|north-east|north-west|south-east|south-west) of|not far from|just outside|outside)\s+(?:the\s+)?\p{Lu}/u.test(
      words.join(' '),
    ) &&
    !profile.place.text.includes(',')
  ) {
    profile.place = { ...profile.place, text: `${profile.place.text}, ${words.join(' ')}` };
    return;
  }
  // "Last year a Canadian drowned…", "Once a year a hooded rider pays him in gold": a time, then
  // someone else doing something: kept whole.
  if (
    /^(?:last (?:year|winter|summer|spring|autumn|month|week)|once a (?:year|month|week|season)|twice a (?:year|month)|every (?:year|winter|summer|spring|autumn|month|week|night|morning|evening)|years ago|one (?:day|night|morning|evening|winter|summer)|that (?:year|winter|summer|night)|in the (?:\w+ )?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d{4}s))\s+(?:a|an|the|his|her|their|my|one|some|two|three|no|every)\s+\S+/.test(
      lower.join(' '),
    ) &&
    tagged(words.join(' ')).some((term, index) => index > 3 && term.tags.has('Verb') && !term.tags.has('Gerund'))
  ) {
    profile.statements.push({ text: withPronouns(words.join(' ')), tense: 'present', topic: 'other', whole: true });
    return;
  }
  // "Every rickshaw she paints has a film star on the back": a sentence about the rickshaws, kept whole.
  const innerSubject = lower.findIndex((word, index) => index > 1 && SUBJECTS[word] !== undefined);
  if (
    /^(?:every|each|all|most|whatever|anything|everything)$/.test(lower[0] ?? '') &&
    innerSubject > 1 &&
    !/^(?:morning|evening|night|day|week|month|year|summer|winter|spring|autumn|fall|season|time|dawn|dusk)s?$/.test(lower[1] ?? '')
  ) {
    const said = SUBJECTS[lower[innerSubject] ?? ''];
    if (said) cues.push(said);
    profile.statements.push({ text: withPronouns(words.join(' ')), tense: 'present', topic: 'other', whole: true });
    return;
  }
  // "after the Battle of Greyford he laid down his sword": a time or a reason, then the character.
  const subjectAt = lower.findIndex(
    (word, index) => index > 1 && (word === 'she' || word === 'he' || word === 'i' || word === 'they' || nameWords.has(word)),
  );
  if (
    subjectAt > 1 &&
    /^(?:after|before|when|since|until|once|during|in|at|by|following|years|later|every|each)$/.test(lower[0]) &&
    // "Every morning she…" is a time; "Every rickshaw she paints has…" is a sentence about the rickshaws.
    (!/^(?:every|each)$/.test(lower[0]) ||
      /^(?:morning|evening|night|day|week|month|year|summer|winter|spring|autumn|fall|season|sunday|monday|tuesday|wednesday|thursday|friday|saturday|time|dawn|dusk)s?$/.test(
        lower[1] ?? '',
      )) &&
    isSubjectLed(words.slice(subjectAt))
  ) {
    const subject = SUBJECTS[lower[subjectAt]];
    if (subject) cues.push(subject);
    const predicate = predicateTemplate(words.slice(subjectAt + 1));
    if (predicate) {
      const terms = tagged(`she ${words.slice(subjectAt + 1).join(' ')}`);
      const past = terms[1]?.tags.has('PastTense') ?? false;
      profile.statements.push({
        text: `${words.slice(0, subjectAt).join(' ')}, {they} ${predicate}`,
        tense: past ? 'past' : 'present',
        topic: 'other',
        whole: true,
      });
      becameRole(words.slice(subjectAt + 1), profile);
    }
    return;
  }
  // "His gentleness surprises people", "Her husband was an adventurer": a sentence about something of theirs.
  if (/^(?:my|his|her|their)$/.test(lower[0]) && words.length > 2 && !/^(?:name)$/.test(lower[1])) {
    const clauseTerms = tagged(words.join(' '));
    const verbAt = clauseTerms.findIndex((term, index) => index > 1 && term.tags.has('Verb'));
    if (verbAt > 1) {
      // "My mother thinks I work in insurance": the verb after the character agrees with it.
      let afterCharacter = false;
      const text = words
        .map((word, index) => {
          const token = pronounToken(word.toLowerCase(), clauseTerms[index + 1]);
          if (afterCharacter && /^[a-z]+$/.test(word) && (clauseTerms[index]?.tags.has('Verb') ?? false)) {
            afterCharacter = false;
            return verbToken(clauseTerms[index] ?? { text: word, post: '', lower: word, tags: new Set() });
          }
          afterCharacter = token?.startsWith('{they') ?? false;
          return token ?? word;
        })
        .join(' ');
      const past = clauseTerms[verbAt]?.tags.has('PastTense') ?? false;
      profile.statements.push({
        text,
        tense: past ? 'past' : 'present',
        topic: LOSS_WORDS.test(joinedLower) ? 'loss' : 'other',
        whole: true,
      });
      if (/^(?:his|her)$/.test(lower[0])) weakCues.push(genderOf(lower[0]) ?? 'they');
      return;
    }
  }

  // "My name is …", "Her name is …": the name is already known.
  if (/^(?:my|her|his|their)\s+name\s+is\b/.test(lower.join(' ')) || /^(?:called|named)\b/.test(lower[0])) return;

  // "she/her", "they/them": the pronoun to use.
  const pair = /^(she|he|they|it)\s*\/\s*(?:her|him|them|its|hers|his|theirs)$/.exec(lower.join(' '));
  if (pair) {
    cues.unshift(SUBJECTS[pair[1]] ?? 'they');
    return;
  }
  const characterSubject = CHARACTER_SUBJECT.exec(words.join(' '));
  if (characterSubject) {
    words = words.slice(characterSubject[0].trim().split(/\s+/).length);
    lower.splice(0, lower.length, ...words.map((word) => word.toLowerCase()));
    words = ['_', ...words];
    lower.unshift('_');
  }
  // "calls the numbers…, always in rhyme, and has done for forty years": the same doing, said further.
  const lastStatement = profile.statements[profile.statements.length - 1];
  if (
    state.afterPredicate &&
    lastStatement &&
    !lastStatement.whole &&
    SUBJECTS[lower[0]] === undefined &&
    // "…from her father, who learned from his": said of what was just named.
    (/^(?:always|never|often|usually|mostly|rarely|sometimes|in|on|at|with|for|by|since|every|who|whose|which)$/.test(lower[0]) ||
      (/^and\s/i.test(raw) && /^(?:has|have|had)$/.test(lower[0]) && /^(?:done|been)$/.test(lower[1] ?? '')))
  ) {
    // "Cheats at cards, always pays his crew first": a second doing, joined with "and".
    const secondDoing = /^(?:always|never|often|usually|mostly|rarely|sometimes)$/.test(lower[0] ?? '') && isVerbForm(lower[1] ?? '');
    const more =
      /^and\s/i.test(raw) || secondDoing
        ? `and ${predicateTemplate(words.map((word, index) => (index === 0 ? word.toLowerCase() : word))) ?? words.join(' ')}`
        : withPronouns(words.join(' ').replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()));
    lastStatement.text = `${lastStatement.text}, ${more}`;
    return;
  }
  // "…, then drank, then stopped drinking, and now grows leeks": still the other person's doings.
  if (
    state.afterWhole &&
    SUBJECTS[lower[0]] === undefined &&
    !nameWords.has(lower[0]) &&
    isPredicateStart(words.filter((word) => !/^(?:then|and|now|later)$/i.test(word)))
  ) {
    state.afterWhole.text = `${state.afterWhole.text}, ${/^and\s/i.test(raw) ? 'and ' : ''}${withPronouns(words.join(' '))}`;
    return;
  }
  // A subject: a pronoun or the character's name. What follows is said of the character.
  let start = characterSubject ? 1 : 0;
  const subject = SUBJECTS[lower[0]];
  if (start === 1) {
    // "This character is…": the subject is already skipped.
  } else if (subject !== undefined) {
    if (subject) cues.push(subject);
    start = 1;
  } else if (lower[0] === "i'm" || lower[0] === "she's" || lower[0] === "he's" || lower[0] === "they're") {
    const pronoun = SUBJECTS[lower[0].split("'")[0]];
    if (pronoun) cues.push(pronoun);
    words = ['_', 'is', ...words.slice(1)];
    start = 1;
  } else {
    while (start < lower.length && nameWords.has(lower[start].replace(/'s$/, ''))) start++;
    // "Captain of a salvage tug": a title in the name is the role when "of" follows it.
    if (start > 0 && lower[start] === 'of') start--;
    if (start > 0 && /'s$/.test(lower[start - 1])) return; // "Walter's shop is …": about something else
  }
  const rest = words.slice(start);
  if (rest.length === 0) return;
  const restLower = rest.map((word) => word.toLowerCase());

  if (COPULAS.has(restLower[0]) || (start > 0 && restLower[0] === 'now' && COPULAS.has(restLower[1] ?? ''))) {
    const after = rest.slice(restLower.indexOf(restLower.find((word) => COPULAS.has(word)) ?? '') + 1);
    const past = /^(?:was|were)$/.test(restLower.find((word) => COPULAS.has(word)) ?? '');
    // "She is teaching her youngest daughter to count": a doing in progress, not what she is.
    const progressive = after.findIndex((word) => !ADVERB_LEADS.has(word.toLowerCase()));
    if (
      progressive >= 0 &&
      progressive <= 1 &&
      /^[a-z]{3,}ing$/.test(after[progressive] ?? '') &&
      (tagged(`she is ${after.join(' ')}`)[2 + progressive]?.tags.has('Gerund') ?? false) &&
      after.length > progressive + 1
    ) {
      const text = predicateTemplate(['is', ...after]);
      if (text) profile.statements.push({ text, tense: past ? 'past' : 'present', topic: 'other' });
      return;
    }
    state.afterCopula = true;
    readNounClause(after, profile, cues, past);
    return;
  }
  // "She is tall, scarred and soft-spoken": the parts after the first still follow its "is".
  if (start === 0 && state.afterCopula && (/ed$/.test(restLower[0]) || (tagged(rest[0])[0]?.tags.has('Adjective') ?? false))) {
    readNounClause(rest, profile, cues, false);
    return;
  }
  // "Sunniva Brask, on a survey ship…": where they are, said after the name.
  if (start > 0 && /^(?:on|in|at|aboard|inside|under|near|beside|behind)$/.test(restLower[0] ?? '') && rest.length > 1) {
    const place = placeFrom(rest);
    if (place && !profile.place) profile.place = place;
    else profile.statements.push({ text: `{v:be} ${withPronouns(rest.join(' '))}`, tense: 'present', topic: 'other' });
    return;
  }
  // "secretly a smuggler": a secret role is a statement, not the role.
  if (/^(?:secretly|really|actually)$/.test(restLower[0]) && rest.length > 1 && !isPredicateStart(rest.slice(1))) {
    profile.statements.push({ text: `{v:be} ${withPronouns(rest.join(' '))}`, tense: 'present', topic: 'secret' });
    return;
  }
  if (start > 0 || isPredicateStart(rest)) {
    state.afterPredicate = true;
    readPredicate(rest, profile, cues);
    return;
  }
  readNounClause(rest, profile, cues, false);
}

/** Whether a subject's words go on with a verb: "he laid down his sword". */
function isSubjectLed(words: string[]): boolean {
  const terms = tagged(words.join(' '));
  return terms.slice(1, 3).some((term) => term.tags.has('Verb'));
}

/** Whether the words begin with a verb said of the character ("loves cricket", "now runs a bakery"). */
function isPredicateStart(words: string[]): boolean {
  const lower = words.map((word) => word.toLowerCase());
  let index = 0;
  while (index < lower.length && ADVERB_LEADS.has(lower[index])) index++;
  const first = lower[index];
  if (!first || FORMER_WORDS.has(first) || AGE_WORDS.has(first) || TRAIT_WORDS.has(first) || occupationAt(lower, index) !== null)
    return false;
  if (words.length - index === 1) return false;
  if (
    /^(?:after|before|during|until|since|when|while|in|on|at|from|with|without|for|of|by|under|over|near|about|like|as|to|into|through|across|around|between|despite|because)$/.test(
      first,
    )
  )
    return false;
  // "sewers of Dunmarrow": a place, not a doing.
  if (PLACE_NOUNS.has(first) && lower[index + 1] === 'of') return false;
  // "Phobos station", "Hygiea colony": a capitalised name before a place noun is a place.
  if (/^\p{Lu}/u.test(words[index] ?? '') && words.length - index <= 3 && PLACE_NOUNS.has(lower[lower.length - 1] ?? '')) return false;
  const rest = [first, ...words.slice(index + 1)].join(' ');
  const bare = tagged(rest)[0];
  const afterSubject = tagged(`she ${rest}`)[1];
  // "obsessed with clouds", "married to the sea": a participle said of the character, not a deed.
  if (PARTICIPLE_STATES.test(first) && /^(?:with|by|about|of|to|in|on|for|from)$/.test(lower[index + 1] ?? '')) return false;
  // "chess hustler", "Elven queen of Sylvaris": a role within the first words makes a noun phrase.
  const verbForm = /(?:[^s]s|ed)$/.test(first) && ((bare?.tags.has('Verb') ?? false) || (afterSubject?.tags.has('Verb') ?? false));
  if ([0, 1, 2].some((offset) => occupationAt(lower, index + offset) !== null) && !verbForm) return false;
  // "reads ghost stories", "haggles for sport": a verb's form, and read as a verb.
  // "charges merchants a copper": people in the plural after the verb are its object, not a trade.
  if (verbForm && (occupationAt(lower, index + 1) === null || /s$/.test(lower[index + 1] ?? ''))) return true;
  // "trotro driver", "saloon owner in Deadwood": a person noun among the first words, with no article before it.
  if ([1, 2].some((offset) => isPersonNoun(lower[index + offset] ?? '') && !DETERMINERS.has(lower[index + offset - 1] ?? ''))) return false;
  // "stage fright", "night shift": two words with no verb form are a thing, not a deed.
  if (words.length - index <= 2 && !/(?:[^s]s|ed)$/.test(first)) return false;
  return bare?.tags.has('Verb') ?? false;
}

/** Whether a word is a verb's third-person form ("pays", "distrusts"), whatever else it could be. */
function isVerbForm(word: string): boolean {
  return /[^s]s$/.test(word) && (tagged(`she ${word}`)[1]?.tags.has('Verb') ?? false);
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
  // Past when the verb stayed as written ("lost", "grew up"); a {v:…} token or {v:was} says otherwise.
  const firstWords = text.split(' ').slice(0, 3).join(' ');
  const modal =
    /^(?:(?:now|still|also|often|always|never|secretly|usually)\s+)*(?:can|cannot|will|must|may|might|should|shall|would|could)\b/i.test(
      text,
    );
  const past = !modal && (/^(?:[\w-]+\s+)*?\{v:was\}/.test(text) || !/\{v:/.test(firstWords));
  let topic: Topic = 'other';
  if (WANT_VERBS.test(verbLower)) topic = 'want';
  else if (SECRET_WORDS.test(joined)) topic = 'secret';
  else if (LOSS_VERBS.test(verbLower)) topic = 'loss';
  else if (DISLIKE_VERBS.test(verbLower)) topic = 'dislike';
  else if (LIKE_VERBS.test(verbLower)) topic = 'like';
  else if (HOME_VERBS.test(lower.slice(Math.max(0, lower.indexOf(verbLower))).join(' '))) topic = 'home';

  // Places said in passing are the character's places too: "lives in Prague", "grew up in Lagos".
  const place = placeIn(words);
  if (place) {
    if (/^(?:grew|raised|born|come|comes|came|hail|hails|originally)$/.test(verbLower))
      profile.origin ??= { ...place, prep: place.prep === 'from' ? 'in' : place.prep };
    else profile.place ??= { ...place, prep: place.prep === 'from' ? 'at' : place.prep };
  }
  if (!place && !profile.place) {
    const named = tagged(words.join(' ')).find((term) => term.tags.has('Place') && /^\p{Lu}/u.test(term.text));
    if (named) profile.place = { text: named.text.replace(/[,.;:]+$/, ''), prep: 'in' };
  }
  // What a predicate says of others ("took his wife", "a dragon rider") says nothing of the
  // character's own kind or gender; a possessive only hints at the pronoun.
  for (const word of lower) if (/^(?:she|he|her|his|him|hers|herself|himself)$/.test(word)) weakCues.push(genderOf(word) ?? 'they');
  // "…found strange things in suitcases. I kept one of them.": a fact that points back joins the one before.
  const previous = profile.statements[profile.statements.length - 1];
  if (
    previous &&
    !previous.whole &&
    /\b(?:one of them|some of them|them all|all of them|one of those)\b/.test(text) &&
    !/\{their\}|\{them\}/.test(text)
  ) {
    previous.text = `${previous.text}, and ${text}`;
    becameRole(words, profile);
    return;
  }
  profile.statements.push({ text, tense: past ? 'past' : 'present', topic });
  becameRole(words, profile);
}

/** "…and became the gravedigger of Ashford Vale": the role they took up is the one they hold now. */
function becameRole(words: string[], profile: Profile): void {
  const joined = words.join(' ');
  const match = /\b(?:became|becomes|turned) (?:a|an|the) ([\p{L}' -]+?)(?: (?:of|in|at|on) ((?:the )?\p{Lu}[\p{L}' -]*))?$/u.exec(joined);
  if (!match) return;
  const noun = match[1].trim().toLowerCase();
  const found = findRole(noun.split(' '));
  if (!found.role && !isPersonNoun(noun.split(' ').pop() ?? '')) return;
  const role: Role = found.role
    ? { ...found.role, phrase: noun }
    : { phrase: noun, label: null, field: 'general', status: false, former: false };
  profile.role = { ...role, specific: true };
  if (match[2]) profile.place = { text: match[2].trim(), prep: 'in' };
}

/** "repairs clocks" → "{v:repair} clocks"; "lost his brother" → "lost {their} brother"; "hiding" → "{v:be} hiding". */
export function predicateTemplate(words: string[]): string | null {
  const terms = tagged(`she ${words.join(' ')}`).slice(1);
  if (terms.length === 0) return null;
  const out: string[] = [];
  let verbDue = true;
  terms.forEach((term, index) => {
    const word = term.text;
    const lower = word.toLowerCase();
    const next = terms[index + 1];
    const after = /^[,;]/.test(term.post) ? ',' : '';
    // The predicate's first word that is not an adverb is its verb (the tagger can read "dreams" as a noun).
    if (out.length === 0 && (ADVERB_LEADS.has(lower) || term.tags.has('Negative')) && /^\p{Lu}\p{Ll}/u.test(word)) {
      out.push(lower + after); // "Never sleeps indoors": the capital only began the item
      return;
    }
    if (verbDue && !(ADVERB_LEADS.has(lower) || term.tags.has('Negative'))) {
      verbDue = false;
      out.push(verbToken(term) + after);
      return;
    }
    const token = pronounToken(lower, next);
    out.push((token ?? word) + after);
    // Another verb with the character as its subject: "…as {they} works", "…and speaks to each".
    // "…and tax collectors double": a word before a plural noun is part of that noun.
    const compound =
      terms[index + 2]?.tags.has('Plural') === true && terms[index + 2]?.tags.has('Noun') === true && !/[^s]s$/.test(next?.text ?? '');
    const nextIsVerb =
      next !== undefined &&
      next.tags.has('Verb') &&
      !next.tags.has('Gerund') &&
      !next.tags.has('PastTense') &&
      !next.tags.has('Noun') &&
      !compound;
    // "…and never gives credit": the verb after an adverb is the character's too.
    const afterAdverb =
      next !== undefined &&
      (ADVERB_LEADS.has(next.lower) || next.tags.has('Negative')) &&
      (terms[index + 2]?.tags.has('Verb') === true || /[^s]s$/.test(terms[index + 2]?.lower ?? ''));
    if (
      token?.startsWith('{they') ||
      ((lower === 'and' || lower === 'but' || lower === 'or') && out.length > 1 && (nextIsVerb || afterAdverb))
    )
      verbDue = true;
  });
  return out.join(' ').replace(/\s+,/g, ',');
}

function verbToken(term: Term): string {
  const word = term.text;
  const lower = word.toLowerCase();
  // "born in space", "raised by wolves": a participle needs its "was".
  if (
    /^(?:born|raised|orphaned|abandoned|adopted|bred|brought|educated|schooled|built|created|forged|made|found|left|named|sent|sold|taken)$/.test(
      lower,
    ) &&
    term.tags.has('Verb') === false
  )
    return `{v:was} ${word}`;
  if (/^(?:born|bred)$/.test(lower)) return `{v:was} ${word}`;
  if (/ing$/.test(lower) && !/^(?:bring|sing|sting|swing|cling|fling|sling|spring|string|wring)$/.test(lower)) return `{v:be} ${word}`;
  if (/^(?:am|is|are|'m|'s)$/.test(lower)) return '{v:be}';
  if (/^(?:was|were)$/.test(lower)) return '{v:was}';
  if (/^(?:has|have)$/.test(lower)) return '{v:have}';
  if (/^(?:does|do)$/.test(lower)) return '{v:do}';
  if (/^(?:can|could|will|would|should|must|might|may|had|did)$/.test(lower) || term.tags.has('PastTense') || /ed$/.test(lower))
    return word;
  return `{v:${baseForm(lower)}}`;
}

function baseForm(verb: string): string {
  const conjugated = nlp(verb).verbs().conjugate() as Array<{ Infinitive?: string }>;
  return conjugated[0]?.Infinitive ?? verb.replace(/s$/, '');
}

function pronounToken(lower: string, next: Term | undefined): string | null {
  switch (lower) {
    case 'my':
      return '{their}';
    case 'his':
      return '{their~his}';
    case 'her':
      return next && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Preposition') ? '{their~her}' : '{them~her}';
    case 'me':
      return '{them}';
    case 'him':
      return '{them~him}';
    case 'myself':
      return '{themselves}';
    case 'himself':
      return '{themselves~himself}';
    case 'herself':
      return '{themselves~herself}';
    case 'mine':
      return '{theirs}';
    case 'hers':
      return '{theirs~hers}';
    case 'i':
    case 'they':
      return '{they}';
    case 'she':
      return '{they~she}';
    case 'he':
      return '{they~he}';
    default:
      return null;
  }
}

/** A noun phrase about the character: a role, a being, traits, places, and clauses hung on them. */
function readNounClause(words: string[], profile: Profile, cues: PronounKey[], past: boolean): void {
  if (words.length === 0) return;
  const lower = words.map((word) => word.toLowerCase());

  // "the young doctors are more afraid of her than of the director": a sentence with its own subject.
  const clauseTags = tagged(words.join(' '));
  const finite = clauseTags.findIndex(
    (term, index) =>
      index > 0 &&
      (term.tags.has('Copula') || (term.tags.has('Verb') && term.tags.has('PresentTense') && !term.tags.has('Gerund'))) &&
      (clauseTags[index - 1]?.tags.has('Plural') ?? false),
  );
  if (finite > 0 && /^(?:the|my|his|her|their|all|most|some|many|few|both|two|three)$/.test(lower[0] ?? '')) {
    const text = words
      .map((word, index) => (index === 0 ? word.toLowerCase() : word))
      .map((word, index) => pronounToken(word.toLowerCase(), clauseTags[index + 1]) ?? word)
      .join(' ');
    profile.statements.push({ text, tense: 'present', topic: 'other', whole: true });
    return;
  }
  // "who wants to be a witch", "that never sleeps": a clause about the character.
  const relative = lower.findIndex((word, index) => index > 0 && /^(?:who|that|which|whose)$/.test(word));
  if (relative > 0) {
    const tail = words.slice(relative + 1);
    // "The smith who reforged me is dead now": a sentence about the smith, kept whole.
    const tailTerms = tagged(tail.join(' '));
    const mainVerb = tailTerms.findIndex(
      (term, index) =>
        index > 0 &&
        (term.tags.has('Copula') || /^(?:is|was|has|had|are|were)$/.test(term.lower)) &&
        SUBJECTS[tailTerms[index - 1]?.lower ?? ''] === undefined &&
        !/^(?:we|you)$/.test(tailTerms[index - 1]?.lower ?? ''),
    );
    if (/^(?:the|a|an|my|his|her|their|our)$/.test(lower[0] ?? '') && lower[relative] !== 'whose' && mainVerb > 0) {
      profile.statements.push({ text: withPronouns(words.join(' ')), tense: past ? 'past' : 'present', topic: 'other', whole: true });
      return;
    }
    readNounClause(words.slice(0, relative), profile, cues, past);
    // "whose elephant is older than he is": a sentence about what is theirs.
    const said = tail.map((word) => SUBJECTS[word.toLowerCase()]).find((pronoun) => pronoun);
    if (lower[relative] === 'whose' && said) cues.push(said);
    if (lower[relative] === 'whose' && tail.length > 1)
      profile.statements.push({
        text: `{their} ${withPronouns(tail.join(' '))}`,
        tense: past ? 'past' : 'present',
        topic: 'other',
        whole: true,
      });
    else if (tail.length > 0) readPredicate(tail, profile, cues);
    return;
  }
  // "runaway prince hiding as a stable hand", "pilot with a bad leg": a participle or "with" clause.
  const terms = tagged(words.join(' '));
  const gerund = terms.findIndex(
    (term, index) =>
      index > 0 &&
      (term.tags.has('Gerund') || (/^[a-z]{3,}ing$/.test(term.text) && !NOUNS_IN_ING.has(term.text))) &&
      (terms[index - 1]?.tags.has('Noun') ?? false) &&
      !(terms[index - 1]?.tags.has('Determiner') ?? false) &&
      // "crossing guard", "fishing boat": a noun made of the -ing word and the next one.
      !(terms[index + 1] !== undefined && (isPersonNoun(terms[index + 1].lower) || COMPOUND_HEADS.has(terms[index + 1].lower))),
  );
  // The tagger splits "xeno-linguist" in two: find the -ing word among the words as written.
  const gerundWord =
    gerund > 0 ? lower.findIndex((word, index) => index > 0 && word.replace(/[^\p{L}]/gu, '') === terms[gerund]?.text.toLowerCase()) : -1;
  if (gerundWord > 0) {
    readNounClause(words.slice(0, gerundWord), profile, cues, past);
    readPredicate(words.slice(gerundWord), profile, cues);
    return;
  }
  // "a paramedic in Toronto and a single father of two": two descriptions.
  const withBefore = lower.findIndex((word) => word === 'with' || word === 'without');
  const second = lower.findIndex(
    (word, index) => index > 0 && word === 'and' && /^(?:a|an)$/.test(lower[index + 1] ?? '') && (withBefore < 0 || withBefore > index),
  );
  if (second > 0) {
    readNounClause(words.slice(0, second), profile, cues, past);
    readNounClause(words.slice(second + 1), profile, cues, past);
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
  // "pilot during the war with the Xel": the era is left to the genre.
  const duringAt = lower.findIndex((word, index) => index > 0 && /^(?:during|amid)$/.test(word));
  if (duringAt > 0) {
    readNounClause(words.slice(0, duringAt), profile, cues, past);
    return;
  }
  // Places: "in Mumbai", "from the Iron Hills", "aboard the Kessa".
  const prepAt = lower.findIndex(
    (word, index) =>
      index > 0 &&
      ((PLACE_PREPS.has(word) && isPlaceObject(words.slice(index + 1), word)) ||
        (word === 'of' &&
          (findRole(lower.slice(0, index)).role !== null || findRole(lower.slice(0, index)).kind === 'machine') &&
          (/^\p{Lu}/u.test(words[index + 1] === 'the' ? (words[index + 2] ?? '') : (words[index + 1] ?? '')) ||
            (/^(?:a|an|the)$/.test(lower[index + 1] ?? '') && lower.slice(index + 2).some((later) => PLACE_NOUNS.has(later)))))),
  );
  if (prepAt > 0 || (prepAt === 0 && words.length > 1)) {
    const place = placeFrom(words.slice(prepAt));
    // "always in a hurry", "deeply in debt", "deaf in one ear": how they are, said whole.
    if (!place && prepAt > 0 && prepAt <= 2 && words.length > prepAt + 1 && !findRole(lower.slice(0, prepAt)).role) {
      profile.statements.push({
        text: `{v:be} ${withPronouns(words.join(' ').toLowerCase())}`,
        tense: past ? 'past' : 'present',
        topic: 'other',
      });
      return;
    }
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
const FAITHS =
  /^(?:pentecostal|catholic|protestant|methodist|baptist|anglican|orthodox|muslim|jewish|hindu|buddhist|sikh|mormon|quaker|lutheran|presbyterian|evangelical|christian|rastafarian|shinto|taoist|jain|zoroastrian|adventist|amish|mennonite)$/i;

/** What a person has that a description tells of: "bad back", "gentle hands", "a terrifying voice". */
const BODY_WORDS =
  /^(?:back|knee|knees|leg|legs|arm|arms|hand|hands|eye|eyes|heart|hip|hips|shoulder|shoulders|lung|lungs|liver|limp|scar|scars|tattoo|tattoos|beard|cough|stammer|stutter|fingers|teeth|voice|smile|laugh|face|temper|nose|hair|memory|ear|ears|foot|feet|mouth)$/;

function readHead(words: string[], profile: Profile, cues: PronounKey[], past: boolean): void {
  const lower = words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ''));
  const clause = words.join(' ');
  const clauseTerms = tagged(clause);

  // "night owl", "lone wolf": an idiom for a person, not a creature.
  const idiom = IDIOMS.exec(lower.join(' '));
  if (idiom) {
    profile.statements.push({ text: `{v:be} {a} ${idiom[0]}`, tense: 'present', topic: 'other' });
    const restWords = lower.join(' ').replace(IDIOMS, ' ').trim();
    if (restWords) readHead(restWords.split(/\s+/), profile, cues, past);
    return;
  }
  // Only names: a place ("Mumbai", "Rio de Janeiro", "the Caribbean"), when none is known yet.
  const lone = words.length === 1 ? (words[0] ?? '') : '';
  const knownWord =
    FORMS_BY_WORDS.has(lone.toLowerCase()) ||
    TRAIT_WORDS.has(lone.toLowerCase()) ||
    CREATURE_WORDS.has(lone.toLowerCase()) ||
    MACHINE_WORDS.has(lone.toLowerCase());
  if (
    words.length === 1 &&
    !profile.place &&
    !knownWord &&
    /^\p{Lu}\p{Ll}+$/u.test(lone) &&
    !clauseTerms[0]?.tags.has('Adjective') &&
    !clauseTerms[0]?.tags.has('Verb') &&
    (clauseTerms[0]?.tags.has('Place') || clauseTerms[0]?.tags.has('ProperNoun') || profile.role !== null)
  ) {
    profile.place = { text: THE_PLACES.test(clause) ? `the ${clause}` : clause, prep: 'in' };
    return;
  }
  const namesOnly =
    !lower.some((word) => CREATURE_WORDS.has(word) || MACHINE_WORDS.has(word) || /^(?:lich|vampire|ghost|wraith)$/.test(word)) &&
    words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && /^(?:de|del|da|do|of|the|on|upon|la|le)$/.test(word))) &&
    !findRole(lower).role &&
    !TRAIT_WORDS.has(lower[0] ?? '') &&
    !isPersonNoun(lower[lower.length - 1] ?? '') &&
    !clauseTerms.some((term) => term.tags.has('Adjective') || term.tags.has('Verb') || term.tags.has('Adverb') || term.tags.has('Actor'));
  if (namesOnly) {
    if (clauseTerms.some((term) => term.tags.has('Demonym')) && words.length === 1) {
      profile.statements.push({ text: `{v:be} ${words[0]}`, tense: 'present', topic: 'other' });
      return;
    }
    // A name alone in a list of keywords is where they are ("Kerry", "Tallinn"), even when it could be a person's.
    if (!profile.place && (words.length === 1 || !clauseTerms.some((term) => term.tags.has('Person') && !term.tags.has('Place')))) {
      profile.place = { text: THE_PLACES.test(clause) ? `the ${clause}` : clause, prep: 'in' };
      return;
    }
  }
  // "never blinks", "never haggles twice": a negated doing, not a state.
  if (
    (clauseTerms[0]?.tags.has('Negative') || /^(?:never|always|rarely|seldom|often)$/.test(lower[0] ?? '')) &&
    /[^s]s$/.test(lower[1] ?? '') &&
    (tagged(`she ${lower[1]}`)[1]?.tags.has('Verb') ?? false)
  ) {
    const text = predicateTemplate(words.map((word, index) => (index === 0 ? word.toLowerCase() : word)));
    if (text) profile.statements.push({ text, tense: 'present', topic: 'other' });
    return;
  }
  // "during the war with the Xel": the times they live in.
  if (/^(?:during|amid|amidst)$/.test(lower[0] ?? '')) {
    if (words.length > 1) profile.statements.push({ text: withPronouns(words.slice(1).join(' ')), tense: 'present', topic: 'era' });
    return;
  }
  // "never late", "calm under pressure", "protective of her family": said of the character whole.
  const first = clauseTerms[0];
  if (
    first &&
    clauseTerms.length > 1 &&
    ((first.tags.has('Adjective') || TRAIT_WORDS.has(first.lower) || PARTICIPLE_STATES.test(first.lower)) &&
    /^(?:to|of|with|about|for|in|at|under|on|around|toward|towards|by)$/.test(clauseTerms[1]?.lower ?? '')
      ? true
      : (first.tags.has('Negative') ||
          first.tags.has('Adverb') ||
          (first.tags.has('Adjective') && clauseTerms.slice(1).some((term) => term.tags.has('Preposition')))) &&
        !findRole(lower).role)
  ) {
    const cased = words.map((word, index) => (index === 0 ? casedWord(word, clauseTerms) : word)).join(' ');
    // "proud father of five": a singular noun among the first words wants its article.
    const nounAt = clauseTerms.findIndex((term) => term.tags.has('Noun') && !term.tags.has('Pronoun'));
    const countable =
      nounAt > 0 &&
      nounAt <= 2 &&
      !clauseTerms.slice(0, nounAt).some((term) => term.tags.has('Preposition') || term.tags.has('Determiner')) &&
      !clauseTerms[nounAt].tags.has('Plural') &&
      !clauseTerms[nounAt].tags.has('Uncountable');
    profile.statements.push({ text: `{v:be} ${countable ? '{a} ' : ''}${withPronouns(cased)}`, tense: 'present', topic: 'other' });
    for (const term of clauseTerms) if (isGenderNoun(term.lower)) cues.push(genderOf(term.lower) ?? 'they');
    return;
  }

  // "gentle hands", "kind eyes", "a bad back": something they have, told with what it is like.
  if (
    lower.length >= 2 &&
    lower.length <= 3 &&
    BODY_WORDS.test(lower[lower.length - 1] ?? '') &&
    lower.slice(0, -1).every((word, index) => TRAIT_WORDS.has(word) || clauseTerms[index]?.tags.has('Adjective') || /^(?:a|an)$/.test(word))
  ) {
    const phrase = lower.filter((word) => !/^(?:a|an)$/.test(word)).join(' ');
    profile.statements.push({ text: `{v:have} ${/s$/.test(phrase) ? phrase : `{a} ${phrase}`}`, tense: 'present', topic: 'other' });
    return;
  }
  const kept: string[] = [];
  const keptLower: string[] = [];
  let former = past;
  const span = roleSpan(lower);
  for (let index = 0; index < words.length; index++) {
    const word = lower[index];
    // The words of the role itself ("stable boy", "hedge witch") are kept whatever else they could be.
    if (span && index >= span[0] && index < span[1]) {
      const cue = genderOf(word);
      if (cue) cues.push(cue);
      kept.push(words[index]);
      keptLower.push(word);
      continue;
    }
    // "very", "a bit", "kind of" before the words that matter; inside a phrase ("the size of a cat") they stay.
    if (!word || ((INTENSIFIERS.has(word) || DETERMINERS.has(word)) && kept.length === 0)) continue;
    if (word === 'but' || word === 'yet' || word === '&' || word === 'or') continue;
    if (word === 'and') {
      // "hedge witch and herbalist": two trades make one role.
      if (kept.length > 0 && occupationAt(lower, index + 1) !== null) {
        kept.push(words[index]);
        keptLower.push(word);
      }
      continue;
    }
    if (word === 'non-binary' || word === 'nonbinary' || word === 'enby') {
      cues.unshift('they');
      continue;
    }
    const gender = genderOf(word);
    // "Widower": what happened to them, and the pronoun.
    if (/^(?:widow|widower)$/.test(word)) {
      if (gender) cues.push(gender);
      if (!profile.statements.some((statement) => statement.text.includes(word)))
        profile.statements.push({ text: `{v:be} {a} ${word}`, tense: 'present', topic: 'other' });
      continue;
    }
    // "stable boy", "paper girl": a gender word after a noun names a job.
    if (
      gender &&
      isGenderNoun(word) &&
      !(
        kept.length > 0 &&
        /^(?:boy|girl|man|woman|lad|lass)$/.test(word) &&
        !TRAIT_WORDS.has(keptLower[keptLower.length - 1] ?? '') &&
        tagged(kept[kept.length - 1] ?? '')[0]?.tags.has('Noun')
      )
    ) {
      cues.push(gender);
      continue;
    }
    if (gender) cues.push(gender);
    if (AGE_WORDS.has(word)) {
      profile.age = /^(?:young|teenage|youthful)$/.test(word) ? 'young' : 'old';
      continue;
    }
    // "sixty-year-old", "17-year-old": an age, not part of the role.
    const years = /^([a-z]+(?:-[a-z]+)?|\d+)-years?-old$/.exec(word);
    if (years) {
      const value = /^\d+$/.test(years[1]) ? Number(years[1]) : numberFromWords(years[1]);
      if (value !== null) {
        profile.ageYears = value;
        profile.age = value >= 55 ? 'old' : value < 20 ? 'young' : profile.age;
      }
      continue;
    }
    if (CONDITIONS.test(word) && index < words.length - 1) {
      profile.statements.push({ text: `{v:be} ${word}`, tense: 'present', topic: 'other' });
      continue;
    }
    if (FORMER_WORDS.has(word) || word === 'ex') {
      former = true;
      if (word === 'retired') profile.age ??= 'old';
      if (word !== 'retired' && word !== 'former' && word !== 'ex' && word !== 'once') {
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
  // "a Roman centurion stationed (at…)": the participle belongs to the place, not the role.
  while (
    keptLower.length > 1 &&
    /^(?:stationed|based|living|born|raised|located|posted|trapped|stranded|stuck|hiding|working|serving|exiled|lost)$/.test(
      keptLower[keptLower.length - 1] ?? '',
    )
  ) {
    kept.pop();
    keptLower.pop();
  }
  // "dwarf blacksmith", "elven queen": the people they belong to is told apart from the trade.
  const speciesAt = keptLower.findIndex((word, index) => SPECIES[word] !== undefined && index < keptLower.length - 1);
  if (speciesAt >= 0 && (findRole(keptLower.slice(speciesAt + 1)).role || isPersonNoun(keptLower[keptLower.length - 1] ?? ''))) {
    profile.species ??= SPECIES[keptLower[speciesAt]] ?? null;
    kept.splice(speciesAt, 1);
    keptLower.splice(speciesAt, 1);
  }
  if (keptLower.length === 0) return;
  // The role as written, but lower case where a capital only began the clause or the item.
  const asWritten = kept.map((word) => casedWord(word, clauseTerms, word === words[0])).join(' ');

  const foreignWord = keptLower.map((word) => FOREIGN_WORDS[word]).find((entry) => entry?.word !== undefined);
  const role = findRole(
    keptLower.map((word) => (FOREIGN_WORDS[word]?.word && !FORMS_BY_WORDS.has(word) ? (FOREIGN_WORDS[word]?.word ?? word) : word)),
  );
  if (foreignWord?.pronoun) cues.push(foreignWord.pronoun);
  if (role.pronoun) cues.push(role.pronoun);
  if (role.kind !== 'human') {
    profile.kind = role.kind;
    // "a rusty mining robot left behind": what it is, without what happened to it.
    profile.being ??= asWritten
      .replace(/\s+(?:left|abandoned|built|made|found|lost|forgotten|stranded|trapped|stationed|serving|living|working)\b.*$/i, '')
      .replace(/\bai\b/gi, 'AI');
    if (role.role && role.kind === 'machine' && role.role.field === 'tech') return;
    if (role.role && role.role.label !== null && !MACHINE_WORDS.has(role.role.label.toLowerCase()))
      profile.role ??= { ...role.role, phrase: asWritten };
    return;
  }
  if (role.role) {
    const headWord = role.match[role.match.length - 1] ?? '';
    const headEnd =
      (keptLower.lastIndexOf(headWord) >= 0
        ? keptLower.lastIndexOf(headWord)
        : keptLower.findIndex((word) => FOREIGN_WORDS[word]?.word === headWord)) + 1;
    const phrase = singular(
      asWritten
        .split(' ')
        .slice(0, headEnd || keptLower.length)
        .join(' '),
    );
    if (profile.role) {
      // A second description of a person ("an early riser", "a single father"): said of them.
      if (phrase !== profile.role.phrase)
        profile.statements.push({ text: `{v:be} {a} ${phrase}`, tense: past ? 'past' : 'present', topic: 'other' });
      return;
    }
    const modifiers = phrase.split(' ').slice(0, -role.match.length);
    const specific = modifiers.every((word) => !narrowsTrade(word, clauseTerms));
    profile.role = { ...role.role, phrase, former: former || role.role.former, specific };
    return;
  }
  // "half deaf", "nearly blind": a degree and a state, said whole.
  if (kept.length === 2 && /^(?:half|partly|partially|slightly|mostly|nearly|almost|totally|stone|completely)$/i.test(kept[0] ?? '')) {
    profile.statements.push({ text: `{v:be} ${kept.join(' ').toLowerCase()}`, tense: 'present', topic: 'other' });
    return;
  }
  // "single", "divorced": how they stand, not a trait.
  if (kept.length === 1 && /^(?:single|divorced|engaged|separated|unmarried)$/i.test(kept[0] ?? '')) {
    profile.statements.push({ text: `{v:be} ${(kept[0] ?? '').toLowerCase()}`, tense: 'present', topic: 'other' });
    return;
  }
  // "Pentecostal", "Catholic": a faith, told with its capital.
  if (kept.length === 1 && FAITHS.test(kept[0] ?? '')) {
    const faith = (kept[0] ?? '').charAt(0).toUpperCase() + (kept[0] ?? '').slice(1).toLowerCase();
    profile.statements.push({ text: `{v:be} ${faith}`, tense: 'present', topic: 'other' });
    return;
  }
  // One adjective the trait lexicon does not know: a trait all the same ("melancholic").
  const terms = tagged(kept.join(' '));
  if (terms.length > 0 && terms.every((term) => term.tags.has('Adjective') && !term.tags.has('Demonym'))) {
    for (const term of terms)
      if (profile.traits.length < LIMITS.traits) profile.traits.push({ word: term.lower, entry: null, noun: false });
    return;
  }
  const phrase = kept.join(' ');
  if (keptLower.length === 1 && THEMES.has(keptLower[0])) {
    profile.themes.push(keptLower[0]);
    return;
  }
  // "orphan", "widow", "refugee": what happened to them, not a trade.
  if (
    keptLower.length === 1 &&
    /^(?:orphan|widow|widower|refugee|exile|outcast|foundling|prisoner|amnesiac|survivor|stowaway|hermit)$/.test(keptLower[0] ?? '')
  ) {
    profile.statements.push({ text: `{v:be} {a} ${keptLower[0]}`, tense: 'present', topic: 'other' });
    if (keptLower[0] === 'widow') cues.push('she');
    if (keptLower[0] === 'widower') cues.push('he');
    return;
  }
  // An unknown person-noun ("bullfighter", "pop star", "early riser"): what the character is.
  const head = terms[terms.length - 1];
  const personal = head !== undefined && !head.tags.has('Plural') && (head.tags.has('Actor') || isPersonNoun(head.lower));
  if (personal) {
    const noun = singular(asWritten);
    if (!profile.role) profile.role = { phrase: noun, label: null, field: 'general', status: false, former };
    else if (noun !== profile.role.phrase)
      profile.statements.push({ text: `{v:be} {a} ${noun}`, tense: past ? 'past' : 'present', topic: 'other' });
    return;
  }
  if (/^(?:[0-9]{3,4}s?|the\s+[0-9]{3,4}s)$/i.test(phrase)) return; // a year: the genre reads it
  // "sewers of Dunmarrow", "docks of Marseille": a place, when none is known yet.
  if (PLACE_NOUNS.has(lower[0] ?? '') && lower[1] === 'of' && words.length > 2 && !profile.place) {
    profile.place = { text: `the ${phrase}`, prep: 'in' };
    return;
  }
  // "Lamu island", "Mirrowmere lake": a name and what it is, written as one name ("Lamu Island").
  if (
    head &&
    kept.length >= 2 &&
    /^\p{Lu}/u.test(kept[0] ?? '') &&
    /^(?:island|lake|river|bay|valley|mountain|hills|forest|desert|peninsula|isle|coast|sound|strait)$/.test(head.lower) &&
    !profile.place
  ) {
    const named = kept.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
    profile.place = { text: named, prep: /^(?:island|isle|lake)$/.test(head.lower) ? 'on' : 'in' };
    return;
  }
  // "Hygiea colony", "a mining station": a place, when none is known yet.
  if (head && (PLACE_NOUNS.has(head.lower) || PLACE_NOUNS.has(singular(head.lower))) && !profile.place) {
    profile.place = { text: /^(?:a|an|the)\s/i.test(phrase) ? phrase : `the ${phrase}`, prep: 'in' };
    return;
  }
  // "bad back", "a scar on the cheek": something they have.
  if (BODY_WORDS.test(head?.lower ?? '')) {
    const counted = /^(?:a|an|the|one|two|no|some)\s/i.test(phrase) || /s$/.test(head?.lower ?? '');
    profile.statements.push({ text: `{v:have} ${counted ? phrase : `{a} ${phrase}`}`, tense: 'present', topic: 'other' });
    return;
  }
  // Only a plain thing a person can be keen on ("ghost stories", "old maps", "tea") is told as one;
  // names, numbers and anything the reading is unsure of are left out rather than pasted in.
  const plain =
    terms.length <= 3 &&
    !/\d/.test(phrase) &&
    !/^\p{Lu}/u.test(kept[0] ?? '') &&
    (head?.tags.has('Plural') || head?.tags.has('Uncountable')) &&
    terms.every(
      (term) =>
        (term.tags.has('Noun') || term.tags.has('Adjective')) &&
        !term.tags.has('Value') &&
        !term.tags.has('ProperNoun') &&
        !term.tags.has('Actor'),
    );
  if (plain && profile.mentions.length < LIMITS.mentions) profile.mentions.push(withPronouns(phrase));
}

/** Nouns that make one noun with an -ing word before them: "fishing boat", "dining room". */
const COMPOUND_HEADS = new Set([
  'guard',
  'boat',
  'room',
  'machine',
  'stick',
  'bag',
  'ground',
  'lodge',
  'pole',
  'line',
  'ship',
  'station',
  'school',
  'partner',
  'shop',
  'table',
  'hall',
  'house',
  'party',
  'crew',
  'village',
  'instructor',
  'master',
  'officer',
  'coach',
  'pool',
  'yard',
  'camp',
  'club',
  'cart',
  'horse',
  'dog',
]);

/** Words in -ing that are things, not doings ("a wedding ring", "the morning"). */
const NOUNS_IN_ING = new Set([
  'king',
  'ring',
  'wing',
  'thing',
  'string',
  'spring',
  'sting',
  'sling',
  'swing',
  'building',
  'evening',
  'morning',
  'painting',
  'wedding',
  'pudding',
  'ceiling',
  'clothing',
  'darling',
  'earring',
  'sibling',
  'lightning',
  'offspring',
  'stocking',
  'viking',
  'duckling',
  'ruling',
  'landing',
  'setting',
  'writing',
  'feeling',
  'meeting',
  'beginning',
  'ending',
  'dwelling',
  'lodging',
  'teaching',
  'learning',
  'suffering',
  'belongings',
  'upbringing',
  'awakening',
  'gathering',
  'clearing',
  'opening',
  'railing',
  'sapling',
  'seedling',
  'changeling',
  'halfling',
  'hireling',
  'underling',
  'foundling',
  'weakling',
]);

/** Endings of nouns for people ("xenobiologist", "pop star", "trainee"); "-er" nouns are checked by their verb. */
const PERSON_SUFFIX =
  /(?:ist|ian|man|woman|smith|wright|maker|keeper|herd|monger|star|trainee|employee|refugee|devotee|guard|boy|girl|lord|lady|chief|agent|idol|eur|ician|ologist)$/;

/** "driver", "hustler", "salvager": someone who does what the verb says ("water", "river" are not). */
function isAgentNoun(word: string): boolean {
  if (!/(?:er|or)$/.test(word)) return false;
  const roots = [word.slice(0, -2), word.slice(0, -1), `${word.slice(0, -2)}e`, word.replace(/(\w)\1er$/, '$1')];
  return roots.some((root) => root.length > 3 && (tagged(`they can ${root}`)[2]?.tags.has('Verb') ?? false));
}

/** A word in lower case unless the tagger reads it as a name ("Boston firefighter" keeps "Boston"). */
function casedWord(word: string, terms: readonly Term[], first = true): string {
  const term = terms.find((candidate) => candidate.text === word);
  const lower = word.toLowerCase();
  const named =
    term !== undefined &&
    (term.tags.has('Place') || term.tags.has('Person') || term.tags.has('Organization') || (!first && term.tags.has('ProperNoun')));
  if (named && !FORMS_BY_WORDS.has(lower) && !TRAIT_WORDS.has(lower) && !AGE_WORDS.has(lower)) return word;
  return /^\p{Lu}\p{Ll}/u.test(word) ? word.toLowerCase() : word;
}

type RoleFound = { role: Role | null; kind: Kind; pronoun: PronounKey | null; match: string[] };

function findRole(lower: string[]): RoleFound {
  // The head of a noun phrase is its last noun: "marine biologist" is a biologist, "smuggler captain" a captain.
  const matches: Array<{ index: number; form: string; occupation: Occupation }> = [];
  for (let index = 0; index < lower.length; index++) {
    const found = occupationAt(lower, index);
    if (found) matches.push({ index, ...found });
  }
  const last = lower.length - 1;
  const ending = matches.filter((match) => match.index + match.form.split(' ').length - 1 >= last);
  const chosen = ending[ending.length - 1] ?? (isPersonNoun(lower[last] ?? '') ? undefined : matches[matches.length - 1]);
  if (chosen) {
    const occupation = chosen.occupation;
    const role: Role = {
      phrase: chosen.form,
      label: occupation.label,
      field: occupation.field,
      status: STATUS_LABELS.has(occupation.label),
      former: false,
    };
    const kind = occupation.kind ?? (isMachine(lower) ? 'machine' : lower.some((word) => CREATURE_WORDS.has(word)) ? 'creature' : 'human');
    const gendered = GENDERED_FORMS[chosen.form] ?? occupation.pronoun ?? null;
    return { role, kind, pronoun: gendered, match: chosen.form.split(' ') };
  }
  return roleFromWords(lower);
}

/**
 * Whether words name a machine: a robot anywhere ("robot bartender"), a made thing only as the head
 * ("a self-driving harvester", but a "combine harvester driver" is a person).
 */
function isMachine(lower: string[]): boolean {
  return lower.some(
    (word, index) =>
      MACHINE_WORDS.has(word) &&
      (index === lower.length - 1 || /^(?:robot|android|droid|ai|automaton|cyborg|construct|mech|bot|self-driving|driverless)$/.test(word)),
  );
}

/** Peoples of fantasy and science-fiction settings, by the words that name them. */
const SPECIES: Record<string, string> = {
  dwarf: 'dwarf',
  dwarven: 'dwarf',
  dwarvish: 'dwarf',
  elf: 'elf',
  elven: 'elf',
  elvish: 'elf',
  orc: 'orc',
  orcish: 'orc',
  goblin: 'goblin',
  gnome: 'gnome',
  gnomish: 'gnome',
  halfling: 'halfling',
  troll: 'troll',
  'half-elf': 'half-elf',
  'half-orc': 'half-orc',
  tiefling: 'tiefling',
  cyborg: 'cyborg',
  viking: 'Viking',
  lizardfolk: 'lizardfolk',
  dragonborn: 'dragonborn',
  kobold: 'kobold',
  ogre: 'ogre',
  catfolk: 'catfolk',
  mermaid: 'mermaid',
  centaur: 'centaur',
  vampire: 'vampire',
  werewolf: 'werewolf',
  insectoid: 'insectoid',
  reptilian: 'reptilian',
  avian: 'avian',
  saurian: 'saurian',
  alien: 'alien',
  martian: 'Martian',
};

/** Conditions of the body said before a role ("blind oracle", "one-eyed pirate"): told on their own. */
const CONDITIONS =
  /^(?:blind|deaf|mute|lame|one-eyed|one-armed|one-legged|crippled|scarred|tattooed|bearded|bald|pregnant|sick|dying|wounded|injured|paralysed|paralyzed|half-blind)$/;

/** Idioms for a kind of person whose words would otherwise read as a creature or a trade. */
const IDIOMS =
  /\b(?:night owl|early bird|lone wolf|social butterfly|bookworm|party animal|couch potato|black sheep|cat person|dog person|old soul|free spirit|gym rat|busy bee|card shark|road warrior|team player)\b/;

/** Kinds of people and things that leave a trade what it is: "dwarf blacksmith", "cyborg bounty hunter". */
const KIND_MODIFIERS =
  /^(?:dwarf|dwarven|elf|elven|orc|orcish|goblin|gnome|gnomish|halfling|human|cyborg|android|robot|undead|vampire|werewolf|half-elf|half-orc|troll|giant|master|chief|head|senior|junior|young|old|royal|imperial|village|city|town|court|travelling|traveling|wandering|local|famous|former|retired|runaway|exiled|disgraced|hedge|space|star|galactic|desert|mountain)$/i;

function narrowsTrade(word: string, terms: readonly Term[]): boolean {
  if (KIND_MODIFIERS.test(word) || /^\p{Lu}/u.test(word)) return false;
  const term = terms.find((candidate) => candidate.text.toLowerCase() === word.toLowerCase());
  if (!term) return true;
  return term.tags.has('Noun') && !term.tags.has('Adjective') && !term.tags.has('Demonym') && !term.tags.has('ProperNoun');
}

/** Where in the words the role's occupation stands, as findRole chooses it. */
function roleSpan(lower: string[]): [number, number] | null {
  const matches: Array<[number, number]> = [];
  for (let index = 0; index < lower.length; index++) {
    const found = occupationAt(lower, index);
    if (found) matches.push([index, index + found.form.split(' ').length]);
  }
  const ending = matches.filter(([, end]) => end >= lower.length);
  return ending[ending.length - 1] ?? matches[matches.length - 1] ?? null;
}

/** Whether a word names a person by what they do or are: "lieutenant", "bartender", "xenobiologist". */
export function isPersonNoun(word: string): boolean {
  // "referee", "trainee", "employee" (not "coffee" or "committee").
  if (
    /^[a-z]{3,}ee$/.test(word) &&
    !/^(?:coffee|toffee|committee|jubilee|pedigree|decree|degree|guarantee|settee|marquee|lychee|chimpanzee|spree)$/.test(word)
  )
    return true;
  if (PERSON_WORDS.has(word)) return true;
  if (word.length <= 3 || /s$/.test(word)) return false;
  return FORMS_BY_WORDS.has(word) || PERSON_SUFFIX.test(word) || (tagged(word)[0]?.tags.has('Actor') ?? false) || isAgentNoun(word);
}

function roleFromWords(lower: string[]): RoleFound & { role: Role | null } {
  const joined = lower.join(' ');
  const found = OCCUPATION_FORMS.find((entry) => entry.form === joined);
  if (found) return findRole(found.form.split(' '));
  if (isMachine(lower)) return { role: null, kind: 'machine', pronoun: null, match: [] };
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

/** "in a hurry", "in debt", "on the run": a state, not where they are. */
const STATES_NOT_PLACES =
  /^(?:the (?:battle|siege|war|fall|sack|wedding|funeral|coronation|burning) of .+|(?:a )?(?:hurry|rush|love|debt|trouble|charge|pain|mourning|hiding|exile|disguise|secret|private|public|person|tears|shock|awe|general|particular|vain|doubt|danger|fear|denial|despair|silence|the run|the mend|the way|the make|the lookout|the side|duty|time|good health|poor health|ruins|shambles|a bad way|bad shape|good shape|command))$/i;

function placeFrom(words: string[]): Place | null {
  const given = words[0]?.toLowerCase() ?? 'in';
  const prep = given === 'of' ? 'in' : given;
  const object = words.slice(1);
  // The place ends where a clause about something else begins.
  const end = object.findIndex(
    (word, index) =>
      index > 0 &&
      (/^(?:who|that|which|where|with|and|but|because|since|for|during|until|after|before|while|when|under|looking|trying|hoping|waiting)$/i.test(
        word,
      ) ||
        (/^(?:in|at|on|of)$/i.test(word) && /^\d{3,4}s?$/.test(object[index + 1] ?? '')) ||
        // "…in Hedeby around the year 950": a time, not more of the place.
        (/^(?:around|circa|c)$/i.test(word) && /^(?:the|\d)/i.test(object[index + 1] ?? '')) ||
        // "…on Lindisfarne in the year 792": a time, not more of the place.
        (/^in$/i.test(word) &&
          /^the$/i.test(object[index + 1] ?? '') &&
          /^(?:year|reign|days|time|age|war|summer|winter)$/i.test(object[index + 2] ?? ''))),
  );
  const text = (end > 0 ? object.slice(0, end) : object).join(' ').replace(/[,.]+$/, '');
  if (
    !text ||
    /^(?:his|her|hers|their|theirs|mine|him|them|it|me|us|ours|yours)$/i.test(text) ||
    // "every port from Callao to Vladivostok": a range, not where they come from.
    (prep === 'from' && /\s(?:to|and)\s+\p{Lu}/u.test(text)) ||
    /^every\b/i.test(text) ||
    STATES_NOT_PLACES.test(text) ||
    (/^(?:one|both|the left|the right|my|his|her|their)\s+\S+$/i.test(text) &&
      BODY_WORDS.test(text.split(/\s+/).at(-1)?.replace(/s$/, '') ?? ''))
  )
    return null;
  return { text: withPronouns(text), prep };
}

/** The last place a predicate names: "repairs clocks in a cramped shop in Prague" → in a cramped shop in Prague. */
function placeIn(words: string[]): Place | null {
  const lower = words.map((word) => word.toLowerCase());
  // "moved to Lisbon", "drifts into Tombstone": where they went is where they are.
  const towards = lower.findIndex((word, index) => /^(?:to|into|towards?)$/.test(word) && /^\p{Lu}/u.test(words[index + 1] ?? ''));
  if (towards >= 0) {
    const found = placeFrom(['in', ...words.slice(towards + 1)]);
    if (found) return found;
  }
  const at = lower.findIndex(
    (word, index) =>
      PLACE_PREPS.has(word) && isPlaceObject(words.slice(index + 1), word) && (word !== 'on' || /^\p{Lu}/u.test(words[index + 1] ?? '')),
  );
  if (at < 0) return null;
  const object = words.slice(at + 1);
  if (!object.some((word) => /^\p{Lu}/u.test(word) || PLACE_NOUNS.has(word.toLowerCase()))) return null;
  return placeFrom(words.slice(at));
}

/**
 * Last checks of what was read, so that nothing garbled reaches the story: a "role" that is a
 * sentence about others ("tour drivers and officials all queue…") is no role; a fact told with
 * "we" is someone else's story; a stray noun after a comma ("tells terrible jokes, coffee") is cut;
 * "a"/"an" agree with the word left after others were taken out ("an banyan tree").
 */
function tidyProfile(profile: Profile): void {
  if (profile.role) {
    const terms = tagged(profile.role.phrase);
    const head = terms.at(-1);
    if (
      profile.role.phrase.split(/\s+/).length > 5 ||
      /,/.test(profile.role.phrase) ||
      terms.some((term, index) => index > 0 && term.tags.has('Verb') && term.tags.has('PresentTense') && !term.tags.has('Noun'))
    )
      profile.role = null;
    else if (head?.tags.has('Plural') && !/(?:ss|us|is)$/.test(head.lower) && profile.role.label === null) profile.role = null;
  }
  profile.statements = profile.statements
    .filter((statement) => !/(?:^|[^"“])\b(?:we|us|our|ours|ourselves)\b/i.test(statement.text))
    .map((statement) => {
      const tail = /, ([\p{L}'-]+(?: [\p{L}'-]+)?)$/u.exec(statement.text);
      if (!tail || /\band\b|\bor\b|\{/.test(tail[1] ?? '')) return statement;
      const words = tagged(tail[1] ?? '');
      const stray = words.length > 0 && words.every((term) => term.tags.has('Noun') && !term.tags.has('Pronoun'));
      return stray ? { ...statement, text: statement.text.slice(0, tail.index) } : statement;
    });
  const articles = (text: string) =>
    text.replace(/\b(a|an) ([\p{L}][\p{L}'-]*)/giu, (_whole, article: string, word: string) => {
      const right = indefiniteArticle(word);
      return `${article[0] === 'A' ? upperFirst(right) : right} ${word}`;
    });
  if (profile.being) profile.being = articles(profile.being);
  if (profile.place) profile.place = { ...profile.place, text: articles(profile.place.text) };
  if (profile.role) profile.role = { ...profile.role, phrase: articles(profile.role.phrase) };
}

/**
 * A pronoun read as "{their~her}" is the character's when it agrees with the character's pronoun,
 * and someone else's as written when it does not: "He has not told her that his lungs hurt".
 */
function resolvePronouns(profile: Profile): void {
  const female = /^(?:she|her|hers|herself)$/;
  const male = /^(?:he|him|his|himself)$/;
  // Told in the first person ("I do not like his son"), every "he" and "her" is someone else.
  const firstPersonDescription = /\b(?:I|I'm|I've|my|me)\b/.test(profile.said);
  const own = (word: string) =>
    (!firstPersonDescription && profile.pronoun === 'she' && female.test(word)) ||
    (!firstPersonDescription && profile.pronoun === 'he' && male.test(word)) ||
    // Unknown gender: a gendered pronoun is the character's only when it was how the description spoke of them.
    (!firstPersonDescription && (profile.pronoun === 'they' || profile.pronoun === 'it') && !profile.pronounStated);
  const resolve = (text: string) =>
    text.replace(/\{(they|them|their|theirs|themselves)~([a-z]+)\}/g, (_whole, token: string, word: string) =>
      own(word) ? `{${token}}` : word,
    );
  for (const statement of profile.statements) statement.text = resolve(statement.text);
  if (profile.place) profile.place.text = resolve(profile.place.text);
  if (profile.origin) profile.origin.text = resolve(profile.origin.text);
  if (profile.role) profile.role.phrase = resolve(profile.role.phrase);
  profile.mentions = profile.mentions.map(resolve);
}

/** The character's own pronouns as tokens: "afraid of what I see" → "afraid of what {they} {v:see}". */
function withPronouns(text: string): string {
  const words = text.split(' ');
  let verbDue = false;
  return words
    .map((word, index) => {
      if (verbDue && /^[a-z]+$/.test(word)) {
        verbDue = false;
        const term = tagged(`she ${word}`)[1];
        if (term?.tags.has('Verb')) return verbToken(term);
      }
      verbDue = false;
      if (/^(?:my|their)$/i.test(word) && index < words.length - 1) return '{their}';
      if (/^(?:his|her)$/i.test(word) && index < words.length - 1) return `{their~${word.toLowerCase()}}`;
      if (word === 'I') {
        verbDue = true;
        return '{they}';
      }
      if (/^(?:she|he)$/.test(word) || (word === 'She' && index > 0) || (word === 'He' && index > 0)) {
        verbDue = true;
        return `{they~${word.toLowerCase()}}`;
      }
      if (word === 'me') return '{them}';
      if (word === 'him') return '{them~him}';
      return word;
    })
    .join(' ');
}

// ───────────────────────────── gender ─────────────────────────────

function genderOf(word: string): PronounKey | null {
  const bare = word.replace(/'s$/, '');
  if (
    /^(?:giantess|sorceress|enchantress|huntress|goddess|priestess|duchess|countess|baroness|empress|heiress|lioness|tigress|mistress|hostess|stewardess|governess|abbess|poetess|authoress|shepherdess|seamstress|actress|waitress|adventuress)$/.test(
      bare,
    )
  )
    return 'she';
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
  // "Lady Grey", "The Rt. Hon. Sir Peregrine": a title anywhere before the name proper.
  for (const word of name.trim().split(/\s+/).slice(0, 4)) {
    const title = word.toLowerCase().replace(/[^\p{L}]/gu, '');
    if (NAME_TITLES_SHE.has(title)) return 'she';
    if (NAME_TITLES_HE.has(title)) return 'he';
  }
  return null;
}
