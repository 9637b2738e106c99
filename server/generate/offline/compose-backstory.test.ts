import { describe, expect, it } from 'vitest';
import { FIELD_BANKS, ROLE_BANKS } from './banks/fields';
import * as generic from './banks/generic';
import { SETTING_BANKS } from './banks/settings';
import { composeBackstory, draftBackstory, WORD_RANGE } from './compose-backstory';
import { describe as readDescription } from './describe';
import { conjugate, thirdPersonSingular } from './pronouns';
import { Rng } from '../../lib/seeded-random';
import { countWords, indefiniteArticle } from './render';
import { TRAITS } from './traits';

const MINDY = { charName: 'Mindy', inputText: 'Lawyer in the New York City. Achiever. Stubborn.' };
const INES = { charName: 'Captain Ines', inputText: 'a retired sea captain from Lisbon who collects maps, gruff but kind' };
const UNIT7 = { charName: 'Unit 7', inputText: 'Rogue AI aboard a mining station; curious, lonely' };

const paragraphsOf = (text: string): string[] => text.split('\n\n');
const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?]["”]?)\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;

/** Every verb the banks conjugate, in its third-person form ("keeps") and its base ("keep"). */
const VERBS = (() => {
  const sources = JSON.stringify([FIELD_BANKS, ROLE_BANKS, SETTING_BANKS, generic, TRAITS]);
  const bases = new Set([...sources.matchAll(/\{v:([a-z]+)\}/g)].map((match) => match[1]));
  // Modals, and verbs whose past tense is spelt like the present ("she read it twice").
  for (const skip of [
    'can',
    'will',
    'would',
    'must',
    'may',
    'was',
    'is',
    'has',
    'does',
    'read',
    'put',
    'set',
    'cut',
    'let',
    'hit',
    'shut',
    'spread',
    'cost',
    'hurt',
    'bet',
    'quit',
  ]) {
    bases.delete(skip);
  }
  return [...bases].map((base) => ({ base, singular: conjugate(base, false), plural: conjugate(base, true) }));
})();

/** Problems a finished backstory must never have. */
function problems(text: string, name: string): string[] {
  const found: string[] = [];
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length !== 4) found.push(`${paragraphs.length} paragraphs`);
  const words = countWords(text);
  if (words < WORD_RANGE.min || words > WORD_RANGE.max) found.push(`${words} words`);
  if (occurrences(text, name) < 2) found.push('name appears fewer than twice');
  for (const bad of ['undefined', 'null', 'NaN', '{', '}', '  ', '\u0001', '\u0002', ' ,', ' .', '..', ',,', ' a a ', ' an an ']) {
    if (text.includes(bad)) found.push(`contains ${JSON.stringify(bad)}`);
  }
  for (const match of text.matchAll(/(?<![\p{L}\p{N}'])(a|an) (\p{L}[\p{L}\p{N}-]*)/gu)) {
    const [, article, word] = match as unknown as [string, string, string];
    if (indefiniteArticle(word) !== article) found.push(`article: "${article} ${word}"`);
  }
  for (const paragraph of paragraphs) {
    if (!new RegExp(`${escape(name)}|\\b(?:she|he|they|it|her|him|them|their|its|his)\\b`, 'i').test(paragraph)) {
      found.push('a paragraph names nobody');
    }
  }
  for (const sentence of sentencesOf(text.replaceAll(name, 'Name'))) {
    const start = sentence.replace(/^["“‘(]/, '');
    if (/^\p{Ll}/u.test(start) && name !== 'the stranger') found.push(`lower-case sentence start: ${sentence.slice(0, 40)}`);
  }
  // Agreement: "they were", never "they was"; "she keeps", never "she keep".
  if (/\bthey (?:was|is|has|does)\b/i.test(text)) found.push(`agreement: ${/\bthey (?:was|is|has|does)\b/i.exec(text)?.[0]}`);
  // "as if it were" is fine, and "it" can be an object ("closest to it have noticed"): only a leading "It" counts.
  const singularWere = /(?<!\bif )(?:\b[Ss]he|\b[Hh]e|(?:^|[.!?:;] )It) (?:were|are|have|do)\b/;
  if (singularWere.test(text)) found.push(`agreement: ${singularWere.exec(text)?.[0]}`);
  // The name as a sentence's subject ("Mindy keeps", never "Mindy keep").
  const nameThen = new RegExp(`(?:^|[.!?:;] |\\n)${escape(name)} (?:still |also |never |now |quietly |rarely |really )?(\\p{L}+)`, 'gu');
  for (const [, next] of text.matchAll(nameThen)) {
    if (VERBS.some(({ singular, plural }) => singular !== plural && next === plural)) found.push(`agreement: ${name} ${next}`);
  }
  for (const { singular, plural } of VERBS) {
    if (singular !== plural && new RegExp(`\\bthey (?:still |also |never |now |quietly |rarely |really )?${singular}\\b`, 'i').test(text)) {
      found.push(`agreement: they ${singular}`);
    }
    // "it" is also an object ("people around it still treat…"), so only a sentence-initial "It" counts.
    if (
      singular !== plural &&
      new RegExp(`(?:\\b(?:[Ss]he|[Hh]e)|(?:^|[.!?] )It) (?:still |also |never |now |quietly |rarely |really )?${plural}\\b`).test(text)
    ) {
      found.push(`agreement: she/he/it ${plural}`);
    }
  }
  return found;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('composeBackstory', () => {
  it('is deterministic: the same request gives the same text', () => {
    for (const request of [MINDY, INES, UNIT7, { charName: 'Bram', inputText: 'blacksmith' }]) {
      expect(composeBackstory({ ...request })).toBe(composeBackstory({ ...request }));
    }
  });

  it('ignores insignificant whitespace differences but not the name', () => {
    expect(composeBackstory({ charName: '  Mindy ', inputText: ' Lawyer in the  New York City. Achiever.  Stubborn. ' })).toBe(
      composeBackstory(MINDY),
    );
    expect(composeBackstory({ ...MINDY, charName: 'Mandy' })).not.toBe(composeBackstory(MINDY).replaceAll('Mindy', 'Mandy'));
  });

  it('writes four paragraphs of 230–380 words', () => {
    for (const request of [MINDY, INES, UNIT7]) {
      const text = composeBackstory(request);
      expect(paragraphsOf(text)).toHaveLength(4);
      expect(countWords(text)).toBeGreaterThanOrEqual(WORD_RANGE.min);
      expect(countWords(text)).toBeLessThanOrEqual(WORD_RANGE.max);
      expect(problems(text, request.charName)).toEqual([]);
    }
  });

  it('uses the role, the place and every trait of the Mindy example', () => {
    const text = composeBackstory(MINDY);
    expect(occurrences(text, 'Mindy')).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/\blawyer\b/i);
    expect(text).toContain('New York City');
    expect(text).not.toContain('the New York City');
    expect(text).toMatch(/\bachiever\b/i);
    expect(text).toMatch(/\bstubborn\b/i);
  });

  it('uses the role, the home town, the interest and both traits of the Captain Ines example', () => {
    const text = composeBackstory(INES);
    expect(occurrences(text, 'Captain Ines')).toBeGreaterThanOrEqual(2);
    expect(text).toContain('sea captain');
    expect(text).toContain('Lisbon');
    expect(text).toMatch(/collects? maps/);
    expect(text).toMatch(/\bgruff\b/);
    expect(text).toMatch(/\bkind\b/);
  });

  it('tells a machine\'s story as a machine\'s ("it"), with its place and traits', () => {
    const text = composeBackstory(UNIT7);
    expect(text).toContain('AI');
    expect(text).toContain('mining station');
    expect(text).toMatch(/\bcurious\b/);
    expect(text).toMatch(/\blonely\b/);
    expect(text).toMatch(/\bits?\b/);
    expect(text).not.toMatch(/\b(?:mother|father|childhood|school)\b/);
  });

  it('gives varied descriptions substantially different texts', () => {
    const descriptions = [
      'Lawyer in the New York City. Achiever. Stubborn.',
      'a retired sea captain from Lisbon who collects maps, gruff but kind',
      'Rogue AI aboard a mining station; curious, lonely',
      'blacksmith',
      'A young witch in the kingdom of Eldmoor who brews potions, shy and clever',
      'Sheriff of a dusty frontier town. Tired. Loyal. Hates the railroad.',
      'scavenger in the wasteland; resourceful, paranoid',
      'Pastry chef in Paris, perfectionist, secretly a poet',
    ];
    // The same name for all, so that only the composition can make them differ.
    const texts = descriptions.map((inputText) => composeBackstory({ charName: 'Alex', inputText }));
    for (let a = 0; a < texts.length; a++) {
      for (let b = a + 1; b < texts.length; b++) {
        const first = new Set(sentencesOf(texts[a]));
        const second = sentencesOf(texts[b]);
        const shared = second.filter((sentence) => first.has(sentence)).length;
        expect(texts[a]).not.toBe(texts[b]);
        expect(shared / Math.min(first.size, second.length), `${descriptions[a]} / ${descriptions[b]}`).toBeLessThan(0.5);
      }
    }
  });

  it('gives different names for the same description different compositions', () => {
    const sentences = (name: string) => sentencesOf(composeBackstory({ charName: name, inputText: 'blacksmith' }).replaceAll(name, 'X'));
    const first = new Set(sentences('Bram'));
    const second = sentences('Tove');
    expect(second.filter((sentence) => first.has(sentence)).length / second.length).toBeLessThan(0.5);
  });

  it('uses "she" with singular verbs when the description says so', () => {
    const text = composeBackstory({
      charName: 'Halina',
      inputText: 'She is an old village healer near the birch forest, wise and stubborn',
    });
    expect(text.match(/\b[Ss]he\b/g)?.length ?? 0).toBeGreaterThan(3);
    expect(text).not.toMatch(/\b[Tt]hey (?:were|are) (?:born|raised)\b/);
    expect(text).toMatch(/\b[Ss]he (?:was|is|has|keeps?|refuses|answers|lets)\b/);
    expect(problems(text, 'Halina')).toEqual([]);
  });

  it('uses "he" from a title in the name', () => {
    const text = composeBackstory({ charName: 'Sir Aldous', inputText: 'knight, honourable, restless' });
    expect(text).toMatch(/\bhe\b/i);
    expect(problems(text, 'Sir Aldous')).toEqual([]);
  });

  it('uses "they" with plural verbs when there is no gender cue', () => {
    const text = composeBackstory(MINDY);
    expect(text).toMatch(/\b[Tt]hey\b/);
    expect(text).toMatch(/\b[Tt]hey (?:were|are|have|refuse|set|keep|treat)\b/);
    expect(text).not.toMatch(/\b[Tt]hey (?:was|is|has|does|keeps|refuses)\b/);
  });

  it('survives odd input and still names the character', () => {
    const odd = [
      { charName: 'Zoë', inputText: '' },
      { charName: 'Ø', inputText: '   ' },
      { charName: 'Ⅻ', inputText: '!!!???...' },
      { charName: 'José María', inputText: 'Abogada en Madrid. Terca. Ambiciosa.' },
      { charName: '李雷', inputText: '东京的律师。顽固。' },
      { charName: "O'Brien", inputText: 'a {v:keep} {name} {undefined} <b>pilot</b> with a scar, who flies' },
      { charName: 'Dr. Who Jr.', inputText: 'Time traveller 🚀🚀 — eccentric; ancient' },
      { charName: 'Long', inputText: 'wizard, grumpy, '.repeat(400) },
      { charName: 'Nemo', inputText: 'a b c d e f g h i j k l m n o p q r s t u v w x y z' },
      { charName: 'Vera', inputText: 'Lives in Oslo. Works at a bakery. Loves jazz and hates the cold. Afraid of dogs.' },
    ];
    for (const request of odd) {
      const text = composeBackstory(request);
      const name = request.charName.trim();
      expect(problems(text, name), `${name}: ${request.inputText.slice(0, 40)}`).toEqual([]);
    }
  });

  it('uses words of a description in another language', () => {
    const text = composeBackstory({ charName: 'José María', inputText: 'Abogada en Madrid. Terca. Ambiciosa.' });
    expect(text).toContain('Madrid');
    expect(text).toMatch(/abogada/i);
    expect(text).toMatch(/terca/i);
  });

  it('falls back to a neutral story for an empty description, and to a phrase for an empty name', () => {
    const text = composeBackstory({ charName: '', inputText: '' });
    expect(paragraphsOf(text)).toHaveLength(4);
    expect(occurrences(text.toLowerCase(), 'the stranger')).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('undefined');
  });

  it('holds its invariants for 200 generated descriptions, quickly', () => {
    const rng = new Rng(20240611, { avoidRepeats: true });
    const names = [
      'Mara',
      'Osric Tallow',
      'Zoë',
      'Seo-yeon Park',
      'Jean-Luc',
      'Ayşe',
      'Björn',
      'Ngozi',
      'K-9',
      'Sister Agnes',
      'Lord Vane',
      'Dr. Ito',
      'Mx. Reyes',
      'Ilse',
      'Tomás',
    ];
    const roles = [
      'lawyer',
      'sea captain',
      'blacksmith',
      'rogue AI',
      'detective',
      'witch',
      'bartender',
      'nurse',
      'knight',
      'farmer',
      'hacker',
      'priest',
      'merchant',
      'queen',
      'thief',
      'librarian',
      'dragon',
      'android',
      'courier',
      'street musician',
      'cartographer',
      'bounty hunter',
      'lighthouse keeper',
      'mayor',
      'chef',
      'dream weaver',
      'spirit of the forest',
    ];
    const modifiers = ['', 'retired ', 'young ', 'former ', 'disgraced ', 'ambitious ', 'old ', ''];
    const places = [
      '',
      ' in the New York City',
      ' from Lisbon',
      ' aboard a mining station',
      ' in a small fishing village',
      ' near Kyoto',
      ' on Mars',
      ' in the wasteland',
      ' at the royal court',
      ' in Victorian London',
      ' in a frontier town',
      ' in the kingdom of Eldmoor',
    ];
    const extras = [
      '',
      ' who collects maps',
      ' who loves jazz',
      ' with a mechanical arm',
      ' who hates the sea',
      ' who is afraid of the dark',
    ];
    const traits = [
      'stubborn',
      'kind',
      'curious',
      'lonely',
      'gruff',
      'ambitious',
      'shy',
      'loyal',
      'cunning',
      'cheerful',
      'paranoid',
      'achiever',
      'melancholic',
      'witty',
      'brave',
      'wistful',
      'zany',
      'bookish',
      'hungry',
      'perfectionist',
      'sarcastic',
    ];
    const joiners = ['. ', ', ', '; ', ' - ', '\n'];
    const timings: number[] = [];
    for (let index = 0; index < 200; index++) {
      const name = rng.pick(names);
      const traitCount = rng.int(0, 5);
      const chosenTraits = Array.from({ length: traitCount }, () => rng.pick(traits));
      const joiner = rng.pick(joiners);
      const head = `${rng.pick(modifiers)}${rng.pick(roles)}${rng.pick(places)}${rng.pick(extras)}`;
      let inputText = [head, ...chosenTraits].join(joiner);
      if (rng.chance(0.3)) inputText = inputText.toUpperCase();
      if (rng.chance(0.2)) inputText = `${rng.pick(['A ', 'an ', 'The '])}${inputText}!!`;
      if (rng.chance(0.1)) inputText = chosenTraits.join(' but ');
      const started = performance.now();
      const text = composeBackstory({ charName: name, inputText });
      timings.push(performance.now() - started);
      expect(problems(text, name), `${name} / ${inputText}`).toEqual([]);
      expect(composeBackstory({ charName: name, inputText })).toBe(text);
      // What the description gave is used: the role, the place, every trait.
      const facts = readDescription(inputText, name);
      const lower = text.toLowerCase();
      if (facts.role) expect(lower, `role of ${inputText}`).toContain(facts.role.full.toLowerCase());
      if (facts.place) expect(lower, `place of ${inputText}`).toContain(facts.place.name.toLowerCase());
      if (facts.origin) expect(lower, `origin of ${inputText}`).toContain(facts.origin.name.toLowerCase());
      for (const trait of facts.traits) expect(lower, `trait of ${inputText}`).toContain(trait.word.toLowerCase());
    }
    // Typical cost per call, robust to a stray garbage collection on a busy machine.
    const median = timings.sort((a, b) => a - b)[timings.length >> 1] ?? 0;
    expect(median).toBeLessThan(5);
  });
});

describe('reading a description', () => {
  it('reads the Mindy example', () => {
    const facts = readDescription('Lawyer in the New York City. Achiever. Stubborn.', 'Mindy');
    expect(facts.role).toMatchObject({ full: 'lawyer', field: 'law', known: true });
    expect(facts.place).toEqual({ name: 'New York City', prep: 'in', proper: true });
    expect(facts.traits.map((trait) => trait.word)).toEqual(['achiever', 'stubborn']);
    expect(facts.genre).toBe('modern');
    expect(facts.pronoun).toBe('they');
  });

  it('reads the Captain Ines example', () => {
    const facts = readDescription('a retired sea captain from Lisbon who collects maps, gruff but kind', 'Captain Ines');
    expect(facts.role).toMatchObject({ full: 'retired sea captain', head: 'sea captain', field: 'sea' });
    expect(facts.retired).toBe(true);
    expect(facts.origin).toMatchObject({ name: 'Lisbon', prep: 'from' });
    expect(facts.interests).toEqual(['{v:collect} maps']);
    expect(facts.traits.map((trait) => trait.word)).toEqual(['gruff', 'kind']);
    expect(facts.contrast).toBe(true);
    expect(facts.genre).toBe('nautical');
  });

  it('reads the Unit 7 example', () => {
    const facts = readDescription('Rogue AI aboard a mining station; curious, lonely', 'Unit 7');
    expect(facts.role).toMatchObject({ full: 'rogue AI', head: 'AI', field: 'tech' });
    expect(facts.kind).toBe('machine');
    expect(facts.pronoun).toBe('it');
    expect(facts.place).toEqual({ name: 'mining station', prep: 'aboard', proper: false });
    expect(facts.genre).toBe('scifi');
  });

  it('finds gender cues, head nouns, features and unknown traits', () => {
    expect(readDescription('a fisherwoman on the docks of Brindle', 'Ada').pronoun).toBe('she');
    expect(readDescription('grumpy old wizard who hoards books', 'X').role?.full).toBe('old wizard');
    expect(readDescription('Dream cartographer of the lower city', 'X').role?.head).toBe('cartographer');
    expect(readDescription('mysterious stranger', 'X').role?.full).toBe('stranger');
    expect(readDescription('pilot with a mechanical arm', 'X').feature).toBe('a mechanical arm');
    expect(readDescription('bard. Zany.', 'X').traits).toEqual([{ known: false, word: 'zany' }]);
  });
});

describe('helpers', () => {
  it('chooses "a" or "an"', () => {
    expect(indefiniteArticle('AI')).toBe('an');
    expect(indefiniteArticle('NPC')).toBe('an');
    expect(indefiniteArticle('CEO')).toBe('a');
    expect(indefiniteArticle('hour')).toBe('an');
    expect(indefiniteArticle('university')).toBe('a');
    expect(indefiniteArticle('unhappy')).toBe('an');
    expect(indefiniteArticle('achiever')).toBe('an');
    expect(indefiniteArticle('lawyer')).toBe('a');
  });

  it('conjugates for singular and plural subjects', () => {
    expect(conjugate('was', true)).toBe('were');
    expect(conjugate('was', false)).toBe('was');
    expect(conjugate('keep', false)).toBe('keeps');
    expect(conjugate('keep', true)).toBe('keep');
    expect(thirdPersonSingular('carry')).toBe('carries');
    expect(thirdPersonSingular('watch')).toBe('watches');
    expect(conjugate('have', false)).toBe('has');
  });
});

describe('draftBackstory', () => {
  it('opens with the sentence the finished text begins with, long enough to be a first piece of its own', () => {
    const descriptions = [
      'Lawyer in New York City. Achiever. Stubborn.',
      'A robot butler on a space station',
      'Elf ranger; grumpy, loyal',
      '',
      'x',
      'Dragon who hoards books',
      'Nurse, tired, hopeful',
    ];
    const names = ['Mindy', 'Bob Jr.', '', 'Ana Lee', 'X', "O'Neil"];
    for (let index = 0; index < 300; index += 1) {
      const request = {
        inputText: `${descriptions[index % descriptions.length]} ${index}`,
        charName: names[index % names.length],
      };
      const draft = draftBackstory(request);
      const text = draft.finish();
      expect(text).toBe(composeBackstory(request));
      expect(text.startsWith(`${draft.opening}`), request.inputText).toBe(true);
      expect((draft.opening.match(/\S+/g) ?? []).length).toBeGreaterThan(4);
    }
  });
});
