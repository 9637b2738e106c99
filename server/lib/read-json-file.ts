import fs from 'node:fs';
import { z } from 'zod';

/**
 * Reads a JSON data file of the server and checks it against `schema`; a malformed file stops with
 * its path and what is wrong in it (`what` names the kind of file: "Demo data", "Phrase bank").
 * Read with fs, not imported: the same code runs under tsx, Vite's SSR loader and Vitest.
 */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S, what: string): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${what} ${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${what} ${file} is malformed:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
