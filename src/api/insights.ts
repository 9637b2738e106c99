import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { insightsSchema } from '@contract/schemas/insights';
import { apiRequest } from './client';

// Imported by the Insights page only (lazy), so its schema loads with it.
const DASHBOARD = '/dashboard';

/** What Insights is asked for: a character's id or "all", and a range (empty: the server's default). */
export type InsightsRequest = { character: string; from: string; to: string; tzOffset: number };

export const insightsKeys = {
  all: ['insights'] as const,
  detail: (request: InsightsRequest) => [...insightsKeys.all, request] as const,
};

/** The figures of the user's characters (one, or all) over the range, days counted at the browser's offset. */
export const getInsights = (request: InsightsRequest, signal?: AbortSignal) => {
  const params = new URLSearchParams({ character: request.character, tz: String(request.tzOffset) });
  if (request.from) params.set('from', request.from);
  if (request.to) params.set('to', request.to);
  return apiRequest(`/insights?${params.toString()}`, { method: 'GET', base: DASHBOARD, schema: insightsSchema, signal });
};

export const insightsQueries = {
  // The figures stay on screen while the next ones load: a changed range redraws, it does not blank the page.
  detail: (request: InsightsRequest) =>
    queryOptions({
      queryKey: insightsKeys.detail(request),
      queryFn: ({ signal }) => getInsights(request, signal),
      placeholderData: keepPreviousData,
    }),
};
