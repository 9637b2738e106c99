import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../db/connection';
import { spawnServer } from '../testing/child-process';

const KEY = 'durability-key-0001';
const CYCLES = 4;
const WRITERS = 6;

type Acked = { name: string; backstory: string; pending: string | null };

/**
 * A server under a steady stream of creates and updates is killed with SIGKILL, several times;
 * after each restart every write that had been answered with success is there, intact, and the
 * database passes its integrity check.
 */
describe('durability', () => {
  it(`keeps every acknowledged write through ${CYCLES} kills (SIGKILL) mid-write`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convai-durability-'));
    const acked = new Map<string, Acked>();
    let port: number | undefined;
    let totalWrites = 0;

    for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
      const server = await spawnServer({ DATA_DIR: dir, LOCAL_API_KEYS: KEY }, port);
      port = server.port;

      // Every write answered with success before the kill must have survived it.
      const missing: string[] = [];
      for (const [id, expected] of acked) {
        const response = await fetch(`${server.url}/character/get`, {
          method: 'POST',
          headers: { 'CONVAI-API-KEY': KEY, 'Content-Type': 'application/json' },
          body: JSON.stringify({ charID: id }),
        });
        const record = response.ok ? ((await response.json()) as { character_name: string; backstory: string }) : null;
        const intact =
          record &&
          record.character_name === expected.name &&
          (record.backstory === expected.backstory || record.backstory === expected.pending);
        if (!intact) missing.push(`${id}: ${JSON.stringify(record)} (expected ${JSON.stringify(expected)})`);
        else {
          expected.backstory = record.backstory;
          expected.pending = null;
        }
      }
      expect(missing).toEqual([]);
      const check = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
      if (cycle === CYCLES) {
        await server.kill('SIGTERM');
        break;
      }

      // Writers: create, then update what was created, over and over, until the kill.
      let stop = false;
      let writes = 0;
      const post = (route: string, body: unknown) =>
        fetch(`${server.url}${route}`, {
          method: 'POST',
          headers: { 'CONVAI-API-KEY': KEY, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
      const writer = async (worker: number) => {
        for (let index = 0; !stop; index += 1) {
          const name = `c${cycle}-w${worker}-${index}`;
          try {
            const created = await post('/character/create', { charName: name, voiceType: 'MALE', backstory: 'first' });
            if (created.status !== 201) continue;
            const { charID } = (await created.json()) as { charID: string };
            const entry: Acked = { name, backstory: 'first', pending: null };
            acked.set(charID, entry);
            writes += 1;
            entry.pending = `second ${index}`;
            const updated = await post('/character/update', { charID, backstory: entry.pending });
            if (updated.status === 200) {
              entry.backstory = entry.pending;
              entry.pending = null;
              writes += 1;
            }
          } catch {
            return; // the server is gone
          }
        }
      };
      const running = Array.from({ length: WRITERS }, (_, worker) => writer(worker));
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      await server.kill('SIGKILL');
      stop = true;
      await Promise.all(running);
      totalWrites += writes;
      console.log(`durability: cycle ${cycle}: ${writes} writes acknowledged, then SIGKILL`);
    }
    console.log(
      `durability: ${totalWrites} acknowledged writes over ${CYCLES - 1} kills, ${acked.size} characters, all present after every restart`,
    );
    expect(totalWrites).toBeGreaterThan(50);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
