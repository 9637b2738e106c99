import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  cardChoicesSchema,
  cardExportRequest,
  cardImportLimits,
  type CardAction,
  type CardImportFile,
  type CardPreviewFile,
} from '../../contract/schemas/cards';
import { limits } from '../../contract/limits';
import type { CharacterSnapshot } from '../../contract/schemas/versions';
import type { CardImage } from '../cards/card-types';
import { cardToCharacter, characterToCard, voiceFromCard, type CharacterFromCard } from '../cards/map-card';
import { MAX_CARD_BYTES, readCard } from '../cards/read-card';
import { writeCard, type WrittenCard } from '../cards/write-card';
import type { Backend } from '../config';
import { readRequestBody } from '../convai/request-body';
import type { documentFiles } from '../convai/knowledge';
import type { CardStore } from '../db/cards';
import type { CharacterRow, CharacterStore } from '../db/characters';
import type { DocumentRow } from '../db/knowledge';
import { errorBody } from '../http/error-body';
import { problemOf } from '../knowledge/read-document';
import { blankSnapshot, characterSnapshot } from '../versions/character-snapshot';
import type { ChangeRecorder } from '../versions/record-change';
import { outsideLimits, restoreSnapshot, type RestoreStores } from '../versions/restore-version';
import { requireAccess, type DashboardAccess } from './access';

/** The largest preview or import body: a few large cards (each at most 50 MB) and the multipart framing. */
export const MAX_CARD_UPLOAD_BYTES = 256 * 1024 * 1024;

export const cardErrors = {
  hosted: 'Importing and exporting cards needs the local server for now.',
  crossSite: 'Cards are imported and exported from the dashboard itself, not from another site.',
  noUser: 'This server has no dashboard user (LOCAL_API_KEYS is empty).',
  noFiles: 'Send the card files as file parts named "file" of a multipart/form-data body.',
  tooManyFiles: `At most ${cardImportLimits.files} files at once: send the others in another import.`,
  tooLarge: `The files are too large together: one import takes up to ${MAX_CARD_UPLOAD_BYTES / 1024 / 1024} MiB (each card at most ${MAX_CARD_BYTES / 1024 / 1024} MB).`,
  malformed: 'The request body could not be read as multipart/form-data.',
  choices: 'choices must be JSON: [{"file_name": "…", "action": "import" | "copy" | "replace" | "skip"}].',
  nameTaken: (name: string) =>
    `You already have a character named '${name}'. Choose what to do with this file: import it as a copy, replace that character, or skip it.`,
  character: (id: string) => `No such character of yours: ${id.slice(0, 200)}.`,
  exportBody: 'Send {"character_ids": ["…"], "format": "png" | "json" | "charx"} as JSON.',
} as const;

/** What the card routes work with: the stores, where pictures are kept, and how the knowledge bank keeps and reads a document. */
export type CardRouteOptions = {
  access: DashboardAccess;
  backend: Backend;
  /** The dashboard's user, in local mode. */
  userId: string | null;
  stores: RestoreStores & { cardStore: CardStore };
  recordChange: ChangeRecorder;
  documents: ReturnType<typeof documentFiles>;
  /** Where the cards' pictures are kept, each named by its character's id. */
  pictureDir: string;
};

/** A picture's file name: the character's id, a token new at each import (so its URL can be cached for ever), the image's extension. */
const picturePattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-[0-9a-f]{12}\.(png|jpg|webp|gif|avif)$/;
const pictureMimes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};
const pictureExtension = (mime: string) => Object.entries(pictureMimes).find(([, type]) => type === mime)?.[0] ?? null;
/** Where a picture is served (the character's `avatar`). */
export const picturePath = (fileName: string) => `/pictures/${fileName}`;

/**
 * The pictures cards brought, mounted at /pictures: served only while their character exists (the
 * trash hides them) and only under the name the import gave them. No access token, like the voice
 * samples: Convai clients fetch a character's avatar URL without one, and the names are not guessable.
 */
export function pictureRoutes(options: { characterStore: CharacterStore; cardStore: CardStore; pictureDir: string }) {
  removeUnusedPictures(options.pictureDir, options.cardStore);
  const routes = new Hono();
  // A wildcard rather than a parameter: a name that is not a picture's is a 404 like any other path.
  routes.get('/*', (c) => {
    const file = c.req.path.slice(c.req.path.lastIndexOf('/') + 1);
    const match = picturePattern.exec(file);
    const notFound = () => errorBody(c, 'ERROR', 'No such picture.', 404);
    if (!match?.[1] || !match[2] || !options.characterStore.byId(match[1]) || options.cardStore.imagePath(match[1]) !== file) {
      return notFound();
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(options.pictureDir, file));
    } catch {
      return notFound();
    }
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': pictureMimes[match[2]] ?? 'application/octet-stream',
      // A new import gives the picture a new name: a name's bytes never change.
      'Cache-Control': 'private, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return routes;
}

/**
 * Deletes the pictures no card names any more: those of characters deleted for good (a purge of the
 * trash deletes rows, not files) and of imports the process did not live to finish. Run at start.
 */
function removeUnusedPictures(pictureDir: string, cardStore: CardStore) {
  let names: string[];
  try {
    names = fs.readdirSync(pictureDir);
  } catch {
    return; // No picture yet.
  }
  const used = cardStore.imagePaths();
  for (const name of names) if (!used.has(name)) fs.rmSync(path.join(pictureDir, name), { force: true });
}

type UploadedFile = { name: string; bytes: Uint8Array };

/**
 * Character cards for the dashboard, mounted at /dashboard: previewing files (nothing saved),
 * importing them (each file on its own: all of it or nothing), and exporting characters as cards.
 * Local mode only for now.
 */
export function cardRoutes(options: CardRouteOptions) {
  const { backend, userId, stores, recordChange, documents, pictureDir } = options;
  const { db, characterStore, knowledgeStore, narrativeStore, cardStore } = stores;
  const routes = new Hono();
  routes.use('/cards/*', requireAccess(options.access));
  const localOnly: MiddlewareHandler = async (c, next) => {
    // A page of another site may post a form here unasked (multipart needs no preflight); browsers say so.
    if (c.req.header('Sec-Fetch-Site') === 'cross-site') return errorBody(c, 'ERROR', cardErrors.crossSite, 403);
    if (backend.kind !== 'local') return errorBody(c, 'ERROR', cardErrors.hosted, 400);
    if (!userId) return errorBody(c, 'ERROR', cardErrors.noUser, 400);
    await next();
  };
  routes.use('/cards/*', localOnly);
  const user = (): string => userId ?? '';

  routes.post('/cards/preview', async (c) => {
    const upload = await readUpload(c);
    if (upload instanceof Response) return upload;
    return c.json({ files: upload.files.map((file) => previewOf(file, user())) });
  });

  routes.post('/cards/import', async (c) => {
    const upload = await readUpload(c);
    if (upload instanceof Response) return upload;
    const choices = await choicesOf(upload.fields.choices);
    if (!choices) return errorBody(c, 'ERROR', cardErrors.choices, 400);
    const actionOf = (fileName: string): CardAction => choices.find((choice) => choice.file_name === fileName)?.action ?? 'import';
    return c.json({ files: upload.files.map((file) => importOne(file, actionOf(file.name), user())) });
  });

  routes.post(
    '/cards/export',
    bodyLimit({ maxSize: 256 * 1024, onError: (c) => errorBody(c, 'ERROR', 'The request body is too large.', 413) }),
    async (c) => {
      const body = cardExportRequest.safeParse(await c.req.json().catch(() => null));
      if (!body.success) {
        const issue = body.error.issues[0];
        return errorBody(
          c,
          'ERROR',
          issue?.path[0] === 'character_ids' && issue.code !== 'invalid_type' ? issue.message : cardErrors.exportBody,
          400,
        );
      }
      const rows: CharacterRow[] = [];
      for (const id of new Set(body.data.character_ids)) {
        const row = characterStore.owned(id, user());
        if (!row) return errorBody(c, 'ERROR', cardErrors.character(id), 400);
        rows.push(row);
      }
      const written = rows.map((row) => exportOne(row, body.data.format));
      if (written.length === 1 && written[0]) {
        const [file] = written;
        return c.body(file.bytes.slice(), 200, { 'Content-Type': file.mime, 'Content-Disposition': attachment(file.fileName) });
      }
      const taken = new Set<string>();
      const entries = written.map((file) => [uniqueName(file.fileName, taken), file.bytes] as const);
      const zip = zipSync(Object.fromEntries(entries), { level: body.data.format === 'json' ? 6 : 0 });
      return c.body(zip.slice(), 200, { 'Content-Type': 'application/zip', 'Content-Disposition': attachment('character-cards.zip') });
    },
  );

  /** The files of a preview or import body, or the answer that refuses it. */
  async function readUpload(c: Context): Promise<{ files: UploadedFile[]; fields: Record<string, unknown> } | Response> {
    const read = await readRequestBody(c.req.raw, MAX_CARD_UPLOAD_BYTES);
    if (!read.ok) {
      if (read.reason === 'malformed') return errorBody(c, 'ERROR', cardErrors.malformed, 400);
      // The rest of an oversized body is not read: the connection must not be used again.
      c.header('Connection', 'close');
      return errorBody(c, 'ERROR', cardErrors.tooLarge, 413);
    }
    const parts = [read.body.file].flat().filter((part) => part !== undefined);
    if (parts.length === 0 || !parts.every((part) => part instanceof Blob)) return errorBody(c, 'ERROR', cardErrors.noFiles, 400);
    if (parts.length > cardImportLimits.files) return errorBody(c, 'ERROR', cardErrors.tooManyFiles, 400);
    const files = await Promise.all(
      parts.map(async (part) => ({ name: fileNameOf(part), bytes: new Uint8Array(await part.arrayBuffer()) })),
    );
    return { files, fields: read.body };
  }

  function previewOf(file: UploadedFile, owner: string): CardPreviewFile {
    try {
      const read = readCard(file.bytes, file.name);
      if (!read.ok) return { file_name: file.name, ok: false, error: read.error };
      const mapped = cardToCharacter(read.card);
      const taken = cardStore.ownedByName(owner, mapped.character_name) !== undefined;
      return {
        file_name: file.name,
        ok: true,
        format: read.format,
        spec: read.spec,
        name: mapped.character_name,
        backstory_preview: previewText(mapped.backstory),
        greetings_count: mapped.shown.greetings.length,
        tags: mapped.shown.tags,
        lorebook: mapped.lorebook ? { entries: mapped.lorebook.entries } : null,
        has_image: read.image !== null,
        warnings: [
          ...read.warnings,
          ...mapped.warnings,
          // A new character gets a voice chosen from the card's words (one it replaces keeps its own).
          ...(mapped.settings.voice_type === undefined && !taken ? [voiceFromCard(read.card).warning] : []),
        ],
        name_taken: taken,
      };
    } catch (error) {
      return { file_name: file.name, ok: false, error: `This file could not be read as a character card (${problemOf(error)}).` };
    }
  }

  /** Imports one file: a character made or replaced, its picture, its lorebook as a document, a version; all of it or nothing. */
  function importOne(file: UploadedFile, action: CardAction, owner: string): CardImportFile {
    const failed = (error: string): CardImportFile => ({ file_name: file.name, ok: false, error });
    const read = readCard(file.bytes, file.name);
    if (!read.ok) return failed(read.error);
    let mapped: CharacterFromCard;
    try {
      mapped = cardToCharacter(read.card);
    } catch (error) {
      return failed(`This file could not be read as a character card (${problemOf(error)}).`);
    }
    const warnings = [...read.warnings, ...mapped.warnings];
    if (action === 'skip') return { file_name: file.name, ok: true, charID: null, name: mapped.character_name, action, warnings };

    const existingId = cardStore.ownedByName(owner, mapped.character_name);
    if (existingId && action === 'import') return failed(cardErrors.nameTaken(mapped.character_name));
    const target = action === 'replace' && existingId ? characterStore.owned(existingId, owner) : undefined;
    const name = action === 'copy' && existingId ? freeName(owner, mapped.character_name) : mapped.character_name;
    const done: CardAction = target ? 'replace' : existingId ? 'copy' : 'import';

    const base = target ? characterSnapshot(target, stores) : blankSnapshot();
    // A new character gets a voice chosen from the card's words, when the card names none (one it replaces keeps its own).
    if (!target && mapped.settings.voice_type === undefined) {
      const chosen = voiceFromCard(read.card);
      base.voice_type = chosen.voice;
      warnings.push(chosen.warning);
    }
    // Documents are not in a card: the character's are connected again where the user has documents of those names.
    const named = documentsNamed(
      owner,
      mapped.knowledgeDocumentNames.filter((name) => name !== mapped.lorebook?.fileName),
    );
    base.docs = [...base.docs, ...named.found.filter((doc) => !base.docs.some((had) => had.id === doc.id))];
    if (named.missing.length > 0) {
      warnings.push(
        `The character had ${named.missing.length === 1 ? 'a document that is' : 'documents that are'} not in your knowledge bank (a card does not carry documents): ${named.missing.map((name) => `'${name}'`).join(', ')}. Upload ${named.missing.length === 1 ? 'it' : 'them'} and connect ${named.missing.length === 1 ? 'it' : 'them'} to the character.`,
      );
    }
    const applied = applySettings(base, mapped, name, target ? (id) => narrativeStore.section(target.id, id) !== undefined : () => false);
    const problem = beyondLimits(applied.snapshot);
    if (problem) return failed(`This card cannot be imported: ${problem}, beyond what a character may have.`);
    warnings.push(...applied.warnings);

    const image = pictureOf(read.image);
    if (read.image && !image)
      warnings.push(`The card's picture (${read.image.mime}) is not a kind of image the dashboard shows: it was left out.`);
    const written: string[] = [];
    let lorebookFile: { row: DocumentRow; bytes: Uint8Array } | null = null;
    let previousLorebook: DocumentRow | null = null;
    const previousImage = target ? cardStore.imagePath(target.id) : null;
    let imagePath: string | null = null;
    let charID: string;
    try {
      charID = db.transaction(() => {
        let row: CharacterRow;
        if (target) {
          // The character as it was stays in its History: recorded first if anything changed it unrecorded.
          recordChange(target.id, 'found');
          row = target;
        } else {
          const id = characterStore.create({
            userId: owner,
            name,
            voiceType: applied.snapshot.voice_type,
            backstory: applied.snapshot.backstory,
          });
          row = characterStore.byId(id)!;
        }
        let docs = applied.snapshot.docs;
        if (mapped.lorebook) {
          const bytes = new TextEncoder().encode(mapped.lorebook.text);
          const document = { fileName: mapped.lorebook.fileName, fileSize: bytes.byteLength, kind: 'text' as const };
          // A character replaced keeps one lorebook document: the one it had becomes the new text's (a new revision).
          const had = target ? docs.find((doc) => doc.file_name === document.fileName) : undefined;
          previousLorebook = had ? (knowledgeStore.owned(had.id, owner) ?? null) : null;
          const documentRow = previousLorebook
            ? knowledgeStore.replace(previousLorebook.id, owner, document)!
            : knowledgeStore.create(owner, document);
          written.push(documents.fileOf(documentRow));
          // The previous revision's file goes once this is committed.
          documents.keepFile(documentRow, bytes);
          if (!previousLorebook) docs = [...docs, { id: documentRow.id, file_name: documentRow.file_name }];
          lorebookFile = { row: documentRow, bytes };
        }
        const restored = restoreSnapshot(row, { ...applied.snapshot, docs }, stores);
        if (!restored.ok) throw new Error(restored.problem);
        if (image) {
          imagePath = `${row.id}-${randomBytes(6).toString('hex')}.${image.extension}`;
          fs.mkdirSync(pictureDir, { recursive: true });
          written.push(path.join(pictureDir, imagePath));
          fs.writeFileSync(path.join(pictureDir, imagePath), image.bytes);
        }
        // A card without a picture takes away the previous card's; an avatar from elsewhere stays.
        const keptAvatar = target?.avatar && !target.avatar.startsWith('/pictures/') ? target.avatar : null;
        cardStore.save({
          characterId: row.id,
          userId: owner,
          card: read.card,
          imagePath,
          avatar: imagePath ? picturePath(imagePath) : keptAvatar,
          importedAt: new Date().toISOString(),
        });
        recordChange(row.id, 'import');
        return row.id;
      })();
    } catch (error) {
      for (const place of written) fs.rmSync(place, { force: true });
      return failed(`This card could not be imported (${problemOf(error)}).`);
    }
    if (previousImage && previousImage !== imagePath) fs.rmSync(path.join(pictureDir, previousImage), { force: true });
    const kept = lorebookFile as { row: DocumentRow; bytes: Uint8Array } | null;
    const replacedLorebook = previousLorebook as DocumentRow | null;
    if (replacedLorebook) fs.rmSync(documents.fileOf(replacedLorebook), { force: true });
    if (kept) documents.process(kept.row, kept.bytes);
    return { file_name: file.name, ok: true, charID, name, action: done, warnings };
  }

  /** The user's readable documents of these names (the newest of a name), and the names none has. */
  function documentsNamed(owner: string, names: string[]): { found: Array<{ id: string; file_name: string }>; missing: string[] } {
    if (names.length === 0) return { found: [], missing: [] };
    const byName = new Map(
      knowledgeStore
        .list(owner, null)
        .filter((row) => row.state !== 'failed')
        .map((row) => [row.file_name, { id: row.id, file_name: row.file_name }]),
    );
    const unique = [...new Set(names)];
    return {
      found: unique.flatMap((name) => {
        const found = byName.get(name);
        return found ? [found] : [];
      }),
      missing: unique.filter((name) => !byName.has(name)),
    };
  }

  /** The first "<name> (n)" from 2 on that none of the user's characters has, within the name's limit. */
  function freeName(owner: string, name: string): string {
    for (let number = 2; ; number++) {
      const suffix = ` (${number})`;
      const candidate = `${name.slice(0, limits.nameMax - suffix.length).trimEnd()}${suffix}`;
      const taken = cardStore.namesStartingWith(owner, candidate);
      if (!taken.has(candidate)) return candidate;
    }
  }

  function exportOne(row: CharacterRow, format: 'png' | 'json' | 'charx'): WrittenCard {
    const snapshot = characterSnapshot(row, stores);
    const stored = cardStore.get(row.id);
    const { card } = characterToCard(snapshot, { original: stored?.parsed ?? null });
    return writeCard(card, format, { image: stored?.image_path ? storedPicture(stored.image_path) : null });
  }

  function storedPicture(fileName: string): CardImage | null {
    const mime = pictureMimes[path.extname(fileName).slice(1)];
    try {
      return mime ? { bytes: new Uint8Array(fs.readFileSync(path.join(pictureDir, fileName))), mime } : null;
    } catch {
      return null;
    }
  }

  return routes;
}

/**
 * The character a card makes, over `base` (an empty character, or the one it replaces): its name and
 * backstory, and the Convai settings it carries. A card's narrative graph gets ids of its own (ids are
 * unique across the server: the character it was exported from may still be here), but for the
 * sections the replaced character already has; decisions and triggers that lead nowhere are dropped.
 */
function applySettings(
  base: CharacterSnapshot,
  mapped: CharacterFromCard,
  name: string,
  ownSection: (id: string) => boolean,
): { snapshot: CharacterSnapshot; warnings: string[] } {
  const warnings: string[] = [];
  const snapshot: CharacterSnapshot = { ...base, character_name: name, backstory: mapped.backstory };
  for (const [field, value] of Object.entries(mapped.settings)) if (value !== undefined) Object.assign(snapshot, { [field]: value });
  if (!mapped.settings.narrative) {
    // A start section must be one of the character's own.
    const start = snapshot.start_narrative_section_id;
    if (start !== null && !snapshot.narrative.sections.some((section) => section.section_id === start)) {
      snapshot.start_narrative_section_id = null;
    }
    return { snapshot, warnings };
  }

  const { sections, triggers } = mapped.settings.narrative;
  const ids = new Map(sections.map((section) => [section.section_id, ownSection(section.section_id) ? section.section_id : randomUUID()]));
  let dropped = 0;
  snapshot.narrative = {
    sections: sections.map((section) => ({
      section_id: ids.get(section.section_id)!,
      section_name: section.section_name,
      objective: section.objective,
      decisions: section.decisions.flatMap((decision) => {
        const next = ids.get(decision.next_section_id);
        if (!next) dropped++;
        const priority = typeof decision.priority === 'number' ? { priority: decision.priority } : {};
        return next ? [{ criteria: decision.criteria, next_section_id: next, ...priority }] : [];
      }),
    })),
    triggers: triggers.map((trigger) => {
      const destination = trigger.destination_section === null ? null : (ids.get(trigger.destination_section) ?? null);
      if (trigger.destination_section !== null && !destination) dropped++;
      return {
        trigger_id: randomUUID(),
        trigger_name: trigger.trigger_name,
        trigger_message: trigger.trigger_message,
        destination_section: destination,
      };
    }),
  };
  const start = snapshot.start_narrative_section_id;
  snapshot.start_narrative_section_id = start === null ? null : (ids.get(start) ?? null);
  if (dropped > 0)
    warnings.push(`${dropped} of the narrative's decisions and triggers led to sections not in the card: they were left out.`);
  return { snapshot, warnings };
}

/** What in a character goes beyond today's limits (a card may carry anything), or null. */
function beyondLimits(snapshot: CharacterSnapshot): string | null {
  const whole = outsideLimits(snapshot);
  if (whole) return whole;
  if (!snapshot.voice_type.trim() || snapshot.voice_type.length > limits.voiceMax) return 'its voice is empty or too long';
  if (snapshot.character_actions.some((action) => action.length > limits.actionMax))
    return `an action is longer than ${limits.actionMax} characters`;
  for (const section of snapshot.narrative.sections) {
    if (!section.section_name.trim() || section.section_name.length > limits.sectionNameMax)
      return `a narrative section's name is empty or longer than ${limits.sectionNameMax} characters`;
    if (section.objective.length > limits.objectiveMax)
      return `a narrative section's objective is longer than ${limits.objectiveMax} characters`;
    if (section.decisions.length > limits.decisionsMax) return `a narrative section has more than ${limits.decisionsMax} decisions`;
    if (section.decisions.some((decision) => decision.criteria.length > limits.criteriaMax))
      return `a decision's criteria are longer than ${limits.criteriaMax} characters`;
  }
  const { triggers } = snapshot.narrative;
  if (triggers.length > limits.triggersMax) return `its narrative has more than ${limits.triggersMax} triggers`;
  if (triggers.some((trigger) => !trigger.trigger_name.trim() || trigger.trigger_name.length > limits.triggerNameMax))
    return `a trigger's name is empty or longer than ${limits.triggerNameMax} characters`;
  if (triggers.some((trigger) => trigger.trigger_message.length > limits.triggerMessageMax))
    return `a trigger's message is longer than ${limits.triggerMessageMax} characters`;
  if (new Set(triggers.map((trigger) => trigger.trigger_name.toLowerCase())).size !== triggers.length)
    return 'two triggers have the same name';
  return null;
}

/** A card's picture as the dashboard keeps it: one of the image kinds browsers show, else none. */
function pictureOf(image: CardImage | null): (CardImage & { extension: string }) | null {
  const extension = image ? pictureExtension(image.mime) : null;
  return image && extension ? { ...image, extension } : null;
}

/** The `choices` field: JSON text (or a small file holding it); absent is no choices. Null when it cannot be read. */
async function choicesOf(field: unknown) {
  if (field === undefined) return [];
  const text = typeof field === 'string' ? field : field instanceof Blob && field.size <= 1024 * 1024 ? await field.text() : null;
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = cardChoicesSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The name a file goes by: the last part of what was sent (a client may send a path), at most 255 characters. */
function fileNameOf(part: Blob): string {
  const sent = part instanceof File ? part.name : '';
  return sent.split(/[\\/]/).at(-1)?.slice(0, 255) || 'card';
}

/** The start of a backstory, cut at a word near 300 characters. */
function previewText(text: string): string {
  if (text.length <= 300) return text;
  const cut = text.slice(0, 300);
  const space = cut.lastIndexOf(' ');
  return `${(space > 200 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A file name no earlier file of the zip has (compared without case, as some file systems do): "Name (2).png"… */
function uniqueName(fileName: string, taken: Set<string>): string {
  const extension = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  let candidate = fileName;
  for (let number = 2; taken.has(candidate.toLowerCase()); number++) candidate = `${stem} (${number})${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Content-Disposition for a download: a plain ASCII name for old clients, and the exact one in UTF-8 (RFC 6266). */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
