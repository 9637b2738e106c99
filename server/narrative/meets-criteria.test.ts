import { describe, expect, it } from 'vitest';
import { firstCriteriaMet, meetsCriteria } from './meets-criteria';

describe('meetsCriteria (the offline judge)', () => {
  it.each([
    ['The player agrees to help', 'Yes, I will help you.'],
    ['The player agrees to help', 'Sure, why not.'],
    ['The player agrees to go on the quest', "Alright, I'm in."],
    ['Player refuses the offer', 'No thanks, not interested.'],
    ['The player does not agree', 'Never. Find someone else.'],
    ['User asks about the paintings', 'Tell me about this painting.'],
    ['User asks about the paintings', 'Who made these portraits?'],
    ['The player asks the price of the sword', 'How much for that blade?'],
    ['The player tells the guard their name', 'My name is Tomas.'],
    ['The player wants to buy a horse', "I'd like to purchase one of your horses."],
    ['The player says goodbye', 'Well, I must go now. Farewell!'],
    ['The player decides to leave', 'I am leaving.'],
    ['The player greets the character', 'Hello there!'],
    ['Player thanks the shopkeeper', 'Thank you kindly.'],
    ['The player mentions the dragon', 'I saw a dragon over the hills last night.'],
    ['The player is ready to start the tour', "I'm ready, let's begin."],
  ])('%s: met by "%s"', (criteria, said) => {
    expect(meetsCriteria(said, criteria)).toBe(true);
  });

  it.each([
    ['The player agrees to help', "No, I won't help you."],
    ['The player agrees to help', "Sure... no, actually, I'll never do that."],
    ['The player agrees to help', 'What is this place?'],
    ['Player refuses the offer', 'Yes, gladly!'],
    ['User asks about the paintings', 'Where is the exit?'],
    ['User asks about the paintings', 'I do not care about paintings.'],
    ['The player asks the price of the sword', 'Nice weather today.'],
    ['The player wants to buy a horse', 'Tell me about the war.'],
    ['The player says goodbye', 'Hello, who are you?'],
    ['The player greets the character', 'Goodbye.'],
    ['The player mentions the dragon', 'The harvest was poor this year.'],
    ['The player is ready to start the tour', 'I am not ready yet.'],
    ['The player says something', 'Anything at all.'],
  ])('%s: not met by "%s"', (criteria, said) => {
    expect(meetsCriteria(said, criteria)).toBe(false);
  });

  it('gives the first of several criteria met, and skips empty ones', () => {
    const criteria = ['', 'The player refuses', 'The player asks about the paintings', 'The player agrees'];
    expect(firstCriteriaMet('Yes, and tell me about that painting', criteria)).toBe(2);
    expect(firstCriteriaMet('The weather is nice', criteria)).toBeNull();
    expect(firstCriteriaMet('Of course', criteria)).toBe(3);
  });
});
