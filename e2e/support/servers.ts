/** The two servers the browser tests run against (started by playwright.config.ts). */
const port = Number(process.env.E2E_PORT ?? 4317);

export const servers = {
  /** Seeded with the demo data. */
  demo: `http://127.0.0.1:${port}`,
  /** Started on an empty database. */
  blank: `http://127.0.0.1:${port + 1}`,
};
