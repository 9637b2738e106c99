import type { Context } from 'hono';
import type { VersionSource } from '../../contract/schemas/versions';

/**
 * The requests the dashboard's `/api` passed to the local implementation, and where the change
 * came from (the dashboard, or a generated backstory applied there). Kept by the Request object
 * itself: no header a client could send makes a call pass for the dashboard's.
 */
const dashboardRequests = new WeakMap<Request, { source: 'dashboard' | 'generator'; baseVersion: number | null }>();

/**
 * Marks a request as the dashboard's; `baseVersion` is the character's version the dashboard's page
 * was showing when it saved (a save over a newer one is refused, so that two tabs do not overwrite
 * each other silently).
 */
export function markDashboardRequest(request: Request, source: 'dashboard' | 'generator', baseVersion: number | null) {
  dashboardRequests.set(request, { source, baseVersion });
}

/**
 * What the dashboard's own `/api` request says of its change: a generated backstory applied
 * (`X-Change-Source: generator`) or an edit, and the version its page showed (`X-Base-Version`).
 */
export function dashboardChangeOf(c: Context): { source: 'dashboard' | 'generator'; baseVersion: number | null } {
  const base = c.req.header('x-base-version');
  return {
    source: c.req.header('x-change-source') === 'generator' ? 'generator' : 'dashboard',
    baseVersion: base && /^\d{1,9}$/.test(base) ? Number(base) : null,
  };
}

/** Where a change made by this request came from: the dashboard, a generated backstory applied there, or an API client. */
export function changeSourceOf(c: Context): VersionSource {
  return dashboardRequests.get(c.req.raw)?.source ?? 'api';
}

/** The version the dashboard's page showed when it saved, if it said. */
export function baseVersionOf(c: Context): number | null {
  return dashboardRequests.get(c.req.raw)?.baseVersion ?? null;
}
