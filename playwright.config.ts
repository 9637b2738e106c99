import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './e2e/support/chromium';
import { servers } from './e2e/support/servers';

// Two servers, each on a fresh data directory: one seeded with the demo data, one that starts empty.
// The directories are made once, in the main process; workers inherit them through the environment.
process.env.E2E_DATA_ROOT ??= fs.mkdtempSync(path.join(os.tmpdir(), 'convai-e2e-'));
const root = process.env.E2E_DATA_ROOT;

const server = (url: string, dataDir: string, seedDemo: boolean) => ({
  command: 'npx tsx server/index.ts',
  url: `${url}/characters`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  env: {
    PORT: new URL(url).port,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: String(seedDemo),
    SKIP_BUILD: 'true',
  },
});

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: servers.demo,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: [
    server(servers.demo, path.join(root, 'demo'), true),
    server(servers.blank, path.join(root, 'blank'), false),
  ],
});
