/**
 * The composer's randomness: FNV-1a (32-bit) over the normalised request gives the seed, mulberry32
 * turns it into a stream. The same request therefore always yields the same choices, and any change
 * to the name or the description reshuffles every choice.
 */
import { fnv1a, mulberry32 } from '../../lib/seeded-random';

export class Rng {
  private readonly next: () => number;
  /** Texts already handed out by `pick`, so one backstory never repeats a phrase. */
  private readonly used = new Set<string>();

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  static fromText(text: string): Rng {
    return new Rng(fnv1a(text));
  }

  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One item; prefers items not picked before by this generator. Throws on an empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: nothing to pick from');
    const fresh = items.filter((item) => !this.used.has(keyOf(item)));
    const pool = fresh.length > 0 ? fresh : items;
    const item = pool[Math.floor(this.next() * pool.length)] as T;
    this.used.add(keyOf(item));
    return item;
  }

  /** Up to `count` distinct items, in random order. */
  pickSome<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy;
  }
}

function keyOf(item: unknown): string {
  return typeof item === 'string' ? item : JSON.stringify(item);
}
