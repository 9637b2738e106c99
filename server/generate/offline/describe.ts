/**
 * Reads a free-text character description ("Lawyer in the New York City. Achiever. Stubborn.") into
 * the facts a backstory can be built on: role, place, traits, interests, gender cues, genre.
 * Tolerant by design: whatever it cannot classify it leaves out, and it never throws.
 */

import { detectGenre, type Genre } from './genres';
import { CREATURE_WORDS, GENDERED_FORMS, MACHINE_WORDS, OCCUPATION_FORMS, type Field, type Kind, type Occupation } from './occupations';
import { baseOfThirdPerson, type PronounKey } from './pronouns';
import { TRAIT_WORDS, type TraitEntry } from './traits';

export type PlaceRef = {
  /** As written, articles dropped: "New York City", "mining station". */
  name: string;
  /** The preposition to use before it in the text: "in", "aboard", "near"… */
  prep: string;
  /** Whether it is a proper name (no article needed). */
  proper: boolean;
};

export type TraitUse = { known: true; entry: TraitEntry; word: string; noun: boolean } | { known: false; word: string };

export type Role = {
  /** The role with its modifiers, as the description gives it: "retired sea captain". */
  full: string;
  /** Just the occupation: "sea captain". */
  head: string;
  /** The occupation's lexicon label ("lawyer" for "attorney"), when known. */
  label?: string;
  field: Field;
  /** Whether the occupation lexicon knew it. */
  known: boolean;
};

export type Description = {
  role: Role | null;
  retired: boolean;
  kind: Kind;
  pronoun: PronounKey;
  genre: Genre;
  /** Where the character is now. */
  place: PlaceRef | null;
  /** Where the character comes from ("from Lisbon"). */
  origin: PlaceRef | null;
  traits: TraitUse[];
  /** Whether the first two traits were set against each other ("gruff but kind"). */
  contrast: boolean;
  /** Verb phrases with agreement tokens: "{v:collect} maps". */
  interests: string[];
  facts: string[];
  dislikes: string[];
  feature: string | null;
  detail: string | null;
};

const LIMITS = { chars: 600, fragments: 14, traits: 4, interests: 2, facts: 1, dislikes: 1, placeWords: 6, roleWords: 5 };

const ARTICLES = new Set(['a', 'an', 'the']);
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'some', 'one']);
const INTENSIFIERS = new Set([
  'very',
  'quite',
  'rather',
  'extremely',
  'incredibly',
  'really',
  'so',
  'too',
  'slightly',
  'deeply',
  'fiercely',
  'painfully',
  'utterly',
  'totally',
  'pretty',
  'kinda',
  'super',
  'always',
  'often',
  'sometimes',
  'usually',
  'mostly',
  'hopelessly',
  'fairly',
  'somewhat',
  'bit',
  'little',
  'a',
  'an',
  'overly',
  'endlessly',
  'famously',
  'notoriously',
  'bit',
  'also',
  'and',
  'but',
  'yet',
  'plus',
  'is',
  'and,',
  'terribly',
  'highly',
  'most',
  'more',
  'much',
  'slightly',
]);
const TRAIT_TAILS = /\s+(?:at heart|by nature|to the core|to a fault|at times|deep down|underneath|inside|as hell|beyond belief)$/i;
const SUBJECT_LEAD =
  /^(?:(?:she|he|they|it|i)\s+(?:is|was|are|were|'s|’s)\s+|(?:she|he|they|it|i)'s\s+|(?:works?|worked|working)\s+as\s+(?:an?\s+)?|(?:is|was)\s+)/i;

const SHE_WORDS = new Set([
  'she',
  'her',
  'hers',
  'herself',
  'woman',
  'women',
  'girl',
  'lady',
  'mother',
  'mom',
  'mum',
  'mama',
  'grandmother',
  'grandma',
  'granny',
  'aunt',
  'auntie',
  'wife',
  'widow',
  'daughter',
  'sister',
  'niece',
  'queen',
  'princess',
  'duchess',
  'empress',
  'countess',
  'baroness',
  'actress',
  'waitress',
  'priestess',
  'sorceress',
  'heroine',
  'matriarch',
  'maiden',
  'madam',
  'madame',
  'mistress',
  'nun',
  'girlfriend',
  'bride',
  'housewife',
  'motherly',
  'maternal',
  'female',
  'lass',
  'gal',
  'señora',
  'senora',
  'mrs',
  'ms',
  'miss',
  'dame',
  'witch',
  'seamstress',
  'shepherdess',
  'abbess',
  'businesswoman',
  'policewoman',
  'fisherwoman',
  'cowgirl',
  'noblewoman',
  'postwoman',
]);
const HE_WORDS = new Set([
  'he',
  'him',
  'his',
  'himself',
  'man',
  'men',
  'boy',
  'guy',
  'gentleman',
  'lord',
  'mister',
  'mr',
  'sir',
  'father',
  'dad',
  'papa',
  'grandfather',
  'grandpa',
  'uncle',
  'husband',
  'widower',
  'son',
  'brother',
  'nephew',
  'king',
  'prince',
  'duke',
  'emperor',
  'baron',
  'monk',
  'patriarch',
  'fatherly',
  'paternal',
  'male',
  'lad',
  'bloke',
  'boyfriend',
  'groom',
  'bachelor',
  'señor',
  'senor',
  'herr',
  'monsieur',
  'warlock',
  'businessman',
  'policeman',
  'fisherman',
  'cowboy',
  'nobleman',
  'postman',
  'fireman',
  'salesman',
  'hitman',
  'ferryman',
  'barman',
  'seaman',
]);
const NAME_TITLES_SHE = new Set([
  'mrs',
  'ms',
  'miss',
  'lady',
  'queen',
  'princess',
  'duchess',
  'dame',
  'madam',
  'madame',
  'mother',
  'sister',
  'aunt',
  'auntie',
  'señora',
  'frau',
  'mme',
  'mlle',
  'empress',
  'countess',
  'baroness',
  'grandma',
  'granny',
]);
const NAME_TITLES_HE = new Set([
  'mr',
  'sir',
  'lord',
  'king',
  'prince',
  'duke',
  'father',
  'brother',
  'uncle',
  'mister',
  'monsieur',
  'señor',
  'herr',
  'emperor',
  'count',
  'baron',
  'grandpa',
]);
const GENDER_ONLY = new Set(['female', 'male', 'woman', 'man', 'girl', 'boy', 'lady', 'gentleman', 'she', 'he', 'her', 'him']);

const PREPOSITIONS = [
  'aboard',
  'onboard',
  'on board',
  'from',
  'in',
  'at',
  'on',
  'near',
  'outside',
  'inside',
  'off',
  'within',
  'beneath',
  'under',
  'above',
  'below',
  'beyond',
  'across',
  'along',
  'beside',
  'by',
];
/** Prepositions that only introduce a place when what follows is a name or a place noun. */
const WEAK_PREPOSITIONS = ['on', 'at', 'off', 'under', 'beneath', 'within', 'above', 'below', 'beyond', 'across', 'along', 'beside', 'by'];
/** Age words: they describe the role ("ancient dragon"), not a trait. */
const AGE_WORDS = new Set([
  'ancient',
  'old',
  'elderly',
  'aged',
  'ageless',
  'immortal',
  'middle-aged',
  'teenage',
  'young',
  'youthful',
  'aging',
  'ageing',
  'venerable',
]);
/** Modifiers left out of the role phrase because they clash with "for twenty years". */
const ROLE_DROP = new Set(['young', 'teenage', 'youthful', 'female', 'male']);
const FOREIGN_PREPOSITIONS = [
  'en',
  'à',
  'dans',
  'aus',
  'bei',
  'em',
  'nel',
  'nella',
  'na',
  'no',
  'w',
  'z',
  'v',
  'de',
  'di',
  'da',
  'del',
  'della',
  'du',
  'im',
  'zu',
];
const PLACE_STOP = new Set([
  'love',
  'debt',
  'trouble',
  'charge',
  'secret',
  'private',
  'public',
  'general',
  'particular',
  'time',
  'times',
  'hurry',
  'training',
  'fact',
  'truth',
  'heart',
  'night',
  'nights',
  'work',
  'once',
  'least',
  'best',
  'first',
  'last',
  'all',
  'peace',
  'war',
  'risk',
  'danger',
  'pain',
  'hiding',
  'search',
  'need',
  'possession',
  'command',
  'disguise',
  'denial',
  'mourning',
  'business',
  'shape',
  'control',
  'life',
  'run',
  'mission',
  'duty',
  'call',
  'leave',
  'mind',
  'person',
  'order',
  'case',
  'addition',
  'return',
  'spite',
  'front',
  'favour',
  'favor',
  'terms',
  'behalf',
  'purpose',
  'top',
  'edge',
  'odds',
  'verge',
  'brink',
  'way',
  'hold',
  'loose',
  'fire',
  'tears',
  'love,',
  'it',
  'them',
  'him',
  'her',
  'me',
  'us',
  'you',
  'everything',
  'nothing',
  'anything',
  'something',
  'everyone',
  'people',
  'heaven',
  'hell',
  'retirement',
  'disgrace',
  'exile',
  'demand',
  'short',
  'length',
  'ease',
  'play',
  'school',
]);
const PLACE_NOUNS = new Set([
  'city',
  'town',
  'village',
  'hamlet',
  'station',
  'ship',
  'starship',
  'island',
  'isle',
  'harbour',
  'harbor',
  'port',
  'castle',
  'tower',
  'forest',
  'woods',
  'mountains',
  'mountain',
  'hills',
  'valley',
  'desert',
  'coast',
  'docks',
  'market',
  'palace',
  'temple',
  'monastery',
  'abbey',
  'colony',
  'outpost',
  'base',
  'camp',
  'settlement',
  'kingdom',
  'empire',
  'realm',
  'capital',
  'quarter',
  'district',
  'slums',
  'streets',
  'street',
  'road',
  'river',
  'lake',
  'sea',
  'ocean',
  'moon',
  'planet',
  'world',
  'wastes',
  'wasteland',
  'ruins',
  'bunker',
  'vault',
  'mine',
  'mines',
  'tavern',
  'inn',
  'bar',
  'saloon',
  'library',
  'museum',
  'hospital',
  'university',
  'academy',
  'school',
  'farm',
  'ranch',
  'frontier',
  'border',
  'swamp',
  'marsh',
  'fen',
  'jungle',
  'arcology',
  'habitat',
  'ring',
  'dome',
  'deck',
  'lighthouse',
  'keep',
  'fortress',
  'citadel',
  'shire',
  'county',
  'province',
  'prison',
  'asylum',
  'circus',
  'court',
  'office',
  'firm',
  'shop',
  'store',
  'bakery',
  'kitchen',
  'restaurant',
  'cafe',
  'café',
  'church',
  'cathedral',
  'suburbs',
  'suburb',
  'downtown',
  'metropolis',
  'megacity',
  'undercity',
  'archipelago',
  'peninsula',
  'plains',
]);

const HOBBY_VERBS = new Set([
  'collect',
  'paint',
  'play',
  'read',
  'write',
  'sing',
  'build',
  'grow',
  'keep',
  'breed',
  'restore',
  'carve',
  'knit',
  'bake',
  'cook',
  'brew',
  'study',
  'practise',
  'practice',
  'sketch',
  'draw',
  'fish',
  'hunt',
  'hoard',
  'tinker',
  'tend',
  'raise',
  'love',
  'enjoy',
  'like',
  'adore',
  'dabble',
  'compose',
  'garden',
  'sail',
  'climb',
  'dance',
  'run',
  'swim',
  'ride',
  'whittle',
  'sew',
  'embroider',
  'photograph',
  'watch',
  'feed',
  'rescue',
  'volunteer',
  'make',
  'fix',
  'repair',
  'solve',
  'learn',
  'visit',
  'walk',
  'hike',
  'cycle',
  'juggle',
  'bet',
  'race',
  'listen',
  'translate',
  'design',
  'invent',
  'map',
  'chart',
  'forage',
  'carry',
  'wear',
  'spend',
]);
const DISLIKE_VERBS = new Set(['hate', 'dislike', 'despise', 'loathe', 'fear', 'detest', 'resent', 'abhor', 'dread']);
const FACT_ADJECTIVES =
  /^(afraid|scared|terrified|fond|obsessed|proud|ashamed|tired|sick|capable|known|famous|good|bad|great|terrible|skilled|married|engaged|divorced|widowed|allergic|addicted|haunted|devoted|loyal to|in love|secretly|obsessed|desperate|determined to|looking for|searching for|hunting for|trying to)\b/i;
const LOCATIVE_LEAD =
  /^(?:lives|living|lived|resides|residing|dwells|dwelling|stays|staying|based|stationed|located|born|raised|grew up|hails|hailing|comes|came|originally|works|working|worked|serves|serving|stuck|trapped|stranded|exiled|found|hiding|hides)\s+(?=(?:in|at|on|from|near|aboard|inside|outside|off)\b)/i;
const ORIGIN_LEAD = /^(?:born|raised|grew up|hails|hailing|comes|came|originally)\b/i;
const WORKPLACE_ROLES: Record<string, string> = {
  bakery: 'baker',
  bar: 'bartender',
  pub: 'bartender',
  saloon: 'bartender',
  tavern: 'innkeeper',
  inn: 'innkeeper',
  hospital: 'nurse',
  clinic: 'doctor',
  infirmary: 'nurse',
  library: 'librarian',
  school: 'teacher',
  shop: 'shopkeeper',
  store: 'shopkeeper',
  bookshop: 'shopkeeper',
  bookstore: 'shopkeeper',
  farm: 'farmer',
  ranch: 'rancher',
  restaurant: 'cook',
  kitchen: 'cook',
  diner: 'cook',
  cafe: 'barista',
  café: 'barista',
  bank: 'banker',
  garage: 'mechanic',
  workshop: 'mechanic',
  lab: 'scientist',
  laboratory: 'scientist',
  newspaper: 'journalist',
  church: 'priest',
  temple: 'priest',
  chapel: 'priest',
  theatre: 'actor',
  theater: 'actor',
  forge: 'blacksmith',
  smithy: 'blacksmith',
  museum: 'guide',
  hotel: 'concierge',
  lighthouse: 'lighthouse keeper',
  mine: 'miner',
  brewery: 'brewer',
  market: 'merchant',
  stall: 'merchant',
  apothecary: 'apothecary',
  pharmacy: 'pharmacist',
  precinct: 'police officer',
  courthouse: 'lawyer',
  observatory: 'astronomer',
  university: 'professor',
};
const WORKPLACE_PATTERN = new RegExp(
  `\\b(?:works?|working|worked|runs?|running|ran|owns?|owning|manages?|managing|keeps?|tends?)\\s+(?:at\\s+|in\\s+|for\\s+)?(?:(?:a|an|the|her|his|their|own|small|little|local|old|family|tiny|busy|corner|village)\\s+){0,3}(${Object.keys(WORKPLACE_ROLES).join('|')})\\b`,
  'i',
);
const RETIRED = /\b(retired|former|ex-|ex|one-time|onetime|erstwhile)\b/i;

/** Occupation forms by their words, for matching word n-grams instead of running a regex per form. */
const OCCUPATION_BY_FORM = new Map(OCCUPATION_FORMS.map(({ form, occupation }) => [form, occupation]));
const LONGEST_FORM = Math.max(...OCCUPATION_FORMS.map(({ form }) => form.split(' ').length));

type Fragment = { text: string; index: number };

export function describe(inputText: string, charName: string): Description {
  const text = calmCapitals(prepare(inputText));
  const fragments = splitFragments(text);

  const traits: TraitUse[] = [];
  const interests: string[] = [];
  const facts: string[] = [];
  const dislikes: string[] = [];
  let contrast = false;
  let role: Role | null = null;
  let roleOccupation: Occupation | undefined;
  let fallbackHead: string | null = null;
  let place: PlaceRef | null = null;
  let origin: PlaceRef | null = null;
  let feature: string | null = null;
  let detail: string | null = null;
  let retired = false;
  // Set inside the callbacks below, which TypeScript's narrowing does not follow: hence the cast.
  let ageWord = null as string | null;

  const addTrait = (word: string): void => {
    const clean = stripPunctuation(word);
    if (!clean || !/\p{L}/u.test(clean) || clean.length > 24) return;
    const lower = clean.toLowerCase();
    if (GENDER_ONLY.has(lower) || INTENSIFIERS.has(lower)) return;
    if (AGE_WORDS.has(lower)) {
      ageWord ??= lower;
      return;
    }
    const found = TRAIT_WORDS.get(lower);
    if (found) {
      if (traits.some((trait) => trait.known && trait.entry === found.entry)) return;
      traits.push({ known: true, entry: found.entry, word: lower, noun: found.noun });
    } else {
      if (traits.some((trait) => !trait.known && trait.word.toLowerCase() === lower)) return;
      traits.push({ known: false, word: /^\p{Lu}\p{Ll}+$/u.test(clean) ? lower : clean });
    }
  };

  for (const fragment of fragments) {
    let body = fragment.text
      .replace(/^(?:and|but|also|yet|plus|though)\s+/i, '')
      .replace(SUBJECT_LEAD, '')
      .trim();
    if (!body) continue;

    // A list of single traits: "curious, lonely", "gruff but kind", "very stubborn".
    const traitList = asTraitList(body);
    if (traitList) {
      if (traitList.words.length === 1 && !role) {
        const occupation = matchOccupation(traitList.words[0] ?? '');
        if (occupation) {
          role = roleFrom(occupation.match, occupation.occupation, occupation.match);
          roleOccupation = occupation.occupation;
          continue;
        }
        const lower = (traitList.words[0] ?? '').toLowerCase();
        if (
          MACHINE_WORDS.has(lower) ||
          CREATURE_WORDS.has(lower) ||
          (fragment.index === 0 && !TRAIT_WORDS.has(lower) && !GENDER_ONLY.has(lower))
        ) {
          fallbackHead ??= traitList.words[0] ?? null;
          continue;
        }
      }
      if (traits.length === 0 && traitList.contrast && traitList.words.length >= 2) contrast = true;
      for (const word of traitList.words) addTrait(word);
      continue;
    }

    // "who collects maps and sings"
    const who = /\bwho\s+(.+)$/i.exec(body);
    if (who?.[1]) {
      readClause(who[1], interests, facts, dislikes);
      const inClause = findPlace(who[1]);
      body = body.slice(0, who.index).trim();
      // A place named only inside the clause ("who guards the pass above Emberfall") still counts.
      if (inClause && !place && inClause.place.prep !== 'from' && !findPlace(body)) place = inClause.place;
    }
    // "with a scar across her cheek"
    const withMatch = /(?:^|\s)with\s+(.+?)(?=\s+(?:who|in|from|at|aboard|on|near)\s|$)/i.exec(body);
    if (withMatch?.[1] && !feature) {
      feature = capWords(withMatch[1], 8);
      body = (body.slice(0, withMatch.index) + body.slice(withMatch.index + withMatch[0].length)).trim();
    }
    if (!body) continue;

    // "Lives in Paris", "born in Lisbon", "works at the docks": keep the place, drop the verb.
    const locative = LOCATIVE_LEAD.exec(body);
    let forceOrigin = false;
    if (locative) {
      forceOrigin = ORIGIN_LEAD.test(locative[0]);
      body = body.slice(locative[0].length).trim();
      if (!body) continue;
    }

    // A fragment that starts with a verb: "Loves jazz", "Speaks five languages", "Hates the sea".
    const firstWord = stripPunctuation(body.split(/\s+/)[0] ?? '').toLowerCase();
    const startsWithVerb =
      body.includes(' ') && baseOfThirdPerson(firstWord) !== null && !matchOccupation(body) && !TRAIT_WORDS.has(firstWord);
    if (startsWithVerb) {
      readClause(body, interests, facts, dislikes);
      continue;
    }
    if (FACT_ADJECTIVES.test(body) && body.includes(' ')) {
      facts.push(`{v:is} ${lowerLead(capWords(body, 10))}`);
      continue;
    }

    // Place after a preposition; what comes before it is the head noun phrase.
    const found = findPlace(body);
    let head = body;
    if (found) {
      if (found.place.prep === 'from' || forceOrigin)
        origin ??= { ...found.place, prep: found.place.prep === 'from' ? 'from' : found.place.prep };
      else place ??= found.place;
      head = body.slice(0, found.index).trim();
      const second = findPlace(body.slice(found.end));
      if (second) {
        if (second.place.prep === 'from') origin ??= second.place;
        else place ??= second.place;
      }
    }
    if (!head) continue;

    const headWords = head.split(/\s+/).map(stripPunctuation).filter(Boolean);
    if (RETIRED.test(head)) retired = true;
    const occupation = role ? null : matchOccupation(head);
    if (occupation) {
      const { full, adjectives } = roleWords(headWords, occupation.match);
      for (const adjective of adjectives) addTrait(adjective);
      role = roleFrom(full, occupation.occupation, occupation.match);
      roleOccupation = occupation.occupation;
      continue;
    }
    // Trait adjectives anywhere in the head: "gruff old sailor" already handled; "stubborn and proud Mindy".
    const headTraits = headWords.filter((word) => TRAIT_WORDS.has(word.toLowerCase()));
    for (const word of headTraits) addTrait(word);
    const rest = headWords.filter((word) => !TRAIT_WORDS.has(word.toLowerCase()) && !DETERMINERS.has(word.toLowerCase()));
    if (rest.length === 0) continue;
    if (!role && !fallbackHead && rest.length <= 6 && fragment.index <= 1) {
      fallbackHead = rest.slice(-4).join(' ');
      if (RETIRED.test(fallbackHead)) retired = true;
    } else if (!detail && rest.length >= 3 && !found) {
      detail = capWords(fragment.text, 14);
    }
  }

  // "Works at a bakery", "who runs a tavern": the workplace names the role when nothing else did.
  if (!role?.known) {
    const workplace = WORKPLACE_PATTERN.exec(text);
    const label = workplace?.[1] ? WORKPLACE_ROLES[workplace[1].toLowerCase()] : undefined;
    const occupation = label ? OCCUPATION_BY_FORM.get(label) : undefined;
    if (label && occupation && workplace?.[1]) {
      role = { full: label, head: label, field: occupation.field, known: true, label: occupation.label };
      roleOccupation = occupation;
      const noun = workplace[1].toLowerCase();
      for (const list of [facts, interests]) {
        for (let index = list.length - 1; index >= 0; index--) {
          if ((list[index] ?? '').toLowerCase().includes(noun)) list.splice(index, 1);
        }
      }
    }
  }

  if (!role && fallbackHead) {
    const words = fallbackHead.split(/\s+/);
    const full = words.map((word, index) => (index === 0 ? softenCase(word) : word)).join(' ');
    role = { full, head: softenCase(words[words.length - 1] ?? full), field: 'general', known: false };
  }

  if (role && ageWord && !ROLE_DROP.has(ageWord) && !role.full.toLowerCase().includes(ageWord) && role.full.split(' ').length < 4) {
    role = { ...role, full: `${ageWord} ${role.full}` };
  }
  const kind = kindOf(role, roleOccupation);
  const pronoun = pronounFrom(charName, text, roleOccupation, role) ?? (kind === 'machine' ? 'it' : 'they');
  const genre = detectGenre(`${text} ${role?.full ?? ''}`, roleOccupation?.genre);

  return {
    role,
    retired,
    kind,
    pronoun,
    genre,
    place,
    origin,
    traits: traits.slice(0, LIMITS.traits),
    contrast,
    interests: interests.slice(0, LIMITS.interests),
    facts: facts.slice(0, LIMITS.facts),
    dislikes: dislikes.slice(0, LIMITS.dislikes),
    feature,
    detail,
  };
}

/** Normalises the raw text: Unicode NFC, quotes, control characters, braces, length. */
export function prepare(input: string): string {
  let text = String(input ?? '')
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[{}<>\\`]/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (abbr) => abbr.replaceAll('.', ''))
    .replace(/\b(St|Dr|Mr|Mrs|Ms|Mt|Jr|Sr|Capt|Lt|Col|Gen|Prof|Rev|Sgt|No)\./g, '$1')
    .replace(/\b(?:undefined|null|NaN)\b/g, ' ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
  if (text.length > LIMITS.chars) {
    const cut = text.slice(0, LIMITS.chars);
    const space = cut.lastIndexOf(' ');
    text = space > LIMITS.chars / 2 ? cut.slice(0, space) : cut;
  }
  return text;
}

function splitFragments(text: string): Fragment[] {
  return text
    .split(/[.;!?\n。！？；…|•·:()[\]]+|\s[-–—]+\s|[,，、]/)
    .map((part) =>
      part
        .replace(/["*_#~^=+]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((part) => /[\p{L}\p{N}]/u.test(part))
    .slice(0, LIMITS.fragments)
    .map((part, index) => ({ text: part, index }));
}

function asTraitList(body: string): { words: string[]; contrast: boolean } | null {
  const cleaned = body.replace(TRAIT_TAILS, '');
  const parts = cleaned.split(/\s*(?:\band\b|\bbut\b|\byet\b|&|\/|\bor\b)\s*/i).filter(Boolean);
  if (parts.length === 0) return null;
  const words: string[] = [];
  for (const part of parts) {
    const tokens = part
      .split(/\s+/)
      .map(stripPunctuation)
      .filter((token) => token && !INTENSIFIERS.has(token.toLowerCase()));
    if (tokens.length === 1) words.push(tokens[0]);
    else if (tokens.length === 2) {
      const joined = tokens.join('-').toLowerCase();
      const spaced = tokens.join(' ').toLowerCase();
      if (TRAIT_WORDS.has(joined)) words.push(joined);
      else if (TRAIT_WORDS.has(spaced)) words.push(spaced);
      else if (TRAIT_WORDS.has(tokens[1].toLowerCase()) && !matchOccupation(part)) words.push(tokens[1]);
      else return null;
    } else return null;
  }
  return { words, contrast: /\b(?:but|yet)\b/i.test(cleaned) };
}

/** Reads "collects maps and sings" into agreement-ready verb phrases. */
function readClause(clause: string, interests: string[], facts: string[], dislikes: string[]): void {
  const items = clause.split(/\s*,\s*|\s+and\s+(?=\p{L}+s\b)/u).filter(Boolean);
  for (const item of items) {
    const words = item
      .split(/\s+/)
      .map((word) => word.replace(/[^\p{L}\p{N}'’-]/gu, ''))
      .filter(Boolean);
    const [verb = '', ...rest] = words;
    if (!verb) continue;
    const restText = capWords(rest.join(' '), 8);
    const base = baseOfThirdPerson(verb);
    if (base && DISLIKE_VERBS.has(base)) {
      if (restText) dislikes.push(restText);
    } else if (base && HOBBY_VERBS.has(base)) {
      interests.push(`{v:${base}}${restText ? ` ${restText}` : ''}`);
    } else if (base) {
      facts.push(`{v:${base}}${restText ? ` ${restText}` : ''}`);
    } else {
      facts.push(capWords(words.join(' '), 10));
    }
  }
}

const PLACE_PATTERN = new RegExp(`(?:^|\\s)(${[...PREPOSITIONS, ...FOREIGN_PREPOSITIONS].join('|')})\\s+(.+)$`, 'iu');

function findPlace(body: string): { place: PlaceRef; index: number; end: number } | null {
  const pattern = PLACE_PATTERN;
  let searchFrom = 0;
  while (searchFrom < body.length) {
    const match = pattern.exec(body.slice(searchFrom));
    if (!match || match[1] === undefined || match[2] === undefined) return null;
    const index = searchFrom + match.index;
    const prepWord = match[1].toLowerCase();
    const foreign = FOREIGN_PREPOSITIONS.includes(prepWord) && !PREPOSITIONS.includes(prepWord);
    const rawPlace = match[2];
    const place = readPlace(prepWord, rawPlace, foreign);
    if (place) {
      const end = index + match[0].length - rawPlace.length + place.consumed;
      return { place: place.ref, index, end };
    }
    searchFrom = index + match[0].length - rawPlace.length;
  }
  return null;
}

function readPlace(prep: string, raw: string, foreign: boolean): { ref: PlaceRef; consumed: number } | null {
  const stop =
    /\s(?:who|with|where|that|which|and|but|because|since|for|to|in|at|on|from|near|aboard|after|before|until|while|when)\s/i.exec(
      ` ${raw} `,
    );
  const cutAt = stop ? Math.max(0, stop.index - 1) : raw.length;
  const consumed = Math.min(raw.length, cutAt);
  let words = raw.slice(0, consumed).split(/\s+/).map(stripPunctuation).filter(Boolean);
  const typedThe = (words[0] ?? '').toLowerCase() === 'the';
  while (words.length > 0 && ARTICLES.has(words[0].toLowerCase())) words = words.slice(1);
  words = words.slice(0, LIMITS.placeWords);
  if (words.length === 0) return null;
  const first = words[0].toLowerCase();
  const ofPhrase = words.some((word) => word.toLowerCase() === 'of');
  // "New York City", "ancient Rome" need no article; "the river Lethe", "the docks of Lisbon" keep theirs.
  const proper = /^\p{Lu}/u.test(words[0]) || (!ofPhrase && !typedThe && /^\p{Lu}/u.test(words[words.length - 1]));
  const hasCapital = words.some((word) => /^\p{Lu}/u.test(word));
  const placey = words.some((word) => PLACE_NOUNS.has(word.toLowerCase()));
  if (!hasCapital && PLACE_STOP.has(first)) return null;
  if (!placey && words.some((word) => /^(her|his|their|my|its|your|our)$/i.test(word))) return null;
  if (foreign && !proper) return null;
  if (WEAK_PREPOSITIONS.includes(prep) && !hasCapital && !placey) return null;
  if (!hasCapital && !placey && words.length > 4) return null;
  if (TRAIT_WORDS.has(first) && words.length === 1 && !proper) return null;
  const normalisedPrep = foreign
    ? 'in'
    : prep === 'onboard' || prep === 'on board'
      ? 'aboard'
      : prep === 'from' || prep === 'inside' || prep === 'within'
        ? prep === 'from'
          ? 'from'
          : 'in'
        : prep;
  return { ref: { name: words.join(' '), prep: normalisedPrep, proper }, consumed };
}

/** The occupation whose form ends last in the text (the head noun), the longest form on a tie. */
function matchOccupation(text: string): { occupation: Occupation; match: string } | null {
  const words = [...text.matchAll(/[\p{L}\p{N}'’]+/gu)].map((match) => match[0]);
  for (let end = words.length; end > 0; end--) {
    for (let size = Math.min(LONGEST_FORM, end); size >= 1; size--) {
      const slice = words.slice(end - size, end);
      const occupation = OCCUPATION_BY_FORM.get(slice.join(' ').toLowerCase().replace(/’/g, "'"));
      if (occupation) return { occupation, match: slice.join(' ') };
      // "ex-soldier", "sea-captain": the last part of a hyphenated word
      if (size === 1) {
        const tail = (slice[0] ?? '').toLowerCase().split('-').pop() ?? '';
        const hyphenated = tail !== (slice[0] ?? '').toLowerCase() ? OCCUPATION_BY_FORM.get(tail) : undefined;
        if (hyphenated) return { occupation: hyphenated, match: tail };
      }
    }
  }
  return null;
}

/** The role phrase from the head words: up to three modifiers before the occupation, trait words set aside. */
function roleWords(headWords: string[], match: string): { full: string; adjectives: string[] } {
  const matchWords = match.split(/\s+/);
  const lowerHead = headWords.map((word) => word.toLowerCase());
  const firstMatch = (matchWords[0] ?? '').toLowerCase();
  let start = lowerHead.findIndex(
    (word, index) =>
      word === firstMatch || word.endsWith(`-${firstMatch}`) || (index === lowerHead.length - 1 && word.includes(firstMatch)),
  );
  if (start < 0) start = Math.max(0, headWords.length - matchWords.length);
  const before = headWords.slice(Math.max(0, start - 3), start);
  const adjectives: string[] = [];
  const modifiers: string[] = [];
  for (const word of before) {
    const lower = word.toLowerCase();
    if (DETERMINERS.has(lower) || INTENSIFIERS.has(lower)) continue;
    if (TRAIT_WORDS.has(lower)) adjectives.push(word);
    else if (ROLE_DROP.has(lower)) continue;
    else modifiers.push(softenCase(word));
  }
  const headMatch =
    headWords
      .slice(start, start + matchWords.length)
      .map(softenCase)
      .join(' ') || softenCase(match);
  return { full: [...modifiers, headMatch].join(' '), adjectives };
}

function roleFrom(full: string, occupation: Occupation, match: string): Role {
  const words = full.split(/\s+/).slice(-LIMITS.roleWords);
  return { full: words.map(softenCase).join(' '), head: softenCase(match), field: occupation.field, known: true, label: occupation.label };
}

/** "Lawyer" → "lawyer" (capitalised only as a sentence start); "AI", "McCoy", "New" stay. */
function softenCase(word: string): string {
  if (/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(word) && !/^(I|God)$/.test(word)) return word.toLowerCase();
  if (/^\p{Lu}{2,}$/u.test(word) && !['AI', 'CEO', 'DJ', 'MC', 'NPC'].includes(word)) {
    return word.length <= 3 ? word : word.toLowerCase();
  }
  return word;
}

function kindOf(role: Role | null, occupation: Occupation | undefined): Kind {
  if (occupation?.kind) return occupation.kind;
  const words = (role?.full ?? '').toLowerCase().split(/\s+/);
  if (words.some((word) => MACHINE_WORDS.has(word))) return 'machine';
  if (words.some((word) => CREATURE_WORDS.has(word))) return 'creature';
  return 'human';
}

function pronounFrom(name: string, text: string, occupation: Occupation | undefined, role: Role | null): PronounKey | null {
  const title = stripPunctuation(name.trim().split(/\s+/)[0] ?? '').toLowerCase();
  if (NAME_TITLES_SHE.has(title)) return 'she';
  if (NAME_TITLES_HE.has(title)) return 'he';
  const tokens = text
    .toLowerCase()
    .split(/[^\p{L}'-]+/u)
    .filter(Boolean);
  for (const token of tokens) {
    const word = token.replace(/'s$/, '');
    if (SHE_WORDS.has(word)) return 'she';
    if (HE_WORDS.has(word)) return 'he';
    const gendered = GENDERED_FORMS[word];
    if (gendered) return gendered;
  }
  if (occupation?.pronoun) return occupation.pronoun;
  const roleWord = role?.head.toLowerCase() ?? '';
  return GENDERED_FORMS[roleWord] ?? null;
}

/** "Afraid of dogs" → "afraid of dogs": a capital that only marked the start of a fragment. */
function lowerLead(text: string): string {
  return text.replace(/^(\p{Lu})(\p{Ll}*)(?=\s|$)/u, (_whole, first: string, rest: string) =>
    /^(?:I|God)$/.test(first + rest) ? first + rest : first.toLowerCase() + rest,
  );
}

/**
 * A description typed in capitals ("FORMER THIEF IN VICTORIAN LONDON") is read in normal case:
 * every word in capitals becomes Title Case, except known acronyms. Roles and traits are
 * lower-cased later; place names keep their capitals.
 */
function calmCapitals(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 8 || upper.length / letters.length < 0.8) return text;
  const lower = text.replace(/\p{L}[\p{L}'’-]*/gu, (word) => (ACRONYMS.has(word) ? word : word.toLowerCase()));
  // Names after a place preposition get their capitals back: "in Victorian London", "from Lisbon".
  return lower.replace(
    /\b(in|from|at|aboard|near|on|outside|off|above|below|beyond)\s+((?!(?:a|an|the|who|with|and|but)\b)\p{L}[\p{L}'’-]*(?:\s+(?!(?:who|with|and|but|in|from|at|on)\b)\p{L}[\p{L}'’-]*){0,3})/gu,
    (_whole, prep: string, name: string) =>
      `${prep} ${name.replace(/\p{L}[\p{L}'’-]*/gu, (word) => word[0]?.toUpperCase() + word.slice(1))}`,
  );
}

const ACRONYMS = new Set(['AI', 'NYC', 'USA', 'UK', 'LA', 'EU', 'UN', 'CEO', 'DJ', 'NPC', 'FBI', 'CIA', 'NASA']);

function stripPunctuation(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function capWords(text: string, max: number): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, max)
    .join(' ')
    .replace(/[^\p{L}\p{N})'"]+$/u, '');
}
