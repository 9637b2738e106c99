import { Hono } from 'hono';
import { backstoryRequest } from '../../contract/schemas/backstory';
import { GeneratorError, type TextGenerator } from '../generate/generator';
import { errorBody } from '../http/error-body';
import { convaiPost, type KeyRing } from './endpoint';
import { eventStreamResponse } from './event-stream';

/** Tells the app which generator answered (the hosted service sends no such header). */
const GENERATOR_HEADER = 'X-Backstory-Generator';

/** The Backstory API, mounted at /character: a backstory streamed as Server-Sent Events. */
export function backstoryRoutes(keys: KeyRing, generator: TextGenerator) {
  const routes = new Hono();

  routes.post(
    '/generate-backstory',
    convaiPost(keys, { authKey: 'ERROR', errorKey: 'ERROR', schema: backstoryRequest, invalid: (problem) => problem }, async (c, input) => {
      const abort = new AbortController();
      // The client going away (closing the tab, pressing Stop) stops the generation.
      const clientGone = () => abort.abort();
      c.req.raw.signal.addEventListener('abort', clientGone, { once: true });
      // Named before it starts: the generator in use may change (Settings) while this one writes.
      const writtenBy = generator.info.label;
      const pieces = generator.backstory(input, abort.signal)[Symbol.asyncIterator]();

      // Wait for the first piece before answering: a generator that fails at once gets a JSON
      // error with a status, not a stream that opens and dies.
      let first: IteratorResult<string>;
      try {
        first = await pieces.next();
      } catch (error) {
        c.req.raw.signal.removeEventListener('abort', clientGone);
        if (error instanceof GeneratorError) return errorBody(c, 'ERROR', error.message, error.status);
        throw error;
      }

      return eventStreamResponse(first.done ? null : first.value, pieces, abort, {
        headers: { [GENERATOR_HEADER]: writtenBy },
        onEnd: (how, error) => {
          c.req.raw.signal.removeEventListener('abort', clientGone);
          if (how === 'failed') console.error('Backstory generation failed mid-stream:', (error as Error)?.message ?? error);
        },
      });
    }),
  );

  return routes;
}
