import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './e2e/support/chromium';
import { arrangements, HOSTED_KEY, type ArrangementOptions } from './e2e/support/servers';

// Every server on a fresh data directory, made once in the main process; workers inherit it.
process.env.E2E_DATA_ROOT ??= fs.mkdtempSync(path.join(os.tmpdir(), 'convai-e2e-'));
const root = process.env.E2E_DATA_ROOT;

const server = (url: string, name: string, env: Record<string, string>) => ({
  command: 'node --import tsx server/index.ts',
  url: `${url}/characters`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  env: { PORT: new URL(url).port, HOST: '127.0.0.1', DATA_DIR: path.join(root, name), SKIP_BUILD: 'true', ...env },
});

const convai = (upstream: string) => ({ BACKEND: 'convai', CONVAI_API_URL: upstream, CONVAI_API_KEY: HOSTED_KEY });
const hosted = { LOCAL_API_KEYS: HOSTED_KEY };

export default defineConfig<ArrangementOptions>({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    { name: 'local', use: { baseURL: arrangements.local.demo, blankURL: arrangements.local.blank, backendKind: 'local' } },
    { name: 'convai', use: { baseURL: arrangements.convai.demo, blankURL: arrangements.convai.blank, backendKind: 'convai' } },
  ],
  webServer: [
    server(arrangements.local.demo, 'local-demo', { SEED_DEMO: 'true' }),
    server(arrangements.local.blank, 'local-blank', { SEED_DEMO: 'false' }),
    server(arrangements.convai.hostedDemo, 'hosted-demo', { ...hosted, SEED_DEMO: 'true' }),
    server(arrangements.convai.demo, 'convai-demo', convai(arrangements.convai.hostedDemo)),
    server(arrangements.convai.hostedBlank, 'hosted-blank', { ...hosted, SEED_DEMO: 'false' }),
    server(arrangements.convai.blank, 'convai-blank', convai(arrangements.convai.hostedBlank)),
  ],
});
