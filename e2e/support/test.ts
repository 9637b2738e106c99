import { test as base, expect } from '@playwright/test';
import type { ArrangementOptions } from './servers';

/**
 * The browser tests' `test`: knows its arrangement, and fails any test whose page threw an uncaught
 * error or logged one to the console (a crashed page would otherwise only show as a missing
 * element). Failed HTTP responses are left out: the app shows those on purpose.
 */
export const test = base.extend<ArrangementOptions & { pageErrors: void }>({
  backendKind: ['local', { option: true }],
  blankURL: ['', { option: true }],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(`console: ${message.text()}`);
        }
      });
      await use();
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
