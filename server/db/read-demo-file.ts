import path from 'node:path';
import type { z } from 'zod';
import { readJsonFile } from '../lib/read-json-file';

/** Where the demo content lives: beside this module, so a start from any directory finds it. */
const DEMO_DATA_DIR = path.join(import.meta.dirname, 'demo-data');

/** Reads a JSON file of `server/db/demo-data/` and checks it against `schema` (see readJsonFile). */
export function readDemoFile<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  return readJsonFile(path.join(DEMO_DATA_DIR, name), schema, 'Demo data');
}
