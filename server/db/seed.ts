import type { Db } from './connection';
import { characterQueries } from './characters';
import { demoCharacters } from './demo-characters';

/** Fills a new database with the demo characters, owned by `userId`. */
export function seedDemoData(db: Db, userId: string): number {
  const characters = characterQueries(db);
  db.transaction(() => {
    for (const demo of demoCharacters) {
      const id = characters.create({
        userId,
        name: demo.name,
        voiceType: demo.voiceType,
        backstory: demo.backstory,
        actions: demo.actions,
        languageCodes: demo.languageCodes,
        listing: demo.listing,
        avatar: demo.avatar ? `/avatars/${demo.avatar}` : null,
        createdAt: demo.createdAt,
      });
      for (const document of demo.knowledgeBank) characters.addKnowledgeDocument(id, document);
    }
  })();
  return demoCharacters.length;
}
