import { openDatabase, type Db } from './connection';
import { registerUsers } from './users';
import { createCharacterStore } from './characters';
import type { DemoCharacter } from './demo-characters';
import type { DemoNarrative } from './demo-narratives';
import type { DemoSession } from './demo-sessions';
import { createKnowledgeStore, type KnowledgeStore } from './knowledge';
import { findPassages } from '../knowledge/find-passages';
import { searchTerms, stemOf } from '../knowledge/search-terms';
import { createNarrativeStore } from './narrative';
import { createVersionStore } from './versions';
import { changeRecorder } from '../versions/record-change';
import { splitPassages } from '../knowledge/split-passages';
import { createSessionStore, microTimestamp } from './sessions';

/** The demo data, loaded only to seed (a quarter of a megabyte of text to read and check at start). */
export async function loadDemoData(): Promise<{ characters: DemoCharacter[]; sessions: DemoSession[]; narratives: DemoNarrative[] }> {
  const [{ demoCharacters }, { demoSessions }, { demoNarratives }] = await Promise.all([
    import('./demo-characters'),
    import('./demo-sessions'),
    import('./demo-narratives'),
  ]);
  return { characters: demoCharacters, sessions: demoSessions(demoCharacters), narratives: demoNarratives };
}

/** Fills a new database with the demo characters, owned by `userId`, and their players' conversations. */
export function seedDemoData(
  db: Db,
  userId: string,
  demo: { characters: DemoCharacter[]; sessions: DemoSession[]; narratives?: DemoNarrative[] },
): number {
  const characterStore = createCharacterStore(db);
  const sessionStore = createSessionStore(db);
  const narrativeStore = createNarrativeStore(db);
  const knowledgeStore = createKnowledgeStore(db);
  const versionStore = createVersionStore(db);
  const ids = new Map<string, string>();
  db.transaction(() => {
    for (const character of demo.characters) {
      const id = characterStore.create({
        userId,
        name: character.name,
        voiceType: character.voiceType,
        backstory: character.backstory,
        actions: character.actions,
        languageCodes: character.languageCodes,
        listing: character.listing,
        avatar: character.avatar ? `/avatars/${character.avatar}` : null,
        createdAt: character.createdAt,
      });
      ids.set(character.name, id);
      for (const document of character.knowledgeBank) {
        const { id: documentId } = knowledgeStore.createWithText(
          userId,
          { fileName: `${document.name}.txt`, fileSize: Buffer.byteLength(document.content), kind: 'text' },
          splitPassages(document.content, 'text'),
        );
        knowledgeStore.setConnections(id, [{ id: documentId, status: 'active' }]);
      }
    }
    // Section ids by character name and section name: the demo sessions name the sections they walk.
    const sectionIds = new Map<string, Map<string, string>>();
    for (const narrative of demo.narratives ?? []) {
      const characterId = ids.get(narrative.characterName);
      if (!characterId) continue;
      const sections = new Map<string, string>();
      sectionIds.set(narrative.characterName, sections);
      for (const section of narrative.sections) {
        sections.set(section.name, narrativeStore.createSection(characterId, { name: section.name, objective: section.objective }));
      }
      const idOf = (name: string) => sections.get(name) ?? '';
      for (const section of narrative.sections) {
        const decisions = narrative.decisions
          .filter((decision) => decision.from === section.name)
          .map((decision) => ({ criteria: decision.criteria, next_section_id: idOf(decision.to) }));
        if (decisions.length > 0) narrativeStore.updateSection(characterId, idOf(section.name), { decisions });
      }
      for (const trigger of narrative.triggers) {
        narrativeStore.createTrigger(characterId, { name: trigger.name, message: trigger.message, destination: idOf(trigger.to) });
      }
      narrativeStore.setStartSection(characterId, idOf(narrative.start));
      narrativeStore.setNarrativeDriven(characterId, narrative.narrativeDriven);
    }
    // Each demo character as it was made: its first version, which the demo sessions ran with.
    const recordChange = changeRecorder(characterStore, versionStore, { knowledgeStore, narrativeStore });
    for (const characterId of ids.values()) recordChange(characterId, 'create');
    for (const session of demo.sessions) {
      const characterId = ids.get(session.characterName);
      if (!characterId) continue;
      const start = Date.parse(`${session.startedAt}Z`);
      const sessionId = sessionStore.start(characterId, userId, {
        startedAt: microTimestamp(new Date(start)),
        addedToMemory: session.isAddedToMemory,
        characterVersion: versionStore.latest(characterId)?.number ?? null,
      });
      const sections = sectionIds.get(session.characterName) ?? new Map<string, string>();
      for (const exchange of session.exchanges) {
        const where = exchange.narrative;
        const sectionId = where && sections.get(where.section);
        sessionStore.record(sessionId, characterId, {
          userText: exchange.user,
          characterText: exchange.character,
          trigger: exchange.trigger ?? null,
          at: microTimestamp(new Date(start + exchange.afterMs), exchange.afterMs),
          narrative:
            where && sectionId
              ? {
                  sectionId,
                  sectionName: where.section,
                  movedFrom: where.movedFrom === null ? null : (sections.get(where.movedFrom) ?? null),
                  movedBy: where.movedBy,
                }
              : null,
          sources: demoSources(knowledgeStore, characterId, exchange),
        });
      }
    }
  })();
  return demo.characters.length;
}

/**
 * The passages a demo reply drew on: the written replies say what the character's documents say
 * in their own words ("Brown ale's two coppers"), so a passage the player's words find counts as
 * used when the reply shares at least two of its words besides the question's.
 */
function demoSources(store: KnowledgeStore, characterId: string, exchange: { user: string; character: string; trigger?: unknown }) {
  if (exchange.trigger) return [];
  const asked = new Set(searchTerms(exchange.user).map(stemOf));
  return findPassages(store, characterId, exchange.user, 1)
    .filter((passage) => {
      const passageWords = new Set(searchTerms(passage.text).map(stemOf));
      return searchTerms(exchange.character).filter((word) => !asked.has(stemOf(word)) && passageWords.has(stemOf(word))).length >= 2;
    })
    .map((passage) => ({ document_id: passage.document_id, file_name: passage.file_name, passage_id: passage.id, text: passage.text }));
}

/** Opens the configured database; a new one gets the demo characters (for the first key's user) unless turned off. */
export async function openDatabaseWithDemo(config: { dataDir: string; localApiKeys: string[]; seedDemo: boolean }): Promise<{
  db: Db;
  seeded: number;
}> {
  const { db, created } = openDatabase(config.dataDir);
  let seeded = 0;
  if (created && config.seedDemo) {
    const owner = registerUsers(db, config.localApiKeys).get(config.localApiKeys[0]);
    if (owner) seeded = seedDemoData(db, owner.id, await loadDemoData());
  }
  return { db, seeded };
}
