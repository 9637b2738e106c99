import { queryOptions } from '@tanstack/react-query';
import { versionChangeSchema, versionListSchema, versionSchema } from '@contract/schemas/versions';
import { apiRequest } from './client';

// Imported by the History page only (lazy), so the schemas load with it; imported statically, as the
// page's name form reads the contract's rule too (a dynamic import beside a static one splits nothing).
const DASHBOARD = '/dashboard';
const base = (charID: string) => `/characters/${encodeURIComponent(charID)}/versions`;

export const versionKeys = {
  all: ['versions'] as const,
  ofCharacter: (charID: string) => [...versionKeys.all, charID] as const,
  list: (charID: string) => [...versionKeys.ofCharacter(charID), 'list'] as const,
  details: (charID: string) => [...versionKeys.ofCharacter(charID), 'detail'] as const,
  detail: (charID: string, number: number) => [...versionKeys.details(charID), number] as const,
};

/** A character's versions, newest first. */
export const listVersions = (charID: string, signal?: AbortSignal) =>
  apiRequest(base(charID), { method: 'GET', base: DASHBOARD, schema: versionListSchema, signal }).then((body) => body.versions);

/** One version with the whole character as it was then. */
export const getVersion = (charID: string, number: number, signal?: AbortSignal) =>
  apiRequest(`${base(charID)}/${number}`, { method: 'GET', base: DASHBOARD, schema: versionSchema, signal });

/**
 * Makes the character what it was at that version. The server records this as a new version and
 * answers the newest version, with what it could not bring back (a document deleted since).
 */
export const restoreVersion = (charID: string, number: number) =>
  apiRequest(`${base(charID)}/${number}/restore`, { base: DASHBOARD, schema: versionChangeSchema }).then((body) => ({
    version: body.version,
    notRestored: body.not_restored ?? [],
  }));

/** Names a version ("shipped in build 0.4"); null or empty takes the name away. */
export const nameVersion = (charID: string, number: number, name: string | null) =>
  apiRequest(`${base(charID)}/${number}/name`, { base: DASHBOARD, body: { name }, schema: versionChangeSchema }).then(
    (body) => body.version,
  );

export const versionQueries = {
  // Asked for each time History opens: every save, restore and API call adds a version.
  list: (charID: string) =>
    queryOptions({ queryKey: versionKeys.list(charID), queryFn: ({ signal }) => listVersions(charID, signal), staleTime: 0 }),
  // A version's snapshot never changes (its name lives in the list).
  detail: (charID: string, number: number) =>
    queryOptions({
      queryKey: versionKeys.detail(charID, number),
      queryFn: ({ signal }) => getVersion(charID, number, signal),
      staleTime: Infinity,
    }),
};
