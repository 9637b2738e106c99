import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import type * as DevServer from './server/dev-server';

/**
 * `npm run dev`: the same server (local Convai API and /api) runs inside Vite's dev server, loaded
 * through Vite's module graph, so the app hot-reloads and the API answers from one port.
 */
function localServer(): Plugin {
  return {
    name: 'convai-local-server',
    apply: 'serve',
    async configureServer(server) {
      const { devServerHandler } = (await server.ssrLoadModule('/server/dev-server.ts')) as typeof DevServer;
      const { handle, handles } = await devServerHandler();
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/';
        if (handles(url)) void handle(req, res);
        else next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), localServer()],
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src'), '@contract': path.resolve(import.meta.dirname, 'contract') } },
  // The manifest tells the bundle budget (bench/first-page-js.ts) which files the first page needs.
  build: { target: 'es2022', sourcemap: true, manifest: true },
  server: { port: 5173, strictPort: false },
});
