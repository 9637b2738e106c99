import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_DIR } from '../server/static-app';
import { launchBrowser, newPage } from './lib/browser';
import { addCharacters, fixtureServer } from './lib/fixture-server';
import { kb, type Bench } from './lib/report';

const gzipped = (content: Buffer) => gzipSync(content, { level: 9 }).length;

/**
 * The first page's recorded size: a run (the smoke run in `npm test` included) fails when the page
 * grows past it by more than the allowance. New pages and features load lazily; when growth is
 * meant, record the new size with `npm run bench -- --only=first-page-js --record-budget`.
 */
const BUDGET_FILE = path.resolve(import.meta.dirname, 'first-page-budget.json');
type Budget = { recordedBytes: number; allowanceBytes: number };
const readBudget = () => JSON.parse(fs.readFileSync(BUDGET_FILE, 'utf8')) as Budget;

type Manifest = Record<string, { file: string; imports?: string[] }>;

/**
 * The first page's JS from the build's manifest: the entry and the characters page, with every
 * chunk they import statically. The same files Chromium loads before the list shows, but counted
 * without a browser's timing, so the budget does not depend on the machine.
 */
function firstPageFromManifest(): number {
  const manifestFile = path.join(DIST_DIR, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`No ${manifestFile}: build the app first (npm run build).`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  const chunks = new Set<string>();
  const visit = (key: string) => {
    if (chunks.has(key)) return;
    if (!manifest[key]) throw new Error(`The build's manifest has no ${key}.`);
    chunks.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit('index.html');
  visit('src/features/characters/characters-page.tsx');
  return [...chunks].reduce((sum, key) => sum + gzipped(fs.readFileSync(path.join(DIST_DIR, manifest[key].file))), 0);
}

/** The JavaScript the /characters page loads (as Chromium fetches it), and all of the build, gzipped. */
export const firstPageJs: Bench = {
  name: 'first-page-js',
  async run({ log }) {
    const server = await fixtureServer({ fill: (db, userId) => addCharacters(db, userId, 20) });
    const browser = await launchBrowser();
    try {
      const page = await newPage(browser);
      const scripts = new Map<string, number>();
      let listShown = false;
      page.on('response', async (response) => {
        // What the page needs: the scripts requested before the list of characters was on screen.
        if (response.request().resourceType() === 'script' && !listShown)
          scripts.set(new URL(response.url()).pathname, gzipped(await response.body()));
      });
      await page.goto(`${server.url}/characters`);
      await page.getByRole('list', { name: 'Characters' }).waitFor();
      listShown = true;
      await page.waitForLoadState('networkidle');
      const first = [...scripts.values()].reduce((sum, size) => sum + size, 0);
      for (const [name, size] of [...scripts].sort((a, b) => b[1] - a[1])) log(`  ${name}: ${kb(size)}`);

      const assets = path.join(DIST_DIR, 'assets');
      const all = fs
        .readdirSync(assets)
        .filter((file) => file.endsWith('.js'))
        .reduce((sum, file) => sum + gzipped(fs.readFileSync(path.join(assets, file))), 0);
      const counted = firstPageFromManifest();
      log(`  first page by the build's manifest: ${counted} bytes (in the browser: ${first})`);
      let budget = readBudget();
      if (process.argv.includes('--record-budget')) {
        budget = { ...budget, recordedBytes: counted };
        fs.writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
        log(`  budget recorded: ${first} bytes`);
      } else if (counted > budget.recordedBytes + budget.allowanceBytes) {
        throw new Error(
          `The first page's JS is ${kb(counted)}, more than its recorded ${kb(budget.recordedBytes)} plus ${kb(budget.allowanceBytes)}: load the new code lazily, or record the new size (npm run bench -- --only=first-page-js --record-budget).`,
        );
      }
      return [
        {
          what: 'JS for the first page (/characters), gzip -9',
          measured: `${kb(first)} in ${scripts.size} files`,
          target: '≤ 110 KB',
          met: first <= 110 * 1024,
        },
        {
          what: 'first page JS against its recorded size',
          measured: `${counted - budget.recordedBytes >= 0 ? '+' : ''}${counted - budget.recordedBytes} bytes`,
          target: `≤ +${budget.allowanceBytes} bytes`,
          met: counted <= budget.recordedBytes + budget.allowanceBytes,
        },
        { what: 'JS of the whole app, gzip -9', measured: kb(all), target: 'reported', met: null },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
