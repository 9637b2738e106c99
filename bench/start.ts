import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../server/testing/child-process';
import { ensureBuild } from '../server/ensure-build';
import { DIST_DIR } from '../server/static-app';
import { median, ms, type Bench } from './lib/report';

const root = path.resolve(import.meta.dirname, '..');

/** From `npm start` (the app already built) to the first successful request. */
async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/character/list`, { method: 'POST' });
        if (response.ok) return performance.now() - started;
      } catch {
        // not up yet
      }
      if (performance.now() - started > 30_000) throw new Error('the server did not answer within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    // npm starts the server as a child of its own: stop the whole group.
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

export const start: Bench = {
  name: 'start',
  async run({ smoke, log }) {
    ensureBuild(DIST_DIR);
    const runs = smoke ? 1 : 5;
    const fresh: number[] = [];
    const again: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convai-bench-start-'));
      try {
        fresh.push(await timeStart(dir)); // a new database: migrations and the demo data
        again.push(await timeStart(dir)); // the same database, started again
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      log(`  run ${run + 1}: new database ${ms(fresh.at(-1)!)}, existing database ${ms(again.at(-1)!)}`);
    }
    return [
      {
        what: '`npm start` (built) → first successful request, new database',
        measured: `median ${ms(median(fresh))}`,
        target: '≤ 1.5 s',
        met: median(fresh) <= 1_500,
      },
      {
        what: '`npm start` (built) → first successful request, existing database',
        measured: `median ${ms(median(again))}`,
        target: '≤ 1.5 s',
        met: median(again) <= 1_500,
      },
    ];
  },
};
