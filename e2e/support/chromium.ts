import fs from 'node:fs';

/** The flags this project runs Chromium with (no sandbox as root, nothing that phones home). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * Which Chromium to drive: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when present,
 * else undefined, which lets Playwright use its own downloaded Chromium (an ordinary dev machine).
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
