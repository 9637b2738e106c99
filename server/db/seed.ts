import { openDatabase, type Db } from './connection';
import { registerUsers } from './users';
import { characterQueries } from './characters';
import { demoCharacters } from './demo-characters';
import { demoSessions } from './demo-sessions';
import { microTimestamp, sessionQueries } from './sessions';

/** Fills a new database with the demo characters, owned by `userId`, and their players' conversations. */
export function seedDemoData(db: Db, userId: string): number {
  const characters = characterQueries(db);
  const sessions = sessionQueries(db);
  const ids = new Map<string, string>();
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
      ids.set(demo.name, id);
      for (const document of demo.knowledgeBank) characters.addKnowledgeDocument(id, document);
    }
    for (const demo of demoSessions(demoCharacters)) {
      const characterId = ids.get(demo.characterName);
      if (!characterId) continue;
      const start = Date.parse(`${demo.startedAt}Z`);
      const sessionId = sessions.start(characterId, userId, { startedAt: microTimestamp(new Date(start)), addedToMemory: demo.isAddedToMemory });
      for (const exchange of demo.exchanges) {
        sessions.record(sessionId, characterId, {
          userText: exchange.user,
          characterText: exchange.character,
          trigger: exchange.trigger ?? null,
          at: microTimestamp(new Date(start + exchange.afterMs), exchange.afterMs),
        });
      }
    }
  })();
  return demoCharacters.length;
}

/** Opens the configured database; a new one gets the demo characters (for the first key's user) unless turned off. */
export function openDatabaseWithDemo(config: { dataDir: string; localApiKeys: string[]; seedDemo: boolean }): {
  db: Db;
  seeded: number;
} {
  const { db, created } = openDatabase(config.dataDir);
  let seeded = 0;
  if (created && config.seedDemo) {
    const owner = registerUsers(db, config.localApiKeys).get(config.localApiKeys[0]);
    if (owner) seeded = seedDemoData(db, owner.id);
  }
  return { db, seeded };
}
