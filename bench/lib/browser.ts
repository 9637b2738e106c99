import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../../e2e/support/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
}

export async function newPage(browser: Browser, width = 1280, height = 800): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  // The benchmarks run through tsx, whose compiler names functions with a `__name` helper; the
  // functions handed to the page need it there too. (A string, so it is not compiled itself.)
  await context.addInitScript('window.__name = (fn) => fn;');
  return context.newPage();
}

/**
 * Installs, before any page script, the measuring aids the browser benchmarks share:
 * - `__frameEnds`: the time just after each frame was painted (a task posted from each animation
 *   frame runs once that frame's rendering is done);
 * - `__paintedAfter(t)`: the first of those at or after `t`;
 * - `__longTasks`: the duration of every task over 50 ms (PerformanceObserver, longtask).
 */
export async function installProbes(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const frameEnds: number[] = [];
    const longTasks: number[] = [];
    w.__frameEnds = frameEnds;
    w.__longTasks = longTasks;
    const loop = () => {
      setTimeout(() => frameEnds.push(performance.now()), 0);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    w.__paintedAfter = (time: number) => frameEnds.find((end) => end >= time) ?? null;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // longtask entries are a Chromium feature
    }
  });
}

/**
 * Types `text` a key at a time and measures, for each key, the time from its keydown to the paint
 * of the frame in which the element matched by `watched` changed (the page's answer to the key).
 */
export async function timeKeystrokes(page: Page, watched: string, text: string): Promise<number[]> {
  await page.evaluate((selector) => {
    const w = window as unknown as Record<string, unknown>;
    const results: Array<{ t0: number; changed: number }> = [];
    w.__keyResults = results;
    let pending: { t0: number; before: string } | null = null;
    const element = () => document.querySelector(selector);
    document.addEventListener('keydown', () => (pending = { t0: performance.now(), before: element()?.textContent ?? '' }), true);
    new MutationObserver(() => {
      if (!pending) return;
      const now = element()?.textContent ?? '';
      if (now === pending.before) return;
      results.push({ t0: pending.t0, changed: performance.now() });
      pending = null;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, watched);
  for (const key of text) {
    await page.keyboard.type(key);
    await page.waitForTimeout(250);
  }
  return page.evaluate(() => {
    const w = window as unknown as { __keyResults: Array<{ t0: number; changed: number }>; __paintedAfter: (t: number) => number | null };
    return w.__keyResults.map((result) => (w.__paintedAfter(result.changed) ?? result.changed) - result.t0);
  });
}

/** When the API call matching `part` finished, on the page's clock. */
export async function responseEnd(page: Page, part: string): Promise<number> {
  return page.evaluate((fragment) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return entries.filter((entry) => entry.name.includes(fragment)).at(-1)?.responseEnd ?? NaN;
  }, part);
}

/** Notes, on the page's clock, when the first element matching `selector` appears. */
export async function watchFor(page: Page, selector: string) {
  await page.addInitScript((wanted) => {
    const w = window as unknown as Record<string, unknown>;
    const observer = new MutationObserver(() => {
      if (document.querySelector(wanted)) {
        w.__appearedAt = performance.now();
        observer.disconnect();
      }
    });
    const start = () => observer.observe(document.documentElement, { subtree: true, childList: true });
    if (document.documentElement) start();
    else document.addEventListener('DOMContentLoaded', start);
  }, selector);
  return async () =>
    page.evaluate(() => {
      const w = window as unknown as { __appearedAt?: number; __paintedAfter: (t: number) => number | null };
      return w.__appearedAt === undefined ? NaN : (w.__paintedAfter(w.__appearedAt) ?? w.__appearedAt);
    });
}

/** A page with the probes, on the backstory generator, its name and description filled in. */
export async function openBackstoryPage(browser: Browser, url: string, description: string): Promise<Page> {
  const page = await newPage(browser);
  await installProbes(page);
  await page.goto(`${url}/backstory`);
  await page.getByLabel('Name').fill('Bench');
  await page.getByLabel('Description').fill(description);
  return page;
}
