import { describe, expect, it } from 'vitest';
import { firstPerson } from './first-person';

describe('firstPerson', () => {
  it.each([
    ['Mara Quill is the navigator of the Heron.', 'Mara Quill', 'she', 'I am the navigator of the Heron.'],
    ['She keeps the log in a small hand and carries a rule.', 'Mara Quill', 'she', 'I keep the log in a small hand and carry a rule.'],
    ['He still watches the sea from his window.', 'Walter', 'he', 'I still watch the sea from my window.'],
    ["Her mother told her nothing; Mara's father knew.", 'Mara Quill', 'she', 'My mother told me nothing; my father knew.'],
    [
      'She rents four rooms, keeps a board by the door, and knows which are honest.',
      'Mara',
      'she',
      'I rent four rooms, keep a board by the door, and know which are honest.',
    ],
    [
      'He was twenty the first time he did the work well enough to be noticed, and has been chasing that feeling since.',
      'Moussa',
      'he',
      'I was twenty the first time I did the work well enough to be noticed, and have been chasing that feeling since.',
    ],
    [
      'She is a spirit of a well, and these days stays near Tartu.',
      'Lumo',
      'she',
      'I am a spirit of a well, and these days stay near Tartu.',
    ],
    [
      'She owes a man who lends money, and dreads the day he calls.',
      'Lumo',
      'she',
      'I owe a man who lends money, and dread the day he calls.',
    ],
    ['What Halima wants now is a boat of her own.', 'Halima', 'she', 'What I want now is a boat of my own.'],
    ['She knew the man who ran the inn, and he knows her still.', 'Lumo', 'she', 'I knew the man who ran the inn, and he knows me still.'],
    [
      'Walter was born in New York City and has never lived anywhere else.',
      'Walter',
      'he',
      'I was born in New York City and have never lived anywhere else.',
    ],
    [
      'People call them practical, which is fair: they cut every problem down.',
      'Priya',
      'they',
      'People call me practical, which is fair: I cut every problem down.',
    ],
    [
      'Sarcastic to the bone, they agree with bad ideas in a tone that makes everyone wince.',
      'Priya',
      'they',
      'Sarcastic to the bone, I agree with bad ideas in a tone that makes everyone wince.',
    ],
    ['It has been aboard the Kessa for eleven years.', 'Unit 7', 'it', 'I have been aboard the Kessa for eleven years.'],
    [
      'She privately suspected it was a debt, and has been waiting for someone to collect.',
      'Lan',
      'she',
      'I privately suspected it was a debt, and have been waiting for someone to collect.',
    ],
    ['What he wants now is money enough to stop counting it.', 'Thrain', 'he', 'What I want now is money enough to stop counting it.'],
    ['She kept her head down and lets nobody in.', 'Ada', 'she', 'I kept my head down and let nobody in.'],
    ['In Incheon, Jae-won Choi is known as the best player.', 'Jae-won Choi', 'he', 'In Incheon, I am known as the best player.'],
  ] as const)('%s', (sentence, name, pronoun, expected) => {
    expect(firstPerson(sentence, name, pronoun)).toBe(expected);
  });
});
