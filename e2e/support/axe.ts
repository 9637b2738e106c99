import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './test';

/** The WCAG 2.0 and 2.1 rules, levels A and AA. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One line per violation and one per element it names: rule, impact, what it asks, where, and axe's summary of the fix. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 8)
        .map((node) => {
          const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').replace(/^Fix (any|all) of the following: /, '');
          return `    ${node.target.join(' ')}\n      ${summary.slice(0, 240)}`;
        })
        .join('\n');
      const more = violation.nodes.length > 8 ? `\n    … and ${violation.nodes.length - 8} more` : '';
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Runs axe on the page (or a part of it) and records, as a soft failure, every serious or critical
 * violation: one failed audit does not hide the next page's.
 */
export async function audit(page: Page, what: string, options: { include?: string } = {}) {
  // Colours are measured as drawn: a dialog fading in or a button's colour transition caught half-way
  // reads as low contrast. Every animation that ends (not a spinner's) is let finish first.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  let builder = new AxeBuilder({ page }).withTags(tags);
  if (options.include) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect.soft(serious.length, `accessibility violations on ${what}:\n${describeViolations(serious)}`).toBe(0);
}

/** A full-page PNG in the test's output folder, attached to the report: `<project>-<theme>-<name>.png`. */
export async function screenshot(page: Page, testInfo: TestInfo, theme: string, name: string) {
  const file = testInfo.outputPath(`${testInfo.project.name}-${theme}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
  await testInfo.attach(`${testInfo.project.name}-${theme}-${name}`, { path: file, contentType: 'image/png' });
}
