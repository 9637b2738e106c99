import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src'), '@contract': path.resolve(import.meta.dirname, 'contract') } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'contract/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The reliability suite (fuzzing, crashes, load) runs on its own: see vitest.reliability.config.ts.
    exclude: ['server/reliability/**', 'node_modules/**'],
    environment: 'node',
    restoreMocks: true,
  },
});
