import { Hono } from 'hono';
import type { Backend } from '../config';
import type { CharacterStore } from '../db/characters';
import type { HostedTrashStore } from '../db/hosted-trash';
import { errorBody } from '../http/error-body';
import type { HostedHistory } from '../versions/hosted-history';
import { requireAccess, type DashboardAccess } from './access';

const DAY_MS = 24 * 60 * 60 * 1000;

export const trashErrors = {
  character: 'No character of yours in the trash has that id: it was restored, or its time in the trash is up.',
} as const;

/**
 * The trash, mounted at /dashboard: the dashboard user's deleted characters, each restorable for
 * `days` days; after that it is deleted for good. Locally a character comes back under its own id,
 * with its sessions, documents, graph and history. In front of Convai, where a delete is final, the
 * trash holds the character's last version and restoring makes it again: it gets a new id (the answer
 * says `same_id: false`), its history, and not its sessions. Through the Convai API a deleted
 * character is gone, as Convai documents.
 */
export function trashRoutes(options: {
  access: DashboardAccess;
  backend: Backend;
  userId: string | null;
  characterStore: CharacterStore;
  days: number;
  hosted: { history: HostedHistory; trashStore: HostedTrashStore } | null;
}) {
  const { backend, userId, characterStore, days, hosted } = options;
  const routes = new Hono();
  routes.use('/trash', requireAccess(options.access));
  routes.use('/trash/*', requireAccess(options.access));

  /** Deletes for good what has been in the trash longer than it may. */
  const purge = () => {
    const cutoff = new Date(Date.now() - days * DAY_MS).toISOString();
    if (hosted) hosted.trashStore.purge(cutoff);
    else characterStore.purgeTrash(cutoff);
  };
  const expiry = (deletedAt: string) => new Date(Date.parse(deletedAt) + days * DAY_MS).toISOString();

  routes.get('/trash', (c) => {
    purge();
    const characters = hosted
      ? hosted.trashStore.list(hosted.history.userId).map((row) => ({ id: row.character_id, name: row.character_name, at: row.deleted_at }))
      : backend.kind === 'local' && userId
        ? characterStore.trash(userId).map((row) => ({ id: row.id, name: row.name, at: row.deleted_at }))
        : [];
    return c.json({
      days,
      // In front of Convai a restored character is made again, under a new id.
      same_id: !hosted,
      characters: characters.map(({ id, name, at }) => ({
        character_id: id,
        character_name: name,
        deleted_at: at,
        expires_at: expiry(at),
      })),
    });
  });

  routes.post('/trash/:id/restore', async (c) => {
    purge();
    if (hosted) {
      const restored = await hosted.history.restoreFromTrash(c.req.param('id'));
      if (!restored.ok) return errorBody(c, 'ERROR', restored.problem ?? trashErrors.character, 400);
      return c.json({ charID: restored.charID, same_id: false, not_restored: restored.notRestored });
    }
    const row = backend.kind === 'local' && userId ? characterStore.restoreFromTrash(c.req.param('id'), userId) : undefined;
    if (!row) return errorBody(c, 'ERROR', trashErrors.character, 400);
    return c.json({ charID: row.id, same_id: true });
  });

  return { routes, purge };
}
