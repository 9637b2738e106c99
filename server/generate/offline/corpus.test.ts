import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleErrors,
  firstPersonErrors,
  fragments,
  lostFacts,
  narratorLines,
  sharedPhrases,
  templateLeftovers,
  wrongPronoun,
  type CorpusEntry,
} from './corpus/checks';
import { composeBackstory, WORD_RANGE } from './write-backstory';
import { writeReply } from './write-reply';
import { countWords, sentencesOf } from './render';

/**
 * The offline writer against a corpus of descriptions of the kinds designers type (keywords, full
 * sentences, first person, fantasy and sci-fi, one word, long paragraphs, Spanish, Japanese, emoji,
 * edge cases), each with what its backstory must keep. Every defect class a reader notices at once
 * has its check; a failure lists every output that has it.
 */

const corpus = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'corpus', 'inputs.json'), 'utf8')) as CorpusEntry[];
// Two takes of each description, seeded (a failure is repeatable), with one history as a server's run has.
const history = new Map<string, number>();
const outputs = ['first', 'second'].flatMap((take) =>
  corpus.map((entry, index) => ({
    entry,
    text: composeBackstory({ charName: entry.name, inputText: entry.text }, { seed: `${take}-${index}`, history }),
  })),
);

function defects(check: (text: string, entry: CorpusEntry) => string[]): string[] {
  return outputs.flatMap(({ entry, text }) => check(text, entry).map((found) => `${entry.name} (${entry.text.slice(0, 50)}): ${found}`));
}

// Tagging some 500 texts sentence by sentence takes seconds, more on a busy machine: the checks
// are about the words, so they get all the time they need.
const CHECKS = { timeout: 120_000 };

describe('offline backstories over the corpus', CHECKS, () => {
  it('holds at least 200 varied descriptions', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
  });

  it('keeps the stated place and trade, verbatim', () => {
    expect(defects(lostFacts)).toEqual([]);
  });

  it('uses the stated pronoun', () => {
    expect(defects(wrongPronoun)).toEqual([]);
  });

  it('puts no article before a verb, a pronoun or a plural, and the right one before each word', () => {
    expect(defects((text) => articleErrors(text))).toEqual([]);
  });

  it('has no verbless fragments glued on', () => {
    expect(defects((text) => fragments(text))).toEqual([]);
  });

  it('leaves no template leftovers', () => {
    expect(defects((text) => templateLeftovers(text))).toEqual([]);
  });

  it('stays within its length', () => {
    expect(
      defects((text) => (countWords(text) < WORD_RANGE.min || countWords(text) > WORD_RANGE.max ? [`${countWords(text)} words`] : [])),
    ).toEqual([]);
  });

  it('does not repeat a six-word phrase in more than a few of any 40 consecutive outputs', () => {
    const repeated: string[] = [];
    for (let start = 0; start + 40 <= outputs.length; start += 40) {
      const block = outputs.slice(start, start + 40).map(({ entry, text }) => ({ text, name: entry.name }));
      for (const [phrase, count] of sharedPhrases(block)) if (count > 4) repeated.push(`${phrase} (${count} of 40 from ${start})`);
    }
    expect(repeated).toEqual([]);
  });

  it('tells nothing the description rules out: no siblings for an only child, no swim for one who cannot, no calm for one in a hurry', () => {
    const request = { charName: 'Wren Halloway', inputText: 'courier, never talks, always in a hurry, only child, cannot swim' };
    const found = Array.from({ length: 30 }, (_, take) => composeBackstory(request, { seed: `rules-${take}` })).flatMap((text) =>
      [/\b(?:siblings|older (?:sister|brother)|middle child)\b/, /\b(?:swam|diving|dived)\b/, /\b(?:unhurried|slowly)\b/, /\bis during\b/]
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${pattern}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('follows a turning point only with what fits it: no "worth a risk" after a purse found in the gutter', () => {
    const request = { charName: 'Ada Finch', inputText: 'a clockmaker in Leeds' };
    const mismatched = Array.from({ length: 80 }, (_, take) => composeBackstory(request, { seed: `follow-${take}` })).flatMap((text) => {
      const sentences = sentencesOf(text);
      return sentences.flatMap((sentence, index) =>
        /worth a risk|took the chance/.test(sentence) &&
        !/taken on|asked (?:her|his|their) name|took (?:her|him|them) aside|aboard|traveller|notice/.test(sentences[index - 1] ?? '')
          ? [`${sentences[index - 1]} ${sentence}`]
          : [],
      );
    });
    expect(mismatched).toEqual([]);
  });

  it('gives a new take on every request (Regenerate differs), and the same text for the same seed', () => {
    for (const { entry } of outputs.slice(0, 40)) {
      const request = { charName: entry.name, inputText: entry.text };
      expect(composeBackstory(request), entry.text).not.toBe(composeBackstory(request));
      expect(composeBackstory(request, { seed: 'a' })).toBe(composeBackstory(request, { seed: 'a' }));
    }
  });
});

describe('offline replies to characters of the corpus', CHECKS, () => {
  const questions = [
    'Hello there!',
    "What's your name?",
    'What do you do for a living?',
    'Where did you grow up?',
    'What happened to you?',
    'What do you want most?',
    'Are you hiding something?',
    'What do you think about dragons?',
    'How are you?',
    'I just got here from the coast.',
  ];
  const characters = outputs.filter((_, index) => index % 4 === 0);
  const turns = characters.flatMap(({ entry, text }) =>
    questions.map((userText, turn) => ({
      entry,
      backstory: text,
      userText,
      reply: writeReply({ character: { name: entry.name, backstory: text }, history: [], userText, trigger: null, sessionId: `s${turn}` }),
    })),
  );
  const found = (check: (turn: (typeof turns)[number]) => string[]) =>
    turns.flatMap((turn) => check(turn).map((defect) => `${turn.entry.name} / ${turn.userText}: ${defect}`));

  it('speaks in the first person with verbs that agree with "I"', () => {
    expect(found(({ reply }) => firstPersonErrors(reply))).toEqual([]);
  });

  it('never speaks a narrator line about itself', () => {
    expect(found(({ reply, userText, entry }) => (userText === "What's your name?" ? [] : narratorLines(reply, entry.name)))).toEqual([]);
  });

  it('answers its name with its name', () => {
    expect(
      found(({ reply, userText, entry }) =>
        userText === "What's your name?" && !reply.includes(entry.name.split(/\s+/)[0] ?? '') ? [reply] : [],
      ),
    ).toEqual([]);
  });

  it('answers its trade with its trade when the description stated one', () => {
    expect(
      found(({ reply, userText, entry, backstory }) =>
        userText === 'What do you do for a living?' &&
        entry.expect.trade &&
        !reply.toLowerCase().includes(entry.expect.trade.toLowerCase()) &&
        // What the description says they do now ("now runs a bait shop") answers it too.
        !sharesWords(reply.toLowerCase(), entry.text.toLowerCase(), 4)
          ? [`${reply}\n  from: ${backstory}`]
          : [],
      ),
    ).toEqual([]);
  });

  it('answers where it grew up from its backstory', () => {
    expect(
      found(({ reply, userText, backstory }) =>
        userText === 'Where did you grow up?' && !sharesWords(reply, backstory, 4) ? [reply] : [],
      ),
    ).toEqual([]);
  });

  it('keeps its secret when asked about it', () => {
    expect(
      found(({ reply, userText, backstory }) =>
        userText === 'Are you hiding something?' && sharesWords(reply, backstory, 6) ? [reply] : [],
      ),
    ).toEqual([]);
  });

  it('names what it does not know about instead of answering something else', () => {
    expect(
      found(({ reply, userText }) => (userText === 'What do you think about dragons?' && !/dragon/i.test(reply) ? [reply] : [])),
    ).toEqual([]);
  });
});

/** Whether two texts share a run of `size` words. */
function sharesWords(a: string, b: string, size: number): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const runs = new Set<string>();
  const bw = words(b);
  for (let index = 0; index + size <= bw.length; index++) runs.add(bw.slice(index, index + size).join(' '));
  const aw = words(a);
  for (let index = 0; index + size <= aw.length; index++) if (runs.has(aw.slice(index, index + size).join(' '))) return true;
  return false;
}
