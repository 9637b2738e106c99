/**
 * Between a character card and a Convai character. See README.md beside this file for the rules:
 * how the backstory is made of the card's parts and split back into them, the macros, the
 * lorebook document, and `data.extensions.convai`.
 */
import { createHash } from 'node:crypto';
import { isPlainObject } from '../../contract/check';
import { limits } from '../../contract/limits';
import { characterSnapshotSchema, type CharacterSnapshot } from '../../contract/schemas/versions';
import type { CardData, CardV3 } from './card-types';
import { withoutDecorators } from './write-card';

/** The key of `data.extensions` under which an exported card carries what only a Convai character has. */
export const CONVAI_EXTENSION = 'convai';
/** The version of what is under that key, for whoever reads it later. */
const CONVAI_EXTENSION_VERSION = 1;

/** The card's parts that make the backstory, in this order, each under its heading. */
const backstoryParts = [
  { field: 'description', heading: 'Description' },
  { field: 'personality', heading: 'Personality' },
  { field: 'scenario', heading: 'Scenario' },
  { field: 'mes_example', heading: 'Example dialogue' },
] as const;
type PartField = (typeof backstoryParts)[number]['field'];
type Parts = Record<PartField, string>;

/** A heading: the part's name and a colon, alone on its line (any case, spaces after allowed). */
const headingLine = new RegExp(`^(${backstoryParts.map((part) => part.heading).join('|')}):[ \\t]*$`, 'i');

/** The Convai fields an exported card carries, beside the name and backstory (which the card's own fields hold). */
const settingFields = [
  'voice_type',
  'language_codes',
  'character_actions',
  'model_group_name',
  'temperature',
  'reasoning_effort',
  'memory_enabled',
  'is_narrative_driven',
  'start_narrative_section_id',
  'narrative',
] as const;
type SettingField = (typeof settingFields)[number];
export type CharacterSettings = { [Field in SettingField]?: CharacterSnapshot[Field] };

/** What a card shows a designer but a Convai character has no field for: kept in the card, shown beside the character. */
export type CardShown = {
  /** `first_mes`, then the alternate greetings (empty ones left out), as the card wrote them. */
  greetings: string[];
  groupGreetings: string[];
  tags: string[];
  creatorNotes: string;
  creatorNotesByLanguage: Record<string, string>;
  creator: string;
  characterVersion: string;
  nickname: string | null;
  systemPrompt: string;
  postHistoryInstructions: string;
};

export type LorebookDocument = { fileName: string; text: string; entries: number };

export type CharacterFromCard = {
  character_name: string;
  backstory: string;
  /** What a card exported here carried under `data.extensions.convai`; empty for other cards. */
  settings: CharacterSettings;
  /** The knowledge documents the exported character had, by name (documents themselves are not in a card). */
  knowledgeDocumentNames: string[];
  shown: CardShown;
  /** The card's lorebook as a plain-text document for the knowledge bank, or null when it has none. */
  lorebook: LorebookDocument | null;
  warnings: string[];
};

/**
 * The voice a card carries none of, from its words: a female voice where the character is "she"
 * more often than "he", a male one the other way round, and the default (male) with a plain word
 * when the words do not tell. A designer picks the real one in the editor.
 */
export function voiceFromCard(card: CardV3): { voice: 'FEMALE' | 'MALE'; warning: string } {
  const { data } = card;
  const text = [data.description, data.personality, data.scenario, data.first_mes].join('\n').toLowerCase();
  const she = text.match(/\b(?:she|her|hers|herself)\b/g)?.length ?? 0;
  const he = text.match(/\b(?:he|him|his|himself)\b/g)?.length ?? 0;
  if (she > he)
    return {
      voice: 'FEMALE',
      warning:
        'The card names no voice: a female voice was chosen, as the card says “she”. Choose another in the editor if it does not fit.',
    };
  if (he > she)
    return {
      voice: 'MALE',
      warning: 'The card names no voice: a male voice was chosen, as the card says “he”. Choose another in the editor if it does not fit.',
    };
  return { voice: 'MALE', warning: 'The card names no voice: the default male voice was chosen. Choose one in the editor.' };
}

/** A card as the fields of a Convai character, with what has no place there to show, and warnings. */
export function cardToCharacter(card: CardV3): CharacterFromCard {
  const { data } = card;
  const warnings: string[] = [];
  let name = data.name.trim() || data.nickname?.trim() || '';
  if (!name) {
    name = 'Unnamed character';
    warnings.push(`The card has no name: the character is called '${name}'.`);
  }
  if (name.length > limits.nameMax) {
    warnings.push(`The card's name is ${name.length} characters long: it was cut to ${limits.nameMax}.`);
    name = name.slice(0, limits.nameMax).trimEnd();
  }

  const extension = isPlainObject(data.extensions[CONVAI_EXTENSION]) ? data.extensions[CONVAI_EXTENSION] : null;
  const built = backstoryFromCard(card);
  let backstory = built.text;
  const stored = extension?.backstory;
  if (typeof stored === 'string' && typeof extension?.parts_digest === 'string') {
    // Exported here: its backstory comes back as the designer left it, unless another tool has
    // since changed the parts it was split into.
    if (extension.parts_digest === partsDigest(partsOf(data)) && stored.length <= limits.backstoryMax) {
      backstory = stored;
    } else {
      warnings.push(
        'The card was changed elsewhere after it was exported from here: its backstory was rebuilt from its description, personality, scenario and example dialogue.',
      );
    }
  }
  if (backstory === built.text && built.cutFrom !== null) {
    warnings.push(
      `The backstory was cut to ${limits.backstoryMax.toLocaleString('en')} characters (the card's parts come to ${built.fullLength.toLocaleString('en')}): the end of its ${built.cutFrom} is missing.`,
    );
  }
  const macro = /\{\{[^{}]*\}\}/.exec(backstory);
  if (macro)
    warnings.push(`The backstory keeps macros a Convai character does not replace, such as ${macro[0]}: edit them into plain text.`);
  if (data.system_prompt.trim() || data.post_history_instructions.trim()) {
    warnings.push("The card's system prompt and post-history instructions have no place in a Convai character: they stay in the card.");
  }

  const settings: CharacterSettings = {};
  for (const field of settingFields) {
    if (!extension || !(field in extension)) continue;
    const checked = characterSnapshotSchema.shape[field].safeParse(extension[field]);
    if (checked.success) Object.assign(settings, { [field]: checked.data });
    else warnings.push(`The card's Convai setting '${field}' cannot be read and was left out.`);
  }
  const documentNames = extension?.knowledge_documents;
  const lorebook = lorebookDocument(card);
  if (lorebook && lorebook.skipped > 0) {
    warnings.push(
      `${lorebook.skipped} lorebook ${lorebook.skipped === 1 ? 'entry is' : 'entries are'} switched off or empty: left out of the lorebook document.`,
    );
  }

  return {
    character_name: name,
    backstory,
    settings,
    knowledgeDocumentNames: Array.isArray(documentNames) ? documentNames.filter((item) => typeof item === 'string') : [],
    shown: {
      greetings: [data.first_mes, ...data.alternate_greetings].filter((greeting) => greeting.trim()),
      groupGreetings: data.group_only_greetings.filter((greeting) => greeting.trim()),
      tags: data.tags,
      creatorNotes: data.creator_notes,
      creatorNotesByLanguage: data.creator_notes_multilingual ?? {},
      creator: data.creator,
      characterVersion: data.character_version,
      nickname: data.nickname ?? null,
      systemPrompt: data.system_prompt,
      postHistoryInstructions: data.post_history_instructions,
    },
    lorebook: lorebook && lorebook.entries > 0 ? { fileName: lorebook.fileName, text: lorebook.text, entries: lorebook.entries } : null,
    warnings,
  };
}

/**
 * The backstory a card makes: its description, personality, scenario and example dialogue, each
 * under its heading ("Description:" alone on a line, then the text), empty parts left out, macros
 * replaced; cut at the backstory's limit (`cutFrom` names the part that lost its end).
 */
export function backstoryFromCard(card: CardV3): { text: string; fullLength: number; cutFrom: string | null } {
  const parts = renderedParts(card);
  const blocks = backstoryParts.filter((part) => parts[part.field]).map((part) => `${part.heading}:\n${parts[part.field]}`);
  const full = blocks.join('\n\n');
  if (full.length <= limits.backstoryMax) return { text: full, fullLength: full.length, cutFrom: null };
  const text = full.slice(0, limits.backstoryMax).trimEnd();
  let at = 0;
  let cutFrom: string = backstoryParts[0].heading;
  for (const block of blocks) {
    if (at > text.length) break;
    cutFrom = block.slice(0, block.indexOf(':'));
    at += block.length + 2;
  }
  return { text, fullLength: full.length, cutFrom: cutFrom.toLowerCase() };
}

/** The four parts as the backstory shows them: macros replaced, trimmed. */
function renderedParts(card: CardV3): Parts {
  const name = card.data.nickname?.trim() || card.data.name.trim() || 'the character';
  const parts = partsOf(card.data);
  return Object.fromEntries(backstoryParts.map(({ field }) => [field, replaceMacros(parts[field], name).trim()])) as Parts;
}

const partsOf = (data: Pick<CardData, PartField>): Parts =>
  Object.fromEntries(backstoryParts.map(({ field }) => [field, data[field]])) as Parts;

/** A fingerprint of the four parts, kept with an exported card's backstory to tell whether another tool changed them since. */
const partsDigest = (parts: Parts) =>
  createHash('sha256')
    .update(JSON.stringify(backstoryParts.map(({ field }) => parts[field])))
    .digest('base64url');

/** What the player is called where a card says {{user}}: a Convai character has no name for the person it talks to. */
const PLAYER = 'the player';

/**
 * A card's text with its name macros replaced, as a Convai character has no macros: `{{char}}`,
 * `<char>` and `<bot>` become the character's name, `{{user}}` and `<user>` "the player" ("The
 * player" where a sentence or a line begins). Other macros are left as written.
 */
export function replaceMacros(text: string, characterName: string): string {
  return text
    .replace(/\{\{\s*char\s*\}\}|<char>|<bot>/gi, () => characterName)
    .replace(/\{\{\s*user\s*\}\}|<user>/gi, (_match, offset: number, whole: string) => {
      // A short look back, so that a text full of macros is not read again from its start for each.
      const before = whole.slice(Math.max(0, offset - 8), offset);
      const beginsSentence = offset <= 8 ? /(?:^|[.!?]\s+|\n)\s*$/.test(before) : /(?:[.!?]\s+|\n)\s*$/.test(before);
      return beginsSentence ? 'The player' : PLAYER;
    });
}

/**
 * The card's four parts from a backstory the designer may have edited, with `original` (the card
 * it was imported from, or null) for what the backstory does not hold:
 * - unchanged since import: the original's parts, exactly (macros and spacing included);
 * - with headings: each part under its heading; a part whose text is as imported keeps the
 *   original's; a part whose heading is gone keeps the original's; a heading with nothing under it
 *   empties its part;
 * - without headings (rewritten), or with headings out of order or twice: all of it is the
 *   description, and the other parts stay as the original had them.
 */
export function partsFromBackstory(backstory: string, original: CardV3 | null): { parts: Parts; warning: string | null } {
  const originalParts = original ? partsOf(original.data) : { description: '', personality: '', scenario: '', mes_example: '' };
  if (original && backstory === backstoryFromCard(original).text) return { parts: originalParts, warning: null };
  const split = splitBackstory(backstory);
  if (split === 'plain') return { parts: { ...originalParts, description: backstory.trim() }, warning: null };
  if (split === 'ambiguous') {
    return {
      parts: { ...originalParts, description: backstory.trim() },
      warning:
        "The backstory's headings (Description:, Personality:, Scenario:, Example dialogue:) are out of order or repeated: all of it went into the card's description.",
    };
  }
  const shown = original ? renderedParts(original) : originalParts;
  const parts = { ...originalParts };
  for (const { field } of backstoryParts) {
    const text = split[field];
    if (text !== undefined && text !== shown[field]) parts[field] = text;
  }
  return { parts, warning: null };
}

/** The parts under their headings, or 'plain' (no heading) or 'ambiguous' (text before the first, or headings out of order or twice). */
function splitBackstory(backstory: string): Partial<Parts> | 'plain' | 'ambiguous' {
  const lines = backstory.replace(/\r\n?/g, '\n').split('\n');
  const headings: { line: number; order: number }[] = [];
  lines.forEach((line, index) => {
    const match = headingLine.exec(line);
    if (match)
      headings.push({ line: index, order: backstoryParts.findIndex((part) => part.heading.toLowerCase() === match[1].toLowerCase()) });
  });
  if (headings.length === 0) return 'plain';
  if (lines.slice(0, headings[0].line).join('').trim()) return 'ambiguous';
  if (headings.some((heading, index) => index > 0 && heading.order <= headings[index - 1].order)) return 'ambiguous';
  return Object.fromEntries(
    headings.map((heading, index) => [
      backstoryParts[heading.order].field,
      lines
        .slice(heading.line + 1, headings[index + 1]?.line ?? lines.length)
        .join('\n')
        .trim(),
    ]),
  );
}

export type CharacterToCardOptions = {
  /** The card the character was imported from: export starts from it, so that nothing it holds is lost. */
  original?: CardV3 | null;
  /** The time of the export (tests fix it). */
  now?: Date;
};

/**
 * A card of a character (a version snapshot's shape). Starts from the original card when there is
 * one, and sets from the character: the name; the description, personality, scenario and example
 * dialogue (see partsFromBackstory); `data.extensions.convai` (what only a Convai character has:
 * voice, languages, actions, model and settings, narrative graph, knowledge document names, and
 * the backstory as written); the creation date if missing and the modification date. Where a
 * mapped field changes, its top-level copy (some tools keep the V1 fields beside `data`) follows.
 */
export function characterToCard(character: CharacterSnapshot, options: CharacterToCardOptions = {}): { card: CardV3; warnings: string[] } {
  const original = options.original ?? null;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const { parts, warning } = partsFromBackstory(character.backstory, original);
  const base = original?.data ?? emptyCardData();
  const convai: Record<string, unknown> = {
    version: CONVAI_EXTENSION_VERSION,
    backstory: character.backstory,
    parts_digest: partsDigest(parts),
  };
  for (const field of settingFields) convai[field] = character[field];
  convai.knowledge_documents = character.docs.map((document) => document.file_name);
  const data: CardData = {
    ...base,
    name: character.character_name,
    ...parts,
    extensions: { ...base.extensions, [CONVAI_EXTENSION]: convai },
    creation_date: base.creation_date ?? now,
    modification_date: now,
  };
  const card: CardV3 = { ...(original ?? {}), spec: 'chara_card_v3', spec_version: original?.spec_version ?? '3.0', data };
  for (const field of ['name', ...backstoryParts.map((part) => part.field)] as const) {
    if (typeof card[field] === 'string' && data[field] !== base[field]) card[field] = data[field];
  }
  return { card, warnings: warning ? [warning] : [] };
}

function emptyCardData(): CardData {
  return {
    name: '',
    description: '',
    personality: '',
    scenario: '',
    first_mes: '',
    mes_example: '',
    creator_notes: '',
    system_prompt: '',
    post_history_instructions: '',
    alternate_greetings: [],
    tags: [],
    creator: '',
    character_version: '',
    extensions: {},
    group_only_greetings: [],
  };
}

/**
 * The card's lorebook as a plain-text document for the knowledge bank: a title, then each entry
 * switched on and not empty, in the card's order: its name (or comment) if it has one, its keys
 * on a line "Keys: …", and its text without decorators, macros replaced; a blank line between
 * entries. Null when the card has no lorebook.
 */
export function lorebookDocument(card: CardV3): (LorebookDocument & { skipped: number }) | null {
  const book = card.data.character_book;
  if (!book) return null;
  const name = card.data.nickname?.trim() || card.data.name.trim() || 'the character';
  const entries = withoutDecorators(book).entries.filter((entry) => entry.enabled && entry.content.trim());
  const title = `Lorebook of ${name}${book.name?.trim() ? `: ${book.name.trim()}` : ''}`;
  const blocks = [book.description?.trim() ? `${title}\n${replaceMacros(book.description.trim(), name)}` : title];
  for (const entry of entries) {
    const keys = entry.keys.map((key) => key.trim()).filter(Boolean);
    const heading = entry.name?.trim() || entry.comment?.trim();
    const lines = [heading, keys.length > 0 ? `Keys: ${keys.join(', ')}` : '', replaceMacros(entry.content.trim(), name)];
    blocks.push(lines.filter(Boolean).join('\n'));
  }
  const fileName = `${
    name
      .replace(/[<>:"/\\|?*\p{Cc}]+/gu, ' ')
      .slice(0, 80)
      .trim() || 'Character'
  } lorebook.txt`;
  return { fileName, text: `${blocks.join('\n\n')}\n`, entries: entries.length, skipped: book.entries.length - entries.length };
}
