/**
 * `npm run check:licenses`: every package the product ships with (the dependencies in
 * package-lock.json that are not development-only) must carry a license that lets it be
 * distributed under the project's MIT license. Exits 1 naming each package that does not.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Permissive licenses (SPDX identifiers) compatible with distributing the whole under MIT. */
const compatible = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  '0BSD',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'Unlicense',
  'WTFPL',
  'Zlib',
  'Python-2.0',
]);

/**
 * Packages under other licenses that the product runs as programs of their own, beside it rather
 * than inside it: they talk to the server over an IPC channel and are never loaded into its process.
 * ESLint keeps each one's import to the one file named here (eslint.config.js).
 */
export const separatePrograms: Record<string, { license: string; runBy: string }> = {
  '@echogarden/espeak-ng-emscripten': { license: 'GPL-3.0', runBy: 'server/speech/espeak-process.ts' },
};

/**
 * Packages whose manifest names a license loosely, with the SPDX identifier their LICENSE file
 * shows (read and checked by hand when the version was added; a new version is checked again).
 */
const licensesReadFromText: Record<string, string> = {
  // package.json says "BSD"; its LICENSE file is the two-clause BSD text.
  'duck@0.1.12': 'BSD-2-Clause',
};

type LockedPackage = { version?: string; license?: string; dev?: boolean; link?: boolean };

/** Whether an SPDX expression ("MIT", "(MIT OR Apache-2.0)", "A AND B") can be met with compatible licenses. */
export function isCompatible(expression: string): boolean {
  const text = expression.trim().replace(/^\((.*)\)$/, '$1');
  if (/\s+OR\s+/i.test(text)) return text.split(/\s+OR\s+/i).some(isCompatible);
  if (/\s+AND\s+/i.test(text)) return text.split(/\s+AND\s+/i).every(isCompatible);
  return compatible.has(text.replace(/\+$/, ''));
}

function declaredLicense(root: string, location: string, locked: LockedPackage): string | null {
  const name = location.replace(/^.*node_modules\//, '');
  const readFromText = licensesReadFromText[`${name}@${locked.version ?? '?'}`];
  if (readFromText) return readFromText;
  if (locked.license) return locked.license;
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, location, 'package.json'), 'utf8')) as { license?: unknown };
    return typeof manifest.license === 'string' ? manifest.license : null;
  } catch {
    return null;
  }
}

function main() {
  const root = path.resolve(import.meta.dirname, '..');
  const project = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { license?: string };
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
  const problems: string[] = [];
  let checked = 0;
  let separateCount = 0;
  for (const [location, locked] of Object.entries(lock.packages)) {
    if (!location || locked.dev || locked.link) continue;
    checked += 1;
    const name = location.replace(/^.*node_modules\//, '');
    const license = declaredLicense(root, location, locked);
    const separate = separatePrograms[name];
    if (!license) problems.push(`${name}@${locked.version ?? '?'}: no license declared`);
    else if (separate && separate.license === license) separateCount += 1;
    else if (!isCompatible(license)) problems.push(`${name}@${locked.version ?? '?'}: ${license}`);
  }
  if (problems.length > 0) {
    console.error(`These runtime dependencies are not licensed compatibly with the project's ${project.license ?? '?'} license:`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(
    `Licenses: ${checked - separateCount} runtime packages are compatible with ${project.license ?? '?'}; ${separateCount} run${separateCount === 1 ? 's' : ''} as a separate program (${Object.entries(
      separatePrograms,
    )
      .map(([name, { license, runBy }]) => `${name}, ${license}, by ${runBy}`)
      .join('; ')}).`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
