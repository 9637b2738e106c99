import { getRequestListener } from '@hono/node-server';
import { configuredOptions, createApp } from './app';
import { createWriters } from './generate/create-generator';
import { readConfig } from './config';
import { openDatabaseWithDemo } from './db/seed';
import { isApiPath } from './http/routing';

/** The API half of `npm run dev`: the server's app without the built files (Vite serves the app). */
export async function devServerHandler() {
  const config = readConfig();
  const { db } = await openDatabaseWithDemo(config);
  const app = createApp({ db, ...configuredOptions(config), ...createWriters(config, db), distDir: null });
  // Which requests are the server's (the rest are Vite's: the app and its modules).
  return { handle: getRequestListener(app.fetch), handles: (url: string) => isApiPath(url.split('?')[0]) };
}
