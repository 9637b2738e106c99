/**
 * A character's history: every change recorded as a version (all its fields and settings, its
 * knowledge connections and its narrative graph), listed, compared and restored; and the trash,
 * where deleted characters wait to be restored. The dashboard server's own API
 * (`/dashboard/characters/:id/versions…`, `/dashboard/trash…`), not Convai's.
 */
import { z } from 'zod/mini';

/** Where a change came from. */
export const versionSources = ['create', 'dashboard', 'api', 'generator', 'clone', 'restore', 'import', 'found'] as const;
export type VersionSource = (typeof versionSources)[number];

/** What a version holds: the whole character as it was. */
export const characterSnapshotSchema = z.looseObject({
  character_name: z.string(),
  voice_type: z.string(),
  backstory: z.string(),
  character_actions: z.array(z.string()),
  language_codes: z.array(z.string()),
  model_group_name: z.nullable(z.string()),
  temperature: z.nullable(z.number()),
  reasoning_effort: z.nullable(z.string()),
  memory_enabled: z.boolean(),
  is_narrative_driven: z.boolean(),
  start_narrative_section_id: z.nullable(z.string()),
  /** The knowledge-bank documents connected, by id and name. */
  docs: z.array(z.looseObject({ id: z.string(), file_name: z.string() })),
  narrative: z.looseObject({
    sections: z.array(
      z.looseObject({
        section_id: z.string(),
        section_name: z.string(),
        objective: z.string(),
        decisions: z.array(z.looseObject({ criteria: z.string(), next_section_id: z.string() })),
      }),
    ),
    triggers: z.array(
      z.looseObject({
        trigger_id: z.string(),
        trigger_name: z.string(),
        trigger_message: z.string(),
        destination_section: z.nullable(z.string()),
      }),
    ),
  }),
});
export type CharacterSnapshot = z.infer<typeof characterSnapshotSchema>;

/** A version in the timeline: when, from where, what changed against the one before, its name if given. */
export const versionSummarySchema = z.looseObject({
  number: z.number(),
  created_at: z.string(),
  source: z.string(),
  name: z.nullable(z.string()),
  /** The snapshot's fields that differ from the version before (all of them for the first). */
  changed: z.array(z.string()),
  /** For a restore: the version it brought back. */
  restored_from: z.optional(z.nullable(z.number())),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionListSchema = z.looseObject({ versions: z.array(versionSummarySchema) });
export const versionSchema = z.looseObject({ version: versionSummarySchema, snapshot: characterSnapshotSchema });
/** What naming or restoring answers: the version named, or the new version a restore recorded (and what it could not bring back). */
export const versionChangeSchema = z.looseObject({ version: versionSummarySchema, not_restored: z.optional(z.array(z.string())) });

/** A version's name: at most 100 characters; empty or null takes the name away. */
export const versionNameRequest = z.object({
  name: z.nullable(z.string().check(z.maxLength(100, 'A version name is at most 100 characters.'))),
});

/** A character in the trash: deleted, restorable until `expires_at` (ISO times). */
export const trashedCharacterSchema = z.looseObject({
  character_id: z.string(),
  character_name: z.string(),
  deleted_at: z.string(),
  expires_at: z.string(),
});
export type TrashedCharacter = z.infer<typeof trashedCharacterSchema>;
/** `same_id`: whether a restored character keeps its id (locally) or is made again under a new one (in front of Convai). */
export const trashListSchema = z.looseObject({
  characters: z.array(trashedCharacterSchema),
  days: z.number(),
  same_id: z._default(z.optional(z.boolean()), true),
});
/** What restoring from the trash answers: the character's id (the same one locally, a new one in front of Convai). */
export const trashRestoreSchema = z.looseObject({
  charID: z.string(),
  same_id: z._default(z.optional(z.boolean()), true),
  not_restored: z.optional(z.array(z.string())),
});
