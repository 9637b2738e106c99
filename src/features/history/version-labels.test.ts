import { describe, expect, it } from 'vitest';
import { versionSources, type VersionSummary } from '@contract/schemas/versions';
import { changedFieldsText, fieldLabel, restoredMessage, sourceLabel } from './version-labels';

const version = (number: number): VersionSummary => ({
  number,
  created_at: '2026-12-02 04:20:11.123456',
  source: 'restore',
  name: null,
  changed: [],
});

describe('version labels', () => {
  it('says every source the contract knows in words, and one it does not yet know too', () => {
    const label = (source: string, number = 2, restored_from: number | null = null) => sourceLabel({ source, number, restored_from });
    for (const source of versionSources) expect(label(source)).not.toMatch(/[_(]/);
    expect(label('dashboard')).toBe('Saved in the dashboard');
    expect(label('webhook')).toBe('Changed (webhook)');
  });

  it('names the version a restore brought back, and tells a character first found on Convai from one changed there later', () => {
    expect(sourceLabel({ source: 'restore', number: 4, restored_from: 1 })).toBe('Restored version 1');
    // Recorded before restores named their version.
    expect(sourceLabel({ source: 'restore', number: 4 })).toBe('Restored an earlier version');
    expect(sourceLabel({ source: 'found', number: 1 })).toBe('As found on Convai');
    expect(sourceLabel({ source: 'found', number: 5 })).toBe('Changed on Convai outside this dashboard');
  });

  it('names the changed fields as the editor does, in its order, each once', () => {
    expect(changedFieldsText(['backstory', 'character_name', 'backstory'])).toBe('Name, Backstory');
    expect(changedFieldsText(['narrative', 'memory_enabled', 'docs'])).toBe('Long-term memory, Knowledge, Narrative');
    expect(fieldLabel('voice_pitch')).toBe('Voice pitch');
  });

  it('says what a restore did: the new version, or nothing when nothing changed, and what could not come back', () => {
    expect(restoredMessage(1, 3, { version: version(4), notRestored: [] })).toBe('Version 1 restored, as version 4.');
    expect(restoredMessage(1, 4, { version: version(4), notRestored: [] })).toBe(
      'The character was already as version 1 left it: nothing changed.',
    );
    expect(restoredMessage(2, 4, { version: version(5), notRestored: ["the document 'menu.pdf', deleted since"] })).toBe(
      "Version 2 restored, as version 5. Not brought back: the document 'menu.pdf', deleted since.",
    );
  });
});
