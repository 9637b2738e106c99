import { describe, expect, it } from 'vitest';
import { demoCharacters } from '../../db/demo-characters';
import { composeReply, firstPerson } from './compose-reply';

const mara = demoCharacters.find((character) => character.name === 'Mara Quill')!;
const ask = (userText: string, sessionId = 's1', history: Array<{ user: string; character: string }> = []) =>
  composeReply({ character: { name: mara.name, backstory: mara.backstory }, history, userText, trigger: null, sessionId });

describe('firstPerson', () => {
  it.each([
    ['Mara Quill is the navigator of the Heron.', 'I am the navigator of the Heron.'],
    ['She keeps the log in a small hand and carries a rule.', 'I keep the log in a small hand and carry a rule.'],
    ['He still watches the sea from his window.', 'I still watch the sea from my window.'],
    ["Her mother told her nothing; Mara's father knew.", 'My mother told me nothing; my father knew.'],
    [
      'She rents four rooms, keeps a board by the door, and knows which are honest.',
      'I rent four rooms, keep a board by the door, and know which are honest.',
    ],
  ])('%s', (sentence, expected) => {
    expect(firstPerson(sentence, 'Mara Quill')).toBe(expected);
  });
});

describe('composeReply', () => {
  it('answers from the backstory passage that matches what was asked, in the first person', () => {
    const reply = ask('Where did you grow up?');
    expect(reply).toMatch(/Port Ellery/);
    expect(reply).toMatch(/\bI\b/);
    expect(reply).not.toMatch(/\bMara Quill is\b/);
  });

  it('picks different passages for different questions', () => {
    expect(ask('what happened to your mother?')).not.toBe(ask('what instruments do you use at noon?'));
  });

  it('varies across sessions and turns, and never repeats the last line', () => {
    const replies = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((session) => ask('hello there', session)));
    expect(replies.size).toBeGreaterThan(2);
    const first = ask('tell me something');
    expect(ask('tell me something', 's1', [{ user: 'tell me something', character: first }])).not.toBe(first);
  });

  it('is the same for the same session, turn and words', () => {
    expect(ask('who are you?')).toBe(ask('who are you?'));
  });

  it('greets a player who enters the scene through a trigger', () => {
    const reply = composeReply({
      character: { name: mara.name, backstory: mara.backstory },
      history: [],
      userText: 'User entered the scene',
      trigger: { name: 'player_enters', message: 'User entered the scene' },
      sessionId: 's2',
    });
    expect(reply).toMatch(/Mara/);
  });

  it('answers every demo character sensibly for a range of turns', () => {
    for (const character of demoCharacters) {
      for (const userText of ['hi', 'who are you', 'where are you from?', 'what is your job', 'bye', '???', 'ok']) {
        const reply = composeReply({
          character: { name: character.name, backstory: character.backstory },
          history: [],
          userText,
          trigger: null,
          sessionId: 'x',
        });
        expect(reply.length, `${character.name}: ${userText}`).toBeGreaterThan(5);
        expect(reply).not.toMatch(/undefined|\{|\s{2}/);
      }
    }
  });
});
