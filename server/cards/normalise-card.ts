import { isPlainObject } from '../../contract/check';
import type { CardAsset, CardData, CardSpec, CardV3, Lorebook, LorebookEntry } from './card-types';

export type NormalisedCard = { ok: true; card: CardV3; spec: CardSpec; warnings: string[] } | { ok: false; error: string };

/** The fields V3 added to a card's `data`; V2 has no place for them. */
export const v3OnlyFields: ReadonlySet<string> = new Set([
  'assets',
  'nickname',
  'creator_notes_multilingual',
  'source',
  'group_only_greetings',
  'creation_date',
  'modification_date',
]);

/** The fields of a card's `data` that V2 and V3 name; anything else is kept as it came. */
const dataFields = new Set([
  'name',
  'description',
  'personality',
  'scenario',
  'first_mes',
  'mes_example',
  'creator_notes',
  'system_prompt',
  'post_history_instructions',
  'alternate_greetings',
  'character_book',
  'tags',
  'creator',
  'character_version',
  'extensions',
  ...v3OnlyFields,
]);
const v1Fields = ['name', 'description', 'personality', 'scenario', 'first_mes', 'mes_example'];

/** The newest spec this reader knows; a newer card is read all the same, with a warning. */
const KNOWN_V3_VERSION = 3.0;

/**
 * Any card's JSON (V1, V2 or V3) in V3's shape. Known fields of an unexpected kind are converted
 * when that is obvious (a number where text belongs) and left out otherwise, each with a warning;
 * unknown fields, at the top and in `data`, lorebooks, entries and assets, are kept untouched.
 * Normalising a normalised card changes nothing.
 */
export function normaliseCard(json: unknown): NormalisedCard {
  if (!isPlainObject(json)) return { ok: false, error: 'This JSON is not a character card: it is not an object with fields.' };
  const notes = new Notes();
  const { spec } = json;
  let kind: CardSpec;
  let source: Record<string, unknown>;
  let rest: [string, unknown][];
  if (spec === undefined) {
    if (v1Fields.some((field) => field in json)) {
      // V1 keeps its fields at the top; V2's and V3's, met there too, are read as theirs.
      kind = 'v1';
      source = Object.fromEntries(Object.entries(json).filter(([key]) => dataFields.has(key)));
      rest = Object.entries(json).filter(([key]) => !dataFields.has(key));
    } else if (isPlainObject(json.data) && 'name' in json.data) {
      kind = 'v2';
      notes.add("The card does not say which spec it follows; it was read as V2 because it has a 'data' section.");
      source = json.data;
      rest = Object.entries(json).filter(([key]) => key !== 'data' && key !== 'spec_version');
    } else {
      return { ok: false, error: 'This JSON is not a character card: it has no name and no spec.' };
    }
  } else if (spec === 'chara_card_v2' || spec === 'chara_card_v3') {
    kind = spec === 'chara_card_v2' ? 'v2' : 'v3';
    if (!isPlainObject(json.data)) return { ok: false, error: `This ${kind.toUpperCase()} card has no 'data' section.` };
    source = json.data;
    rest = Object.entries(json).filter(([key]) => key !== 'spec' && key !== 'spec_version' && key !== 'data');
  } else {
    const shown = typeof spec === 'string' ? `'${spec}'` : String(JSON.stringify(spec));
    return { ok: false, error: `Unknown card spec ${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}.` };
  }

  const specVersion = kind === 'v3' ? versionText(json.spec_version) : '3.0';
  if (Number.parseFloat(specVersion) > KNOWN_V3_VERSION) {
    notes.add(
      `This card follows card spec ${specVersion}, newer than ${KNOWN_V3_VERSION.toFixed(1)}: what that version added is kept but not used.`,
    );
  }
  const card = Object.fromEntries([
    ['spec', 'chara_card_v3'],
    ['spec_version', specVersion],
    ['data', normaliseData(source, notes)],
    ...rest,
  ]) as CardV3;
  return { ok: true, card, spec: kind, warnings: notes.list() };
}

/** V3 asks for the text "3.0"; a number (3) is written as that text. */
function versionText(value: unknown): string {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return Number.isInteger(value) ? value.toFixed(1) : String(value);
  return '3.0';
}

function normaliseData(source: Record<string, unknown>, notes: Notes): CardData {
  const read = new Reader(notes, (field) => `The card's '${field}'`);
  const known: Record<string, unknown> = {
    name: read.text(source.name, 'name', ''),
    description: read.text(source.description, 'description', ''),
    personality: read.text(source.personality, 'personality', ''),
    scenario: read.text(source.scenario, 'scenario', ''),
    first_mes: read.text(source.first_mes, 'first_mes', ''),
    mes_example: read.text(source.mes_example, 'mes_example', ''),
    creator_notes: read.text(source.creator_notes, 'creator_notes', ''),
    system_prompt: read.text(source.system_prompt, 'system_prompt', ''),
    post_history_instructions: read.text(source.post_history_instructions, 'post_history_instructions', ''),
    alternate_greetings: read.textList(source.alternate_greetings, 'alternate_greetings', []),
    character_book: normaliseBook(source.character_book, notes),
    tags: read.textList(source.tags, 'tags', []),
    creator: read.text(source.creator, 'creator', ''),
    character_version: read.text(source.character_version, 'character_version', ''),
    extensions: read.object(source.extensions, 'extensions'),
    assets: normaliseAssets(source.assets, read),
    nickname: read.text(source.nickname, 'nickname'),
    creator_notes_multilingual: read.textRecord(source.creator_notes_multilingual, 'creator_notes_multilingual'),
    source: read.textList(source.source, 'source'),
    group_only_greetings: read.textList(source.group_only_greetings, 'group_only_greetings', []),
    creation_date: read.number(source.creation_date, 'creation_date'),
    modification_date: read.number(source.modification_date, 'modification_date'),
  };
  return Object.fromEntries([
    ...Object.entries(known).filter(([, value]) => value !== undefined),
    ...Object.entries(source).filter(([key]) => !dataFields.has(key)),
  ]) as CardData;
}

const bookFields = new Set(['name', 'description', 'scan_depth', 'token_budget', 'recursive_scanning', 'extensions', 'entries']);
const entryFields = new Set([
  'keys',
  'content',
  'extensions',
  'enabled',
  'insertion_order',
  'use_regex',
  'case_sensitive',
  'constant',
  'name',
  'priority',
  'id',
  'comment',
  'selective',
  'secondary_keys',
  'position',
]);

function normaliseBook(value: unknown, notes: Notes): Lorebook | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) {
    notes.add("The card's lorebook ('character_book') is not readable and was left out.");
    return undefined;
  }
  const read = new Reader(notes, (field) => `The lorebook's '${field}'`);
  const readEntry = new Reader(notes, (field) => `A lorebook entry's '${field}'`);
  let entries: LorebookEntry[] = [];
  if (Array.isArray(value.entries)) {
    entries = value.entries.flatMap((entry: unknown) => {
      if (isPlainObject(entry)) return [normaliseEntry(entry, readEntry)];
      notes.add('A lorebook entry is not readable and was left out.');
      return [];
    });
  } else if (value.entries !== undefined && value.entries !== null) {
    notes.add("The lorebook's 'entries' is not a list; the lorebook was read without entries.");
  }
  const known: Record<string, unknown> = {
    name: read.text(value.name, 'name'),
    description: read.text(value.description, 'description'),
    scan_depth: read.number(value.scan_depth, 'scan_depth'),
    token_budget: read.number(value.token_budget, 'token_budget'),
    recursive_scanning: read.boolean(value.recursive_scanning, 'recursive_scanning'),
    extensions: read.object(value.extensions, 'extensions'),
    entries,
  };
  return Object.fromEntries([
    ...Object.entries(known).filter(([, field]) => field !== undefined),
    ...Object.entries(value).filter(([key]) => !bookFields.has(key)),
  ]) as Lorebook;
}

function normaliseEntry(entry: Record<string, unknown>, read: Reader): LorebookEntry {
  const known: Record<string, unknown> = {
    keys: read.textList(entry.keys, 'keys', []),
    content: read.text(entry.content, 'content', ''),
    extensions: read.object(entry.extensions, 'extensions'),
    enabled: read.boolean(entry.enabled, 'enabled', true),
    insertion_order: read.number(entry.insertion_order, 'insertion_order', 0),
    use_regex: read.boolean(entry.use_regex, 'use_regex', false),
    case_sensitive: read.boolean(entry.case_sensitive, 'case_sensitive'),
    constant: read.boolean(entry.constant, 'constant'),
    name: read.text(entry.name, 'name'),
    priority: read.number(entry.priority, 'priority'),
    // V2 types an id as a number, V3's text as a string: either is kept.
    id: typeof entry.id === 'string' ? entry.id : read.number(entry.id, 'id'),
    comment: read.text(entry.comment, 'comment'),
    selective: read.boolean(entry.selective, 'selective'),
    secondary_keys: read.textList(entry.secondary_keys, 'secondary_keys'),
    position: read.text(entry.position, 'position'),
  };
  return Object.fromEntries([
    ...Object.entries(known).filter(([, field]) => field !== undefined),
    ...Object.entries(entry).filter(([key]) => !entryFields.has(key)),
  ]) as LorebookEntry;
}

const assetFields = new Set(['type', 'uri', 'name', 'ext']);

function normaliseAssets(value: unknown, read: Reader): CardAsset[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    read.notes.add("The card's 'assets' is not a list and was left out.");
    return undefined;
  }
  return (value as unknown[]).flatMap((asset): CardAsset[] => {
    if (!isPlainObject(asset) || typeof asset.uri !== 'string') {
      read.notes.add('An asset of the card has no address (uri) and was left out.');
      return [];
    }
    const known = {
      type: read.text(asset.type, 'assets.type', 'other'),
      uri: asset.uri,
      name: read.text(asset.name, 'assets.name', ''),
      ext: read.text(asset.ext, 'assets.ext', 'unknown'),
    };
    return [Object.fromEntries([...Object.entries(known), ...Object.entries(asset).filter(([key]) => !assetFields.has(key))]) as CardAsset];
  });
}

/** Warnings, each said once: the same problem in 300 lorebook entries is one line with its count. */
class Notes {
  private readonly counts = new Map<string, number>();
  add(message: string) {
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  }
  list(): string[] {
    return [...this.counts].map(([message, count]) => (count > 1 ? `${message.replace(/\.$/, '')} (${count} times).` : message));
  }
}

/** Reads known fields: a value of the right kind as it is, an obvious conversion with a warning, or the fallback. */
class Reader {
  constructor(
    readonly notes: Notes,
    private readonly label: (field: string) => string,
  ) {}

  private odd(field: string, expected: string, outcome: string) {
    this.notes.add(`${this.label(field)} is not ${expected}; ${outcome}.`);
  }

  text(value: unknown, field: string): string | undefined;
  text(value: unknown, field: string, fallback: string): string;
  text(value: unknown, field: string, fallback?: string): string | undefined {
    if (typeof value === 'string') return value;
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'number' || typeof value === 'boolean') {
      this.odd(field, 'text', 'it was read as text');
      return String(value);
    }
    this.odd(field, 'text', fallback === undefined ? 'it was left out' : 'it was left empty');
    return fallback;
  }

  textList(value: unknown, field: string): string[] | undefined;
  textList(value: unknown, field: string, fallback: string[]): string[];
  textList(value: unknown, field: string, fallback?: string[]): string[] | undefined {
    if (Array.isArray(value)) {
      if (value.every((item) => typeof item === 'string')) return value;
      this.odd(field, 'a list of texts', 'what is not text in it was left out');
      return value.flatMap((item: unknown) => (typeof item === 'string' ? [item] : typeof item === 'number' ? [String(item)] : []));
    }
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string') {
      this.odd(field, 'a list', 'its text was read as a list of one');
      return value ? [value] : [];
    }
    this.odd(field, 'a list of texts', fallback === undefined ? 'it was left out' : 'it was left empty');
    return fallback;
  }

  textRecord(value: unknown, field: string): Record<string, string> | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isPlainObject(value)) {
      this.odd(field, 'a set of texts by language', 'it was left out');
      return undefined;
    }
    const entries = Object.entries(value);
    if (entries.every(([, text]) => typeof text === 'string')) return value as Record<string, string>;
    this.odd(field, 'a set of texts by language', 'what is not text in it was left out');
    return Object.fromEntries(entries.filter(([, text]) => typeof text === 'string')) as Record<string, string>;
  }

  number(value: unknown, field: string): number | undefined;
  number(value: unknown, field: string, fallback: number): number;
  number(value: unknown, field: string, fallback?: number): number | undefined {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
      this.odd(field, 'a number', 'its text was read as one');
      return Number(value);
    }
    this.odd(field, 'a number', fallback === undefined ? 'it was left out' : `${fallback} was used`);
    return fallback;
  }

  boolean(value: unknown, field: string): boolean | undefined;
  boolean(value: unknown, field: string, fallback: boolean): boolean;
  boolean(value: unknown, field: string, fallback?: boolean): boolean | undefined {
    if (typeof value === 'boolean') return value;
    if (value === undefined || value === null) return fallback;
    if (value === 'true' || value === 'false') {
      this.odd(field, 'true or false', 'its text was read as one');
      return value === 'true';
    }
    this.odd(field, 'true or false', fallback === undefined ? 'it was left out' : `${fallback} was used`);
    return fallback;
  }

  object(value: unknown, field: string): Record<string, unknown> {
    if (isPlainObject(value)) return value;
    if (value !== undefined && value !== null) this.odd(field, 'a set of fields', 'it was left empty');
    return {};
  }
}
