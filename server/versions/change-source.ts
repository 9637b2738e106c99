import type { Context } from 'hono';
import type { VersionSource } from '../../contract/schemas/versions';

/**
 * The requests the dashboard's `/api` passed to the local implementation, and where the change
 * came from (the dashboard, or a generated backstory applied there). Kept by the Request object
 * itself: no header a client could send makes a call pass for the dashboard's.
 */
const dashboardRequests = new WeakMap<Request, 'dashboard' | 'generator'>();

export function markDashboardRequest(request: Request, source: 'dashboard' | 'generator') {
  dashboardRequests.set(request, source);
}

/** Where a change made by this request came from: the dashboard, a generated backstory applied there, or an API client. */
export function changeSourceOf(c: Context): VersionSource {
  return dashboardRequests.get(c.req.raw) ?? 'api';
}
