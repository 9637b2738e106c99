import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/app';
import { createCharacterStore } from '../../server/db/characters';
import { openDatabase, type Db } from '../../server/db/connection';
import { createSessionStore } from '../../server/db/sessions';
import { registerUsers } from '../../server/db/users';
import type { TextGenerator } from '../../server/generate/generator';
import { offlineGenerator } from '../../server/generate/offline-generator';
import { ensureBuild } from '../../server/ensure-build';
import { DIST_DIR } from '../../server/static-app';
import { spawnFixture } from '../../server/testing/child-process';
import { listen } from '../../server/testing/listen';

export const BENCH_KEY = 'bench-local-key-0001';

/** With BENCH_PROFILE_DIR set, every fixture process writes a CPU profile there when it exits (for Chromium's DevTools). */
const profiling = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE_DIR)}`] : [];

/** A fixture of bench/fixtures/ as its own Node process, once it has printed "READY <port> …". */
export const startFixture = (script: string, args: string[] = []) => spawnFixture(script, args, { nodeArgs: profiling });

/**
 * This project's server, in this process, on a fresh database the benchmark fills directly
 * (thousands of rows in a moment), serving the built app.
 */
export async function fixtureServer(
  options: {
    generator?: TextGenerator;
    fill?: (db: Db, userId: string) => void;
    /** Holds back answers to paths containing these words, so that the page's code is in before the data. */
    delay?: { paths: string[]; ms: number };
  } = {},
) {
  ensureBuild(DIST_DIR);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convai-bench-'));
  const { db } = openDatabase(dir);
  const userId = registerUsers(db, [BENCH_KEY]).get(BENCH_KEY)!.id;
  if (options.fill) db.transaction(() => options.fill!(db, userId))();
  const app = createApp({
    db,
    localApiKeys: [BENCH_KEY],
    distDir: DIST_DIR,
    generator: options.generator ?? offlineGenerator({ delayMs: 0 }),
  });
  const delay = options.delay;
  const server = await listen(async (request) => {
    if (delay && delay.paths.some((part) => new URL(request.url).pathname.includes(part))) {
      await new Promise((resolve) => setTimeout(resolve, delay.ms));
    }
    return app.fetch(request);
  });
  return {
    url: server.url,
    db,
    close: async () => {
      await server.close();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Adds characters named "Character 00000"… quickly. */
export function addCharacters(db: Db, userId: string, count: number): string[] {
  const characterStore = createCharacterStore(db);
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    ids.push(
      characterStore.create({
        userId,
        name: `Character ${String(index).padStart(5, '0')}`,
        voiceType: index % 2 ? 'MALE' : 'FEMALE',
        backstory: `Character number ${index}, made for a benchmark.`,
        actions: ['wave', 'nod'],
        languageCodes: index % 3 ? ['en-US'] : ['en-US', 'de-DE'],
        createdAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString().slice(0, 19),
      }),
    );
  }
  return ids;
}

const phrases = [
  'the harbour at dawn',
  'a map of the northern ports',
  'the price of salt cod',
  'an old brass sextant',
  'the storm of last winter',
  'a letter from the captain',
  'the lighthouse on Gull Rock',
  'a game of dice',
];

/** Adds a session of `exchanges` exchanges to a character, a few seconds apart. */
export function addSession(db: Db, userId: string, characterId: string, exchanges: number, start: Date, seed = 0): string {
  const sessionStore = createSessionStore(db);
  const started = start.getTime();
  const id = sessionStore.start(characterId, userId, { startedAt: stamp(started) });
  for (let index = 0; index < exchanges; index += 1) {
    const topic = phrases[(index + seed) % phrases.length];
    sessionStore.record(id, characterId, {
      userText: `Message ${index + 1} of session ${seed}: tell me about ${topic}.`,
      characterText: `Ah, ${topic}. That is a story I have told many times, and I will tell it again for you, exchange ${index + 1}.`,
      trigger: index === 0 && seed % 5 === 0 ? { name: 'player_enters' } : null,
      at: stamp(started + (index + 1) * 4_000),
    });
  }
  return id;
}

const stamp = (time: number) => {
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000`;
};
