/**
 * The offline backstory composer: the default generator when no language model is configured.
 *
 * It reads the description (describe.ts), seeds a PRNG with a hash of the normalised request
 * (server/lib/seeded-random.ts), and builds four paragraphs (origin, turning point, present, secret
 * and goal) from phrase banks chosen for the character's field, genre and kind, rendering them with
 * pronoun and verb agreement (render.ts). Pure and deterministic: the same request always gives the
 * same text.
 */

import { choose, fill, usable, type BankContext } from './bank';
import { FIELD_BANKS, ROLE_BANKS, type FieldBank } from './banks/fields';
import * as G from './banks/generic';
import { PLACE_NAME_PARTS, SETTING_BANKS, type SettingBank } from './banks/settings';
import { describe, prepare, type Description, type PlaceRef, type Role, type TraitUse } from './describe';
import { numberWord, ordinalWord } from '../../lib/number-words';
import { OCCUPATIONS } from './occupations';
import { PRONOUNS } from './pronouns';
import { Rng } from '../../lib/seeded-random';
import { countWords, render, upperFirst, type RenderState } from './render';
import { TRAIT_WORDS } from './traits';

export type BackstoryRequest = { inputText: string; charName: string };

export const WORD_RANGE = { min: 230, max: 380 } as const;
const NAME_LIMIT = 80;

/**
 * A sentence of a paragraph. Core sentences are always wanted; optional ones are added while the
 * text is under its target length. `soft` core sentences may still be dropped if the text would
 * otherwise exceed the maximum length.
 */
type Sentence = { template: string; core: boolean; soft?: boolean; nameFirst?: boolean };
type Paragraph = Sentence[];

/** Deterministic: the same request always gives the same text; different requests give different texts. */
export function composeBackstory(request: BackstoryRequest): string {
  return draftBackstory(request).finish();
}

/**
 * The backstory in two steps, for streaming: the plan (about a third of the work) gives the opening
 * sentence, which the text always begins with (it is a core sentence, rendered before any other);
 * `finish()` composes the whole text, the same `composeBackstory` gives. A stream can send its first
 * words before the rest is written.
 */
export function draftBackstory(request: BackstoryRequest): { opening: string; finish: () => string } {
  const name = normaliseName(request?.charName ?? '');
  const description = prepare(request?.inputText ?? '');
  const rng = Rng.fromText(`${description}\u0000${name.text}`, { avoidRepeats: true });
  const facts = describe(description, name.text);
  const plan = planBackstory(rng, facts);
  const opening = renderAll(
    plan,
    name,
    plan.paragraphs.map((paragraph, p) => paragraph.map((_, index) => p === 0 && index === 0)),
  ).text.trimEnd();
  return { opening, finish: () => assemble(plan, name, rng.int(262, 342)) };
}

// ───────────────────────────── names ─────────────────────────────

type Name = { text: string; phrase: boolean };

function normaliseName(raw: string): Name {
  let text = String(raw)
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[{}<>\\`\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length > NAME_LIMIT) {
    const cut = text.slice(0, NAME_LIMIT);
    const space = cut.lastIndexOf(' ');
    text = (space > NAME_LIMIT / 2 ? cut.slice(0, space) : cut).trim();
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return { text: 'the stranger', phrase: true };
  return { text, phrase: false };
}

// ───────────────────────────── planning ─────────────────────────────

type Plan = { paragraphs: Paragraph[]; vars: Record<string, string>; pronoun: Description['pronoun'] };

function planBackstory(rng: Rng, facts: Description): Plan {
  const role: Role = facts.role ?? defaultRole(rng);
  const kind = facts.kind;
  const genre = facts.genre;
  const context: BankContext = { genre, kind };
  const field = FIELD_BANKS[role.field];
  const general = FIELD_BANKS.general;
  const setting = SETTING_BANKS[genre];
  const pronoun = PRONOUNS[facts.pronoun];

  const townName = inventPlaceName(rng, genre);
  let homeName = inventPlaceName(rng, genre);
  for (let attempt = 0; attempt < 5 && homeName === townName; attempt++) homeName = inventPlaceName(rng, genre);
  const withTown = (text: string): string => text.replaceAll('{townName}', townName).replaceAll('{homeName}', homeName);

  // Where they are now, and where they come from.
  const present = presentPlace(rng, facts, setting, withTown);
  const home = hometown(rng, facts, setting, present, withTown);

  const relative = rng.pick(G.RELATIVES);
  const eventAge = rng.int(12, 19);
  const leaveAge = Math.min(22, eventAge + rng.int(1, 4));
  const firstAge = Math.min(44, eventAge + rng.int(8, 15));
  const serviceYears = rng.int(3, 9);

  const vars: Record<string, string> = {
    roleFull: role.full,
    roleHead: role.head,
    place: present.short,
    inPlace: present.inShort,
    inPlaceFirst: present.inFirst,
    hometown: home.phrase,
    hometownIn: home.inPhrase,
    townName,
    aboveShop: choose(rng, setting.shops, context),
    vessel: choose(rng, setting.vessels, context),
    people: choose(rng, field.people, context),
    parentJob: choose(rng, setting.parentJobs, context),
    parentJob2: choose(rng, setting.parentJobs, context),
    home: choose(rng, setting.homes, context),
    memory: choose(rng, setting.memories, context),
    birthOrder: rng.pick(G.BIRTH_ORDERS),
    relative: relative[0],
    relativeShort: relative[1],
    parentHabit: rng.pick(G.PARENT_HABITS),
    familyLine: rng.pick(G.FAMILY_LINES),
    household: rng.pick(G.HOUSEHOLDS),
    couple: rng.pick(G.COUPLES),
    child: pronoun.key === 'she' ? 'daughter' : pronoun.key === 'he' ? 'son' : 'child',
    age: numberWord(eventAge),
    ageOrdinal: ordinalWord(eventAge),
    age2: numberWord(firstAge),
    leaveAge: numberWord(leaveAge),
    leaveItems: choose(rng, G.LEAVE_ITEMS, context),
    yearsInRole: numberWord(rng.int(4, 22)),
    serviceYears: numberWord(serviceYears),
    serviceYearsCap: upperFirst(numberWord(serviceYears)),
    serviceOrdinal: ordinalWord(rng.int(2, 7)),
    machineOrigin: rng.pick(G.MACHINE_ORIGINS),
    machinePurpose: rng.pick(G.MACHINE_PURPOSES),
    machineMemory: rng.pick(G.MACHINE_MEMORIES),
    machineQuirk: rng.pick(G.MACHINE_QUIRKS),
    machineFirstAct: rng.pick(G.MACHINE_FIRST_ACTS),
    creatureQuirk: rng.pick(G.CREATURE_QUIRKS),
  };

  const traits = traitsToUse(rng, facts, field);
  const sameHome = home.same;
  const roleBank = ROLE_BANKS[role.label ?? role.head] ?? ROLE_BANKS[role.head.toLowerCase()];
  const pickField = (slot: keyof FieldBank, generalShare = 0.25): string => {
    const special = roleBank ? usable(roleBank[slot] ?? [], context) : [];
    if (special.length > 0 && rng.chance(0.6)) return rng.pick(special);
    const own = usable(field[slot], context);
    if (role.field === 'general' || own.length === 0 || rng.chance(generalShare)) {
      return choose(rng, general[slot], context, field[slot]);
    }
    return rng.pick(own);
  };

  const p1 = originParagraph(rng, context, traits, sameHome, pickField);
  const p2 = turningParagraph(rng, context, setting, pickField);
  const p3 = presentParagraph(rng, context, facts, traits, pickField, present.inFirst);
  const p4 = secretParagraph(rng, context, setting, pickField);

  return {
    paragraphs: [p1, p2, p3, p4],
    vars: Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, withTown(v)])),
    pronoun: facts.pronoun,
  };
}

function defaultRole(rng: Rng): Role {
  const label = rng.pick(G.DEFAULT_ROLES);
  const occupation = OCCUPATIONS.find((entry) => entry.forms.includes(label));
  return { full: label, head: label, field: occupation?.field ?? 'general', known: true, label };
}

type Present = { short: string; inShort: string; inFirst: string; ref: PlaceRef | null };

function presentPlace(rng: Rng, facts: Description, setting: SettingBank, withTown: (text: string) => string): Present {
  const given = facts.place ?? (facts.origin ? { ...facts.origin, prep: 'in' } : null);
  if (given) {
    const phrase = placePhrase(given);
    const prep = given.prep === 'from' ? 'in' : given.prep;
    return { short: phrase, inShort: `${prep} ${phrase}`, inFirst: `${prep} ${phrase}`, ref: given };
  }
  const [prep, first, short] = rng.pick(setting.places);
  return { short: withTown(short), inShort: `${prep} ${withTown(short)}`, inFirst: `${prep} ${withTown(first)}`, ref: null };
}

type Home = { phrase: string; inPhrase: string; same: boolean };

function hometown(rng: Rng, facts: Description, setting: SettingBank, present: Present, withTown: (text: string) => string): Home {
  if (facts.origin) {
    const phrase = placePhrase(facts.origin);
    const prep = facts.origin.prep === 'from' ? 'in' : facts.origin.prep;
    const same = present.ref !== null && present.ref.name === facts.origin.name;
    return { phrase, inPhrase: `${prep} ${phrase}`, same };
  }
  if (facts.kind === 'machine') {
    if (facts.place && rng.chance(0.6)) return { phrase: present.short, inPhrase: present.inShort, same: true };
    const inPhrase = rng.pick(G.MACHINE_HOMETOWNS);
    return { phrase: inPhrase.replace(/^in /, ''), inPhrase, same: false };
  }
  if (facts.kind === 'creature') {
    const inPhrase = withTown(rng.pick(G.CREATURE_HOMETOWNS));
    return { phrase: inPhrase.replace(/^in /, ''), inPhrase, same: false };
  }
  if (facts.place && isSettlement(facts.place) && rng.chance(0.3)) return { phrase: present.short, inPhrase: present.inShort, same: true };
  const phrase = withTown(rng.pick(setting.hometowns));
  const prep = /^(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:island|homestead|farm|ranch|smallholding)\b/.test(phrase) ? 'on' : 'in';
  return { phrase, inPhrase: `${prep} ${phrase}`, same: false };
}

const SETTLEMENTS = new Set([
  'city',
  'town',
  'village',
  'hamlet',
  'island',
  'isle',
  'port',
  'harbour',
  'harbor',
  'quarter',
  'district',
  'kingdom',
  'colony',
  'settlement',
  'station',
  'valley',
  'coast',
  'docks',
  'slums',
  'suburbs',
  'capital',
  'county',
  'province',
  'realm',
  'empire',
  'megacity',
  'undercity',
  'arcology',
  'habitat',
  'moon',
  'planet',
  'wasteland',
  'wastes',
  'frontier',
  'streets',
]);

/** Whether a place can be somewhere a person grows up ("Lisbon", "a fishing village"; not "the field hospital"). */
function isSettlement(place: PlaceRef): boolean {
  const last = place.name.toLowerCase().split(/\s+/).pop() ?? '';
  return place.proper || SETTLEMENTS.has(last);
}

const NO_ARTICLE_START = /^(?:her|his|their|my|its|our|your|this|that|these|those|some|every|each|one|two|three|\d)/i;
const BARE = new Set([
  'space',
  'orbit',
  'sea',
  'town',
  'hell',
  'heaven',
  'prison',
  'jail',
  'school',
  'church',
  'court',
  'home',
  'exile',
  'purgatory',
  'limbo',
  'paradise',
  'college',
  'university',
  'downtown',
  'underground',
  'earth',
  'mars',
  'venus',
]);

function placePhrase(place: PlaceRef): string {
  if (place.proper || BARE.has(place.name.toLowerCase()) || NO_ARTICLE_START.test(place.name)) return place.name;
  return `the ${place.name}`;
}

function inventPlaceName(rng: Rng, genre: Description['genre']): string {
  const [firsts, seconds] = PLACE_NAME_PARTS[genre];
  return `${rng.pick(firsts)}${rng.pick(seconds)}`;
}

type TraitPlan = { use: TraitUse; display: string };

function traitsToUse(rng: Rng, facts: Description, field: FieldBank): TraitPlan[] {
  if (facts.traits.length > 0) return facts.traits.map((use) => ({ use, display: use.word }));
  const defaults = rng.pickSome(field.traits, rng.int(1, 2));
  return defaults.flatMap((word) => {
    const found = TRAIT_WORDS.get(word);
    return found ? [{ use: { known: true as const, entry: found.entry, word, noun: found.noun }, display: word }] : [];
  });
}

/** The trait as a predicate: "stubborn", "an achiever", "\"terca\"". */
function predicate(trait: TraitPlan): string {
  if (!trait.use.known) return `"${trait.display}"`;
  return trait.use.noun ? `{a} ${trait.display}` : trait.display;
}

// ───────────────────────────── paragraph 1: origin ─────────────────────────────

type PickField = (slot: keyof FieldBank, generalShare?: number) => string;

function originParagraph(rng: Rng, context: BankContext, traits: TraitPlan[], sameHome: boolean, pickField: PickField): Paragraph {
  const first = traits[0];
  if (context.kind === 'machine') {
    const early = first ? fill(rng.pick(G.MACHINE_EARLY), { word: first.display }) : rng.pick(G.MACHINE_EARLY_PLAIN);
    return [
      { template: rng.pick(G.ORIGIN_MACHINE), core: true, nameFirst: true },
      { template: rng.pick(G.MACHINE_TEXTURE), core: false },
      { template: early, core: true },
    ];
  }
  if (context.kind === 'creature') {
    const early = first
      ? fill(rng.pick(G.CREATURE_EARLY), {
          pred: predicate(first),
          quality: first.use.known ? first.use.entry.quality : `"${first.display}" nature`,
        })
      : `{sub} {v:was} noticed early, because ${rng.pick(G.CREATURE_QUIRKS)}.`;
    return [
      { template: rng.pick(G.ORIGIN_CREATURE), core: true, nameFirst: true },
      { template: rng.pick(G.CREATURE_TEXTURE), core: false },
      { template: early, core: true },
    ];
  }

  const opening = sameHome && rng.chance(0.5) ? rng.pick(G.ORIGIN_HUMAN_SAME_PLACE) : rng.pick(G.ORIGIN_HUMAN);
  let early: string;
  if (first?.use.known) {
    early = fill(rng.pick(G.EARLY_TRAIT), { early: first.use.entry.early, quality: first.use.entry.quality, pred: predicate(first) });
  } else if (first) {
    early = fill(rng.pick(G.EARLY_UNKNOWN), { word: first.display });
  } else {
    early = fill(rng.pick(G.EARLY_FIELD), { fieldEarly: pickField('early') });
  }
  const textures = rng.pickSome(
    G.FAMILY_TEXTURE.filter((line) => !(opening.includes('{home}') && line.includes('{home}'))),
    2,
  );
  const closing = sameHome ? rng.pick(G.STAYING) : choose(rng, G.LEAVING, context);
  return [
    { template: opening, core: true, nameFirst: true },
    { template: textures[0], core: true, soft: true },
    { template: early, core: true },
    { template: textures[1], core: false },
    { template: closing, core: false },
  ];
}

// ───────────────────────────── paragraph 2: turning point ─────────────────────────────

function turningParagraph(rng: Rng, context: BankContext, setting: SettingBank, pickField: PickField): Paragraph {
  const nameFirst = rng.chance(0.5);
  if (context.kind === 'machine') {
    const when = rng.pick(G.WHEN_MACHINE);
    const event = fill(rng.pick(G.EVENT_FRAMES), { when, whenLower: lowerFirst(when), event: rng.pick(G.MACHINE_EVENTS) });
    return [
      { template: event, core: true, nameFirst },
      { template: rng.pick(G.MACHINE_BRIDGES), core: true },
      { template: rng.pick(G.MACHINE_FIRST_FRAMES), core: true, soft: true },
    ];
  }
  const creature = context.kind === 'creature';
  const events = creature ? G.CREATURE_EVENTS : rng.chance(0.75) ? usable(setting.events, context) : G.GENERIC_EVENTS;
  const when = rng.pick(creature ? G.WHEN_CREATURE : G.WHEN_HUMAN);
  const event = fill(rng.pick(G.EVENT_FRAMES), {
    when,
    whenLower: lowerFirst(when),
    event: rng.pick(events.length > 0 ? events : G.GENERIC_EVENTS),
  });
  if (creature) {
    return [
      { template: event, core: true, nameFirst },
      { template: rng.pick(G.CREATURE_MIDDLES), core: true },
      { template: rng.pick(G.CREATURE_BRIDGES), core: true },
    ];
  }
  let callingText = pickField('calling', 0.1);
  for (let attempt = 0; attempt < 6 && overlaps(callingText, event); attempt++) callingText = pickField('calling', 0.1);
  const callingFrames = G.CALLING_FRAMES.filter(
    (frame) =>
      (callingText.split(' ').length < 18 || !frame.startsWith('In the middle')) &&
      !(event.startsWith('Then') && frame.includes('Then')) &&
      !(/ and /.test(callingText) && frame.includes('{calling}, and')),
  );
  const calling = fill(rng.pick(callingFrames), { calling: callingText });
  const training = pickField('training', 0.1);
  const mentor = fill(rng.pick(G.MENTOR_FRAMES), { mentor: pickField('mentor', 0.2), lesson: pickField('lesson', 0.3) });
  const first = fill(rng.pick(G.FIRST_FRAMES), { first: pickField('first', 0.2) });
  const selfTaught = training.includes('{themselves}');
  const paragraph: Paragraph = [
    { template: event, core: true, nameFirst },
    { template: calling, core: true },
    { template: training, core: true, soft: true },
  ];
  if (!selfTaught) paragraph.push({ template: mentor, core: false });
  paragraph.push({ template: first, core: false });
  return paragraph;
}

// ───────────────────────────── paragraph 3: present ─────────────────────────────

function presentParagraph(
  rng: Rng,
  context: BankContext,
  facts: Description,
  traits: TraitPlan[],
  pickField: PickField,
  inPlaceFirst: string,
): Paragraph {
  const machine = context.kind === 'machine';
  const creature = context.kind === 'creature';
  let opener: string;
  if (machine) opener = rng.pick(G.OPENERS_MACHINE);
  else if (creature) opener = rng.pick(G.OPENERS_CREATURE);
  else if (facts.retired) opener = fill(rng.pick(G.OPENERS_RETIRED), { retired: pickField('retired', 0.2) });
  else {
    const workplace = pickField('workplace', 0.15);
    const long = countWords(`${workplace} ${inPlaceFirst}`) > 13;
    const openers = G.OPENERS_ACTIVE.filter((frame) => !(long && (frame.startsWith('{workplace}') || frame.startsWith('Anyone'))));
    opener = fill(rng.pick(openers), { workplace });
  }

  const paragraph: Paragraph = [{ template: opener, core: true, nameFirst: true }];

  if (facts.feature) paragraph.push({ template: fill(rng.pick(G.FEATURE_FRAMES), { feature: facts.feature }), core: true });

  if (!facts.retired && !creature) {
    const machineTasks = machine && facts.role?.field !== undefined && (facts.role.field === 'tech' || facts.role.field === 'general');
    const taskPick = (): string => (machineTasks ? rng.pick(G.MACHINE_TASKS) : pickField('tasks', 0.15));
    const task1 = taskPick();
    const task2 = taskPick();
    const twoTasks = task1 !== task2 && rng.chance(traits.length > 2 ? 0.3 : 0.6);
    const complex = /,| and /.test(task1) || /,| and /.test(task2);
    const notMostDays = (frames: readonly string[]) => frames.filter((frame) => !(/most days/i.test(opener) && /most days/i.test(frame)));
    const frame = rng.pick(notMostDays(!twoTasks ? G.TASK_FRAMES_ONE : complex ? G.TASK_FRAMES_SPLIT : G.TASK_FRAMES_TWO));
    paragraph.push({ template: fill(frame, { task1, task2 }), core: true, soft: true });
  }

  for (const sentence of traitSentences(rng, facts, traits)) paragraph.push({ template: sentence, core: true });

  const traitSpeech = traits.find((trait) => trait.use.known && trait.use.entry.speech);
  let speech: string;
  if (machine && rng.chance(0.6)) speech = rng.pick(G.MACHINE_SPEECH);
  else if (traitSpeech?.use.known && traitSpeech.use.entry.speech && rng.chance(0.35)) speech = `{v:speak} ${traitSpeech.use.entry.speech}`;
  else speech = rng.chance(0.4) ? pickField('speech', 0) : rng.pick(G.SPEECH_GENERIC);
  const speechFrame = /^\{v:(speak|talk|give|swear|laugh)\}/.test(speech) ? '{sub} {speech}.' : rng.pick(G.SPEECH_FRAMES);
  const crowded =
    facts.interests.length + facts.facts.length + facts.dislikes.length + (facts.feature ? 1 : 0) + (facts.detail ? 1 : 0) > 0 ||
    traits.length > 2;
  paragraph.push({ template: fill(speechFrame, { speech }), core: !crowded, soft: true });

  const ownObject = (machine && rng.chance(0.6)) || creature;
  const object = ownObject ? rng.pick(creature ? G.CREATURE_OBJECTS : G.MACHINE_OBJECTS) : pickField('objects', 0.15);
  const plain = ownObject || object.includes('{they}') || /\b(?:from|who|that|which)\b/.test(object) || rng.chance(0.35);
  const objectLine = fill(rng.pick(plain ? G.OBJECT_FRAMES_PLAIN : G.OBJECT_FRAMES), {
    object,
    ritual: pickField('ritual', 0.2),
    giver: choose(rng, G.GIVERS, context),
  });
  paragraph.push({ template: objectLine, core: true, soft: true });
  if (!creature) paragraph.push({ template: rng.pick(machine ? G.MACHINE_HABITS : G.HABITS), core: false });

  if (facts.interests.length > 0) {
    const interests = facts.interests.join(', and ');
    const frames = facts.retired ? G.INTEREST_FRAMES_RETIRED : G.INTEREST_FRAMES;
    paragraph.push({ template: fill(rng.pick(frames), { interests }), core: true });
  }
  for (const fact of facts.facts) {
    const mentionsPlace = facts.place !== null && fact.includes(facts.place.name);
    const frame = mentionsPlace ? G.FACT_FRAMES[1] : rng.pick(G.FACT_FRAMES);
    paragraph.push({ template: fill(frame, { fact }), core: true });
  }
  for (const dislike of facts.dislikes) paragraph.push({ template: fill(rng.pick(G.DISLIKE_FRAMES), { dislike }), core: true });
  if (facts.detail) paragraph.push({ template: fill(G.DETAIL_FRAMES[0], { detail: detailClause(facts.detail) }), core: true });

  paragraph.push({ template: fill(rng.pick(G.REPUTATION_FRAMES), { reputation: rng.pick(G.REPUTATIONS) }), core: false });
  return paragraph;
}

function traitSentences(rng: Rng, facts: Description, traits: TraitPlan[]): string[] {
  const sentences: string[] = [];
  const queue = [...traits];
  let first = true;
  while (queue.length > 0) {
    const a = queue.shift() as TraitPlan;
    if (!a.use.known) {
      sentences.push(fill(rng.pick(G.TRAIT_UNKNOWN), { word: a.display }));
      first = false;
      continue;
    }
    const b = queue[0];
    const contrast = first && facts.contrast && b?.use.known;
    const opposite = b?.use.known && a.use.entry.tone * b.use.entry.tone < 0;
    if (b?.use.known && (contrast || opposite || rng.chance(0.5))) {
      queue.shift();
      const values = {
        pred1: predicate(a),
        pred2: predicate(b),
        pred1Cap: upperFirst(predicate(a)),
        behaviour1: a.use.entry.behaviour,
        behaviour2: b.use.entry.behaviour,
      };
      const adjectives = !a.use.noun && !b.use.noun;
      const complex = /,| and /.test(a.use.entry.behaviour) || /,| and /.test(b.use.entry.behaviour);
      const frames =
        contrast || opposite
          ? complex
            ? G.TRAIT_CONTRAST_SPLIT.filter((frame) => adjectives || !frame.includes('one {pred1}'))
            : G.TRAIT_CONTRAST.filter((frame) => adjectives || !frame.includes('side of'))
          : complex
            ? G.TRAIT_PAIR_SPLIT.filter((frame) => adjectives || !/^(?:Two words|\{sub\} \{v:is\} \{pred1\} and)/.test(frame))
            : G.TRAIT_TWO;
      sentences.push(fill(rng.pick(frames), values));
    } else {
      const frames = a.use.noun ? G.TRAIT_ONE : [...G.TRAIT_ONE, ...G.TRAIT_ONE_ADJECTIVE];
      const pred = predicate(a);
      sentences.push(
        fill(rng.pick(frames), { pred, predCap: upperFirst(pred), behaviour: a.use.entry.behaviour, quality: a.use.entry.quality }),
      );
    }
    first = false;
  }
  return sentences;
}

const COMMON = new Set([
  'their',
  'them',
  'they',
  'with',
  'from',
  'that',
  'which',
  'were',
  'have',
  'this',
  'into',
  'over',
  'when',
  'what',
  'only',
  'once',
  'family',
  'whole',
  'after',
  'before',
  'could',
  'would',
  'every',
  'about',
  'poss',
  'themselves',
  'nobody',
  'anyone',
  'never',
]);

/** Whether two phrases share a telling word ("raiders", "fire"), which would make them repeat each other. */
function overlaps(first: string, second: string): boolean {
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .match(/[a-z]{4,}/g)
        ?.filter((word) => !COMMON.has(word)) ?? [],
    );
  const a = words(first);
  return [...words(second)].some((word) => a.has(word));
}

function detailClause(detail: string): string {
  const lowered = /^(?:Her|His|Their|The|A|An|She|He|They|It|There|Once|Has|Had|Was|Is)\b/.test(detail)
    ? detail[0]?.toLowerCase() + detail.slice(1)
    : detail;
  return lowered;
}

// ───────────────────────────── paragraph 4: secret and goal ─────────────────────────────

function secretParagraph(rng: Rng, context: BankContext, setting: SettingBank, pickField: PickField): Paragraph {
  const nameFirst = rng.chance(0.5);
  let secret: string;
  let goal: string;
  if (context.kind === 'machine') {
    secret = rng.chance(0.7) ? rng.pick(G.MACHINE_SECRETS) : pickField('secret', 0);
    goal = rng.pick(G.MACHINE_GOALS);
  } else if (context.kind === 'creature') {
    secret = rng.pick(G.CREATURE_SECRETS);
    goal = rng.pick(G.CREATURE_GOALS);
  } else {
    const settingSecrets = usable(setting.secrets, context);
    secret = rng.chance(0.45) && settingSecrets.length > 0 ? rng.pick(settingSecrets) : pickField('secret', 0.15);
    goal = pickField('goal', 0.1);
  }
  const developments = rng.chance(0.6) ? usable(setting.developments, context) : G.GENERIC_DEVELOPMENTS;
  const development = fill(rng.pick(G.DEVELOPMENT_FRAMES), {
    development: rng.pick(developments.length > 0 ? developments : G.GENERIC_DEVELOPMENTS),
  });
  const secretLine = fill(rng.pick(G.SECRET_FRAMES), { secret });
  const goalLine = fill(rng.pick(G.GOAL_FRAMES), { goal });
  let closer = rng.pick(G.CLOSERS);
  for (let attempt = 0; attempt < 6 && overlaps(closer, `${goalLine} ${secretLine}`); attempt++) closer = rng.pick(G.CLOSERS);
  const tension = rng.pick(G.TENSIONS);
  return rng.chance(0.5)
    ? [
        { template: secretLine, core: true, nameFirst },
        { template: development, core: false },
        { template: goalLine, core: true },
        { template: tension, core: false },
        { template: closer, core: true, soft: true },
      ]
    : [
        { template: goalLine, core: true, nameFirst },
        { template: secretLine, core: true },
        { template: development, core: false },
        { template: tension, core: false },
        { template: closer, core: true, soft: true },
      ];
}

// ───────────────────────────── assembling ─────────────────────────────

function assemble(plan: Plan, name: Name, target: number): string {
  const included = plan.paragraphs.map((paragraph) => paragraph.map((sentence) => sentence.core));
  const allOn = plan.paragraphs.map((paragraph) => paragraph.map(() => true));
  const fullWords = renderAll(plan, name, allOn).sentenceWords;
  const wordsIn = (p: number): number => sum((fullWords[p] ?? []).map((count, index) => (included[p]?.[index] ? count : 0)));
  let total = sum(plan.paragraphs.map((_, p) => wordsIn(p)));

  // Add optional sentences, always to the currently shortest paragraph, while they fit the target.
  for (;;) {
    let best: [number, number] | null = null;
    let bestWords = Infinity;
    plan.paragraphs.forEach((paragraph, p) => {
      const index = paragraph.findIndex((sentence, i) => !sentence.core && !included[p]?.[i]);
      if (index < 0) return;
      const extra = fullWords[p]?.[index] ?? 0;
      if (total + extra > target && total >= WORD_RANGE.min) return;
      if (total + extra > WORD_RANGE.max) return;
      const words = wordsIn(p);
      if (words < bestWords) {
        best = [p, index];
        bestWords = words;
      }
    });
    if (!best) break;
    const [p, index] = best as [number, number];
    included[p][index] = true;
    total += fullWords[p]?.[index] ?? 0;
  }

  let result = renderAll(plan, name, included);
  // Never exceed the maximum: drop optional sentences again, then soft core ones, longest paragraph first.
  const droppable = [(sentence: Sentence) => !sentence.core, (sentence: Sentence) => sentence.soft === true];
  for (const canDrop of droppable) {
    while (sum(result.sentenceWords.flat()) > WORD_RANGE.max) {
      const candidates = plan.paragraphs
        .map((paragraph, p) => ({ p, index: paragraph.findLastIndex((sentence, i) => canDrop(sentence) && included[p]?.[i]) }))
        .filter(({ index }) => index >= 0)
        .sort((a, b) => sum(result.sentenceWords[b.p] ?? []) - sum(result.sentenceWords[a.p] ?? []));
      const drop = candidates[0];
      if (!drop) break;
      included[drop.p][drop.index] = false;
      result = renderAll(plan, name, included);
    }
  }
  return result.text;
}

function renderAll(plan: Plan, name: Name, included: boolean[][]): { text: string; sentenceWords: number[][] } {
  const state: RenderState = { introduced: false, nameDue: false };
  const pronouns = PRONOUNS[plan.pronoun];
  // With "they" the name comes back sooner, so that the pronoun never drifts far from it.
  const nameEvery = pronouns.key === 'they' ? 3 : 5;
  let sinceName = 0;
  const sentenceWords: number[][] = [];
  const paragraphs: string[] = [];
  plan.paragraphs.forEach((paragraph, p) => {
    const rendered: string[] = [];
    const counts: number[] = [];
    let first = true;
    paragraph.forEach((sentence, index) => {
      if (!included[p]?.[index]) {
        counts.push(0);
        return;
      }
      if ((first && (sentence.nameFirst || p === 0 || p === 2)) || sinceName >= nameEvery) state.nameDue = true;
      first = false;
      const text = render(sentence.template, { name: name.text, pronouns, vars: plan.vars, state, nameIsPhrase: name.phrase });
      sinceName = text.includes(name.text) ? 0 : sinceName + 1;
      rendered.push(text);
      counts.push(countWords(text));
    });
    sentenceWords.push(counts);
    paragraphs.push(rendered.join(' '));
  });
  return { text: paragraphs.join('\n\n'), sentenceWords };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function lowerFirst(text: string): string {
  return text.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase());
}
