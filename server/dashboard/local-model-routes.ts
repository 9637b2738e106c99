import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { localModelChoice, type LocalModelChange, type LocalModelsAnswer } from '../../contract/schemas/local-models';
import type { LocalModelSwitch } from '../generate/local-models';
import type { TextGenerator } from '../generate/generator';
import { errorBody } from '../http/error-body';
import { requireAccess, type DashboardAccess } from './access';

/**
 * Settings' local models, mounted at /dashboard: what the configured local servers (LOCAL_LLM_URLS)
 * serve, choosing one of their models, going back to the offline writer. `local` is null when
 * there is nothing to offer (LLM_BASE_URL chooses the model, or Convai's service writes).
 */
export function localModelRoutes(options: { access: DashboardAccess; local: LocalModelSwitch | null; generator: TextGenerator }) {
  const { local, generator } = options;
  const routes = new Hono();
  routes.use('/local-model', requireAccess(options.access));
  routes.use('/local-models', requireAccess(options.access));

  const notOffered = 'This server does not offer local models: LLM_BASE_URL chooses the model, or Convai’s service writes.';
  const change = (): LocalModelChange => ({ inUse: local?.inUse() ?? null, generator: generator.info });

  routes.get('/local-models', async (c) => {
    if (!local) return c.json({ offered: false } satisfies LocalModelsAnswer);
    const servers = await local.servers();
    return c.json({ offered: true, inUse: local.inUse(), servers } satisfies LocalModelsAnswer);
  });

  routes.post(
    '/local-model',
    bodyLimit({
      maxSize: 16 * 1024,
      onError: (c) => {
        // The rest of the body is not read: the connection must not be used again.
        c.header('Connection', 'close');
        return errorBody(c, 'ERROR', 'Send only {"baseUrl": …, "model": …}.', 413);
      },
    }),
    async (c) => {
      // JSON only: a page of another site can post a form or plain text here without asking, not JSON.
      if (!c.req.header('content-type')?.toLowerCase().startsWith('application/json')) {
        return errorBody(c, 'ERROR', 'Send the choice as JSON (Content-Type: application/json).', 415);
      }
      if (!local) return errorBody(c, 'ERROR', notOffered, 409);
      const body = localModelChoice.safeParse(await c.req.json().catch(() => null));
      if (!body.success) return errorBody(c, 'ERROR', body.error.issues[0]?.message ?? 'Send {"baseUrl": …, "model": …}.', 400);
      const outcome = await local.choose(body.data);
      if (!outcome.ok) return errorBody(c, 'ERROR', outcome.message, outcome.status);
      return c.json(change());
    },
  );

  routes.delete('/local-model', (c) => {
    if (!local) return errorBody(c, 'ERROR', notOffered, 409);
    local.useOffline();
    return c.json(change());
  });

  return routes;
}
