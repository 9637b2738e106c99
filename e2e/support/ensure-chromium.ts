/**
 * Run before the browser tests: makes sure a Chromium is there. On a Debian-like machine without one
 * it installs Debian's `chromium` package (as root, or with passwordless sudo); elsewhere it says
 * what to do.
 */
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './chromium';

function playwrightsOwnChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return fs.existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const found = chromiumExecutable();
if (found) {
  if (!fs.existsSync(found)) {
    console.error(`CHROMIUM_PATH is set to ${found}, which does not exist.`);
    process.exit(1);
  }
  process.exit(0);
}
if (playwrightsOwnChromium()) process.exit(0);

const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
if (hasAptGet && (isRoot || canSudo)) {
  console.log('No Chromium found: installing Debian’s chromium package for the browser tests…');
  const sudo = isRoot ? '' : 'sudo -n ';
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
  process.exit(fs.existsSync('/usr/bin/chromium') ? 0 : 1);
}

console.error(
  [
    'The browser tests need Chromium, and none was found.',
    '  Debian/Ubuntu:  sudo apt-get install -y chromium',
    '  elsewhere:      npx playwright install chromium',
    '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
