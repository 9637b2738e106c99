import type { Context } from 'hono';
import type { z } from 'zod/mini';
import { errorMessages, type ErrorKey } from '../../contract/errors';
import { hashKey, type User } from '../db/users';
import { errorBody } from '../http/error-body';
import { MAX_BODY_BYTES, readRequestBody } from './request-body';

/** The users by the hash of their key. */
export type KeyRing = ReadonlyMap<string, User>;

// Keys already seen to be valid, so a known key is not hashed on every request. Only valid keys
// are kept (there are as many as LOCAL_API_KEYS holds), so random keys cannot grow it.
const knownKeys = new WeakMap<KeyRing, Map<string, User>>();

/**
 * Resolves the request's CONVAI-API-KEY to a user, or answers the documented error: 401, except
 * where the contract documents 400 for a missing key (the character, voice and language lists).
 */
export function authenticate(c: Context, keys: KeyRing, errorKey: ErrorKey, missingKeyStatus: 400 | 401 = 401): User | Response {
  const key = c.req.header('CONVAI-API-KEY');
  if (!key) return errorBody(c, errorKey, errorMessages.missingKey, missingKeyStatus);
  let known = knownKeys.get(keys);
  if (!known) knownKeys.set(keys, (known = new Map<string, User>()));
  const user = known.get(key) ?? keys.get(hashKey(key));
  if (!user) return errorBody(c, errorKey, errorMessages.invalidKey, 401);
  known.set(key, user);
  return user;
}

type EndpointSpec<S extends z.ZodMiniType> = {
  /** The key of this endpoint's 401 body. */
  authKey: ErrorKey;
  /** The status for a missing key, where the contract documents 400 instead of 401. */
  missingKeyStatus?: 400;
  /** The key of this endpoint's 400 body. */
  errorKey: ErrorKey;
  schema: S;
  /** The 400 message for input that does not validate; given the first problem found. */
  invalid: (problem: string) => string;
  /** The largest body this endpoint reads (uploads); MAX_BODY_BYTES when left out. */
  maxBodyBytes?: number;
  /** The 413 message for a body beyond it. */
  tooLarge?: string;
};

/**
 * Wraps a Convai POST handler: checks the key, reads the body in any encoding, validates it with
 * the contract's schema, and answers every failure with this endpoint's own error body.
 */
export function convaiPost<S extends z.ZodMiniType>(
  keys: KeyRing,
  spec: EndpointSpec<S>,
  handler: (c: Context, input: z.output<S>, user: User) => Response | Promise<Response>,
) {
  return async (c: Context): Promise<Response> => {
    const user = authenticate(c, keys, spec.authKey, spec.missingKeyStatus);
    if (user instanceof Response) return user;
    const limit = spec.maxBodyBytes ?? MAX_BODY_BYTES;
    const read = await readRequestBody(c.req.raw, limit);
    if (!read.ok) {
      if (read.reason === 'malformed') return errorBody(c, spec.errorKey, spec.invalid('The request body could not be parsed.'), 400);
      // The rest of an oversized body is not read: the connection must not be used again.
      c.header('Connection', 'close');
      return errorBody(c, spec.errorKey, spec.tooLarge ?? `Request body is too large: the limit is ${limit / 1024 / 1024} MiB.`, 413);
    }
    const parsed = spec.schema.safeParse(read.body);
    if (!parsed.success) {
      const message = describeProblem(parsed.error.issues[0], read.body);
      return errorBody(c, spec.errorKey, spec.invalid(message), 400);
    }
    return handler(c, parsed.data, user);
  };
}

function describeProblem(issue: z.core.$ZodIssue | undefined, body: Record<string, unknown>): string {
  if (!issue) return 'Invalid input.';
  if (issue.code === 'unrecognized_keys') {
    return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}; nothing was changed.`;
  }
  const field = issue.path.map(String).join('.');
  if (!field) return issue.message;
  if (issue.code === 'invalid_type' && body[String(issue.path[0])] === undefined) return `${field} is required.`;
  return issue.message.includes(field) ? issue.message : `${field}: ${issue.message}`;
}
