import { describe, expect, it } from 'vitest';
import { chooseActions, type ActionContext } from './choose-actions';

const context: ActionContext = {
  actions: ['Move To', 'Pick Up', 'Wave', 'Serve', 'Give'],
  objects: [
    { name: 'Door', description: 'The tavern door.' },
    { name: 'Mojito (Can be: Served|Cannot be: Played)', description: 'A cocktail.' },
    { name: 'Box#1', description: 'A small wooden box.' },
  ],
  characters: [{ name: 'User', bio: 'The player.' }],
};

describe('chooseActions', () => {
  it.each([
    ['follow me to the door', ['Move To Door']],
    ['Can you give me a drink?', ['Give User']],
    ['I would like a mojito please, serve it cold', ['Serve Mojito']],
    ['pick up box#1 and give it to me', ['Pick Up Box#1', 'Give User']],
    ['hello there!', ['Wave']],
    ['What is your name?', []],
  ])('%s → %o', (userText, expected) => {
    expect(chooseActions(userText, context)).toEqual(expected);
  });
});
