import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { CharacterSnapshot, VersionSource } from '../../contract/schemas/versions';
import { versionConflict } from '../convai/characters';
import { readRequestBody } from '../convai/request-body';
import type { AnnotationStore } from '../db/annotations';
import type { HostedTrashStore } from '../db/hosted-trash';
import type { VersionRow, VersionStore } from '../db/versions';
import { errorBody } from '../http/error-body';
import { convaiClient, type ConvaiBackend } from '../upstream/convai-client';
import { dashboardChangeOf } from './change-source';
import { readHostedCharacter } from './hosted-snapshot';
import { restoreOnConvai } from './hosted-restore';
import type { RestoreResult } from './restore-version';

/** The dashboard's writes that change one character named in the request body, and the field that names it. */
const writesByBody: Record<string, 'charID' | 'character_id'> = {
  '/character/update': 'charID',
  '/character/delete': 'charID',
  '/character/toggle-is-narrative-driven': 'character_id',
  '/character/narrative/create-section': 'character_id',
  '/character/narrative/edit-section': 'character_id',
  '/character/narrative/delete-section': 'character_id',
  '/character/narrative/create-trigger': 'character_id',
  '/character/narrative/update-trigger': 'character_id',
  '/character/narrative/delete-trigger': 'character_id',
};
/** The writes that make a character, named in the answer (`charID`). */
const writesByAnswer: Record<string, VersionSource> = { '/character/create': 'create', '/user/clone_character': 'clone' };

/** The dashboard server's id for the Convai account of a service key: what its versions, trash and reviews are kept under. */
export const convaiAccountId = (apiKey: string) => `convai:${createHash('sha256').update(apiKey).digest('hex').slice(0, 16)}`;

type Observed = { ok: true; snapshot: CharacterSnapshot; latest: VersionRow } | { ok: false; status: number; message: string };

/** A section or trigger edit that only moves it on the graph (positions are not part of a version). */
function movesOnly(body: Record<string, unknown>): boolean {
  let changes = body.updated_data ?? body.updated_character_data;
  if (typeof changes === 'string') {
    try {
      changes = JSON.parse(changes) as unknown;
    } catch {
      return false;
    }
  }
  if (!changes || typeof changes !== 'object') return false;
  const keys = Object.keys(changes).filter((key) => key !== 'character_id' && key !== 'section_id' && key !== 'trigger_id');
  return keys.length > 0 && keys.every((key) => key === 'node_position');
}

/**
 * History in front of Convai's hosted service. The service keeps no versions, so the dashboard's
 * server keeps them in its own database: after each change the dashboard makes through `/api` to a
 * character it reads the character back whole and records it (one it made, the first time it reads
 * it: History, the editor or a change); before a change, and whenever History opens, it
 * records what the service has if that differs from the last version (a change made elsewhere, or
 * the character as first found). Deleting keeps the last version in a trash of its own, from which
 * the character can be made again (Convai gives it a new id).
 *
 * A version that cannot be recorded (the service does not answer the read) never fails the change
 * the user made: the next read records what the character then is.
 */
export function hostedHistory(options: {
  backend: ConvaiBackend;
  versionStore: VersionStore;
  trashStore: HostedTrashStore;
  fetchImpl?: typeof fetch;
  /** The reviews of conversations: they follow a character made again from the trash to its new id. */
  annotationStore?: Pick<AnnotationStore, 'moveCharacter'>;
}) {
  const { backend, versionStore, trashStore } = options;
  const call = convaiClient(backend, options.fetchImpl);
  /** Versions and trash belong to the Convai account of the key they were made with. */
  const userId = convaiAccountId(backend.apiKey);
  /**
   * Characters the dashboard made (created or cloned) and not yet read back: their first version
   * says so when it is recorded, the first time the character is read (History, the editor, a
   * change). Reading each one back at once would cost four calls to the service per character made.
   */
  const madeHere = new Map<string, VersionSource>();

  /** Reads the character from the service and records it when it differs from the last version (as `source`, or `found` for a first). */
  async function observe(characterId: string, source: VersionSource, restoredFrom: number | null = null): Promise<Observed> {
    const previous = versionStore.latest(characterId);
    const read = await readHostedCharacter(call, characterId, previous ? (JSON.parse(previous.snapshot) as CharacterSnapshot) : null);
    if (!read.ok) return read;
    const firstSource = madeHere.get(characterId) ?? (source === 'create' || source === 'clone' ? source : 'found');
    versionStore.record(characterId, userId, previous ? source : firstSource, read.snapshot, restoredFrom);
    madeHere.delete(characterId);
    const latest = versionStore.latest(characterId);
    if (!latest) return { ok: false, status: 500, message: 'The version could not be recorded.' };
    return { ok: true, snapshot: read.snapshot, latest };
  }

  /** Records after a change; a failed read is logged, never the user's error (their change was made). */
  async function recordAfter(characterId: string, source: VersionSource) {
    const observed = await observe(characterId, source);
    if (!observed.ok) console.error(`History: the change to ${characterId} was made, but it could not be read back (${observed.message}).`);
  }

  return {
    userId,
    observe,

    /**
     * Passes a dashboard call to the service (`send`), recording versions around the writes that
     * change a character; a save over a version newer than the page showed is refused with 409.
     */
    async forward(c: Context, path: string, send: () => Promise<Response>): Promise<Response> {
      const madeAs = writesByAnswer[path];
      if (madeAs) {
        const response = await send();
        if (!response.ok) return response;
        const answer = (await response
          .clone()
          .json()
          .catch(() => null)) as { charID?: unknown } | null;
        if (typeof answer?.charID === 'string') madeHere.set(answer.charID, madeAs);
        return response;
      }
      const field = writesByBody[path];
      if (!field) return send();
      const read = await readRequestBody(c.req.raw.clone());
      const characterId = read.ok ? read.body[field] : null;
      if (typeof characterId !== 'string' || !characterId || movesOnly(read.ok ? read.body : {})) return send();

      // What the service has now, so that the change is compared with it (and a change made elsewhere is kept as one).
      const before = await observe(characterId, 'found');
      const change = dashboardChangeOf(c);
      if (path === '/character/update' && before.ok && change.baseVersion !== null && before.latest.number > change.baseVersion) {
        return errorBody(c, 'ERROR', versionConflict(change.baseVersion, before.latest.number), 409);
      }
      const response = await send();
      if (!response.ok) return response;
      if (path === '/character/delete') {
        if (before.ok) trashStore.add(characterId, userId, before.snapshot);
        return response;
      }
      await recordAfter(characterId, path === '/character/update' ? change.source : 'dashboard');
      return response;
    },

    /** Makes the character what version `number` was, and records that as a new version. */
    async restore(characterId: string, version: VersionRow, snapshot: CharacterSnapshot): Promise<RestoreResult> {
      const now = await observe(characterId, 'found');
      if (!now.ok) return { ok: false, problem: now.message };
      const restored = await restoreOnConvai(call, characterId, snapshot, now.snapshot);
      await observe(characterId, 'restore', version.number);
      return restored;
    },

    /**
     * Makes a deleted character again from its last version: Convai gives it a new id, which takes
     * the old one's history. Answers the new id, or why it could not be made (null: it is not in the trash).
     */
    async restoreFromTrash(
      characterId: string,
    ): Promise<{ ok: true; charID: string; notRestored: string[] } | { ok: false; problem: string | null }> {
      const row = trashStore.get(characterId, userId);
      if (!row) return { ok: false, problem: null };
      const snapshot = JSON.parse(row.snapshot) as CharacterSnapshot;
      const created = await call('/character/create', {
        charName: snapshot.character_name,
        voiceType: snapshot.voice_type,
        backstory: snapshot.backstory,
      });
      const charID = created.ok ? (created.body as { charID?: unknown }).charID : null;
      if (!created.ok) return { ok: false, problem: `Convai did not make the character again: ${created.message}` };
      if (typeof charID !== 'string') return { ok: false, problem: 'Convai made the character again but did not say its new id.' };
      versionStore.copyHistory(characterId, charID);
      // Its reviews too (they are kept by character id, and the old id is gone).
      options.annotationStore?.moveCharacter(characterId, charID, userId);
      trashStore.remove(characterId);
      const now = await readHostedCharacter(call, charID, null);
      const restored = now.ok
        ? await restoreOnConvai(call, charID, snapshot, now.snapshot)
        : ({ ok: false, problem: now.message } as const);
      await observe(charID, 'restore', versionStore.latest(charID)?.number ?? null);
      if (!restored.ok)
        return { ok: false, problem: `It was made again under a new id (${charID}), but not all of it: ${restored.problem}` };
      return { ok: true, charID, notRestored: restored.notRestored };
    },
  };
}

export type HostedHistory = ReturnType<typeof hostedHistory>;
