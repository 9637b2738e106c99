/**
 * The demo conversations seeded into a new database: players talking to the demo characters of
 * `demo-characters.ts`, as the chat-history endpoints (`/character/chatHistory/list` and `/details`)
 * later show them.
 *
 * What is said lives in `demo-data/`: the hand-written sessions in `sessions.json`, the sessions of
 * narrative-driven characters walking their graphs in `narrative-sessions.json`, and the blocks of
 * three long ones (an evening at the Drowned Lantern, a full museum tour, a night watch aboard the
 * Wandering Heron) in a file each. This module lays them out in time and assembles the long ones from
 * their blocks and small generators (drink orders, a dice game, ship's bells) with a seeded PRNG, so
 * the list is the same on every call. The time between exchanges is derived from how long the
 * previous reply takes to read and the next line takes to type, plus a little seeded jitter.
 *
 * Searchable words kept on purpose in older sessions (the search-across-sessions tests rely on them):
 * "trilobite" appears only in Lena Whitcombe's oldest session (the one about the Kelderstone slab), and
 * "astrolabe" only in Mara Quill's oldest session.
 */
import { z } from 'zod';
import { numberWord, ordinalWord } from '../lib/number-words';
import { Rng } from '../lib/seeded-random';
import type { DemoCharacter } from './demo-characters';
import { demoNarratives, type DemoNarrative } from './demo-narratives';
import { readDemoFile } from './read-demo-file';

export type DemoExchange = {
  /** Milliseconds after the session start (strictly increasing within a session). */
  afterMs: number;
  /** What the player said, or the trigger's message for a narrative-design trigger. */
  user: string;
  /** What the character answered. */
  character: string;
  /** Set for a narrative-design trigger ("User entered the scene"), which is not typed text. */
  trigger?: { name: string; message: string };
  /** Set in a narrative-driven session: the section it happened in, and what moved the session there. */
  narrative?: DemoExchangeNarrative;
};

/** Where an exchange happened, by section name (the seed resolves names to the seeded sections' ids). */
export type DemoExchangeNarrative = {
  section: string;
  /** The section the session was in before this exchange moved it; null when it did not move. */
  movedFrom: string | null;
  /** A decision's criteria met, or a trigger's name. */
  movedBy: { kind: 'decision' | 'trigger'; text: string } | null;
};

export type DemoSession = {
  characterName: string; // a name from demoCharacters
  startedAt: string; // UTC "YYYY-MM-DDTHH:MM:SS.mmm", after the character's createdAt and before 2026-11-20
  isAddedToMemory: boolean;
  exchanges: DemoExchange[];
};

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------------------------------
// Scripts, as the data files write them

/** A typed exchange: what the player said, what the character answered, and optionally a pause before it. */
const saySchema = z.tuple([z.string().min(1), z.string().min(1), z.number().nonnegative().optional()]);
/** A narrative-design trigger and the character's answer to it. */
const triggerStepSchema = z.strictObject({
  trigger: z.string().regex(/^[a-z][a-z_]*$/),
  message: z.string().min(1),
  character: z.string().min(1),
  pauseSeconds: z.number().nonnegative().optional(),
});
const blockSchema = z.array(z.union([saySchema, triggerStepSchema]));
const startedAtSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/);

type Say = z.output<typeof saySchema>;
type TriggerStep = z.output<typeof triggerStepSchema>;
type Step = Say | TriggerStep;
type Block = z.output<typeof blockSchema>;

const on = (trigger: string, message: string, character: string): TriggerStep => ({ trigger, message, character });

const isTrigger = (step: Step): step is TriggerStep => !Array.isArray(step);

/** A beat of a long session's story: a block, or something generated or changed after one (`then`). */
const storyBeatSchema = <const T extends readonly [string, ...string[]]>(then: T) =>
  z.union([blockSchema, z.strictObject({ steps: blockSchema.optional(), then: z.enum(then) })]);

/** A beat's steps, and what follows them. */
function partsOf<T extends string>(beat: Block | { steps?: Block; then: T }): { steps: Block; then?: T } {
  return Array.isArray(beat) ? { steps: beat } : { steps: beat.steps ?? [], then: beat.then };
}

const sessionSchema = z.strictObject({
  characterName: z.string().min(1),
  startedAt: startedAtSchema,
  isAddedToMemory: z.boolean(),
});
const longSessionSchema = sessionSchema.extend({
  /** Chance that a player wanders off for a minute or more before a block (long sessions only). */
  longPauseChance: z.number().min(0).max(1),
});

interface SessionPlan {
  characterName: string;
  startedAt: string;
  isAddedToMemory: boolean;
  longPauseChance?: number;
  build(timeline: Timeline, rng: Rng): void;
}

// ---------------------------------------------------------------------------------------------------
// Timing

const MIN_GAP_MS = 3_000;
const MAX_GAP_MS = 58_000;

/** Lays steps out in time and refuses an exchange that repeats one already in the session. */
class Timeline {
  readonly exchanges: DemoExchange[] = [];
  private readonly seen = new Set<string>();
  private readonly events: Array<{ atMs: number; make: () => readonly Step[] }> = [];

  constructor(
    private readonly rng: Rng,
    private readonly longPauseChance: number,
    private readonly label: string,
  ) {}

  /** Something that happens in the game at a fixed time (a clock strikes, a ship's bell rings). */
  schedule(atMs: number, make: () => readonly Step[]): void {
    this.events.push({ atMs, make });
    this.events.sort((a, b) => a.atMs - b.atMs);
  }

  /**
   * Adds a block of exchanges. Only before a block's first exchange may the player wander off for a
   * while (long sessions), and `walkSeconds` adds time spent moving somewhere before it.
   */
  addAll(steps: readonly Step[], walkSeconds?: readonly [number, number]): void {
    steps.forEach((step, i) =>
      this.add(step, i === 0 ? { mayWander: true, extraSeconds: walkSeconds ? this.rng.between(...walkSeconds) : 0 } : {}),
    );
  }

  add(step: Step, options: { mayWander?: boolean; extraSeconds?: number; narrative?: DemoExchangeNarrative } = {}): void {
    let at = this.nextTime(step, options);
    while (this.events.length > 0 && this.events[0].atMs <= at) {
      const event = this.events.shift()!;
      const [first, ...rest] = event.make();
      const last = this.exchanges.at(-1)?.afterMs ?? 0;
      this.place(first, Math.max(event.atMs, last + MIN_GAP_MS + this.rng.int(0, 2_000)));
      for (const follow of rest) this.place(follow, this.nextTime(follow, {}));
      at = this.nextTime(step, options);
    }
    this.place(step, at, options.narrative);
  }

  private nextTime(step: Step, options: { mayWander?: boolean; extraSeconds?: number }): number {
    const previous = this.exchanges.at(-1);
    if (!previous) return isTrigger(step) ? this.rng.int(120, 900) : this.rng.int(1_500, 6_500);
    const pause = isTrigger(step) ? step.pauseSeconds : step[2];
    if (pause !== undefined) return previous.afterMs + Math.round((pause + this.rng.between(0, 1)) * 1000);
    let seconds: number;
    if (isTrigger(step)) {
      seconds = this.rng.between(3.5, 18);
    } else {
      const reading = previous.character.length / 18;
      const typing = step[0].length / 4.5;
      seconds = 1.5 + reading + typing + this.rng.between(0, 6);
    }
    seconds += options.extraSeconds ?? 0;
    let gap = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, Math.round(seconds * 1000)));
    if (options.mayWander && this.longPauseChance > 0 && this.rng.chance(this.longPauseChance)) {
      gap += this.rng.int(60_000, 240_000);
    }
    return previous.afterMs + gap;
  }

  private place(step: Step, afterMs: number, narrative?: DemoExchangeNarrative): void {
    const exchange: DemoExchange = isTrigger(step)
      ? { afterMs, user: step.message, character: step.character, trigger: { name: step.trigger, message: step.message } }
      : { afterMs, user: step[0], character: step[1] };
    const key = `${exchange.user}\u0000${exchange.character}`;
    if (this.seen.has(key)) throw new Error(`demo session ${this.label} repeats an exchange: ${exchange.user}`);
    this.seen.add(key);
    this.exchanges.push(narrative ? { ...exchange, narrative } : exchange);
  }
}

// ---------------------------------------------------------------------------------------------------
// Hand-written sessions (demo-data/sessions.json)

function shortSessions(): SessionPlan[] {
  const sessions = readDemoFile('sessions.json', z.array(sessionSchema.extend({ steps: blockSchema.min(1) })));
  return sessions.map(({ steps, ...session }) => ({ ...session, build: (timeline) => timeline.addAll(steps) }));
}

// ---------------------------------------------------------------------------------------------------
// Narrative-driven sessions (demo-data/narrative-sessions.json): players walking a demo character's
// graph (demo-data/narratives.json), scene by scene. A scene is a stretch in one section; its first
// exchange is what moved the session there: a trigger of the graph whose destination it is, or else
// the player's words meeting the criteria of the decision from the section before. The session starts
// in the graph's start section.

const narrativeSessionSchema = sessionSchema.extend({
  scenes: z.array(z.strictObject({ section: z.string().min(1), steps: blockSchema.min(1) })).min(1),
});

/** Each step of the scenes with where it happened, as the server records it live; a walk the graph does not allow throws. */
function walkGraph(
  label: string,
  graph: DemoNarrative,
  scenes: ReadonlyArray<{ section: string; steps: Block }>,
): Array<{ step: Step; narrative: DemoExchangeNarrative }> {
  const walked: Array<{ step: Step; narrative: DemoExchangeNarrative }> = [];
  let current = graph.start;
  for (const scene of scenes) {
    if (!graph.sections.some((section) => section.name === scene.section)) throw new Error(`${label}: no section '${scene.section}'.`);
    scene.steps.forEach((step, index) => {
      let movedBy: DemoExchangeNarrative['movedBy'] = null;
      if (isTrigger(step)) {
        const trigger = graph.triggers.find((t) => t.name === step.trigger);
        if (trigger?.to !== scene.section || trigger.message !== step.message) {
          throw new Error(`${label}: '${step.trigger}' is not a trigger with that message leading to '${scene.section}'.`);
        }
        movedBy = { kind: 'trigger', text: trigger.name };
      } else if (index === 0 && scene.section !== current) {
        const decision = graph.decisions.find((d) => d.from === current && d.to === scene.section);
        if (!decision) throw new Error(`${label}: no decision leads from '${current}' to '${scene.section}'.`);
        movedBy = { kind: 'decision', text: decision.criteria };
      }
      walked.push({ step, narrative: { section: scene.section, movedFrom: movedBy ? current : null, movedBy } });
      current = scene.section;
    });
  }
  return walked;
}

function narrativeSessions(): SessionPlan[] {
  const sessions = readDemoFile('narrative-sessions.json', z.array(narrativeSessionSchema));
  return sessions.map(({ scenes, ...session }) => {
    const label = `${session.characterName} ${session.startedAt}`;
    const graph = demoNarratives.find((narrative) => narrative.characterName === session.characterName);
    if (!graph) throw new Error(`${label}: ${session.characterName} has no narrative in narratives.json.`);
    const walked = walkGraph(label, graph, scenes);
    return { ...session, build: (timeline) => walked.forEach(({ step, narrative }) => timeline.add(step, { narrative })) };
  });
}

// ---------------------------------------------------------------------------------------------------
// Long session 1 (demo-data/tavern-evening.json): a regular (Corin, a boatyard apprentice) spends a
// Friday evening at the Drowned Lantern.

const tavernSchema = longSessionSchema.extend({
  opening: blockSchema,
  /** The evening's story, in order; small talk, newcomers and drink orders are woven in between. */
  story: z.array(storyBeatSchema(['knucklebones', 'knucklebones-rematch', 'counting-lesson', 'slate-wiped'])),
  /** Newcomers walking in during the evening (a trigger), some with a question from Corin after. */
  newcomers: z.array(blockSchema.min(1)),
  /** Small talk that fits anywhere in the evening. */
  smallTalk: z.array(blockSchema.min(1)),
  ending: blockSchema,
  /** The customs bell striking the hours of the game's clock (21 is nine in the evening, 25 one at night). */
  bells: z.array(triggerStepSchema.extend({ hour: z.int() })),
});

// Drink orders, the dice game and the counting lesson are generated: their phrases are templates for
// the numbers drawn, so they stay beside the code that fills them in.

type DrinkItem = { kind: 'drink' | 'water' | 'food'; name: string; price: number; poured: string };
const DRINKS: Record<string, DrinkItem> = {
  ale: { kind: 'drink', name: 'ale', price: 2, poured: 'brown ale, poured slow' },
  porter: { kind: 'drink', name: 'porter', price: 3, poured: 'black porter, thick enough to stand a spoon in' },
  cider: { kind: 'drink', name: 'cider', price: 3, poured: 'pear cider, cold from the cellar' },
  small: { kind: 'drink', name: 'small beer', price: 1, poured: 'small beer, the drink of a man with plans tomorrow' },
  water: { kind: 'water', name: 'water', price: 0, poured: 'water' },
  bread: { kind: 'food', name: 'bread and cheese', price: 3, poured: 'bread, cheese and a pickled onion' },
};

/** Corin's orders through the evening, in order: a key of DRINKS, or "same" for the last drink again. */
const tavernOrders: ReadonlyArray<readonly [string, string]> = [
  ['another ale pls', 'ale'],
  ['porter this time', 'porter'],
  ['can i get some water too', 'water'],
  ['cider?', 'cider'],
  ['bread and cheese pls, im peckish again', 'bread'],
  ['small beer, gotta pace myself', 'small'],
  ['ok one more ale', 'ale'],
  ['last porter i swear', 'porter'],
  ['water. definitely water', 'water'],
  ['one more cider and thats it', 'cider'],
  ['actually... same again', 'same'],
];

function tavernOrderReply(rng: Rng, item: DrinkItem, drinks: number, slate: number, wiped: boolean): string {
  const poured = capitalized(item.poured);
  if (item.kind === 'water') {
    return wiped
      ? `Water, and a wise choice. It's free at the Lantern, and so is everything else you drink tonight, so I'll not pretend it's a sacrifice.`
      : `Water's free at the Lantern; always has been. Wise man, Corin. The slate stays at ${numberWord(slate)} coppers.`;
  }
  if (item.kind === 'food') {
    return wiped
      ? `${poured}, and on the house. Maud cut the cheese thick; she's decided you're family.`
      : `${poured}. Three coppers more, and Maud cut the cheese thick. The slate says ${numberWord(slate)}.`;
  }
  if (wiped) {
    return rng.pick([
      `${poured}, and on the house, as promised. I'm still counting, mind: that's ${numberWord(drinks)}. I can't help counting.`,
      `${poured}. No slate tonight, Corin, a bargain's a bargain. But it's your ${ordinalWord(drinks)}, and I've noticed.`,
      `Here you are: ${item.poured}. Number ${numberWord(drinks)}, free, and I'll be watching how you take the stairs later.`,
    ]);
  }
  return rng.pick([
    `${poured}. That's ${numberWord(drinks)} tonight, and the slate says ${numberWord(slate)} coppers.`,
    `${poured}. I'm chalking it up: ${numberWord(slate)} coppers so far, Corin, and I'm not judging. Much.`,
    `Here you are: ${item.poured}. Number ${numberWord(drinks)} on the slate, which now reads ${numberWord(slate)}.`,
    `${poured}. ${capitalized(numberWord(slate))} coppers on the slate, and Maud says you're the best customer she's had all week.`,
    `Coming up: ${item.poured}. That's your ${ordinalWord(drinks)}, and I'll be watching how you take the stairs later.`,
    `${poured}. The slate's at ${numberWord(slate)} coppers; the Lantern thanks you, and so does my leaking roof.`,
  ]);
}

const DIE = ['', 'one', 'two', 'three', 'four', 'five', 'six'];

/** A game of knucklebones, first to five, played one throw per exchange. */
function knucklebones(
  t: Timeline,
  rng: Rng,
  throws: readonly string[],
  finish: (playerWon: boolean, player: number, house: number) => Say,
): { playerWon: boolean; player: number; house: number } {
  let player = 0;
  let house = 0;
  for (const line of throws) {
    if (player === 5 || house === 5) break;
    const [a, b, c, d] = [1, 2, 3, 4].map(() => rng.int(1, 6));
    const mine = a + b;
    const his = c + d;
    if (mine > his) player++;
    if (his > mine) house++;
    const score =
      player === house
        ? `${capitalized(numberWord(player))} all.`
        : player > house
          ? `${capitalized(numberWord(player))} to ${numberWord(house)}, you.`
          : `${capitalized(numberWord(house))} to ${numberWord(player)}, the house.`;
    const verdict =
      mine === his
        ? rng.pick(['A tie; throw again.', 'Even. Again.', 'Dead level, the bones are teasing us.'])
        : mine > his
          ? rng.pick(['Your round.', 'Beaten, fair and square.', 'Ha, the bones like you tonight.', 'Curse it, yours.'])
          : rng.pick(['Mine.', 'The house takes it.', "Sorry, friend, that one's mine.", 'The bones know whose tavern this is.']);
    const shape = rng.int(0, 2);
    const reply =
      shape === 0
        ? `You throw ${DIE[a]} and ${DIE[b]}, ${numberWord(mine)}. I throw ${DIE[c]} and ${DIE[d]}, ${numberWord(his)}. ${verdict} ${score}`
        : shape === 1
          ? `${capitalized(DIE[a])} and ${DIE[b]} for you, ${numberWord(mine)}; ${DIE[c]} and ${DIE[d]} for me, ${numberWord(his)}. ${verdict} ${score}`
          : `${capitalized(numberWord(mine))} for you, ${numberWord(his)} for me. ${verdict} ${score}`;
    t.add([line, reply]);
  }
  const playerWon = player > house;
  t.add(finish(playerWon, player, house));
  return { playerWon, player, house };
}

/** Osric's barrel-counting lesson: guess a heap at a glance, then he says how many there were. */
function countingLesson(t: Timeline, rng: Rng): void {
  const heaps: ReadonlyArray<readonly [string, number, number, string]> = [
    // [what Osric points at next, min, max, his tip after the guess]
    ['', 24, 40, 'Look for the rows first, then the stacks, and multiply. Never count one by one.'],
    ['Now the mugs on the top shelf.', 18, 30, "Better. Mugs hang in threes on each peg, so count the pegs and you're done."],
    ['The barrels by the cellar hatch.', 9, 16, 'Barrels lie in a pyramid. Count the bottom row and you know the rest.'],
    [
      'Candles lit in the taproom, all of them.',
      12,
      22,
      'Candles you count by the shadows. Every lit one throws its own, even in this fog.',
    ],
    ['Last one: bargemen at the long table.', 7, 13, 'Bargemen you count by the hats. Nobody on the river takes his hat off indoors.'],
  ];
  const guessShapes = ['uhh {g}?', '{g}', 'like {g}', '{g}. final answer', 'hmm {g} exactly'];
  let lastError = 0;
  heaps.forEach(([next, min, max, tip], i) => {
    if (next) t.add([`${lastError === 0 ? 'ha' : 'ok'} next one`, `${next} How many?`]);
    const real = rng.int(min, max);
    const spread = Math.max(0, 6 - i * 2);
    const guess = Math.max(1, real + rng.int(-spread, spread));
    lastError = Math.abs(guess - real);
    const line = guessShapes[i].replace('{g}', String(guess));
    const reply =
      lastError === 0
        ? `${capitalized(numberWord(real))}, spot on! ${tip}`
        : `${capitalized(numberWord(real))}. You were ${numberWord(lastError)} off. ${tip}`;
    t.add([line, reply]);
  });
  t.add([
    'that was actually fun',
    "Six years counting barrels for the duke and that's all it comes to: a game for a Friday night. Still, you're quicker than my last three quartermasters' mates.",
  ]);
}

function tavernEvening(): SessionPlan {
  const { opening, story, newcomers: arrivals, smallTalk, ending, bells, ...session } = readDemoFile('tavern-evening.json', tavernSchema);
  return {
    ...session,
    build(t, rng) {
      // The customs bell strikes the hours of the game's clock; Corin walks in at twenty-five to ten.
      const startMinute = 21 * 60 + 35;
      for (const { hour, ...bell } of bells.filter((b) => b.hour * 60 > startMinute)) {
        const atMs = (hour * 60 - startMinute) * 60_000 + rng.int(0, 20_000);
        t.schedule(atMs, () => [bell]);
      }

      let drinks = 1;
      let slate = 2;
      let lastDrink: keyof typeof DRINKS = 'ale';
      let wiped = false;
      let order = 0;
      let sinceOrder = 0;
      let nextOrderAfter = rng.int(8, 14);
      const add = (steps: Block) => {
        t.addAll(steps);
        sinceOrder += steps.length;
      };
      const maybeOrder = () => {
        if (sinceOrder < nextOrderAfter || order >= tavernOrders.length) return;
        const [line, wanted] = tavernOrders[order++];
        const key = wanted === 'same' ? lastDrink : wanted;
        const item = DRINKS[key];
        if (item.kind === 'drink') {
          drinks++;
          lastDrink = key;
        }
        if (!wiped) slate += item.price;
        t.add([line, tavernOrderReply(rng, item, drinks, slate, wiped)]);
        sinceOrder = 0;
        nextOrderAfter = rng.int(20, 30);
      };

      const fillers = rng.shuffle(smallTalk);
      const newcomers = [...arrivals];
      add(opening);
      story.forEach((beat, index) => {
        const { steps, then } = partsOf(beat);
        add(steps);
        if (then === 'knucklebones') {
          const game = knucklebones(
            t,
            rng,
            [
              'roll',
              'rolling',
              'ok my turn',
              'come on sixes',
              'again',
              'here goes',
              'blow on them for luck',
              'go',
              'one more',
              'cmon',
              'throwing',
              'last one?',
              'ok ok',
              'and again',
            ],
            (won, p, h) =>
              won
                ? [
                    'yesss',
                    `Well, blow me down. You've beaten me, ${numberWord(p)} to ${numberWord(h)}. I'll take ${numberWord(p - h)} coppers off your slate and my pride off the shelf.`,
                  ]
                : [
                    'ugh',
                    `And that's five to me, ${numberWord(h)} to ${numberWord(p)}. Don't look so glum: ${numberWord(h - p)} coppers on your slate and your revenge next week.`,
                  ],
          );
          slate = Math.max(0, slate + (game.house - game.player));
        } else if (then === 'knucklebones-rematch') {
          knucklebones(
            t,
            rng,
            [
              'lets go',
              'throw',
              'mine',
              'big numbers pls',
              'rolling again',
              'yep',
              'for glory',
              'watch this',
              'another',
              'come on',
              'fine',
              'again again',
              'next',
              'go on then',
            ],
            (won) =>
              won
                ? [
                    'pay up lol',
                    "Paying up means singing, and I'm not singing tonight, I'm singing on flood night, as agreed. Mark your calendar and bring earplugs.",
                  ]
                : [
                    'noooo',
                    'A verse under the lantern on flood night, Corin, in front of the whole dock. Start practising now; the high notes are the worst.',
                  ],
          );
        } else if (then === 'counting-lesson') {
          countingLesson(t, rng);
        } else if (then === 'slate-wiped') {
          wiped = true;
        }
        maybeOrder();
        // Between story beats: a newcomer every few beats, and some small talk.
        if (index % 3 === 1 && newcomers.length > 0) add(newcomers.shift()!);
        const talk = index < 6 ? rng.int(0, 1) : rng.int(0, 2);
        for (let i = 0; i < talk && fillers.length > 0; i++) {
          add(fillers.shift()!);
          maybeOrder();
        }
      });
      for (const rest of [...newcomers, ...fillers]) {
        add(rest);
        maybeOrder();
      }
      add(ending);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Long session 2 (demo-data/museum-tour.json): the whole route on a quiet Thursday late opening, hall by
// hall, at the visitor's pace. (No "trilobite" anywhere in it: that word belongs to Lena's oldest session.)

const hallSchema = z.strictObject({
  name: z.string().min(1),
  /** A block before setting off for the hall (the reading rooms upstairs, before going down to Deep Time). */
  before: blockSchema.optional(),
  /** What is said on the stairs on the way. */
  stairs: saySchema.optional(),
  /** Lena's words as the visitor enters (an "entered_gallery" trigger). */
  welcome: z.string().min(1),
  /** The objects on the route, in the order they are visited. */
  exhibits: z.array(blockSchema.min(1)).min(1),
  /** A block that follows one exhibit's (counted from 0). */
  interlude: z.strictObject({ afterExhibit: z.int().nonnegative(), steps: blockSchema.min(1) }).optional(),
});

const tourSchema = longSessionSchema.extend({
  opening: blockSchema,
  halls: z.array(hallSchema),
  /** Questions any visitor might ask between exhibits. */
  asides: z.array(blockSchema.min(1)),
  closing: blockSchema,
  ending: blockSchema,
});

function museumTour(): SessionPlan {
  const { opening, halls, asides: questions, closing, ending, ...session } = readDemoFile('museum-tour.json', tourSchema);
  return {
    ...session,
    build(t, rng) {
      t.addAll(opening);
      const asides = rng.shuffle(questions);
      halls.forEach((hall, hallIndex) => {
        if (hall.before) t.addAll(hall.before);
        if (hall.stairs) t.add(hall.stairs);
        t.add(on('entered_gallery', `User entered the ${hall.name}`, hall.welcome));
        hall.exhibits.forEach((exhibit, i) => {
          t.addAll(exhibit, [15, 40]);
          if (hall.interlude && i === hall.interlude.afterExhibit) t.addAll(hall.interlude.steps);
          const last = i === hall.exhibits.length - 1;
          if (!last && rng.chance(hallIndex < 3 ? 0.75 : 0.4) && asides.length > 0) t.addAll(asides.shift()!);
        });
      });
      t.addAll(closing);
      t.addAll(ending);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Long session 3 (demo-data/night-watch.json): a passenger keeps Mara company through the first watch,
// bound for the Sable Isles. (No "astrolabe" in it: that word belongs to Mara's oldest session.)

const watchSchema = longSessionSchema.extend({
  opening: blockSchema,
  /** The watch, in order; small talk and the ship's bells fall in between. */
  story: z.array(storyBeatSchema(['compass-drill', 'reckoning-sums', 'course-changed'])),
  /** Things said on deck at any point of the watch. */
  smallTalk: z.array(blockSchema.min(1)),
  ending: blockSchema,
});

const COMPASS = [
  'north',
  'north-north-east',
  'north-east',
  'east-north-east',
  'east',
  'east-south-east',
  'south-east',
  'south-south-east',
  'south',
  'south-south-west',
  'south-west',
  'west-south-west',
  'west',
  'west-north-west',
  'north-west',
  'north-north-west',
];

/** Mara names a point of the compass; the passenger gives the opposite point. */
function reciprocalDrill(t: Timeline, rng: Rng): void {
  const questions = rng.shuffle(COMPASS.map((_, i) => i)).slice(0, 8);
  t.add([
    'quiz me on something',
    `Boxing the compass, then. I name a point, you give me the opposite. ${capitalized(COMPASS[questions[0]])}?`,
  ]);
  const styles = ['{a}', 'uh {a}?', '{a} obviously', 'is it {a}', 'hmm {a}', '{a}!', '{a} i think', 'easy, {a}'];
  questions.forEach((q, i) => {
    const correct = (q + 8) % 16;
    const wrong = rng.chance(i < 3 ? 0.45 : 0.2);
    const answer = wrong ? (correct + (rng.chance(0.5) ? 1 : 15)) % 16 : correct;
    const line = styles[i].replace('{a}', COMPASS[answer]);
    const verdict = wrong
      ? rng.pick([
          `No: ${COMPASS[correct]}. Opposite means half the card round, not a point short of it.`,
          `Close, and close drowns people. It's ${COMPASS[correct]}.`,
          `${capitalized(COMPASS[correct])}. You turned one point too far; picture the card, don't guess.`,
        ])
      : rng.pick(['Right.', 'Good.', 'Correct.', 'Yes, and quickly.', "That's it."]);
    const following = COMPASS[questions[i + 1] ?? 0];
    const next =
      i < questions.length - 1
        ? ' ' + rng.pick([`Now ${following}?`, `Next: ${following}.`, `And ${following}?`])
        : " That'll do. You'd make a passable cabin hand, once you stop guessing.";
    t.add([line, verdict + next]);
  });
}

/** Dead reckoning sums: so many knots for so many hours. */
function reckoningSums(t: Timeline, rng: Rng): void {
  const rounds = [0, 1, 2].map(() => [rng.pick([6, 7, 8, 9]), rng.int(2, 5)] as const);
  const ask = ([speed, hours]: readonly [number, number]) =>
    `${capitalized(numberWord(speed))} knots for ${numberWord(hours)} hours. How far have we run?`;
  t.add(['give me a sum to do', `Dead reckoning, the simplest kind. ${ask(rounds[0])}`]);
  const shapes = ['{n} miles?', '{n}', 'um {n} miles'];
  const links = [' Another, and faster this time.', ' Last one.'];
  rounds.forEach(([speed, hours], i) => {
    const distance = speed * hours;
    const guess = i === 0 && rng.chance(0.5) ? distance + hours : distance;
    const verdict =
      guess === distance
        ? `${capitalized(numberWord(distance))} sea miles, yes.`
        : `${capitalized(numberWord(distance))}, not ${numberWord(guess)}: a knot is one sea mile an hour, so it's only ever speed times time.`;
    const next =
      i < rounds.length - 1
        ? `${links[i]} ${ask(rounds[i + 1])}`
        : " Now take off the current, add the leeway, allow for a helmsman who daydreams, and you see why I drink the cook's chicory.";
    t.add([shapes[i].replace('{n}', String(guess)), verdict + next]);
  });
}

function nightWatch(): SessionPlan {
  const { opening, story, smallTalk, ending, ...session } = readDemoFile('night-watch.json', watchSchema);
  return {
    ...session,
    build(t, rng) {
      // Ship's bells: one more every half hour of the first watch (20:00 to midnight). The passenger
      // comes up at 20:41 ship's time.
      const startMinute = 20 * 60 + 41;
      let course = 'south-south-west';
      let wind = 0;
      const winds = ['north-north-west', 'north-west by north', 'north-west', 'north-west by west'];
      const castLines = [
        'casting the log now',
        'ok throwing it',
        'log line away!',
        'counting knots',
        'here goes the log',
        'throwing again',
      ];
      let casts = 0;
      const firstBell = Math.floor((startMinute - 20 * 60) / 30) + 1;
      for (let bell = 1; bell <= 8; bell++) {
        if (20 * 60 + bell * 30 <= startMinute) continue;
        const atMs = (20 * 60 + bell * 30 - startMinute) * 60_000 + rng.int(0, 15_000);
        t.schedule(atMs, () => {
          const force = wind < 2 ? 5 : 6;
          const windNow = winds[Math.min(wind++, winds.length - 1)];
          const knots = rng.pick(['seven', 'seven and a half', 'eight', 'eight and a half', 'six and a half']);
          const bellText = bell === 8 ? 'Eight bells' : `${capitalized(numberWord(bell))} bells`;
          const log = on(
            'ship_bell',
            `The ship's bell struck ${numberWord(bell)}`,
            `${bellText}. Log it, passenger: wind ${windNow}, force ${numberWord(force)}, course ${course}. ${
              bell === firstBell
                ? 'Every half hour of a watch adds a bell, up to eight at the end of it.'
                : 'Write small; the log book has to last us to the Sable Isles.'
            }`,
          );
          const cast: Say = [
            castLines[casts++ % castLines.length] + (casts > castLines.length ? ' again' : ''),
            `${capitalized(knots)} knots, near enough. ${rng.pick(['Not bad for a first-timer.', "Good count; you didn't rush the glass.", "I'll write it down before you change your mind.", 'She likes this wind on the quarter.', "Coil the line properly this time, not like a bird's nest."])} ${'Bell ' + numberWord(bell) + ', logged.'}`,
          ];
          return [log, cast];
        });
      }

      const fillers = rng.shuffle(smallTalk);
      t.addAll(opening);
      story.forEach((beat, index) => {
        const { steps, then } = partsOf(beat);
        t.addAll(steps);
        if (then === 'compass-drill') reciprocalDrill(t, rng);
        else if (then === 'reckoning-sums') reckoningSums(t, rng);
        else if (then === 'course-changed') course = 'south-west by west';
        const talk = index < 4 ? rng.int(0, 1) : rng.int(0, 2);
        for (let i = 0; i < talk && fillers.length > 0; i++) t.addAll(fillers.shift()!);
      });
      t.addAll(ending);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The list

const plans: SessionPlan[] = [...shortSessions(), ...narrativeSessions(), tavernEvening(), museumTour(), nightWatch()];

/** Deterministic: the same list every time (no Math.random, no Date.now). */
export function demoSessions(characters: readonly DemoCharacter[]): DemoSession[] {
  const names = new Set(characters.map((character) => character.name));
  return plans
    .filter((plan) => names.has(plan.characterName))
    .map((plan) => {
      const rng = Rng.fromText(`${plan.characterName}|${plan.startedAt}`);
      const timeline = new Timeline(rng, plan.longPauseChance ?? 0, `${plan.characterName} ${plan.startedAt}`);
      plan.build(timeline, rng);
      return {
        characterName: plan.characterName,
        startedAt: plan.startedAt,
        isAddedToMemory: plan.isAddedToMemory,
        exchanges: timeline.exchanges,
      };
    })
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.characterName.localeCompare(b.characterName));
}
