import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_DIR } from '../server/static-app';
import { launchBrowser, newPage } from './lib/browser';
import { addCharacters, fixtureServer } from './lib/fixture-server';
import { kb, type Bench } from './lib/report';

const gzipped = (content: Buffer) => gzipSync(content, { level: 9 }).length;

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
      return [
        {
          what: 'JS for the first page (/characters), gzip -9',
          measured: `${kb(first)} in ${scripts.size} files`,
          target: '≤ 110 KB',
          met: first <= 110 * 1024,
        },
        { what: 'JS of the whole app, gzip -9', measured: kb(all), target: 'reported', met: null },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
