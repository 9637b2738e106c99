import { describe, expect, it } from 'vitest';
import { createCharacterStore } from './characters';
import { openDatabase } from './connection';
import { snapshotWith } from '../testing/character-snapshot';
import { createSessionStore } from './sessions';
import { registerUsers } from './users';
import { createVersionStore } from './versions';

const snapshot = (backstory: string, name = 'Odile') => snapshotWith({ character_name: name, backstory });

describe('thinning a history', () => {
  it('keeps the last version of each old day, and every named, first, newest, session-held and restored one', () => {
    const { db } = openDatabase(':memory:');
    const userId = registerUsers(db, ['versions-store-key']).get('versions-store-key')!.id;
    const characterId = createCharacterStore(db).create({ userId, name: 'Odile', voiceType: 'FEMALE', backstory: 'v1' });
    const versions = createVersionStore(db);
    // Versions 1–9 on three old days (three a day), 10–11 recent.
    const days = [
      '2026-01-05',
      '2026-01-05',
      '2026-01-05',
      '2026-01-06',
      '2026-01-06',
      '2026-01-06',
      '2026-01-07',
      '2026-01-07',
      '2026-01-07',
    ];
    for (let number = 1; number <= 11; number += 1) {
      // The name changes at version 5 only: what changed must be said again once 5 is thinned.
      versions.record(
        characterId,
        userId,
        number === 1 ? 'create' : 'dashboard',
        snapshot(`v${number}`, number >= 5 ? 'Odile B.' : 'Odile'),
        number === 9 ? 4 : null,
      );
      const day = days[number - 1];
      if (day)
        db.prepare('UPDATE character_versions SET created_at = ? WHERE character_id = ? AND number = ?').run(
          `${day} 10:0${number}:00.000000`,
          characterId,
          number,
        );
    }
    versions.setName(characterId, 2, 'shipped in build 0.4');
    createSessionStore(db).start(characterId, userId, { characterVersion: 7 });

    const removed = versions.thin('2026-02-01 00:00:00');
    // Kept: 1 (first), 2 (named), 3 (last of Jan 5), 4 (restored by 9), 6 (last of Jan 6), 7 (a session), 9 (last of Jan 7), 10, 11.
    expect(removed).toBe(2);
    expect(versions.list(characterId).map((version) => version.number)).toEqual([11, 10, 9, 7, 6, 4, 3, 2, 1]);
    // 6 followed 5, which went: against 4 now, its name changed too.
    expect(JSON.parse(versions.get(characterId, 6)!.changed)).toEqual(['character_name', 'backstory']);
    expect(JSON.parse(versions.get(characterId, 10)!.changed)).toEqual(['backstory']);
    // Thinning again takes nothing more.
    expect(versions.thin('2026-02-01 00:00:00')).toBe(0);
  });
});
