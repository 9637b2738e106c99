import { Hono } from 'hono';
import { z } from 'zod';
import type { Backend } from '../config';
import { errorBody } from '../http/error-body';
import type { TextGenerator } from '../generate/generator';
import type { DashboardAccess } from './access';
import { convaiKeyCheck } from './key-check';

/**
 * The dashboard's own calls, mounted at /dashboard: its status (which backend, whether the key is
 * accepted, which generator), and signing in with the access token.
 */
export function dashboardRoutes(options: { backend: Backend; access: DashboardAccess; generator: TextGenerator }) {
  const { backend, access, generator } = options;
  const routes = new Hono();
  const checkKey = backend.kind === 'convai' ? convaiKeyCheck(backend) : null;

  routes.get('/status', async (c) => {
    const authenticated = access.allowed(c);
    if (!authenticated) return c.json({ tokenRequired: true, authenticated: false });
    const common = { tokenRequired: access.required, authenticated: true };
    if (backend.kind === 'local') {
      return c.json({
        ...common,
        backend: 'local',
        key: {
          state: 'accepted',
          message: 'The local Convai API answers with the server’s own key.',
          checkedAt: new Date().toISOString(),
          latencyMs: 0,
        },
        // Asked each time: a model chosen in Settings changes it.
        generator: generator.info,
      });
    }
    const key = await checkKey!(c.req.query('check') === '1');
    return c.json({
      ...common,
      backend: 'convai',
      service: new URL(backend.url).origin,
      key,
      generator: { kind: 'convai', label: 'Convai' },
    });
  });

  routes.post('/sign-in', async (c) => {
    const body = z.object({ token: z.string().max(500) }).safeParse(await c.req.json().catch(() => null));
    if (!body.success) return errorBody(c, 'ERROR', 'Send the token as {"token": "…"}.', 400);
    if (!access.signIn(c, body.data.token)) {
      // A pause per wrong guess makes guessing slow.
      await new Promise((resolve) => setTimeout(resolve, 400));
      return errorBody(c, 'ERROR', 'That token is not the one the server was started with.', 401);
    }
    return c.json({ authenticated: true });
  });

  routes.post('/sign-out', (c) => {
    access.signOut(c);
    return c.json({ authenticated: !access.required });
  });

  return routes;
}
