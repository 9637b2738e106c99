import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { characterSnapshotSchema, versionNameRequest, type CharacterSnapshot } from '../../contract/schemas/versions';
import type { Backend } from '../config';
import type { CharacterRow, CharacterStore } from '../db/characters';
import { versionTimestamp, type VersionRow, type VersionStore } from '../db/versions';
import { errorBody } from '../http/error-body';
import type { HostedHistory } from '../versions/hosted-history';
import type { ChangeRecorder } from '../versions/record-change';
import { restoreSnapshot, type RestoreStores } from '../versions/restore-version';
import { requireAccess, type DashboardAccess } from './access';

const summaryOf = (row: Omit<VersionRow, 'snapshot'>) => ({
  number: row.number,
  created_at: row.created_at,
  source: row.source,
  name: row.name,
  changed: JSON.parse(row.changed) as string[],
  restored_from: row.restored_from,
});

export const versionErrors = {
  character: 'No such character of yours.',
  version: (number: string) => `This character has no version ${number}.`,
} as const;

/**
 * A character's history for the dashboard, mounted at /dashboard: its versions (newest first), one
 * version whole, naming a version, and restoring one (which records a new version: history is
 * never rewritten). The dashboard's user is the owner of the local server's first key; in front of
 * Convai, the account of the server's key, whose characters' versions `hosted` records. An unknown
 * character or version is a 400, as unknown ids are in the Convai API.
 */
export function versionRoutes(options: {
  access: DashboardAccess;
  backend: Backend;
  /** The dashboard's user, in local mode. */
  userId: string | null;
  characterStore: CharacterStore;
  versionStore: VersionStore;
  recordChange: ChangeRecorder;
  restore: RestoreStores;
  /** History in front of Convai (null in local mode). */
  hosted: HostedHistory | null;
  /** Versions older than this many days are thinned when a history is opened, and at start; 0 keeps all. */
  thinAfterDays: number;
}) {
  const { backend, userId, characterStore, versionStore, recordChange, hosted } = options;
  const routes = new Hono();
  routes.use('/characters/*', requireAccess(options.access));

  /** Thins old versions (of one character, or all): the last of each day stays, and every named one. */
  const thin = (characterId: string | null) => {
    if (options.thinAfterDays <= 0) return;
    versionStore.thin(versionTimestamp(new Date(Date.now() - options.thinAfterDays * 24 * 60 * 60 * 1000)), characterId);
  };
  thin(null);

  /**
   * The character asked for, the dashboard user's own; or the answer that refuses it. In front of
   * Convai, a character with a history recorded for the server's account (the service itself says
   * whose a character is when History first reads it).
   */
  const characterOf = (c: Context): { id: string; row: CharacterRow | null } | Response => {
    const id = c.req.param('id') ?? '';
    if (hosted) {
      const latest = versionStore.latest(id);
      return latest?.user_id === hosted.userId ? { id, row: null } : errorBody(c, 'ERROR', versionErrors.character, 400);
    }
    const row = backend.kind === 'local' && userId ? characterStore.owned(id, userId) : undefined;
    return row ? { id: row.id, row } : errorBody(c, 'ERROR', versionErrors.character, 400);
  };
  const versionOf = (c: Context, characterId: string) => {
    const number = c.req.param('number') ?? '';
    const row = /^\d{1,9}$/.test(number) ? versionStore.get(characterId, Number(number)) : undefined;
    return row ?? errorBody(c, 'ERROR', versionErrors.version(number.slice(0, 20)), 400);
  };

  routes.get('/characters/:id/versions', async (c) => {
    if (hosted && c.req.param('id').length <= 200) {
      // What the service has now is recorded first when it is news: the first time, the character as found.
      const observed = await hosted.observe(c.req.param('id'), 'found');
      if (!observed.ok && !versionStore.latest(c.req.param('id'))) {
        return errorBody(c, 'ERROR', observed.message, observed.status === 400 || observed.status === 404 ? 400 : 502);
      }
    }
    const character = characterOf(c);
    if (character instanceof Response) return character;
    thin(character.id);
    return c.json({ versions: versionStore.list(character.id).map(summaryOf) });
  });

  routes.get('/characters/:id/versions/:number', (c) => {
    const character = characterOf(c);
    if (character instanceof Response) return character;
    const version = versionOf(c, character.id);
    if (version instanceof Response) return version;
    return c.json({ version: summaryOf(version), snapshot: JSON.parse(version.snapshot) as CharacterSnapshot });
  });

  const smallJson = bodyLimit({ maxSize: 16 * 1024, onError: (c) => errorBody(c, 'ERROR', 'The request body is too large.', 413) });

  routes.post('/characters/:id/versions/:number/name', smallJson, async (c) => {
    const character = characterOf(c);
    if (character instanceof Response) return character;
    const version = versionOf(c, character.id);
    if (version instanceof Response) return version;
    const body = versionNameRequest.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return errorBody(c, 'ERROR', body.error.issues[0]?.message ?? 'Send {"name": "…"} or {"name": null}.', 400);
    const name = body.data.name?.trim() || null;
    versionStore.setName(character.id, version.number, name);
    return c.json({ version: summaryOf({ ...version, name }) });
  });

  routes.post('/characters/:id/versions/:number/restore', smallJson, async (c) => {
    const character = characterOf(c);
    if (character instanceof Response) return character;
    const version = versionOf(c, character.id);
    if (version instanceof Response) return version;
    const snapshot = characterSnapshotSchema.safeParse(JSON.parse(version.snapshot));
    if (!snapshot.success) return errorBody(c, 'ERROR', `Version ${version.number} cannot be read; it was not restored.`, 400);
    const restored = hosted
      ? await hosted.restore(character.id, version, snapshot.data)
      : character.row
        ? restoreSnapshot(character.row, snapshot.data, options.restore)
        : { ok: false as const, problem: versionErrors.character };
    if (!restored.ok) return errorBody(c, 'ERROR', restored.problem, 400);
    // In front of Convai the restore recorded itself (it reads the character back).
    if (character.row) recordChange(character.id, 'restore', version.number);
    // The new version; or, when the character already was as that version left it, its latest one.
    const latest = versionStore.latest(character.id) ?? version;
    return c.json({ version: summaryOf(latest), not_restored: restored.notRestored });
  });

  return routes;
}
