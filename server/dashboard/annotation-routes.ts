import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  exchangeAnnotationRequest,
  type CharacterExchangeReviews,
  labelSetRequest,
  sessionStatusRequest,
  type ExchangeAnnotation,
  type LabelSets,
  type SessionReview,
  type SessionReviewSummary,
} from '../../contract/schemas/annotations';
import type { z } from 'zod/mini';
import type { Backend } from '../config';
import type { AnnotationStore } from '../db/annotations';
import type { CharacterStore } from '../db/characters';
import { errorBody } from '../http/error-body';
import { convaiAccountId } from '../versions/hosted-history';
import { requireAccess, type DashboardAccess } from './access';

export const annotationErrors = {
  character: 'No such character of yours.',
  session: 'This character has no such session.',
  exchange: 'An exchange key is 1 to 100 printable characters.',
  exchangeBody: 'Send {"rating"?: "good" | "bad" | null, "labels"?: ["…"], "note"?: "…"}.',
  statusBody: 'Send {"status": "unreviewed" | "reviewed" | "flagged"}.',
  labelsBody: 'Send {"scope": "character" | "shared", "labels": ["…"]}.',
  tooLarge: 'The request body is too large.',
} as const;

const controlCharacter = /\p{Cc}/u;
/** An id or key as given in the path: 1 to `max` characters, not all blank, none of them a control character. */
const printable = (text: string, max: number) => text.trim().length > 0 && text.length <= max && !controlCharacter.test(text);

/**
 * Reviews of conversations, mounted at /dashboard (contract/schemas/annotations.ts): a rating,
 * labels and a note per exchange, a status per session, a summary per character, and the label
 * sets offered. Kept by the dashboard's server in its own database, per user: locally the owner of
 * the first key, whose character and session must exist; in front of Convai the account of the
 * server's key, its character and session ids taken as given (Convai is not asked on each call).
 */
export function annotationRoutes(options: {
  access: DashboardAccess;
  backend: Backend;
  /** The dashboard's user, in local mode. */
  userId: string | null;
  characterStore: CharacterStore;
  annotationStore: AnnotationStore;
}) {
  const { backend, characterStore, annotationStore } = options;
  const userId = backend.kind === 'convai' ? convaiAccountId(backend.apiKey) : options.userId;
  const routes = new Hono();
  routes.use('/characters/*', requireAccess(options.access));

  /** The user and the character asked for; or the answer that refuses it. */
  const characterOf = (c: Context): { userId: string; characterId: string } | Response => {
    const id = c.req.param('id') ?? '';
    if (!userId || !printable(id, 200)) return errorBody(c, 'ERROR', annotationErrors.character, 400);
    if (backend.kind === 'convai') return { userId, characterId: id };
    // A character in the trash counts as gone.
    return characterStore.owned(id, userId) ? { userId, characterId: id } : errorBody(c, 'ERROR', annotationErrors.character, 400);
  };
  const sessionOf = (c: Context, characterId: string): string | Response => {
    const id = c.req.param('sessionId') ?? '';
    if (!printable(id, 100)) return errorBody(c, 'ERROR', annotationErrors.session, 400);
    if (backend.kind === 'local' && !annotationStore.isSessionOf(id, characterId))
      return errorBody(c, 'ERROR', annotationErrors.session, 400);
    return id;
  };
  /** The body checked against the contract's schema; or the answer with the first problem found. */
  const bodyOf = async <S extends z.ZodMiniType>(c: Context, schema: S, fallback: string): Promise<z.infer<S> | Response> => {
    const raw: unknown = await c.req.json().catch(() => undefined);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return errorBody(c, 'ERROR', fallback, 400);
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : errorBody(c, 'ERROR', parsed.error.issues[0]?.message ?? fallback, 400);
  };

  const smallJson = bodyLimit({ maxSize: 16 * 1024, onError: (c) => errorBody(c, 'ERROR', annotationErrors.tooLarge, 413) });

  routes.get('/characters/:id/sessions/:sessionId/review', (c) => {
    const character = characterOf(c);
    if (character instanceof Response) return character;
    const session = sessionOf(c, character.characterId);
    if (session instanceof Response) return session;
    return c.json(annotationStore.review(character, session) satisfies SessionReview);
  });

  routes.post('/characters/:id/sessions/:sessionId/exchanges/:exchange', smallJson, async (c) => {
    const character = characterOf(c);
    if (character instanceof Response) return character;
    const session = sessionOf(c, character.characterId);
    if (session instanceof Response) return session;
    const exchange = c.req.param('exchange');
    if (!printable(exchange, 100)) return errorBody(c, 'ERROR', annotationErrors.exchange, 400);
    const body = await bodyOf(c, exchangeAnnotationRequest, annotationErrors.exchangeBody);
    if (body instanceof Response) return body;
    return c.json(annotationStore.annotate(character, session, exchange, body) satisfies ExchangeAnnotation);
  });

  routes.post('/characters/:id/sessions/:sessionId/status', smallJson, async (c) => {
    const character = characterOf(c);
    if (character instanceof Response) return character;
    const session = sessionOf(c, character.characterId);
    if (session instanceof Response) return session;
    const body = await bodyOf(c, sessionStatusRequest, annotationErrors.statusBody);
    if (body instanceof Response) return body;
    annotationStore.setStatus(character, session, body.status);
    return c.json(annotationStore.review(character, session) satisfies SessionReview);
  });

  routes.get('/characters/:id/reviews', (c) => {
    const character = characterOf(c);
    if (character instanceof Response) return character;
    return c.json({ sessions: annotationStore.summary(character) satisfies SessionReviewSummary[] });
  });

  routes.get('/characters/:id/reviews/exchanges', (c) => {
    const character = characterOf(c);
    if (character instanceof Response) return character;
    return c.json({ sessions: annotationStore.exchangeReviews(character) } satisfies CharacterExchangeReviews);
  });

  routes.get('/characters/:id/labels', (c) => {
    const character = characterOf(c);
    if (character instanceof Response) return character;
    return c.json(annotationStore.labelSets(character) satisfies LabelSets);
  });

  routes.post('/characters/:id/labels', smallJson, async (c) => {
    const character = characterOf(c);
    if (character instanceof Response) return character;
    const body = await bodyOf(c, labelSetRequest, annotationErrors.labelsBody);
    if (body instanceof Response) return body;
    annotationStore.setLabelSet(character, body.scope, body.labels);
    return c.json(annotationStore.labelSets(character) satisfies LabelSets);
  });

  return routes;
}
