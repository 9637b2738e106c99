import type { Server as HttpServer } from 'node:http';
import { serve } from '@hono/node-server';
import { configuredOptions, createApp } from './app';
import { createWriters } from './generate/create-generator';
import { ConfigError, DEFAULT_LOCAL_API_KEY, readConfig, type Config } from './config';
import { openDatabaseWithDemo } from './db/seed';
import { ensureBuild } from './ensure-build';
import { espeakSynthesizer } from './speech/synthesizer';
import { DIST_DIR } from './static-app';

async function start(config: Config) {
  if (process.env.SKIP_BUILD !== 'true') ensureBuild(DIST_DIR);

  const { db, seeded } = await openDatabaseWithDemo(config);
  if (seeded > 0) console.log(`New database: added ${seeded} demo characters.`);

  const { generator, localModels } = createWriters(config, db);
  const synthesizer = espeakSynthesizer();
  const app = createApp({ db, ...configuredOptions(config), generator, localModels, synthesizer, distDir: DIST_DIR });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    console.log(`Convai dashboard on http://${host}:${info.port}`);
    if (config.backend.kind === 'convai') {
      console.log(`Backend: Convai's hosted service at ${config.backend.url}, with the server's key (the browser never gets it).`);
    } else {
      const chosen = localModels?.inUse() ? ' (chosen in Settings)' : '';
      console.log(
        `Backend: the local Convai API (data in ${config.dataDir}); backstories and replies by the ${generator.info.label}${chosen}.`,
      );
      if (config.localApiKeys.length === 1 && config.localApiKeys[0] === DEFAULT_LOCAL_API_KEY) {
        console.log('The local API accepts the development key from README (set LOCAL_API_KEYS to change it).');
      }
    }
    if (config.dashboardToken) console.log('The dashboard asks for its access token (DASHBOARD_TOKEN) in the browser.');
  });

  // Keep idle connections longer than clients do (browsers ~60 s, Node agents several seconds): a
  // server that closes an idle connection first races with a client sending on it, and a POST
  // lost that way fails ("socket hang up") instead of being retried.
  const http = server as HttpServer;
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;

  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${config.port} on ${config.host} is in use: stop the other process or set PORT.`
        : `The server could not listen: ${error.message}`,
    );
    process.exit(1);
  });

  const shutdown = () => {
    server.close();
    db.close();
    void synthesizer.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

try {
  await start(readConfig());
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    console.error('See README.md or .env.example for the settings.');
    process.exit(1);
  }
  throw error;
}
