/** Picking from phrase banks whose entries may carry "[tag …]" limits (genres and kinds). */

import { GENRES, type Genre } from './genres';
import type { Kind } from './occupations';
import type { Rng } from '../../lib/seeded-random';

/** `animal`: a creature that is an animal (a fox, a cat), not a spirit or a monster: lines tagged [animal] or [spirit] tell them apart. */
export type BankContext = { genre: Genre; kind: Kind; animal?: boolean };

const GENRE_TAGS: ReadonlySet<string> = new Set(GENRES);
const KIND_TAGS = new Set(['human', 'machine', 'creature', 'animal', 'spirit']);
const TAGGED = /^\[([a-z ]+)\]\s*/;

const cache = new WeakMap<readonly string[], Map<string, string[]>>();

/** The entries of `list` allowed in this context, with their tags removed. */
export function usable(list: readonly string[], context: BankContext): string[] {
  const key = `${context.genre}/${context.kind}/${context.animal === true}`;
  let byContext = cache.get(list);
  if (!byContext) {
    byContext = new Map();
    cache.set(list, byContext);
  }
  const cached = byContext.get(key);
  if (cached) return cached;
  const result = filterTagged(list, context);
  byContext.set(key, result);
  return result;
}

function filterTagged(list: readonly string[], context: BankContext): string[] {
  const result: string[] = [];
  for (const entry of list) {
    const match = TAGGED.exec(entry);
    if (!match) {
      result.push(entry);
      continue;
    }
    const tags = (match[1] ?? '').split(' ').filter(Boolean);
    const genres = tags.filter((tag) => GENRE_TAGS.has(tag));
    const kinds = tags.filter((tag) => KIND_TAGS.has(tag));
    if (genres.length > 0 && !genres.includes(context.genre)) continue;
    if (kinds.length > 0 && !kinds.some((kind) => kindFits(kind, context))) continue;
    result.push(entry.slice(match[0].length));
  }
  return result;
}

function kindFits(tag: string, context: BankContext): boolean {
  if (tag === 'animal') return context.kind === 'creature' && context.animal === true;
  if (tag === 'spirit') return context.kind === 'creature' && context.animal !== true;
  return tag === context.kind;
}

/** One allowed entry; falls back to `fallback` (then to the untagged entries) when nothing fits. */
export function choose(rng: Rng, list: readonly string[], context: BankContext, fallback: readonly string[] = []): string {
  const pool = usable(list, context);
  if (pool.length > 0) return rng.pick(pool);
  const second = usable(fallback, context);
  if (second.length > 0) return rng.pick(second);
  const untagged = list.filter((entry) => !TAGGED.test(entry));
  if (untagged.length > 0) return rng.pick(untagged);
  throw new Error('choose: no usable phrase');
}

/** Fills `{key}` slots of one frame from `values`, leaving every other token alone. */
export function fill(frame: string, values: Readonly<Record<string, string>>): string {
  return frame.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, key: string) => values[key] ?? whole);
}
