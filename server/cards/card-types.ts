/**
 * Character Cards as this library hands them out: always in the shape of Character Card V3
 * (https://github.com/kwaroran/character-card-spec-v3), whatever version the file was. Every field
 * the specifications name is present with a value of its kind (the optional ones only when the
 * card had them); every field they do not name is kept, untouched, beside them, so that writing a
 * card back loses nothing.
 */

/** A lorebook entry. Optional fields are kept when the card has them. */
export type LorebookEntry = {
  keys: string[];
  content: string;
  extensions: Record<string, unknown>;
  enabled: boolean;
  insertion_order: number;
  use_regex: boolean;
  case_sensitive?: boolean;
  constant?: boolean;
  name?: string;
  priority?: number;
  id?: number | string;
  comment?: string;
  selective?: boolean;
  secondary_keys?: string[];
  position?: string;
  [field: string]: unknown;
};

/** A character book (lorebook): what the character knows, entry by entry, each found by its keys. */
export type Lorebook = {
  name?: string;
  description?: string;
  scan_depth?: number;
  token_budget?: number;
  recursive_scanning?: boolean;
  extensions: Record<string, unknown>;
  entries: LorebookEntry[];
  [field: string]: unknown;
};

/** An asset a card names: `uri` is `embeded://path` (in a CHARX), `ccdefault:`, an https or data URL, or `__asset:path` (a PNG's). */
export type CardAsset = { type: string; uri: string; name: string; ext: string; [field: string]: unknown };

export type CardData = {
  name: string;
  description: string;
  personality: string;
  scenario: string;
  first_mes: string;
  mes_example: string;
  creator_notes: string;
  system_prompt: string;
  post_history_instructions: string;
  alternate_greetings: string[];
  character_book?: Lorebook;
  tags: string[];
  creator: string;
  character_version: string;
  extensions: Record<string, unknown>;
  // V3's additions.
  assets?: CardAsset[];
  nickname?: string;
  creator_notes_multilingual?: Record<string, string>;
  source?: string[];
  group_only_greetings: string[];
  /** Unix time in seconds. */
  creation_date?: number;
  /** Unix time in seconds. */
  modification_date?: number;
  [field: string]: unknown;
};

export type CardV3 = {
  spec: 'chara_card_v3';
  /** As the card gave it ('3.0' for cards upgraded from V1 or V2); a newer one is read, not refused. */
  spec_version: string;
  data: CardData;
  [field: string]: unknown;
};

/** The V2 card written beside the V3 one in a PNG (its `chara` chunk), for applications that read only V2. */
export type CardV2 = {
  spec: 'chara_card_v2';
  spec_version: '2.0';
  data: Record<string, unknown>;
  [field: string]: unknown;
};

export type CardFormat = 'json' | 'png' | 'charx';
export type CardSpec = 'v1' | 'v2' | 'v3';

/** A picture of the character: a PNG card's image, or a CHARX's main icon. */
export type CardImage = { bytes: Uint8Array; mime: string };

/** An asset of the card, with its bytes when the file carried them (a CHARX's `embeded://`, a PNG's `__asset:`). */
export type CardAssetFile = { type: string; name: string; uri: string; ext: string; bytes?: Uint8Array };

/** A file of a CHARX that no asset names (an application's own data beside card.json): kept so that writing back loses nothing. */
export type CardOtherFile = { path: string; bytes: Uint8Array };

export type ReadCardResult =
  | {
      ok: true;
      card: CardV3;
      format: CardFormat;
      spec: CardSpec;
      image: CardImage | null;
      assets: CardAssetFile[];
      otherFiles: CardOtherFile[];
      warnings: string[];
    }
  | { ok: false; error: string };
