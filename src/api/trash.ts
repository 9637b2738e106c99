import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';

// Loaded with the first call: only the Trash page and a delete's Undo make these.
const schemas = () => import('@contract/schemas/versions');

const DASHBOARD = '/dashboard';

export const trashKeys = {
  all: ['trash'] as const,
  list: () => [...trashKeys.all, 'list'] as const,
};

/** The deleted characters still restorable, most recently deleted first, and for how many days they are kept. */
export const listTrash = (signal?: AbortSignal) =>
  apiRequest('/trash', { method: 'GET', base: DASHBOARD, schema: () => schemas().then((module) => module.trashListSchema), signal });

/**
 * Brings a character back from the trash: locally under its own id, with its sessions, documents and
 * history; in front of Convai made again from its last version, under a new id (`sameId: false`).
 */
export const restoreFromTrash = (charID: string) =>
  apiRequest(`/trash/${encodeURIComponent(charID)}/restore`, {
    base: DASHBOARD,
    schema: () => schemas().then((module) => module.trashRestoreSchema),
  }).then((body) => ({ charID: body.charID, sameId: body.same_id, notRestored: body.not_restored ?? [] }));

export const trashQueries = {
  // Asked for each time the page opens: a delete elsewhere adds to it, and entries expire.
  list: () => queryOptions({ queryKey: trashKeys.list(), queryFn: ({ signal }) => listTrash(signal), staleTime: 0 }),
};
