import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Where the demo content lives: beside this module, so a start from any directory finds it. */
const DEMO_DATA_DIR = path.join(import.meta.dirname, 'demo-data');

/**
 * Reads a JSON file of `server/db/demo-data/` and checks it against `schema`; a malformed file
 * stops with its path and what is wrong in it. (Read with fs, not imported: the same code runs
 * under tsx, Vite's SSR loader and Vitest.)
 */
export function readDemoFile<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  const file = path.join(DEMO_DATA_DIR, name);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Demo data ${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`Demo data ${file} is malformed:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
