import { Hono } from 'hono';
import type { Backend } from '../config';
import type { CharacterStore } from '../db/characters';
import { errorBody } from '../http/error-body';
import { requireAccess, type DashboardAccess } from './access';

const DAY_MS = 24 * 60 * 60 * 1000;

export const trashErrors = {
  hosted: 'The trash is kept by the local server for now: in front of Convai, a deleted character is gone.',
  character: 'No character of yours in the trash has that id: it was restored, or its time in the trash is up.',
} as const;

/**
 * The trash, mounted at /dashboard: the dashboard user's deleted characters, each restorable for
 * `days` days under its own id (with its sessions, documents, graph and history); after that it is
 * deleted for good. Through the Convai API a deleted character is gone, as Convai documents.
 */
export function trashRoutes(options: {
  access: DashboardAccess;
  backend: Backend;
  userId: string | null;
  characterStore: CharacterStore;
  days: number;
}) {
  const { backend, userId, characterStore, days } = options;
  const routes = new Hono();
  routes.use('/trash', requireAccess(options.access));
  routes.use('/trash/*', requireAccess(options.access));

  /** Deletes for good what has been in the trash longer than it may. */
  const purge = () => characterStore.purgeTrash(new Date(Date.now() - days * DAY_MS).toISOString());

  routes.get('/trash', (c) => {
    if (backend.kind !== 'local' || !userId) return errorBody(c, 'ERROR', trashErrors.hosted, 400);
    purge();
    return c.json({
      days,
      characters: characterStore.trash(userId).map((row) => ({
        character_id: row.id,
        character_name: row.name,
        deleted_at: row.deleted_at,
        expires_at: new Date(Date.parse(row.deleted_at) + days * DAY_MS).toISOString(),
      })),
    });
  });

  routes.post('/trash/:id/restore', (c) => {
    if (backend.kind !== 'local' || !userId) return errorBody(c, 'ERROR', trashErrors.hosted, 400);
    purge();
    const row = characterStore.restoreFromTrash(c.req.param('id'), userId);
    if (!row) return errorBody(c, 'ERROR', trashErrors.character, 400);
    return c.json({ charID: row.id });
  });

  return { routes, purge };
}
