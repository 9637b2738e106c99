import { describe, expect, it } from 'vitest';
import { demoCharacters } from './demo-characters';
import { demoSessions, type DemoSession } from './demo-sessions';

const sessions = demoSessions(demoCharacters);
const byName = new Map(demoCharacters.map((character) => [character.name, character]));
const utc = (timestamp: string): number => Date.parse(`${timestamp}Z`);
const LATEST = utc('2026-11-20T00:00:00');
const LONG = 200;

const sessionsOf = (name: string): DemoSession[] => sessions.filter((session) => session.characterName === name);
const text = (session: DemoSession): string => session.exchanges.map((exchange) => `${exchange.user}\n${exchange.character}`).join('\n');
const gapsOf = (session: DemoSession): number[] =>
  session.exchanges.slice(1).map((exchange, i) => exchange.afterMs - session.exchanges[i].afterMs);

describe('demo sessions', () => {
  it('are deterministic', () => {
    expect(demoSessions(demoCharacters)).toEqual(sessions);
    expect(demoSessions([...demoCharacters])).toEqual(sessions);
  });

  it('cover most demo characters, several sessions each, a few with many', () => {
    expect(sessions.length).toBeGreaterThanOrEqual(44);
    const counts = new Map<string, number>();
    for (const session of sessions) counts.set(session.characterName, (counts.get(session.characterName) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(12);
    for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(2);
    expect([...counts.values()].filter((count) => count >= 5).length).toBeGreaterThanOrEqual(3);
  });

  it('only name demo characters, and only the ones asked for', () => {
    for (const session of sessions) expect(byName.has(session.characterName)).toBe(true);
    const some = demoCharacters.filter((character) => ['Vesper', 'Rin Takeda'].includes(character.name));
    const subset = demoSessions(some);
    expect(new Set(subset.map((session) => session.characterName))).toEqual(new Set(['Vesper', 'Rin Takeda']));
    expect(subset).toEqual(sessions.filter((session) => ['Vesper', 'Rin Takeda'].includes(session.characterName)));
    expect(demoSessions([])).toEqual([]);
  });

  it('start after the character was created and end before 2026-11-20, oldest first', () => {
    for (const session of sessions) {
      expect(session.startedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/);
      const start = utc(session.startedAt);
      expect(Number.isNaN(start)).toBe(false);
      expect(start).toBeGreaterThan(utc(byName.get(session.characterName)!.createdAt));
      expect(start + session.exchanges.at(-1)!.afterMs).toBeLessThan(LATEST);
    }
    const starts = sessions.map((session) => session.startedAt);
    expect(starts).toEqual([...starts].sort());
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('are spread over many months and times of day', () => {
    expect(new Set(sessions.map((session) => session.startedAt.slice(0, 7))).size).toBeGreaterThanOrEqual(24);
    expect(new Set(sessions.map((session) => session.startedAt.slice(11, 13))).size).toBeGreaterThanOrEqual(16);
    for (const name of ['Osric Tallow', 'Lena Whitcombe', 'Mara Quill']) {
      const starts = sessionsOf(name).map((session) => utc(session.startedAt));
      expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThan(365 * 24 * 3600 * 1000);
    }
  });

  it('are mostly short, with three long ones (one of 300+ exchanges)', () => {
    const lengths = sessions.map((session) => session.exchanges.length);
    const long = lengths.filter((length) => length >= LONG);
    expect(long.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(300);
    const short = lengths.filter((length) => length < LONG);
    for (const length of short) {
      expect(length).toBeGreaterThanOrEqual(3);
      expect(length).toBeLessThanOrEqual(25);
    }
    expect(short.length / lengths.length).toBeGreaterThan(0.9);
  });

  it('contain narrative-design triggers, some sessions starting with one', () => {
    const withTriggers = sessions.filter((session) => session.exchanges.some((exchange) => exchange.trigger));
    expect(withTriggers.length).toBeGreaterThanOrEqual(6);
    expect(sessions.filter((session) => session.exchanges[0].trigger).length).toBeGreaterThanOrEqual(3);
    for (const session of sessions) {
      for (const exchange of session.exchanges) {
        if (!exchange.trigger) {
          expect(Object.keys(exchange)).not.toContain('trigger');
          continue;
        }
        expect(exchange.user).toBe(exchange.trigger.message);
        expect(exchange.trigger.name).toMatch(/^[a-z][a-z_]*$/);
      }
    }
    const tavern = sessionsOf('Osric Tallow').flatMap((session) => session.exchanges);
    expect(tavern).toContainEqual(
      expect.objectContaining({ trigger: { name: 'player_enters_tavern', message: 'User entered the scene' } }),
    );
    expect(tavern).toContainEqual(
      expect.objectContaining({ trigger: { name: 'quest_completed', message: 'The player returned the stolen ledger' } }),
    );
  });

  it('add about a quarter of the sessions to memory', () => {
    const share = sessions.filter((session) => session.isAddedToMemory).length / sessions.length;
    expect(share).toBeGreaterThanOrEqual(0.2);
    expect(share).toBeLessThanOrEqual(0.32);
  });

  it('space exchanges a few seconds to a minute apart, with an occasional longer pause', () => {
    const all: number[] = [];
    for (const session of sessions) {
      expect(session.exchanges[0].afterMs).toBeGreaterThanOrEqual(0);
      for (const exchange of session.exchanges) expect(Number.isInteger(exchange.afterMs)).toBe(true);
      for (const gap of gapsOf(session)) {
        expect(gap).toBeGreaterThanOrEqual(3_000);
        expect(gap).toBeLessThanOrEqual(10 * 60_000);
        all.push(gap);
      }
    }
    const pauses = all.filter((gap) => gap > 60_000);
    expect(pauses.length).toBeGreaterThan(0);
    expect(pauses.length / all.length).toBeLessThan(0.03);
  });

  it('have no empty text, short player lines and 1-4 sentence replies', () => {
    for (const session of sessions) {
      for (const exchange of session.exchanges) {
        expect(exchange.user.trim()).not.toBe('');
        expect(exchange.character.trim()).not.toBe('');
        if (exchange.trigger) {
          expect(exchange.trigger.name.trim()).not.toBe('');
          expect(exchange.trigger.message.trim()).not.toBe('');
        }
        expect(exchange.user.length).toBeLessThanOrEqual(120);
        const sentences = exchange.character.split(/(?<=[.!?])\s+/).filter(Boolean);
        expect(sentences.length, exchange.character).toBeLessThanOrEqual(4);
      }
    }
  });

  it('never repeat an exchange within a session', () => {
    for (const session of sessions) {
      const pairs = session.exchanges.map((exchange) => `${exchange.user}\u0000${exchange.character}`);
      expect(new Set(pairs).size, `${session.characterName} ${session.startedAt}`).toBe(pairs.length);
    }
  });

  it('let a player switch language with multilingual characters', () => {
    const has = (name: string, pattern: RegExp) =>
      sessionsOf(name).some((session) =>
        session.exchanges.some((exchange) => pattern.test(exchange.user) && pattern.test(exchange.character)),
      );
    expect(has('Rin Takeda', /[\u3040-\u30ff]/)).toBe(true); // Japanese kana
    expect(has('Seo-yeon Park', /[\uac00-\ud7af]/)).toBe(true); // Hangul
    expect(has('Idris al-Rahal', /[\u0600-\u06ff]/)).toBe(true); // Arabic
    expect(has('Chan Mei-ling', /[\u4e00-\u9fff]/)).toBe(true); // Chinese characters
    expect(has('Lupita Reyes', /pastor|horchata/)).toBe(true);
    expect(has('Lena Whitcombe', /français/)).toBe(true);
  });

  it('keep the searchable words in one older session each', () => {
    const lena = sessionsOf('Lena Whitcombe');
    const withTrilobite = lena.filter((session) => /trilobite/i.test(text(session)));
    expect(withTrilobite).toHaveLength(1);
    expect(withTrilobite[0]).toBe(lena[0]); // her oldest session
    expect(text(withTrilobite[0])).toMatch(/Kelderstone/);
    expect(withTrilobite[0].exchanges.some((exchange) => /kelderstone/i.test(exchange.user))).toBe(true);

    const mara = sessionsOf('Mara Quill');
    const withAstrolabe = mara.filter((session) => /astrolabe/i.test(text(session)));
    expect(withAstrolabe).toHaveLength(1);
    expect(withAstrolabe[0]).toBe(mara[0]); // her oldest session

    // Nobody else uses either word, so a search across all sessions finds exactly one of each.
    expect(sessions.filter((session) => /trilobite/i.test(text(session)))).toHaveLength(1);
    expect(sessions.filter((session) => /astrolabe/i.test(text(session)))).toHaveLength(1);
  });
});
