/**
 * Character cards (V1, V2, V3 as JSON, PNG or CHARX) in and out of the local server: previewing
 * files, importing them, exporting characters. The dashboard server's own API
 * (`/dashboard/cards/…`), not Convai's.
 */
import { z } from 'zod/mini';

export const cardFormats = ['png', 'json', 'charx'] as const;
export type CardFileFormat = (typeof cardFormats)[number];

/** At most this many files in one preview or import, each at most 50 MB (server/cards/read-card.ts). */
export const cardImportLimits = { files: 20, exportCharacters: 1000 } as const;

/** What to do with a file: import it (refused when the name is taken), import it under a free name, replace the character of that name, or leave it. */
export const cardActions = ['import', 'copy', 'replace', 'skip'] as const;
export type CardAction = (typeof cardActions)[number];

/** The `choices` field of an import: one per file, by its name; a file without one is imported. */
export const cardChoicesSchema = z.array(z.object({ file_name: z.string(), action: z.enum(cardActions) }));
export type CardChoice = z.infer<typeof cardChoicesSchema>[number];

const failedFile = z.looseObject({ file_name: z.string(), ok: z.literal(false), error: z.string() });

/** A file as the preview reads it: nothing is saved. */
export const cardPreviewFileSchema = z.union([
  z.looseObject({
    file_name: z.string(),
    ok: z.literal(true),
    format: z.enum(cardFormats),
    spec: z.enum(['v1', 'v2', 'v3']),
    name: z.string(),
    /** The start of the backstory the card makes. */
    backstory_preview: z.string(),
    greetings_count: z.number(),
    tags: z.array(z.string()),
    lorebook: z.nullable(z.looseObject({ entries: z.number() })),
    has_image: z.boolean(),
    warnings: z.array(z.string()),
    /** A character of the user's already has this name: importing asks for copy, replace or skip. */
    name_taken: z.boolean(),
  }),
  failedFile,
]);
export const cardPreviewSchema = z.looseObject({ files: z.array(cardPreviewFileSchema) });
export type CardPreviewFile = z.infer<typeof cardPreviewFileSchema>;

/** A file as the import dealt with it; a skipped one has no `charID`. */
export const cardImportFileSchema = z.union([
  z.looseObject({
    file_name: z.string(),
    ok: z.literal(true),
    charID: z.nullable(z.string()),
    name: z.string(),
    action: z.enum(cardActions),
    warnings: z.optional(z.array(z.string())),
  }),
  failedFile,
]);
export const cardImportSchema = z.looseObject({ files: z.array(cardImportFileSchema) });
export type CardImportFile = z.infer<typeof cardImportFileSchema>;

/** Characters to export: one gives the card file itself, several a zip of them. */
export const cardExportRequest = z.object({
  character_ids: z
    .array(z.string())
    .check(
      z.minLength(1, 'character_ids must name at least one character.'),
      z.maxLength(cardImportLimits.exportCharacters, `At most ${cardImportLimits.exportCharacters} characters are exported at once.`),
    ),
  format: z.enum(cardFormats),
});
export type CardExportRequest = z.infer<typeof cardExportRequest>;
