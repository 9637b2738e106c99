import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnServer } from '../../server/testing/child-process';
import type { BackendKind } from './servers';

export type ChildServer = { url: string; output: () => string; kill: (signal?: NodeJS.Signals) => Promise<void> };

/**
 * A server of this project started by a test itself, on its own port and data directory, for
 * tests that stop or break a server (the shared test servers must keep running).
 */
export async function startChildServer(env: Record<string, string> = {}): Promise<ChildServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convai-child-'));
  return spawnServer({ DATA_DIR: dataDir, ...env }, undefined, {});
}

/** The key the hosted stand-in gives the dashboard's server in the convai arrangement (its first local key). */
export const HOSTED_KEY = 'child-hosted-key-7d1e44a0';

/**
 * A whole arrangement of the given kind, for one test: a local dashboard; or a dashboard in front of
 * a hosted service of its own. `source` is the server whose answers the browser gets (the one to
 * kill to break a stream); `front` is the one the browser talks to.
 */
export async function startArrangement(kind: BackendKind, env: Record<string, string> = {}, front: Record<string, string> = {}) {
  if (kind === 'local') {
    const server = await startChildServer({ ...env, ...front });
    return { front: server, source: server, stop: () => server.kill() };
  }
  const hostedKey = HOSTED_KEY;
  const source = await startChildServer({ LOCAL_API_KEYS: hostedKey, ...env });
  const frontServer = await startChildServer({
    BACKEND: 'convai',
    CONVAI_API_URL: source.url,
    CONVAI_API_KEY: hostedKey,
    UPSTREAM_TIMEOUT_MS: '5000',
    ...front,
  });
  return {
    front: frontServer,
    source,
    hostedKey,
    stop: async () => {
      await Promise.all([frontServer.kill(), source.kill()]);
    },
  };
}
