import type { CharacterSnapshot } from '@contract/schemas/versions';
import { sectionLabel } from '@/lib/section-name';
import { fieldLabels, type SnapshotField } from './version-labels';

/** A value that was one thing and is now another ("0.7 → 0.2"). */
export type ValueDiff = { kind: 'value'; label: string; before: string; after: string };
/** A list whose items were added or removed (actions, languages, documents, decisions). */
export type ItemsDiff = { kind: 'items'; label: string; added: string[]; removed: string[] };
/** A section or trigger, by id, shown by its name. */
export type NamedItem = { id: string; name: string };
export type ChangedItem = NamedItem & { details: Array<ValueDiff | ItemsDiff> };
export type ItemChanges = { added: NamedItem[]; removed: NamedItem[]; changed: ChangedItem[] };

/** A text compared word by word (the backstory). */
export type TextDiff = { kind: 'text'; label: string; before: string; after: string };
export type NarrativeDiff = { kind: 'narrative'; label: string; sections: ItemChanges; triggers: ItemChanges };

/** One field that differs between two versions. */
export type Difference = { field: SnapshotField } & (ValueDiff | ItemsDiff | TextDiff | NarrativeDiff);

/** Names for values the snapshot holds as ids: from the voice and language lists, when they have loaded. */
export type Lookups = {
  voiceName?: (value: string) => string | undefined;
  languageName?: (code: string) => string | undefined;
};

type Section = CharacterSnapshot['narrative']['sections'][number];
type Trigger = CharacterSnapshot['narrative']['triggers'][number];

const onOff = (value: boolean) => (value ? 'on' : 'off');
const orDefault = (value: string | number | null, fallback: string) => (value === null || value === '' ? fallback : String(value));

/**
 * The added and removed items of two lists (each item once); null when they hold the same items
 * (in the same order, when the order means something).
 */
function listDiff(
  label: string,
  before: readonly string[],
  after: readonly string[],
  show: (item: string) => string = String,
  ordered = true,
) {
  if (before.length === after.length && before.every((item, index) => item === after[index])) return null;
  const was = new Set(before);
  const now = new Set(after);
  const added = [...now].filter((item) => !was.has(item)).map(show);
  const removed = [...was].filter((item) => !now.has(item)).map(show);
  if (added.length > 0 || removed.length > 0) return { kind: 'items', label, added, removed } satisfies ItemsDiff;
  if (!ordered) return null;
  // The same items in another order (for languages, the first is the primary one).
  return {
    kind: 'value',
    label: `${label} (order)`,
    before: before.map(show).join(', '),
    after: after.map(show).join(', '),
  } satisfies ValueDiff;
}

function valueDiff(label: string, before: string, after: string): ValueDiff | null {
  return before === after ? null : { kind: 'value', label, before, after };
}

/** Sections or triggers added, removed and changed, matched by id. */
function itemChanges<T>(
  before: readonly T[],
  after: readonly T[],
  idOf: (item: T) => string,
  nameOf: (item: T) => string,
  detailsOf: (was: T, now: T) => Array<ValueDiff | ItemsDiff | null>,
): ItemChanges {
  const was = new Map(before.map((item) => [idOf(item), item]));
  const now = new Map(after.map((item) => [idOf(item), item]));
  const named = (item: T): NamedItem => ({ id: idOf(item), name: nameOf(item) });
  const changed: ChangedItem[] = [];
  for (const item of after) {
    const old = was.get(idOf(item));
    if (!old) continue;
    const details = detailsOf(old, item).filter((detail) => detail !== null);
    if (details.length > 0) changed.push({ ...named(item), details });
  }
  return {
    added: after.filter((item) => !was.has(idOf(item))).map(named),
    removed: before.filter((item) => !now.has(idOf(item))).map(named),
    changed,
  };
}

const isEmpty = (changes: ItemChanges) => changes.added.length + changes.removed.length + changes.changed.length === 0;

/** What one snapshot's narrative calls a section: its name, or that it is gone. */
const sectionNamer = (snapshot: CharacterSnapshot) => {
  const names = new Map(snapshot.narrative.sections.map((section) => [section.section_id, sectionLabel(section.section_name)]));
  return (id: string | null, none: string) => (id === null || id === '' ? none : (names.get(id) ?? 'a section since deleted'));
};

function narrativeDiff(before: CharacterSnapshot, after: CharacterSnapshot) {
  const wasSection = sectionNamer(before);
  const nowSection = sectionNamer(after);
  // A decision is its criteria and where it leads (by id: a section renamed does not change the decisions leading to it).
  const decisionKey = (decision: Section['decisions'][number]) => `${decision.next_section_id}\u0000${decision.criteria}`;
  const decisionsDiff = (was: Section, now: Section): ItemsDiff | null => {
    const wasKeys = new Map(was.decisions.map((decision) => [decisionKey(decision), decision]));
    const nowKeys = new Map(now.decisions.map((decision) => [decisionKey(decision), decision]));
    const shown = (decision: Section['decisions'][number], name: typeof wasSection) =>
      `“${decision.criteria}” → ${name(decision.next_section_id, 'nowhere')}`;
    const added = [...nowKeys].filter(([key]) => !wasKeys.has(key)).map(([, decision]) => shown(decision, nowSection));
    const removed = [...wasKeys].filter(([key]) => !nowKeys.has(key)).map(([, decision]) => shown(decision, wasSection));
    return added.length + removed.length === 0 ? null : { kind: 'items', label: 'Decisions', added, removed };
  };
  const sections = itemChanges<Section>(
    before.narrative.sections,
    after.narrative.sections,
    (section) => section.section_id,
    (section) => sectionLabel(section.section_name),
    (was, now) => [
      valueDiff('Name', sectionLabel(was.section_name), sectionLabel(now.section_name)),
      valueDiff('Objective', was.objective, now.objective),
      decisionsDiff(was, now),
    ],
  );
  const triggers = itemChanges<Trigger>(
    before.narrative.triggers,
    after.narrative.triggers,
    (trigger) => trigger.trigger_id,
    (trigger) => trigger.trigger_name,
    (was, now) => [
      valueDiff('Name', was.trigger_name, now.trigger_name),
      valueDiff('Message', was.trigger_message, now.trigger_message),
      (was.destination_section ?? '') === (now.destination_section ?? '')
        ? null
        : valueDiff('Moves to', wasSection(was.destination_section, 'no section'), nowSection(now.destination_section, 'no section')),
    ],
  );
  return isEmpty(sections) && isEmpty(triggers) ? null : { kind: 'narrative' as const, label: fieldLabels.narrative, sections, triggers };
}

/**
 * Everything that differs between two versions of a character, field by field in the editor's
 * order: the backstory as text (to be diffed word by word), lists as items added and removed,
 * settings as "was → now", the narrative's sections and triggers by id.
 */
export function diffSnapshots(before: CharacterSnapshot, after: CharacterSnapshot, lookups: Lookups = {}): Difference[] {
  const voice = (value: string) => lookups.voiceName?.(value) ?? value;
  const language = (code: string) => {
    const name = lookups.languageName?.(code);
    return name ? `${name} (${code})` : code;
  };
  const docName = (snapshots: CharacterSnapshot[]) => {
    const names = new Map(snapshots.flatMap((snapshot) => snapshot.docs.map((doc) => [doc.id, doc.file_name] as const)));
    return (id: string) => names.get(id) ?? id;
  };
  const label = fieldLabels;
  const differences: Array<Difference | null> = [
    withField('character_name', valueDiff(label.character_name, before.character_name, after.character_name)),
    withField('voice_type', valueDiff(label.voice_type, voice(before.voice_type), voice(after.voice_type))),
    before.backstory === after.backstory
      ? null
      : withField('backstory', { kind: 'text', label: label.backstory, before: before.backstory, after: after.backstory }),
    withField('character_actions', listDiff(label.character_actions, before.character_actions, after.character_actions)),
    withField('language_codes', listDiff(label.language_codes, before.language_codes, after.language_codes, language)),
    withField(
      'model_group_name',
      valueDiff(
        label.model_group_name,
        orDefault(before.model_group_name, 'the service’s default'),
        orDefault(after.model_group_name, 'the service’s default'),
      ),
    ),
    withField(
      'temperature',
      valueDiff(label.temperature, orDefault(before.temperature, 'the default'), orDefault(after.temperature, 'the default')),
    ),
    withField(
      'reasoning_effort',
      valueDiff(
        label.reasoning_effort,
        orDefault(before.reasoning_effort, 'the model’s default'),
        orDefault(after.reasoning_effort, 'the model’s default'),
      ),
    ),
    withField('memory_enabled', valueDiff(label.memory_enabled, onOff(before.memory_enabled), onOff(after.memory_enabled))),
    withField(
      'docs',
      listDiff(
        label.docs,
        before.docs.map((doc) => doc.id),
        after.docs.map((doc) => doc.id),
        docName([before, after]),
        false,
      ),
    ),
    withField(
      'is_narrative_driven',
      valueDiff(label.is_narrative_driven, onOff(before.is_narrative_driven), onOff(after.is_narrative_driven)),
    ),
    // By id: a start section renamed is a change of the narrative, not of the start.
    (before.start_narrative_section_id ?? '') === (after.start_narrative_section_id ?? '')
      ? null
      : withField('start_narrative_section_id', {
          kind: 'value',
          label: label.start_narrative_section_id,
          before: sectionNamer(before)(before.start_narrative_section_id, 'not set'),
          after: sectionNamer(after)(after.start_narrative_section_id, 'not set'),
        }),
    withField('narrative', narrativeDiff(before, after)),
  ];
  return differences.filter((difference) => difference !== null);
}

function withField(field: SnapshotField, difference: ValueDiff | ItemsDiff | TextDiff | NarrativeDiff | null): Difference | null {
  return difference === null ? null : { field, ...difference };
}
