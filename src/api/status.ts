import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

const keyStateSchema = z.object({
  state: z.enum(['accepted', 'refused', 'not-allowed', 'rate-limited', 'unreachable', 'error']),
  message: z.string(),
  checkedAt: z.string(),
  latencyMs: z.number().nullable(),
});

/** The server's `/dashboard/status`: which backend answers, whether its key is accepted, which generator writes. */
export const statusSchema = z.object({
  tokenRequired: z.boolean(),
  authenticated: z.boolean(),
  backend: z.enum(['local', 'convai']).optional(),
  service: z.string().optional(),
  key: keyStateSchema.optional(),
  generator: z.object({ kind: z.string(), label: z.string() }).optional(),
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
