import { execFileSync } from 'node:child_process';

/**
 * A Python 3 that has `requests` (what Convai's documentation samples use), or null. `.ci/run`
 * installs Debian's python3-requests when none is found.
 */
export function pythonWithRequests(): string | null {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(candidate, ['-c', 'import requests'], { stdio: 'ignore', timeout: 20_000 });
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}
