import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';

// Only the History tab (lazy) calls these; the schemas load with its first call.
const contract = () => import('@contract/schemas/versions');
const listSchema = () => contract().then((module) => module.versionListSchema);
const versionSchema = () => contract().then((module) => module.versionSchema);
const changeSchema = () => contract().then((module) => module.versionChangeSchema);

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
  apiRequest(base(charID), { method: 'GET', base: DASHBOARD, schema: listSchema, signal }).then((body) => body.versions);

/** One version with the whole character as it was then. */
export const getVersion = (charID: string, number: number, signal?: AbortSignal) =>
  apiRequest(`${base(charID)}/${number}`, { method: 'GET', base: DASHBOARD, schema: versionSchema, signal });

/** Makes the character what it was at that version; the server records this as a new version, which it answers. */
export const restoreVersion = (charID: string, number: number) =>
  apiRequest(`${base(charID)}/${number}/restore`, { base: DASHBOARD, schema: changeSchema }).then((body) => body.version);

/** Names a version ("shipped in build 0.4"); null or empty takes the name away. */
export const nameVersion = (charID: string, number: number, name: string | null) =>
  apiRequest(`${base(charID)}/${number}/name`, { base: DASHBOARD, body: { name }, schema: changeSchema }).then((body) => body.version);

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
