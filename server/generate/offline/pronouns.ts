/** Pronoun sets and third-person verb agreement. */

export type PronounKey = 'she' | 'he' | 'they' | 'it';

export type Pronouns = {
  key: PronounKey;
  subject: string; // she
  object: string; // her
  possessive: string; // her (determiner)
  possessivePronoun: string; // hers
  reflexive: string; // herself
  /** "they" takes plural verb forms: "they were", "they keep". */
  plural: boolean;
};

export const PRONOUNS: Record<PronounKey, Pronouns> = {
  she: { key: 'she', subject: 'she', object: 'her', possessive: 'her', possessivePronoun: 'hers', reflexive: 'herself', plural: false },
  he: { key: 'he', subject: 'he', object: 'him', possessive: 'his', possessivePronoun: 'his', reflexive: 'himself', plural: false },
  they: {
    key: 'they',
    subject: 'they',
    object: 'them',
    possessive: 'their',
    possessivePronoun: 'theirs',
    reflexive: 'themselves',
    plural: true,
  },
  it: { key: 'it', subject: 'it', object: 'it', possessive: 'its', possessivePronoun: 'its', reflexive: 'itself', plural: false },
};

const IRREGULAR: Record<string, { singular: string; plural: string }> = {
  be: { singular: 'is', plural: 'are' },
  is: { singular: 'is', plural: 'are' },
  was: { singular: 'was', plural: 'were' },
  have: { singular: 'has', plural: 'have' },
  has: { singular: 'has', plural: 'have' },
  do: { singular: 'does', plural: 'do' },
  does: { singular: 'does', plural: 'do' },
  go: { singular: 'goes', plural: 'go' },
  can: { singular: 'can', plural: 'can' },
  will: { singular: 'will', plural: 'will' },
  would: { singular: 'would', plural: 'would' },
  must: { singular: 'must', plural: 'must' },
  may: { singular: 'may', plural: 'may' },
};

/** The present-tense form of `base` for a singular ("she keeps") or plural ("they keep") subject. */
export function conjugate(base: string, plural: boolean): string {
  const lower = base.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return plural ? irregular.plural : irregular.singular;
  if (plural) return base;
  return thirdPersonSingular(base);
}

export function thirdPersonSingular(base: string): string {
  if (/(s|sh|ch|x|z|o)$/i.test(base)) return `${base}es`;
  if (/[^aeiou]y$/i.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

const BASE_OF: Record<string, string> = { has: 'have', is: 'be', does: 'do', goes: 'go', was: 'was' };

/**
 * Undoes third-person agreement on a verb read from a description ("collects" → "collect",
 * "carries" → "carry", "watches" → "watch"), so it can be conjugated again for any subject.
 * Returns null when the word does not look like a third-person present verb.
 */
export function baseOfThirdPerson(word: string): string | null {
  const lower = word.toLowerCase();
  if (BASE_OF[lower]) return BASE_OF[lower];
  if (lower.length < 3 || !/^[a-z]+$/.test(lower)) return null;
  if (/(ss|us|is)$/.test(lower)) return null;
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(sses|shes|ches|xes|zes|oes)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return null;
}
