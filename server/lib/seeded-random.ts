/**
 * Seeded pseudo-randomness, for whatever must vary with its input but stay the same for the same
 * input (generated texts, demo data): FNV-1a turns a text into a seed, mulberry32 a seed into a
 * stream of numbers in [0, 1), and `Rng` draws what its user needs from that stream.
 */

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a fast 32-bit generator with a good spread, returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type RngOptions = {
  /** `pick` prefers items it has not handed out before (so one backstory never repeats a phrase). */
  avoidRepeats?: boolean;
};

export class Rng {
  private readonly next: () => number;
  /** Items already handed out by `pick`, when repeats are avoided. */
  private readonly used: Set<string> | null;

  constructor(seed: number, options: RngOptions = {}) {
    this.next = mulberry32(seed);
    this.used = options.avoidRepeats ? new Set() : null;
  }

  /** The stream seeded with the FNV-1a hash of `text`: the same text, the same choices. */
  static fromText(text: string, options?: RngOptions): Rng {
    return new Rng(fnv1a(text), options);
  }

  /** A number in [0, 1). */
  float(): number {
    return this.next();
  }

  /** A number in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One item (with `avoidRepeats`, one not picked before while there are any). Throws on an empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: nothing to pick from');
    if (!this.used) return items[Math.floor(this.next() * items.length)];
    const used = this.used;
    const fresh = items.filter((item) => !used.has(keyOf(item)));
    const pool = fresh.length > 0 ? fresh : items;
    const item = pool[Math.floor(this.next() * pool.length)];
    used.add(keyOf(item));
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
      [copy[index], copy[other]] = [copy[other], copy[index]];
    }
    return copy;
  }
}

function keyOf(item: unknown): string {
  return typeof item === 'string' ? item : JSON.stringify(item);
}
