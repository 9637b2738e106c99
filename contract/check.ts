/**
 * Checking answers without zod: the first page loads these and not zod, which would add about
 * 15 KB (gzipped) to it. Each hand-written check has a test proving it agrees with its schema.
 */

/** What the API module validates an answer with: a zod schema, or a hand-written check. */
export type Validator<T> = { safeParse(value: unknown): { success: true; data: T } | { success: false } };

/** A Validator from a function that returns the checked (and normalised) value, or undefined when it does not fit. */
export function handCheck<T>(check: (value: unknown) => T | undefined): Validator<T> {
  return {
    safeParse(value) {
      const data = check(value);
      return data === undefined ? { success: false } : { success: true, data };
    },
  };
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The contract writes an empty value as the string "NULL" in several fields. */
export const nullString = (value: unknown) => (value === 'NULL' || value === '' ? null : value);

/**
 * A web address the dashboard may load (a picture, a voice sample): http(s), or a path on its own
 * server. Anything else ("NULL", javascript:, data:, //other-host) is not one.
 */
export const isSafeUrl = (value: unknown): value is string => typeof value === 'string' && /^(https?:\/\/|\/(?!\/))\S+$/.test(value);
