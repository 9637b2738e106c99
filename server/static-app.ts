import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { isApiPath } from './http/routing';
import { secureHeaders } from 'hono/secure-headers';

/** Where `vite build` writes the app (DIST_DIR overrides it, for a build kept apart). */
export const DIST_DIR = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.resolve(import.meta.dirname, '../dist');

/**
 * Serves the built single-page app: hashed assets cached for good, index.html for every other
 * page path so client-side routes survive a reload. Pages carry the security headers, among them a
 * Content-Security-Policy that allows no inline script. (The JSON API answers without them: they
 * protect documents, and setting a dozen headers on every API answer cost a sixth of its speed.)
 */
export function staticApp(
  distDir = DIST_DIR,
  options: { mediaSources: string[] } = { mediaSources: ["'self'", 'data:', 'blob:', 'https:'] },
) {
  const routes = new Hono();
  routes.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: options.mediaSources,
        mediaSrc: options.mediaSources,
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
      // Voice samples and avatars may come from Convai's storage in hosted mode.
      crossOriginResourcePolicy: false,
    }),
  );
  const indexFile = path.join(distDir, 'index.html');
  // Re-read only when the file changes (a rebuild while the server runs).
  let index: { html: string; mtime: number } | undefined;

  routes.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200 || c.res.headers.has('Cache-Control')) return;
    // Vite puts a content hash in every file name under assets/, so those never change.
    const hashed = c.req.path.startsWith('/assets/');
    c.res.headers.set('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  routes.use('*', serveStatic({ root: distDir, precompressed: true }));

  routes.get('*', (c) => {
    // An API path is never the app's page: the server's fallback answers it (a JSON 404 or 405).
    if (isApiPath(c.req.path)) return c.notFound();
    // Only page navigations fall back to the app; a missing file stays a 404.
    if (path.extname(c.req.path) !== '') return c.text('Not found', 404);
    const mtime = fs.statSync(indexFile, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === undefined) {
      return c.text('The dashboard has not been built yet. Run `npm run build` (npm start does it for you).', 503);
    }
    if (index?.mtime !== mtime) index = { html: fs.readFileSync(indexFile, 'utf8'), mtime };
    c.header('Cache-Control', 'no-cache');
    return c.html(index.html);
  });

  return routes;
}
