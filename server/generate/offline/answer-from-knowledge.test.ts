import { describe, expect, it } from 'vitest';
import { knowledgeFact } from './answer-from-knowledge';

const doc = (text: string, fileName = 'notes.txt') => ({ fileName, text });

describe('knowledgeFact', () => {
  it('says the sentence that answers the question, not its neighbours', () => {
    const menu = doc('Millhaven brown ale, 2 coppers a mug. Pear cider, 3 coppers. Eel pie with mash, 6 coppers.');
    expect(knowledgeFact(menu, 'How much is the ale?')).toBe('Millhaven brown ale, 2 coppers a mug.');
    expect(knowledgeFact(menu, 'And the eel pie?')).toBe('Eel pie with mash, 6 coppers.');
  });

  it('adds the next sentence when it answers too, or when the one chosen is only a heading', () => {
    const bell = doc(
      'The Harbour Bell of Saltmere was cast in 1742. It hangs in the north tower and is rung at every tide. The tower has 90 steps.',
    );
    expect(knowledgeFact(bell, 'When is the bell rung?')).toBe(
      'The Harbour Bell of Saltmere was cast in 1742. It hangs in the north tower and is rung at every tide.',
    );
    expect(knowledgeFact(doc('Ardent Hall Museum of History.\nOpen Tuesday to Sunday, 10:00 to 17:30.'), 'Where is the museum?')).toBe(
      'Ardent Hall Museum of History. Open Tuesday to Sunday, 10:00 to 17:30.',
    );
  });

  it('does not end a sentence at an abbreviation, an initial or a time', () => {
    const notes = doc('Last seen Thurs. 11:40 pm, between sets. Entry by M. Quill, navigator. Met Dr. Okafor at the pier.');
    expect(knowledgeFact(notes, 'When was she last seen?')).toBe('Last seen Thurs. 11:40 pm, between sets.');
    expect(knowledgeFact(notes, 'Who wrote the entry?')).toBe('Entry by M. Quill, navigator.');
  });

  it('reads a numbered list run into one line as its items', () => {
    const board = doc('1. WANTED: two strong backs for Pier Six. 2. LOST: grey cat answering to Admiral. 3. Escort needed to Brackenford.');
    expect(knowledgeFact(board, 'Has anyone lost a cat?')).toBe('LOST: grey cat answering to Admiral.');
  });

  it('says a CSV row as a sentence, with the column names past the second column', () => {
    expect(knowledgeFact(doc('item,price\nEel pie,6 coppers\nPear cider,3 coppers', 'menu.csv'), 'How much is the cider?')).toBe(
      'Pear cider: 3 coppers.',
    );
    expect(knowledgeFact(doc('name,price,size\nEel pie,6 coppers,large', 'menu.csv'), 'What about the eel pie?')).toBe(
      'Eel pie: price 6 coppers, size large.',
    );
  });

  it('says nothing when no sentence shares a word with what was said', () => {
    expect(knowledgeFact(doc('The tower has 90 steps.'), 'Do you like cheese?')).toBeNull();
    expect(knowledgeFact(undefined, 'Anything?')).toBeNull();
  });
});
