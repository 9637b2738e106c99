import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../../../lib/read-json-file';

/**
 * The offline writer's phrase banks (see BANKS.md): JSON files beside this module, read once and
 * checked, so a malformed bank stops the server with its path and what is wrong in it.
 */

const lines = z.array(z.string().min(1));

const LIFE_SLOTS = [
  'born',
  'family',
  'childhood',
  'lossEvents',
  'upheavalEvents',
  'chanceEvents',
  'afterLoss',
  'afterUpheaval',
  'afterChance',
  'entry',
  'entryStatus',
  'training',
  'presentTrade',
  'presentNoTrade',
  'presentStatus',
  'days',
  'objects',
  'speech',
  'habits',
  'secrets',
  'goals',
  'closers',
  'machineBorn',
  'machineChildhood',
  'machineEvents',
  'machineAfter',
  'machineSecrets',
  'machineGoals',
  'creatureBorn',
  'creatureChildhood',
  'creatureEvents',
  'creatureAfter',
  'creatureSecrets',
  'creatureGoals',
] as const;

export type LifeSlot = (typeof LIFE_SLOTS)[number];

const lifeSchema = z.object(Object.fromEntries(LIFE_SLOTS.map((slot) => [slot, lines])) as Record<LifeSlot, typeof lines>);

const fieldSchema = z.object({ days: lines, training: lines, objects: lines, secrets: lines, goals: lines });
export type FieldLines = z.output<typeof fieldSchema>;

const tradeSchema = z.object({
  days: lines.optional(),
  workplace: lines.optional(),
  objects: lines.optional(),
  secrets: lines.optional(),
  goals: lines.optional(),
});
export type TradeLines = z.output<typeof tradeSchema>;

const settingSchema = z.object({ hometowns: lines, places: lines, nameStarts: lines, nameEnds: z.array(z.string()).min(1) });
export type SettingLines = z.output<typeof settingSchema>;

/**
 * Lines that would contradict the description: when it says what `said` matches (case-insensitive),
 * no line matching `line`, and nothing from the life slots in `slots`, is told.
 */
const pattern = z.string().refine((source) => {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');
const conflictSchema = z
  .object({ why: z.string(), said: pattern, line: pattern.optional(), slots: z.array(z.enum(LIFE_SLOTS)).optional() })
  .transform(({ said, line, slots }) => ({
    said: new RegExp(said, 'i'),
    line: line === undefined ? null : new RegExp(line, 'i'),
    slots: new Set<LifeSlot>(slots ?? []),
  }));

/** Which turning-point lines a follow-up line may come after (its `event` pattern), when it says something particular. */
const followUpSchema = z
  .object({ why: z.string(), after: pattern, event: pattern })
  .transform(({ after, event }) => ({ after: new RegExp(after, 'i'), event: new RegExp(event, 'i') }));

/** The writer's own frames: how stated facts, traits and the rest are put into sentences. */
const framesSchema = z.record(z.string(), lines);

const STORY_DIR = import.meta.dirname;

function readBank<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  return readJsonFile(path.join(STORY_DIR, name), schema, 'Phrase bank');
}

export const LIFE = readBank('life.json', lifeSchema);
export const FIELDS: Readonly<Record<string, FieldLines>> = readBank('fields.json', z.record(z.string(), fieldSchema));
export const TRADES: Readonly<Record<string, TradeLines>> = readBank('trades.json', z.record(z.string(), tradeSchema));
/** Per genre: where a character may grow up and live when the description names no place, and place names. */
export const SETTINGS: Readonly<Record<string, SettingLines>> = readBank('settings.json', z.record(z.string(), settingSchema));
export const CONFLICTS = readBank('conflicts.json', z.array(conflictSchema));
export const FOLLOW_UPS = readBank('follow-ups.json', z.array(followUpSchema));
export const FRAMES: Readonly<Record<string, string[]>> = readBank('frames.json', framesSchema);

/** One of the writer's frames by name; a missing name is a programming error. */
export function frames(name: string): string[] {
  const found = FRAMES[name];
  if (!found || found.length === 0) throw new Error(`frames.json has no "${name}"`);
  return found;
}
