import { describe, expect, it } from 'vitest';
import { createCharacterStore } from '../db/characters';
import { openDatabase } from '../db/connection';
import { createKnowledgeStore } from '../db/knowledge';
import { registerUsers } from '../db/users';
import { findPassages } from './find-passages';

function bank(documents: Record<string, string[]>) {
  const { db } = openDatabase(':memory:');
  const userId = registerUsers(db, ['find-passages-key']).get('find-passages-key')!.id;
  const characterId = createCharacterStore(db).create({ userId, name: 'Greta', voiceType: 'FEMALE', backstory: 'A bell-ringer.' });
  const store = createKnowledgeStore(db);
  for (const [fileName, passages] of Object.entries(documents)) {
    const document = store.createWithText(userId, { fileName, fileSize: 1, kind: 'text' }, passages);
    store.setConnections(characterId, [{ id: document.id, status: 'active' }]);
  }
  return (question: string, limit = 3) => findPassages(store, characterId, question, limit).map((passage) => passage.text);
}

describe('findPassages', () => {
  const find = bank({
    'bell.txt': ['The Harbour Bell of Saltmere was cast in 1742 by Ottilie Brandt.', 'The tower has ninety steps.'],
    'harbour.txt': ['The harbour freezes in the coldest winters.', 'Fishing boats leave the harbour at dawn.'],
  });

  it('finds the passage that holds the words of the question, best first', () => {
    expect(find('Who cast the Harbour Bell?')[0]).toBe('The Harbour Bell of Saltmere was cast in 1742 by Ottilie Brandt.');
    expect(find('How many steps does the tower have?')).toEqual(['The tower has ninety steps.']);
  });

  it('matches words in other forms (casting, bells)', () => {
    expect(find('Tell me about the casting of the bells')).toContain('The Harbour Bell of Saltmere was cast in 1742 by Ottilie Brandt.');
  });

  it('leaves out passages that share only one word of a longer question', () => {
    // "harbour" alone is in three passages; none of them is about a lighthouse keeper's goats.
    expect(find('Does the harbour lighthouse keeper keep goats?')).toEqual([]);
  });

  it('finds nothing for a question of only common words, and gives at most the number asked for', () => {
    expect(find('What do you think about it?')).toEqual([]);
    expect(find('harbour', 1)).toHaveLength(1);
  });
});
