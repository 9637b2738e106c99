import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:reliability`: fuzzing, crash durability, isolation, streams under faults, load.
 * One file at a time: several of them start servers and measure them, and would disturb each other.
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src'), '@contract': path.resolve(import.meta.dirname, 'contract') } },
  test: {
    include: ['server/reliability/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
