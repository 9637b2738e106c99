import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from './client';

const keyStateSchema = z.object({
  state: z.enum(['accepted', 'refused', 'not-allowed', 'rate-limited', 'unreachable', 'error']),
  message: z.string(),
  checkedAt: z.string(),
  latencyMs: z.nullable(z.number()),
});

/** The server's `/dashboard/status`: which backend answers, whether its key is accepted, which generator writes. */
export const statusSchema = z.object({
  tokenRequired: z.boolean(),
  authenticated: z.boolean(),
  backend: z.optional(z.enum(['local', 'convai'])),
  service: z.optional(z.string()),
  key: z.optional(keyStateSchema),
  generator: z.optional(z.object({ kind: z.string(), label: z.string() })),
});
export type Status = z.infer<typeof statusSchema>;

const DASHBOARD = '/dashboard';

export const statusKeys = { all: ['status'] as const };

/** `check` asks the server to test the key against the service now rather than use its last answer. */
export const getStatus = (check = false, signal?: AbortSignal) =>
  apiRequest(check ? '/status?check=1' : '/status', { method: 'GET', base: DASHBOARD, schema: statusSchema, signal });

export const signIn = (token: string) =>
  apiRequest('/sign-in', { base: DASHBOARD, body: { token }, schema: z.object({ authenticated: z.boolean() }) });

export const signOut = () => apiRequest('/sign-out', { base: DASHBOARD, schema: z.object({ authenticated: z.boolean() }) });

export const statusQueries = {
  status: () => queryOptions({ queryKey: statusKeys.all, queryFn: ({ signal }) => getStatus(false, signal), staleTime: 60_000 }),
};
