import type { VersionSource } from '../../contract/schemas/versions';
import type { CharacterStore } from '../db/characters';
import type { VersionStore } from '../db/versions';
import { characterSnapshot, type SnapshotStores } from './character-snapshot';

/** Records a version of a character after a change (nothing when the change changed nothing). */
export type ChangeRecorder = (characterId: string, source: VersionSource, restoredFrom?: number) => void;

export function changeRecorder(characterStore: CharacterStore, versionStore: VersionStore, stores: SnapshotStores): ChangeRecorder {
  return (characterId, source, restoredFrom) => {
    const row = characterStore.byId(characterId);
    if (row) versionStore.record(row.id, row.user_id, source, characterSnapshot(row, stores), restoredFrom ?? null);
  };
}
