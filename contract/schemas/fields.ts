/**
 * Lenient field schemas for request bodies: clients send booleans and numbers as strings, and lists
 * as JSON arrays, JSON-encoded strings or comma-separated text.
 */
import { z } from 'zod/mini';
import { languageNames } from '../languages';
import { limits } from '../limits';

const truthy = new Set(['true', '1', 'yes']);
const falsy = new Set(['false', '0', 'no', '']);

/** A boolean sent as a JSON boolean, as the numbers 1 and 0, or as "True"/"true"/"False"/"1"/"0". */
export const looseBoolean = z.pipe(
  z.union([z.boolean(), z.string(), z.number()]),
  z.transform((value: boolean | string | number, ctx) => {
    if (typeof value === 'boolean') return value;
    const text = String(value).trim().toLowerCase();
    if (truthy.has(text)) return true;
    if (falsy.has(text)) return false;
    ctx.issues.push({ code: 'custom', message: `Expected a boolean, got "${value}".`, input: value });
    return false;
  }),
);

/** A number sent as a JSON number or as a string ("-1", "0.7"), which `accepts` must take. */
const looseNumeral = (accepts: (value: number) => boolean, kind: string) =>
  z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((value: number | string, ctx) => {
      const number = typeof value === 'number' ? value : Number(value.trim());
      if (!accepts(number) || (typeof value === 'string' && value.trim() === '')) {
        ctx.issues.push({ code: 'custom', message: `Expected ${kind}, got "${String(value)}".`, input: value });
      }
      return number;
    }),
  );

/** An integer sent as a JSON number or as a string ("-1"). */
export const looseInteger = looseNumeral(Number.isInteger, 'a whole number');

/** A finite number sent as a JSON number or as a string ("0.7"). */
export const looseNumber = looseNumeral(Number.isFinite, 'a number');

/**
 * A JSON object or list sent as itself or, in a form body, as its JSON text
 * (`memorySettings={"enabled": true}`). Text that is not JSON is left for the inner schema to refuse.
 */
export const jsonOrText = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((value: unknown) => {
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    }),
    schema,
  );

// Text fields refuse NUL and other control characters (tab and line breaks excepted).
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Required text: trimmed, not empty, at most `max` characters, no control characters. */
export const textField = (label: string, max: number) =>
  z.string({ error: `${label} must be text.` }).check(
    z.trim(),
    z.minLength(1, `${label} is required.`),
    z.maxLength(max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`),
    z.refine((text: string) => !controlCharacters.test(text), `${label} contains control characters.`),
  );

/** Text that may be empty ("" clears a setting): trimmed, at most `max` characters, no control characters. */
export const plainText = (label: string, max: number) =>
  z.string({ error: `${label} must be text.` }).check(
    z.trim(),
    z.maxLength(max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`),
    z.refine((text: string) => !controlCharacters.test(text), `${label} contains control characters.`),
  );

/** Optional text, which may be empty. */
export const optionalText = (label: string, max: number) => z.optional(plainText(label, max));

/** One language code of the Language List API. */
export const languageCode = (label: string) =>
  textField(label, 20).check(
    z.refine((code: string) => code in languageNames, {
      error: (issue) => `Unknown language code: ${String(issue.input)}.`,
    }),
  );

/** Splits a list given as "a, b" or ["a", "b"] into trimmed, non-empty, unique items. */
const splitList = (value: string | string[]) => {
  const parts = Array.isArray(value) ? value : value.split(',');
  return [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
};

/** An action list given as "a, b" or ["a", "b"]. */
export const actionList = z.pipe(
  z.pipe(z.union([z.string(), z.array(z.string())]), z.transform(splitList)),
  z
    .array(
      z.string().check(
        z.maxLength(limits.actionMax, `An action must be at most ${limits.actionMax} characters.`),
        z.refine((text: string) => !controlCharacters.test(text), 'An action contains control characters.'),
      ),
    )
    .check(z.maxLength(limits.actionsMax, `At most ${limits.actionsMax} actions.`)),
);

/** A list of language codes sent as a JSON array, a JSON-encoded string, or "a, b". */
export const languageCodeList = z.pipe(
  z.pipe(
    z.union([z.string(), z.array(z.string())]),
    z.transform((value: string | string[]) => {
      if (typeof value === 'string' && value.trim().startsWith('[')) {
        try {
          const parsed: unknown = JSON.parse(value);
          if (Array.isArray(parsed)) return splitList(parsed.map(String));
        } catch {
          // not JSON: the comma-separated reading stands
        }
      }
      return splitList(value);
    }),
  ),
  z.array(z.string()).check(
    z.minLength(1, 'At least one language is required.'),
    z.maxLength(limits.languagesMax),
    z.superRefine((codes: string[], ctx) => {
      const unknown = codes.filter((code) => !(code in languageNames));
      if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `Unknown language code: ${unknown.join(', ')}.`, input: codes });
    }),
  ),
);
