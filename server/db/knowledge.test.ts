import { describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { createKnowledgeStore } from './knowledge';
import { registerUsers } from './users';

describe('the knowledge store', () => {
  it('keeps a reading that ends after the database closed from failing (the server shutting down)', () => {
    const { db } = openDatabase(':memory:');
    const userId = registerUsers(db, ['knowledge-store-key']).get('knowledge-store-key')!.id;
    const store = createKnowledgeStore(db);
    const document = store.create(userId, { fileName: 'late.txt', fileSize: 4, kind: 'text' });
    db.close();
    expect(store.finish(document.id, document.revision, ['late'])).toBe(false);
    expect(store.fail(document.id, document.revision, 'too late')).toBe(false);
  });

  it('writes nothing for a revision that a newer upload replaced', () => {
    const { db } = openDatabase(':memory:');
    const userId = registerUsers(db, ['knowledge-store-key']).get('knowledge-store-key')!.id;
    const store = createKnowledgeStore(db);
    const first = store.create(userId, { fileName: 'a.txt', fileSize: 1, kind: 'text' });
    const second = store.replace(first.id, userId, { fileName: 'b.txt', fileSize: 1, kind: 'text' })!;
    expect(store.finish(first.id, first.revision, ['old text'])).toBe(false);
    expect(store.passages(first.id)).toEqual([]);
    expect(store.finish(second.id, second.revision, ['new text'])).toBe(true);
    expect(store.passages(first.id).map((passage) => passage.text)).toEqual(['new text']);
  });
});
