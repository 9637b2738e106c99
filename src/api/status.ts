import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';
import { handCheck, isPlainObject } from '@contract/check';

const keyStates = ['accepted', 'refused', 'not-allowed', 'rate-limited', 'unreachable', 'error'] as const;

/** The server's `/dashboard/status`: which backend answers, whether its key is accepted, which generator writes. */
export type Status = {
  tokenRequired: boolean;
  authenticated: boolean;
  backend?: 'local' | 'convai';
  service?: string;
  key?: { state: (typeof keyStates)[number]; message: string; checkedAt: string; latencyMs: number | null };
  generator?: { kind: string; label: string };
};

const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isKeyState = (value: unknown) =>
  isPlainObject(value) &&
  (keyStates as readonly unknown[]).includes(value.state) &&
  typeof value.message === 'string' &&
  typeof value.checkedAt === 'string' &&
  (value.latencyMs === null || typeof value.latencyMs === 'number');

// Checked by hand, not with zod: the status is read by the page shell, on the first page.
const statusCheck = handCheck((value): Status | undefined =>
  isPlainObject(value) &&
  typeof value.tokenRequired === 'boolean' &&
  typeof value.authenticated === 'boolean' &&
  optional(value.backend, (backend) => backend === 'local' || backend === 'convai') &&
  optional(value.service, (service) => typeof service === 'string') &&
  optional(value.key, isKeyState) &&
  optional(
    value.generator,
    (generator) => isPlainObject(generator) && typeof generator.kind === 'string' && typeof generator.label === 'string',
  )
    ? (value as Status)
    : undefined,
);

const signedInCheck = handCheck((value): { authenticated: boolean } | undefined =>
  isPlainObject(value) && typeof value.authenticated === 'boolean' ? { authenticated: value.authenticated } : undefined,
);

const DASHBOARD = '/dashboard';

export const statusKeys = { all: ['status'] as const };

/** `check` asks the server to test the key against the service now rather than use its last answer. */
export const getStatus = (check = false, signal?: AbortSignal) =>
  apiRequest(check ? '/status?check=1' : '/status', { method: 'GET', base: DASHBOARD, schema: statusCheck, signal });

export const signIn = (token: string) => apiRequest('/sign-in', { base: DASHBOARD, body: { token }, schema: signedInCheck });

export const signOut = () => apiRequest('/sign-out', { base: DASHBOARD, schema: signedInCheck });

export const statusQueries = {
  status: () => queryOptions({ queryKey: statusKeys.all, queryFn: ({ signal }) => getStatus(false, signal), staleTime: 60_000 }),
};
