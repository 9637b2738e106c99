import { beforeAll, describe, expect, it } from 'vitest';
import type { Character } from '../../contract/schemas/characters';
import type { Exchange } from '../../contract/schemas/conversation';
import type { Section, Trigger } from '../../contract/schemas/narrative';
import { firstCriteriaMet } from '../narrative/meets-criteria';
import { KEY_A, testApp } from '../testing/test-app';
import { openDatabase } from './connection';
import { demoCharacters } from './demo-characters';
import { demoNarratives } from './demo-narratives';
import { demoSessions } from './demo-sessions';
import { loadDemoData, seedDemoData } from './seed';
import { registerUsers } from './users';

const DRIVEN = ['Lena Whitcombe', 'Osric Tallow', 'Idris al-Rahal'];

type Seeded = { character: Character; sections: Section[]; triggers: Trigger[]; sessions: Exchange[][] };

describe('the demo narratives', () => {
  const seeded = new Map<string, Seeded>();

  beforeAll(async () => {
    const { db } = openDatabase(':memory:');
    const app = testApp({ db });
    seedDemoData(db, registerUsers(db, [KEY_A]).get(KEY_A)!.id, await loadDemoData());
    for (const name of DRIVEN) {
      const character = (await app.post<Character>('/character/get', { charName: name })).json;
      const body = { character_id: character.character_id };
      const sections = (await app.post<Section[]>('/character/narrative/list-sections', body)).json;
      const triggers = (await app.post<Trigger[]>('/character/narrative/list-triggers', body)).json;
      const list = (await app.post<Array<{ sessionID: string }>>('/character/chatHistory/list', { charID: character.character_id })).json;
      const sessions: Exchange[][] = [];
      for (const { sessionID } of list) {
        const details = await app.post<Exchange[]>('/character/chatHistory/details', { charID: character.character_id, sessionID });
        sessions.push(details.json);
      }
      seeded.set(name, { character, sections, triggers, sessions });
    }
  });

  it('seed three narrative-driven characters, each with a graph of 3-5 sections, its triggers and its start section', () => {
    for (const name of DRIVEN) {
      const { character, sections, triggers } = seeded.get(name)!;
      expect(character.is_narrative_driven, name).toBe(true);
      expect(sections.length, name).toBeGreaterThanOrEqual(3);
      expect(sections.length, name).toBeLessThanOrEqual(5);
      expect(triggers.length, name).toBeGreaterThanOrEqual(1);
      expect(sections.map((section) => section.section_id)).toContain(character.start_narrative_section_id);
      for (const section of sections) expect(section.objective.trim(), `${name}: ${section.section_name}`).not.toBe('');
      const ids = new Set(sections.map((section) => section.section_id));
      for (const trigger of triggers) expect(ids.has(trigger.destination_section ?? ''), trigger.trigger_name).toBe(true);
      for (const decision of sections.flatMap((section) => section.decisions ?? [])) {
        expect(decision.criteria.trim()).not.toBe('');
        expect(ids.has(decision.next_section_id)).toBe(true);
      }
    }
    // The museum tour is the large one: five sections and three triggers.
    expect(seeded.get('Lena Whitcombe')!.sections).toHaveLength(5);
    expect(seeded.get('Lena Whitcombe')!.triggers).toHaveLength(3);
    // Nobody else follows a graph until a designer says so.
    expect(
      demoNarratives
        .filter((narrative) => narrative.narrativeDriven)
        .map((narrative) => narrative.characterName)
        .sort(),
    ).toEqual([...DRIVEN].sort());
  });

  it("have demo sessions whose exchanges name sections of the character's own graph, moved only along it", () => {
    for (const name of DRIVEN) {
      const { character, sections, triggers, sessions } = seeded.get(name)!;
      const byId = new Map(sections.map((section) => [section.section_id, section]));
      const walked = sessions.filter((exchanges) => exchanges.some((exchange) => exchange.narrative));
      expect(walked.length, name).toBeGreaterThanOrEqual(2);
      const visited = new Set<string>();
      const fired = new Set<string>();
      for (const exchanges of walked) {
        let current = character.start_narrative_section_id!;
        for (const exchange of exchanges) {
          // A session follows the graph from its first exchange to its last.
          const narrative = exchange.narrative!;
          expect(narrative, name).toBeTruthy();
          const section = byId.get(narrative.section_id);
          expect(section?.section_name, `${name}: ${narrative.section_name}`).toBe(narrative.section_name);
          const movedBy = narrative.moved_by ?? null;
          if (movedBy === null) {
            expect(narrative.moved_from).toBeNull();
            expect(narrative.section_id).toBe(current);
            expect(exchange.is_trigger_input).toBe(false);
          } else {
            expect(narrative.moved_from).toBe(current);
            if (movedBy.kind === 'trigger') {
              const trigger = triggers.find((t) => t.trigger_name === movedBy.trigger_name);
              expect(trigger?.destination_section).toBe(narrative.section_id);
              expect(exchange.is_trigger_input).toBe(true);
              expect(exchange.interaction[0].message).toBe(trigger?.trigger_message);
              fired.add(movedBy.trigger_name ?? '');
            } else {
              const decisions = byId.get(current)?.decisions ?? [];
              expect(decisions).toContainEqual(
                expect.objectContaining({ criteria: movedBy.criteria, next_section_id: narrative.section_id }),
              );
              expect(exchange.is_trigger_input).toBe(false);
            }
          }
          current = narrative.section_id;
          visited.add(current);
        }
      }
      // Between them, the sessions go everywhere the graph goes and fire every trigger.
      expect(visited.size, name).toBe(sections.length);
      expect(fired.size, name).toBe(triggers.length);
    }
  });

  it('walk the graph as a live session would: the offline judge meets each recorded decision, and none where the session stayed', () => {
    let judged = 0;
    for (const session of demoSessions(demoCharacters)) {
      const graph = demoNarratives.find((narrative) => narrative.characterName === session.characterName);
      if (!graph || !session.exchanges.some((exchange) => exchange.narrative)) continue;
      let current = graph.start;
      for (const exchange of session.exchanges) {
        if (!exchange.trigger) {
          const decisions = graph.decisions.filter((decision) => decision.from === current);
          const met = firstCriteriaMet(
            exchange.user,
            decisions.map((decision) => decision.criteria),
          );
          const recorded = exchange.narrative?.movedBy?.kind === 'decision' ? exchange.narrative.movedBy.text : null;
          expect(met === null ? null : decisions[met].criteria, `${session.characterName}: "${exchange.user}" in ${current}`).toBe(
            recorded,
          );
          judged += 1;
        }
        current = exchange.narrative!.section;
      }
    }
    expect(judged).toBeGreaterThan(40);
  });
});
