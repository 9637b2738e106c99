import { describe, expect, it } from 'vitest';
import { demoCharacters } from '../../db/demo-characters';
import { writeReply } from './write-reply';

const mara = demoCharacters.find((character) => character.name === 'Mara Quill')!;
const ask = (userText: string, sessionId = 's1', history: Array<{ user: string; character: string }> = []) =>
  writeReply({ character: { name: mara.name, backstory: mara.backstory }, history, userText, trigger: null, sessionId });

describe('writeReply', () => {
  it('answers where it grew up from the backstory, in the first person', () => {
    const reply = ask('Where did you grow up?');
    expect(reply).toMatch(/Port Ellery/);
    expect(reply).toMatch(/\bI\b/);
    expect(reply).not.toMatch(/\bMara Quill is\b/);
  });

  it('gives its name when asked', () => {
    expect(ask("What's your name?")).toContain('Mara');
  });

  it('names what it knows nothing about instead of answering something else', () => {
    expect(ask('Have you ever seen a dragon?')).toMatch(/dragon/i);
  });

  it('deflects a question about its secrets', () => {
    const reply = ask('What are you hiding from me?');
    expect(mara.backstory).not.toContain(reply.slice(0, 30));
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
    const reply = writeReply({
      character: { name: mara.name, backstory: mara.backstory },
      history: [],
      userText: 'User entered the scene',
      trigger: { name: 'player_enters', message: 'User entered the scene' },
      sessionId: 's2',
    });
    expect(reply).toMatch(/Mara/);
  });

  it('answers a price from what the backstory says things cost, else names what was asked for', () => {
    const fox = { name: 'Fennick', backstory: 'Fennick is a fox who runs a tea stall at the crossroads. Fennick charges one acorn a cup.' };
    const priced = (userText: string, character = fox) => writeReply({ character, history: [], userText, trigger: null, sessionId: 'p' });
    expect(priced('How much for a cup?')).toBe('I charge one acorn a cup.');
    expect(priced('How much for two simits?', { name: 'Emre', backstory: 'Emre sells simits in Istanbul.' })).toMatch(/^Two simits\?/);
  });

  it('takes being hailed by its title or name as a greeting, and "you fraud" as an insult', () => {
    const oren = { name: 'Lt. Oren Vasquez', backstory: 'Lt. Oren Vasquez is a gunnery officer aboard the carrier Indomitable.' };
    const say = (userText: string) => writeReply({ character: oren, history: [], userText, trigger: null, sessionId: 'h' });
    for (const hail of ['Lieutenant.', 'Oren!', 'Officer?']) expect(say(hail), hail).toMatch(/Oren/);
    expect(say('Your medals are fake, you fraud.')).not.toMatch(/Oren|gunnery/);
  });

  it('says where it lives now, who taught it, and greets in many languages', () => {
    const tupac = {
      name: 'Tupac Quispe',
      backstory:
        'Tupac Quispe grew up outside Cusco. He learned from his grandmother. He works in Cusco these days, as a weaver of some local standing. It is not widely known that he was once arrested.',
    };
    const say = (userText: string, sessionId = 't') => writeReply({ character: tupac, history: [], userText, trigger: null, sessionId });
    expect(say('Where do you live?')).toMatch(/^I work in Cusco these days/);
    expect(say('Who taught you the craft?')).toBe('I learned from my grandmother.');
    for (const hello of ['Salom!', 'Sawasdee krap.', 'Kia ora']) expect(say(hello), hello).toMatch(/Tupac/);
    for (const session of ['a', 'b', 'c', 'd', 'e', 'f']) expect(say('Nice hat.', session)).not.toMatch(/arrested/);
  });

  it('pursues the section objective when narrative-driven: the first step on coming in, the next one later', () => {
    const narrative = {
      sectionName: 'The lost cat',
      objective: 'Tell the player that the mill is haunted, then ask them to search the mill for your cat',
    };
    const turn = (userText: string, history: Array<{ user: string; character: string }>, entered: boolean) =>
      writeReply({
        character: { name: mara.name, backstory: mara.backstory },
        history,
        userText,
        trigger: null,
        sessionId: 'n',
        narrative: { ...narrative, entered },
      });
    const opening = turn('Hello there!', [], true);
    expect(opening).toContain('the mill is haunted');
    const later = Array.from({ length: 8 }, (_, index) =>
      turn(`Is that so? (${index})`, [{ user: 'Hello there!', character: opening }], false),
    );
    expect(later.some((reply) => reply.includes('Will you search the mill for my cat?'))).toBe(true);
    expect(later.every((reply) => !reply.includes('the mill is haunted'))).toBe(true);
    expect(ask('Hello there!')).not.toMatch(/mill/);
  });

  it('greets back a first word in any language, answers its age, its family member and its maker from the backstory', () => {
    const lumo = {
      name: 'Brannoc',
      backstory:
        'Brannoc is a talking sword. The smith who reforged him is dead now. He is four hundred years old, and has been for longer than anyone can check. His husband went to the coast to work on the boats. His older sister laughed easily.',
    };
    const say = (userText: string, history: Array<{ user: string; character: string }> = []) =>
      writeReply({ character: lumo, history, userText, trigger: null, sessionId: 'b' });
    for (const hello of ['Moni!', 'Sabaidee.', 'こんにちは。']) expect(say(hello), hello).toMatch(/Brannoc/);
    expect(say('How old are you?')).toMatch(/four hundred years old/);
    expect(say('Where is your husband?')).toMatch(/^My husband went to the coast/);
    expect(say('Who made you?')).toMatch(/smith who reforged me/);
    expect(say("What's your ship called?")).toMatch(/^My ship\?/);
  });

  it('greets and then answers what the player came to say; does what it is asked; names its children; never prices with a secret', () => {
    const halima = {
      name: 'Halima Ould',
      backstory:
        'Halima Ould sells dates and camel milk in the market of Nouakchott. Her two sons drive trucks to Mali. Years ago she started a fire that cost a family its home, and has let everyone believe it was an accident.',
    };
    const say = (userText: string) => writeReply({ character: halima, history: [], userText, trigger: null, sessionId: 'h' });
    expect(say('Salaam. What do you sell?')).toMatch(/Halima.*I sell dates and camel milk/);
    expect(say('Do you have any children?')).toMatch(/^My two sons drive trucks/);
    expect(say('Fill it up, please.')).not.toMatch(/fire|dates/);
    expect(say('How much for a litre of camel milk?')).not.toMatch(/fire/);
    expect(say('What do you really want out of life?')).not.toMatch(/fire/);
  });

  it('says something else rather than the same stock line twice in a row', () => {
    const first = ask('Hm.', 'r');
    const second = ask('Hm.', 'r', [{ user: 'Hm.', character: first }]);
    expect(second).not.toBe(first);
    expect(second).not.toContain(first);
  });

  it('takes a name the player gives, and a narrative step that asks for it is then left out', () => {
    const narrative = { sectionName: 'At the bar', objective: 'Greet the player, pour them a drink and ask for their name', entered: true };
    const say = (userText: string) =>
      writeReply({
        character: { name: mara.name, backstory: mara.backstory },
        history: [],
        userText,
        trigger: null,
        sessionId: 'w',
        narrative,
      });
    const reply = say("I'm Wren. Any work going?");
    expect(reply).toMatch(/Wren/);
    expect(reply).not.toMatch(/Wren\?  *(?:Not something|Now there's)/);
    expect(reply).not.toMatch(/what do I call you|What's your name|And you are/);
    expect(say('Alright, I will keep watch tonight.')).not.toMatch(/^(?:Well met|Hello there|Come in|Ah, a new face|Good to see you)/);
  });

  it('answers every demo character sensibly for a range of turns', () => {
    for (const character of demoCharacters) {
      for (const userText of ['hi', 'who are you', 'where are you from?', 'what is your job', 'bye', '???', 'ok']) {
        const reply = writeReply({
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
