/**
 * The servers the browser tests run against (started by playwright.config.ts), in two
 * arrangements, one Playwright project each:
 * - local: the dashboard on the local Convai API;
 * - convai: the dashboard in front of a "hosted service", which is another instance of this
 *   project's server (local backend, its own key), reached as BACKEND=convai would reach Convai.
 * Each arrangement has a server seeded with the demo data and one that started empty.
 */
const base = Number(process.env.E2E_PORT ?? 4317);
const url = (offset: number) => `http://127.0.0.1:${base + offset}`;

/** The hosted service's key: only the servers in front of it hold it. */
export const HOSTED_KEY = 'e2e-hosted-service-key-5f2c9a71';

export const arrangements = {
  local: { demo: url(0), blank: url(1) },
  convai: { demo: url(3), blank: url(5), hostedDemo: url(2), hostedBlank: url(4) },
} as const;

export type BackendKind = keyof typeof arrangements;

/** The options each Playwright project sets (see playwright.config.ts and support/test.ts). */
export type ArrangementOptions = {
  /** Which arrangement this project runs against. */
  backendKind: BackendKind;
  /** The arrangement's server that started with an empty database. */
  blankURL: string;
};
