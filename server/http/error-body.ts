import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorKey } from '../../contract/errors';

/** The contract's error body: a one-key object whose key depends on the endpoint. */
export function errorBody(c: Context, key: ErrorKey, message: string, status: ContentfulStatusCode) {
  return c.json({ [key]: message }, status);
}
