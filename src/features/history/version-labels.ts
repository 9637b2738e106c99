import type { VersionSource, VersionSummary } from '@contract/schemas/versions';

/** A snapshot's fields in the order the editor shows them, with the words the editor uses for them. */
export const fieldLabels = {
  character_name: 'Name',
  voice_type: 'Voice',
  backstory: 'Backstory',
  character_actions: 'Actions',
  language_codes: 'Languages',
  model_group_name: 'Model',
  temperature: 'Temperature',
  reasoning_effort: 'Reasoning effort',
  memory_enabled: 'Long-term memory',
  docs: 'Knowledge',
  is_narrative_driven: 'Narrative-driven',
  start_narrative_section_id: 'Start section',
  narrative: 'Narrative',
} as const;

export type SnapshotField = keyof typeof fieldLabels;

const fieldOrder = Object.keys(fieldLabels);

/** A field the server names that this dashboard does not know yet still reads as words. */
export const fieldLabel = (field: string): string =>
  field in fieldLabels ? fieldLabels[field as SnapshotField] : field.replaceAll('_', ' ').replace(/^./, (first) => first.toUpperCase());

/** "Backstory, Name": the changed fields as the editor calls them, in the editor's order. */
export function changedFieldsText(changed: readonly string[]): string {
  const rank = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length);
  return [...new Set(changed)]
    .sort((a, b) => rank(a) - rank(b))
    .map(fieldLabel)
    .join(', ');
}

const sourceLabels: Record<VersionSource, string> = {
  create: 'Created',
  dashboard: 'Saved in the dashboard',
  api: 'Changed through the API',
  generator: 'Generated backstory applied',
  clone: 'Cloned',
  // Versions recorded before restores named theirs.
  restore: 'Restored an earlier version',
  import: 'Imported',
  found: 'As found on Convai',
};

/** Where a version came from, in words: a restore names the version it brought back; a later "found" one was changed outside the dashboard. */
export function sourceLabel(version: Pick<VersionSummary, 'source' | 'restored_from' | 'number'>): string {
  if (version.source === 'restore' && typeof version.restored_from === 'number') return `Restored version ${version.restored_from}`;
  if (version.source === 'found' && version.number > 1) return 'Changed on Convai outside this dashboard';
  return version.source in sourceLabels ? sourceLabels[version.source as VersionSource] : `Changed (${version.source})`;
}

/** Versions that begin a history: every field is "changed", so the list of fields says nothing. */
export const beginsHistory = (source: string) => source === 'create' || source === 'clone' || source === 'import' || source === 'found';

/** What a restore did, in a sentence: the new version, or that nothing changed; and what could not come back. */
export function restoredMessage(
  number: number,
  newestBefore: number,
  restored: { version: VersionSummary; notRestored: string[] },
): string {
  // The server records a version only when something changed.
  const done =
    restored.version.number > newestBefore
      ? `Version ${number} restored, as version ${restored.version.number}.`
      : `The character was already as version ${number} left it: nothing changed.`;
  return restored.notRestored.length > 0 ? `${done} Not brought back: ${restored.notRestored.join('; ')}.` : done;
}
