/**
 * The offline backstory writer: the default generator when no language model is configured.
 *
 * It reads the description into a profile (read-input.ts), then tells the character's life in
 * beats (origin, turning point, trade, present, what they hide and want), arranged in one of
 * several structures, from the phrase banks in story/ that fit the character's kind, setting,
 * field and trade; whatever the description stated is used where it fits and never replaced.
 * Each request is a new take; a seed gives the same text again (for tests).
 */

import { randomBytes } from 'node:crypto';
import { fill, usable, type BankContext } from './bank';
import { ANIMAL_WORDS } from './lexicon';
import { numberFromWords, numberWord } from '../../lib/number-words';
import { PRONOUNS } from './pronouns';
import { readInput, type Profile, type Statement, type Trait } from './read-input';
import { countWords, indefiniteArticle, render, upperFirst, type RenderState } from './render';
import { Rng } from '../../lib/seeded-random';
import { CONFLICTS, FIELDS, FOLLOW_UPS, LIFE, SETTINGS, TRADES, frames, type LifeSlot } from './story/banks';

export type BackstoryRequest = { inputText: string; charName: string };

export const WORD_RANGE = { min: 150, max: 360 } as const;
const NAME_LIMIT = 80;

/** A sentence of a beat: core sentences are always told; the others while the text is short. */
type Sentence = { template: string; core: boolean };
type Beat = Sentence[];

/**
 * Options for one backstory: a seed makes it repeatable (otherwise every request is a new take);
 * `history` is when each line was last used, shared by a run of backstories that should vary
 * among themselves (without it, a seeded backstory starts from no history).
 */
export type WriteOptions = { seed?: string; history?: Map<string, number> };

export function composeBackstory(request: BackstoryRequest, options: WriteOptions = {}): string {
  return draftBackstory(request, options).finish();
}

/**
 * The backstory in two steps, for streaming: the plan gives the opening sentence, which the text
 * always begins with; `finish()` writes the whole text. A stream can send its first words before
 * the rest is written.
 */
export function draftBackstory(request: BackstoryRequest, options: WriteOptions = {}): { opening: string; finish: () => string } {
  const name = normaliseName(request?.charName ?? '');
  const profile = readInput(request?.inputText ?? '', name.phrase ? '' : name.text);
  const seeded = options.seed !== undefined;
  const rng = Rng.fromText(seeded ? `${options.seed}\u0000${request?.inputText ?? ''}\u0000${name.text}` : randomBytes(8).toString('hex'), {
    avoidRepeats: true,
  });
  const picker = new Picker(rng, options.history ?? (seeded ? new Map<string, number>() : SHARED_USES));
  const plan = planStory(picker, profile);
  const opening = renderParagraphs(plan, name, (p, index) => p === 0 && index === 0).paragraphs[0]?.trimEnd() ?? '';
  return { opening, finish: () => assemble(plan, name, rng.int(200, 300)) };
}

// ───────────────────────────── picking lines ─────────────────────────────

/**
 * When each line was last used by this process: a new backstory prefers the lines used longest
 * ago, so that a run of backstories reads like different stories rather than one template (a line
 * only some settings may use waits its turn like the others, instead of catching up on them).
 */
const SHARED_USES = new Map<string, number>();
let tick = 0;

class Picker {
  constructor(
    readonly rng: Rng,
    private readonly lastUsed: Map<string, number>,
  ) {}

  /** One of the least recently used third of `list` (at random among them), or null when it is empty. */
  pick(list: readonly string[]): string | null {
    if (list.length === 0) return null;
    const ordered = [...list].sort((a, b) => (this.lastUsed.get(a) ?? -1) - (this.lastUsed.get(b) ?? -1));
    const line = this.rng.pick(ordered.slice(0, Math.max(1, Math.ceil(ordered.length / 3))));
    tick += 1;
    this.lastUsed.set(line, tick);
    if (this.lastUsed.size > 20_000) this.lastUsed.clear();
    return line;
  }
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

type Plan = { paragraphs: Beat[]; vars: Record<string, string>; profile: Profile };

type Tone = 'loss' | 'upheaval' | 'chance';

function planStory(picker: Picker, profile: Profile): Plan {
  const rng = picker.rng;
  const context: BankContext = {
    genre: profile.genre,
    kind: profile.kind,
    // "sheepdog", "tomcat": a word that ends in an animal is one.
    animal: (profile.being ?? '')
      .toLowerCase()
      .split(/[\s-]+/)
      .some((word) =>
        [...ANIMAL_WORDS].some(
          (animal) => word.replace(/s$/, '') === animal || (word.endsWith(animal) && word.length - animal.length >= 3),
        ),
      ),
  };
  const fits = (list: readonly string[]): string[] => usable(list, context).filter((line) => !contradicts(line, profile));
  const from = (list: readonly string[]): string | null => picker.pick(fits(list));
  // A manner of speech the description states is not joined by an invented one.
  const ruledOut = (slot: LifeSlot) => CONFLICTS.some((conflict) => conflict.slots.has(slot) && conflict.said.test(profile.said));
  const life = (slot: LifeSlot): string | null => (ruledOut(slot) ? null : from(LIFE[slot]));
  // A trade given up is no longer the day's work: a retired judge does not want to leave the bench.
  const active = profile.role !== null && !profile.role.former;
  const label = profile.role ? (profile.role.specific === false || !active ? null : profile.role.label) : machineLabel(profile);
  const trade = label ? TRADES[label] : undefined;
  const field = profile.role && active ? FIELDS[profile.role.field] : undefined;
  /** Trade lines first, then the field's, then lines for anyone: the most specific that fit. */
  const specific = (slot: 'days' | 'objects' | 'secrets' | 'goals', lifeSlot: LifeSlot, share = 0.6): string | null => {
    const own = fits(trade?.[slot] ?? []);
    if (own.length > 0 && rng.chance(share)) return picker.pick(own);
    const fieldLines = fits(field?.[slot] ?? []);
    if (fieldLines.length > 0 && rng.chance(0.5)) return picker.pick(fieldLines);
    return life(lifeSlot);
  };

  const earliest = childhood(picker, profile, context);
  const vars = storyVars(picker, profile, ageIn(earliest), context.animal === true);
  const statements = (topic: Statement['topic'], tense?: Statement['tense']) =>
    profile.statements.filter((statement) => statement.topic === topic && (tense === undefined || statement.tense === tense));
  const stated = (frameName: string, statement: Statement): string =>
    statement.whole ? `${statement.text}.` : fill(pickFrame(picker, frameName), { fact: statement.text });
  const core = (template: string | null): Sentence[] => (template ? [{ template, core: true }] : []);
  const optional = (template: string | null): Sentence[] => (template ? [{ template, core: false }] : []);
  const machine = profile.kind === 'machine';
  const creature = profile.kind === 'creature';

  // Origin: where they come from (as stated, when it is), a household, a first sign of character.
  // "came for a two-year contract eleven years ago" is how they came to where they are now, not where they began.
  const arrival = (statement: Statement) => ARRIVAL.test(statement.text);
  const home = statements('home', 'past').find((statement) => !arrival(statement));
  const role = profile.role;
  // One born to a rank begins there: a born-in-a-lean-year line would contradict it.
  const bornTo = role?.status && !machine && !creature ? life('entryStatus') : null;
  const origin: Beat = [
    ...core(home ? stated('stateHome', home) : (bornTo ?? life(machine ? 'machineBorn' : creature ? 'creatureBorn' : 'born'))),
    ...(home && bornTo ? core(bornTo) : []),
    ...(machine || creature ? [] : optional(life('family'))),
    ...core(earliest),
  ];

  // The turning point: a stated loss or past event comes first; otherwise one that fits the themes.
  const loss = statements('loss')[0];
  // What happened "last winter" belongs to the present, not to the childhood.
  const recent = (statement: Statement) => RECENT.test(statement.text);
  const pastOthers = profile.statements
    .filter((statement) => statement.tense === 'past' && statement.topic === 'other' && !recent(statement))
    .slice(0, 2);
  const tone: Tone =
    loss || profile.themes.some((theme) => /grief|loss|mourning|revenge|vengeance/.test(theme))
      ? 'loss'
      : rng.pick<Tone>(['loss', 'upheaval', 'chance', 'chance', 'upheaval']);
  const turning: Beat = [];
  if (machine || creature) {
    turning.push(
      ...core(life(machine ? 'machineEvents' : 'creatureEvents')),
      ...optional(life(machine ? 'machineAfter' : 'creatureAfter')),
    );
  } else {
    // One born to a rank did not lose the family's money or home: those events are for others.
    const events = fits(LIFE[`${tone}Events` as LifeSlot]).filter(
      (line) => !role?.status || !/\b(?:money|owing|debt|rent|evict|poor|hungry|wages|lean)\w*/i.test(line),
    );
    const event = loss ? stated('stateLoss', loss) : picker.pick(events);
    turning.push(...core(event));
    // A follow-up that says something particular ("worth a risk") comes only after an event it fits.
    const afterSlot: LifeSlot = tone === 'loss' ? 'afterLoss' : tone === 'upheaval' ? 'afterUpheaval' : 'afterChance';
    const fitting = fits(LIFE[afterSlot]).filter((line) =>
      FOLLOW_UPS.every((followUp) => !followUp.after.test(line) || followUp.event.test(event ?? '')),
    );
    turning.push(...core(picker.pick(fitting)));
  }
  for (const statement of pastOthers) turning.push(...core(stated('statePast', statement)));

  // The trade: how they came to it and learned it.
  const work: Beat = [];
  if (role && !machine && !role.status) {
    {
      // "came late to it" only when it was late.
      // One who found a direction did not drift into the trade.
      const directed = turning.some((sentence) => /\bdirection\b/.test(sentence.template));
      const entries = LIFE.entry.filter(
        (line) =>
          (!/\blate\b/.test(line) || Number(vars.entryAgeValue) >= 25) &&
          !(directed && /never a plan|drifted|first door|without ever quite deciding|mostly because|fell into/.test(line)),
      );
      work.push(...core(role.former ? pickFrame(picker, 'formerEntry') : from(entries)));
      const training = usable(field?.training ?? [], context);
      if (!ruledOut('training')) work.push(...optional(training.length > 0 && rng.chance(0.5) ? picker.pick(training) : life('training')));
    }
  }

  // The present: where they are and what they do, with everything the description said of it.
  const present: Beat = [];
  if (machine || creature) present.push(...core(fill(pickFrame(picker, profile.place ? 'beingPresent' : 'beingPlain'), {})));
  else if (role?.status && !role.former) present.push(...core(life('presentStatus')));
  else if (role?.former) present.push(...core(pickFrame(picker, 'formerPresent')));
  else if (role) present.push(...core(life('presentTrade')));
  const presentStatements = profile.statements.filter((s) => s.tense === 'present' && (s.topic === 'other' || s.topic === 'home'));
  // With no trade, what the description says they do is the present's opening (it often names the place too).
  const placeText = profile.place?.text ?? null;
  const opensPresent =
    !role && !machine && !creature
      ? presentStatements.find((statement) => placeText === null || statement.text.includes(placeText))
      : undefined;
  if (!role && !machine && !creature && !opensPresent) present.push(...core(life('presentNoTrade')));
  for (const statement of statements('era')) present.push(...core(fill(pickFrame(picker, 'stateEra'), { fact: statement.text })));
  // A stated place is where they work: no invented hangar or back room beside it, only lines told in it.
  const workplace = usable(trade?.workplace ?? [], context).filter((line) => !profile.place || /\{place(?:In)?\}/.test(line));
  if (workplace.length > 0 && !role?.former) present.push(...optional(picker.pick(workplace)));
  for (const statement of statements('home', 'past').filter(arrival)) present.push(...core(stated('stateOther', statement)));
  for (const statement of presentStatements) {
    // "These days she repairs clocks", never "These days she has never won" or "…is afraid of dogs".
    const verbFirst =
      /^(?:(?:now|still|also|often|always|secretly|usually)\s+)*\{v:(?!be\}|have\}|do\}|was\})/.test(statement.text) &&
      !/\bnever\b/.test(statement.text);
    const frameName = statement === opensPresent || verbFirst ? 'statePresent' : 'stateOther';
    present.push(...core(stated(frameName, statement)));
  }
  if (!role?.former && !role?.status) present.push(...optional(specific('days', 'days')));
  present.push(...traitSentences(picker, profile.traits));
  for (const statement of statements('like'))
    present.push(...core(stated(role && !role.former ? 'stateLike' : 'stateLikeIdle', statement)));
  for (const statement of statements('dislike')) present.push(...core(stated('stateDislike', statement)));
  for (const thing of profile.mentions) present.push(...core(fill(pickFrame(picker, 'mention'), { thing })));
  for (const statement of profile.statements.filter((s) => s.tense === 'past' && recent(s)))
    present.push(...core(stated('stateOther', statement)));
  if (profile.species) present.push(...core(fill(pickFrame(picker, 'species'), { species: profile.species })));
  // A description in another language is read for what it names (a trade, a place, a gender). The
  // language is not told as a fact: for one who lives where it is spoken, "her Japanese comes back
  // whenever she is tired" is nonsense.
  present.push(...optional(life('speech')));
  // A street cat owns no clock.
  if (!(creature && context.animal)) present.push(...optional(specific('objects', 'objects', 0.5)));
  if (!machine && !creature) present.push(...optional(life('habits')));

  // What they hide and what they want: as stated, or from the banks that fit.
  const secret = statements('secret')[0];
  const want = statements('want')[0];
  const secretLine = secret
    ? stated('stateSecret', secret)
    : machine
      ? life('machineSecrets')
      : creature
        ? life('creatureSecrets')
        : specific('secrets', 'secrets', 0.4);
  const theme = profile.themes.map((word) => THEME_WANTS[word]).find((wanted) => wanted !== undefined);
  const goalLine = want
    ? stated('stateWant', want)
    : theme
      ? fill(pickFrame(picker, 'themeGoal'), { theme })
      : machine
        ? life('machineGoals')
        : creature
          ? life('creatureGoals')
          : specific('goals', 'goals', 0.4);
  const inner: Beat = rng.chance(0.5) ? [...core(secretLine), ...core(goalLine)] : [...core(goalLine), ...core(secretLine)];
  inner.push(...optional(life('closers')));

  return { paragraphs: arrange(rng, { origin, turning, work, present, inner }), vars, profile };
}

/** The beats in one of several structures: chronological, present first, or opening on the present and what they want. */
function arrange(rng: Rng, beats: { origin: Beat; turning: Beat; work: Beat; present: Beat; inner: Beat }): Beat[] {
  const { origin, turning, work, present, inner } = beats;
  const structures: Beat[][] = [
    [[...origin, ...turning], [...work, ...present], inner],
    [origin, [...turning, ...work], present, inner],
    [present, [...origin, ...turning, ...work], inner],
    [[...origin], [...turning, ...work, ...present], inner],
  ];
  return rng.pick(structures).filter((paragraph) => paragraph.length > 0);
}

function childhood(picker: Picker, profile: Profile, context: BankContext): string | null {
  if (profile.kind === 'machine') return picker.pick(usable(LIFE.machineChildhood, context));
  if (profile.kind === 'creature') return picker.pick(usable(LIFE.creatureChildhood, context));
  const known = profile.traits.find((trait) => trait.entry !== null);
  if (known?.entry && picker.rng.chance(0.7)) return `${upperFirst(known.entry.early)}.`;
  return picker.pick(usable(LIFE.childhood, context).filter((line) => !contradicts(line, profile)));
}

function machineLabel(profile: Profile): string | null {
  if (profile.kind !== 'machine' || !profile.being) return null;
  const words = profile.being.toLowerCase().split(/\s+/);
  if (words.includes('ai')) return 'AI';
  if (words.includes('android')) return 'android';
  if (words.some((word) => word === 'robot' || word === 'droid')) return 'robot';
  return null;
}

/** The age a childhood line tells of ("At nine she…", "by twelve"), so the turning point comes after it. */
/** Words that put a past event in the last year or so. */
const RECENT = /\b(?:last (?:year|winter|summer|spring|autumn|month|week)|recently|lately|this year|a year ago|months ago)\b/;

/** What a theme named alone ("revenge", "grief") makes the character want. */
const THEME_WANTS: Record<string, string> = {
  revenge: 'revenge',
  vengeance: 'revenge',
  redemption: 'redemption',
  guilt: 'forgiveness',
  regret: 'a second chance',
  loneliness: 'company',
  ambition: 'more than this',
  exile: 'to go home',
  freedom: 'freedom',
  love: 'to be loved back',
  betrayal: 'the truth about who sold them out',
  honour: 'to be worthy of the name',
  honor: 'to be worthy of the name',
  duty: 'to finish what was started',
  faith: 'a sign that someone is listening',
  hope: 'one good reason to hope',
  grief: 'to stop carrying the loss alone',
  loss: 'to stop carrying the loss alone',
  mourning: 'to stop carrying the loss alone',
};

/** Whether a bank line would contradict what the description says. */
/** What a profile rules out, worked out once per profile (every bank line is checked against it). */
const RULED_OUT = new WeakMap<Profile, { lines: RegExp[]; realPlace: boolean }>();

function ruledOutBy(profile: Profile): { lines: RegExp[]; realPlace: boolean } {
  let found = RULED_OUT.get(profile);
  if (!found) {
    found = {
      lines: CONFLICTS.flatMap((conflict) => (conflict.line && conflict.said.test(profile.said) ? [conflict.line] : [])),
      realPlace: !inventedWorld(profile) && realPlaceName(profile.place?.text ?? profile.origin?.text ?? '') !== null,
    };
    RULED_OUT.set(profile, found);
  }
  return found;
}

function contradicts(line: string, profile: Profile): boolean {
  const ruled = ruledOutBy(profile);
  // What the description says of them: a shy one does not fill every silence, an only child has no sisters.
  if (ruled.lines.some((pattern) => pattern.test(line))) return true;
  // One born to a rank did not go hungry or owe rent.
  if (profile.role?.status && /\b(?:money|owing|debt|rent|evict\w*|poor|hungry|wages|lean year|find work)\b/i.test(line)) return true;
  // A real place has its own weather: no frost in Mogadishu, no snow in Dhaka.
  if (ruled.realPlace && /\b(?:snow\w*|frost\w*|froze|frozen|freez\w*|winters?|icy|blizzards?|sledges?|sleds?)\b/i.test(line)) return true;
  // Before printing, a household did not read at table.
  if (profile.year !== null && profile.year < 1500 && /\b(?:read at every meal|newspapers?|novels?|printed)\b/i.test(line)) return true;
  // A widow's secret is not a marriage that never ended.
  if (profile.marriage !== null && /\b(?:marriage|married|wedding|husband|wife|spouse)\b/i.test(line)) return true;
  // The young have no adult life behind them; an age before passports had no papers.
  if (profile.age === 'young' && /\b(?:adult life|for decades|grown children|retire\w*)\b/i.test(line)) return true;
  if (
    profile.year !== null &&
    profile.year < 1800 &&
    /\b(?:papers|passport|landlord|rent|railway|factory|newspaper|telegram|office)\b/i.test(line)
  )
    return true;
  // A machine or a creature does not eat, sleep in a bed or go to school.
  if (profile.kind !== 'human' && /\b(?:eats?|ate|meals?|breakfast|supper|dinner|lunch|bed|school|parents?|mother|father)\b/i.test(line))
    return true;
  return false;
}

function ageIn(line: string | null): number {
  const match =
    /\b(?:at|by|aged?|turned|when \S+ (?:was|were|\{v:was\}))\s+(six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\b/i.exec(
      line ?? '',
    );
  return match ? (numberFromWords(match[1]) ?? 0) : 0;
}

function storyVars(picker: Picker, profile: Profile, childhoodAge: number, animal: boolean): Record<string, string> {
  const rng = picker.rng;
  // Before the railways, a historical tale takes the places any era has.
  const early = profile.year !== null && profile.year < 1750 && profile.genre === 'historical';
  const setting = (early ? SETTINGS.neutral : SETTINGS[profile.genre]) ?? SETTINGS.neutral;
  const invent = () => `${rng.pick(setting.nameStarts)}${rng.pick(setting.nameEnds)}`;
  const homeTown = invent();
  let townName = invent();
  for (let attempt = 0; attempt < 4 && townName === homeTown; attempt++) townName = invent();

  let placeIn: string;
  let place: string;
  if (profile.place) {
    placeIn = `${profile.place.prep === 'from' ? 'in' : profile.place.prep} ${profile.place.text}`;
    place = profile.place.text;
  } else if (profile.origin) {
    placeIn = `in ${profile.origin.text}`;
    place = profile.origin.text;
  } else if (profile.foreign) {
    // The place is in the words quoted from the description: no invented town to contradict them.
    placeIn = 'close to home';
    place = 'home';
  } else {
    placeIn = (picker.pick(setting.places) ?? 'in a town like any other').replaceAll('{townName}', townName);
    place = placeIn.replace(/^\S+\s+/, '');
  }
  let homeIn: string;
  // A machine is built, and a creature found, where it is: no invented colony for a Montana robot.
  if (!profile.origin && profile.place && (profile.kind !== 'human' || profile.species !== null)) homeIn = placeIn;
  else if (profile.origin) homeIn = `${profile.origin.prep === 'from' ? 'in' : profile.origin.prep} ${profile.origin.text}`;
  else {
    // A real city named in the description is home ground: no English-sounding town invented for a
    // woman of Surat or a driver of Nantes.
    // One who came to the place ("came for a contract eleven years ago") did not grow up there.
    const cameLater = profile.statements.some((statement) => ARRIVAL.test(statement.text));
    const named = inventedWorld(profile) || cameLater ? null : realPlaceName(profile.place?.text ?? '');
    if (named) homeIn = `${rng.pick(['in', 'in', 'near', 'outside'])} ${named}`;
    else {
      const hometown = (picker.pick(setting.hometowns) ?? 'a small town').replaceAll('{townName}', homeTown);
      homeIn = `${/^(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:island|homestead|farm|ranch|smallholding)\b/.test(hometown) ? 'on' : 'in'} ${hometown}`;
    }
  }

  const drawnEventAge = Math.max(childhoodAge + rng.int(1, 3), profile.age === 'young' ? rng.int(8, 12) : rng.int(9, 17));
  // A stated start ("diving since she was fifteen") comes after the turning point, never before it.
  const drawnYears = profile.age === 'old' ? rng.int(25, 40) : profile.age === 'young' ? rng.int(1, 3) : rng.int(4, 16);
  const eventAge =
    profile.startedAt !== undefined ? Math.max(childhoodAge + 1, Math.min(drawnEventAge, profile.startedAt - 1)) : drawnEventAge;
  // A trade that takes years of schooling is not taken up at fifteen.
  const senior = /^(?:judge|magistrate|general|commander|abbot|abbess|bishop|admiral|professor|headmaster|principal)$/.test(
    profile.role?.label ?? '',
  );
  const schooled = profile.role !== null && ['law', 'medicine', 'scholar', 'tech'].includes(profile.role.field) && profile.age !== 'young';
  const entryAge =
    profile.startedAt !== undefined
      ? profile.startedAt
      : senior
        ? rng.int(38, 50)
        : schooled
          ? rng.int(23, 29)
          : profile.age === 'young'
            ? Math.min(eventAge + rng.int(1, 3), 15)
            : Math.max(17, Math.min(eventAge + rng.int(2, 7), 26));
  // A stated age fixes the sums: the years in the trade are the years since taking it up.
  const years =
    profile.ageYears !== null && profile.ageYears > entryAge
      ? profile.ageYears - entryAge
      : // An old dog has not been anywhere for thirty years.
        Math.max(1, Math.round(drawnYears / (animal ? 3 : 1)));
  const tradeWords = (profile.role?.phrase ?? '')
    .split(' ')
    .filter((word) => !/^(?:runaway|exiled|disgraced|fallen|deposed|disowned|banished|lapsed)$/.test(word));
  const trade = tradeWords.join(' ');
  const being = profile.being ?? 'creature';
  // No older sister for an only child, no mother for an orphan.
  const relatives = ['mother', 'father', 'grandmother', 'grandfather', 'aunt', 'uncle', 'older sister', 'older brother'].filter(
    (relative) => !contradicts(relative, profile),
  );
  return {
    placeIn,
    placeInCap: upperFirst(placeIn),
    place,
    homeIn,
    trade: trade || 'worker',
    tradeA: withArticle(trade || 'worker'),
    // "a retired sea captain", "a runaway prince"; "once a knight" is told as "a former knight".
    formerA: withArticle(
      /^(?:retired|former|ex-|runaway|exiled|disgraced|fallen|deposed|disowned|banished|lapsed|one-time)\b/.test(profile.role?.phrase ?? '')
        ? (profile.role?.phrase ?? '')
        : `former ${profile.role?.phrase ?? 'stranger'}`,
    ),
    beingA: /^(?:the|a|an)\s/i.test(being) ? being : withArticle(being),
    // No older sister for an only child, no mother for an orphan.
    relative: rng.pick(relatives.length > 0 ? relatives : ['guardian']),
    eventAge: numberWord(eventAge),
    entryAge: numberWord(entryAge),
    entryAgeValue: String(entryAge),
    years: numberWord(years),
  };
}

/** "came for a contract eleven years ago": how they came to where they are, not where they began. */
const ARRIVAL = /^(?:came|arrived|moved|settled|washed up|turned up)\b/;

/** A made-up world: its places are not real towns with their own weather. */
function inventedWorld(profile: Profile): boolean {
  return ['fantasy', 'scifi', 'postapoc'].includes(profile.genre);
}

/** The proper name of a stated place: "Kisumu" in "a blanket on a pavement in Kisumu". */
function realPlaceName(place: string): string | null {
  if (/^\p{Lu}/u.test(place)) return place;
  // The first town in it: "the island of Kerkennah off the coast of Tunisia" is Kerkennah; in "a boat
  // at the Ver-o-Peso market in Belém" the market is not a town, Belém is.
  const names = [
    ...place.matchAll(/\b(?:in|at|of|near|outside)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*)(\s+[a-z]+)?/gu),
  ];
  const town = names.find(
    (match) =>
      !/^\s+(?:market|square|street|road|bridge|station|hotel|bar|cafe|café|restaurant|shop|church|temple|mosque|museum|park|beach|harbour|harbor|port|pier|dock|docks|yard|factory|mill|mine|hospital|school|library|prison|fort|camp)$/.test(
        match[2] ?? '',
      ),
  );
  return town?.[1] ?? null;
}

function withArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}

function pickFrame(picker: Picker, name: string): string {
  return picker.pick(frames(name)) ?? '';
}

// ───────────────────────────── traits ─────────────────────────────

function traitSentences(picker: Picker, traits: Trait[]): Sentence[] {
  const sentences: Sentence[] = [];
  const queue = [...traits];
  while (queue.length > 0) {
    const trait = queue.shift() as Trait;
    const next = queue[0];
    const pred = trait.entry && trait.noun ? `{a} ${trait.word}` : trait.word;
    if (next && (!trait.entry || !next.entry || picker.rng.chance(0.4))) {
      queue.shift();
      const pred2 = next.entry && next.noun ? `{a} ${next.word}` : next.word;
      const frame = pickFrame(picker, 'traitPair');
      sentences.push({ template: fill(frame, { pred1: pred, pred2, pred1Cap: upperFirst(pred) }), core: true });
      continue;
    }
    if (!trait.entry) {
      sentences.push({ template: fill(pickFrame(picker, 'traitUnknown'), { word: trait.word }), core: true });
      continue;
    }
    const options = trait.noun ? frames('traitKnown') : [...frames('traitKnown'), ...frames('traitAdjective')];
    const frame = picker.pick(options) ?? '';
    sentences.push({
      template: fill(frame, { pred, predCap: upperFirst(pred), behaviour: trait.entry.behaviour, quality: trait.entry.quality }),
      core: true,
    });
  }
  return sentences;
}

// ───────────────────────────── assembling ─────────────────────────────

function assemble(plan: Plan, name: Name, target: number): string {
  const included = new Set<string>();
  const key = (p: number, index: number) => `${p}:${index}`;
  plan.paragraphs.forEach((beat, p) => beat.forEach((sentence, index) => sentence.core && included.add(key(p, index))));
  const full = renderParagraphs(plan, name, () => true);
  let total = 0;
  for (const p of plan.paragraphs.keys())
    for (const index of plan.paragraphs[p].keys()) if (included.has(key(p, index))) total += full.words[p]?.[index] ?? 0;
  // Optional sentences join the shortest paragraph first, while the text is under its target.
  for (;;) {
    let best: [number, number] | null = null;
    let bestWords = Infinity;
    plan.paragraphs.forEach((beat, p) => {
      const index = beat.findIndex((sentence, i) => !sentence.core && !included.has(key(p, i)));
      if (index < 0) return;
      const extra = full.words[p]?.[index] ?? 0;
      if (total + extra > target && total >= WORD_RANGE.min) return;
      if (total + extra > WORD_RANGE.max) return;
      const words = beat.reduce((sum, _s, i) => sum + (included.has(key(p, i)) ? (full.words[p]?.[i] ?? 0) : 0), 0);
      if (words < bestWords) {
        best = [p, index];
        bestWords = words;
      }
    });
    const chosen = best as [number, number] | null;
    if (!chosen) break;
    const [p, index] = chosen;
    included.add(key(p, index));
    total += full.words[p]?.[index] ?? 0;
  }
  return renderParagraphs(plan, name, (p, index) => included.has(key(p, index))).paragraphs.join('\n\n');
}

function renderParagraphs(
  plan: Plan,
  name: Name,
  include: (p: number, index: number) => boolean,
): { paragraphs: string[]; words: number[][] } {
  const state: RenderState = { introduced: false, nameDue: false };
  const pronouns = PRONOUNS[plan.profile.pronoun];
  const nameEvery = pronouns.key === 'they' ? 3 : 5;
  let sinceName = 0;
  const words: number[][] = [];
  const paragraphs: string[] = [];
  plan.paragraphs.forEach((beat, p) => {
    const rendered: string[] = [];
    const counts: number[] = [];
    let first = true;
    beat.forEach((sentence, index) => {
      if (!include(p, index)) {
        counts.push(0);
        return;
      }
      if (first || sinceName >= nameEvery) state.nameDue = true;
      first = false;
      const text = render(sentence.template, { name: name.text, pronouns, vars: plan.vars, state, nameIsPhrase: name.phrase });
      sinceName = text.includes(name.text) ? 0 : sinceName + 1;
      rendered.push(text);
      counts.push(countWords(text));
    });
    words.push(counts);
    if (rendered.length > 0) paragraphs.push(rendered.join(' '));
  });
  return { paragraphs, words };
}
