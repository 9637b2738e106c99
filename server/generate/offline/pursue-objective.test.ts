import { describe, expect, it } from 'vitest';
import { objectiveLines } from './pursue-objective';

const first = (list: string[]) => list[0] ?? '';

describe('objectiveLines', () => {
  it.each([
    ['Convince the player to help you find your lost cat', ['Will you help me find my lost cat?']],
    [
      'Greet the player and ask for their name',
      ['Welcome, welcome. Come in out of the weather.', 'Before anything else: what do I call you?'],
    ],
    [
      'Tell the player about the dragon attack and ask them to go to the castle',
      ['Let me tell you about the dragon attack.', 'Will you go to the castle?'],
    ],
    ['Find out where the player is from', ["I'd like to know where you are from."]],
    ['Find out what the player wants', ["I'd like to know what you want."]],
    ['Tell the player that the mill is haunted', ['You should know this: the mill is haunted.']],
    ['The character should sell the player a map of the caves.', ['Can I interest you in a map of the caves?']],
    ['Show the paintings.', ['Let me show you the paintings.']],
    [
      'Walk the visitor through the fossil gallery and tell the story of the trilobite wall.',
      ["Come, I'll walk you through the fossil gallery.", 'Let me tell you the story of the trilobite wall.'],
    ],
    [
      'Tell the visitor the museum is closing, point them to the exit and invite them back.',
      ['You should know this: the museum is closing.', 'Let me point you to the exit.', 'Do come back another time.'],
    ],
  ])('says "%s" to the player', (objective, lines) => {
    expect(objectiveLines(objective, first)).toEqual(lines);
  });

  it('says nothing for an objective that is not an action on the player, rather than reciting it', () => {
    expect(objectiveLines('Make small talk', first)).toEqual([]);
    expect(objectiveLines('', first)).toEqual([]);
  });
});
