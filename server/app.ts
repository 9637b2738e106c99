import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { convaiPathOf, forwardToLocal, refuseHostedOnly } from './api-gateway';
import type { Backend, Config } from './config';
import { backstoryRoutes } from './convai/backstory';
import { characterRoutes } from './convai/characters';
import { chatHistoryRoutes } from './convai/chat-history';
import type { KeyRing } from './convai/endpoint';
import { interactionRoutes } from './convai/interaction';
import { documentFiles, knowledgeRoutes } from './convai/knowledge';
import { narrativeRoutes } from './convai/narrative';
import { ttsRoutes } from './convai/tts';
import { userRoutes } from './convai/user';
import { createAnnotationStore } from './db/annotations';
import { createCardStore } from './db/cards';
import { createCharacterStore } from './db/characters';
import type { Db } from './db/connection';
import { createKnowledgeStore } from './db/knowledge';
import { createNarrativeStore } from './db/narrative';
import { createHostedTrashStore } from './db/hosted-trash';
import { createInsightsStore } from './db/insights';
import { createVersionStore } from './db/versions';
import { hostedHistory } from './versions/hosted-history';
import { changeRecorder } from './versions/record-change';
import { workerExtractor, type Extractor } from './knowledge/extractor';
import { createSessionStore } from './db/sessions';
import { hashKey, registerUsers } from './db/users';
import type { TextGenerator } from './generate/generator';
import type { LocalModelSwitch } from './generate/local-models';
import { offlineGenerator } from './generate/offline-generator';
import { espeakSynthesizer, type Synthesizer } from './speech/synthesizer';
import { voiceSampleRoutes } from './speech/voice-samples';
import { errorBody } from './http/error-body';
import { methodsByPath, notFoundOrWrongMethod } from './http/routing';
import { staticApp } from './static-app';
import { forwardToConvai } from './upstream/convai-forwarder';
import { AUTH_REQUIRED_HEADER, dashboardAccess } from './dashboard/access';
import { annotationRoutes } from './dashboard/annotation-routes';
import { cardRoutes, pictureRoutes } from './dashboard/card-routes';
import { dashboardRoutes } from './dashboard/dashboard-routes';
import { insightsRoutes } from './dashboard/insights-routes';
import { localModelRoutes } from './dashboard/local-model-routes';
import { trashRoutes } from './dashboard/trash-routes';
import { versionRoutes } from './dashboard/version-routes';

export type AppOptions = {
  db: Db;
  /** Where `/api` goes; the local implementation when left out. */
  backend?: Backend;
  /** When set, every `/api` call needs it (see server/dashboard/access.ts). */
  dashboardToken?: string | null;
  /** Writes backstories and replies; the offline generator when left out. */
  generator?: TextGenerator;
  /**
   * The local models Settings offers (server/generate/local-models.ts). It brings its own generator,
   * which writes in place of `generator`. Left out: Settings offers none. Not used in front of Convai.
   */
  localModels?: LocalModelSwitch | null;
  /** The keys the local Convai implementation accepts; the first one serves the dashboard's `/api`. */
  localApiKeys: string[];
  /** Where the built app lives; null serves no app (API tests). */
  distDir?: string | null;
  /** Speaks replies and voice samples; eSpeak NG in its own process (started on first use) when left out. */
  synthesizer?: Synthesizer;
  /** Where voice samples are kept once made; null keeps them in memory only. */
  cacheDir?: string | null;
  /** Where the knowledge bank keeps uploaded files; a new temporary directory (made on the first upload) when left out. */
  knowledgeDir?: string;
  /** Where the pictures of imported character cards are kept; a new temporary directory (made on the first import) when left out. */
  pictureDir?: string;
  /** Reads uploaded documents; a worker thread of its own when left out. */
  extractor?: Extractor;
  /** How many days a deleted character stays in the trash; 30 when left out. */
  trashDays?: number;
  /** Versions older than this many days are thinned to the last of each day (named ones stay); 0 or left out keeps all. */
  thinHistoryAfterDays?: number;
  /** How the server reaches Convai's hosted service; the global fetch when left out (tests count the calls). */
  upstreamFetch?: typeof fetch;
};

/** How large a body the server reads to its end when the route answered without reading it. */
const UNREAD_BODY_DRAIN_BYTES = 64 * 1024 * 1024;

/** The options every running server (`npm start`, `npm run dev`) takes from its configuration: its folders under DATA_DIR, its backend, its token, its history's thinning. */
export function configuredOptions(config: Config) {
  return {
    localApiKeys: config.localApiKeys,
    cacheDir: path.join(config.dataDir, 'voice-samples'),
    knowledgeDir: path.join(config.dataDir, 'knowledge-bank'),
    pictureDir: path.join(config.dataDir, 'pictures'),
    backend: config.backend,
    dashboardToken: config.dashboardToken,
    thinHistoryAfterDays: config.thinHistoryAfterDays,
  } satisfies Partial<AppOptions>;
}

/** Builds the whole server as one Hono app; tests call `app.request()` on it without a port. */
export function createApp({
  db,
  localApiKeys,
  distDir,
  generator = offlineGenerator({ delayMs: 0 }),
  backend = { kind: 'local' },
  dashboardToken = null,
  synthesizer = espeakSynthesizer(),
  cacheDir = null,
  localModels = null,
  knowledgeDir = path.join(os.tmpdir(), `knowledge-bank-${randomUUID()}`),
  pictureDir = path.join(os.tmpdir(), `card-pictures-${randomUUID()}`),
  extractor = workerExtractor(),
  trashDays = 30,
  upstreamFetch = fetch,
  thinHistoryAfterDays = 0,
}: AppOptions) {
  const users = registerUsers(db, localApiKeys);
  const keys: KeyRing = new Map([...users].map(([key, user]) => [hashKey(key), user]));
  const characterStore = createCharacterStore(db);
  const sessionStore = createSessionStore(db);
  const narrativeStore = createNarrativeStore(db);
  const knowledgeStore = createKnowledgeStore(db);
  const versionStore = createVersionStore(db);
  const cardStore = createCardStore(db);
  const annotationStore = createAnnotationStore(db);
  const recordChange = changeRecorder(characterStore, versionStore, { knowledgeStore, narrativeStore });
  const local = backend.kind === 'local' ? localModels : null;
  // Read at each request: a model chosen in Settings writes from the next request on.
  const writer = local?.generator ?? generator;

  // Clients send paths with and without a trailing slash (Convai's Unreal SDK: /character/getResponse/).
  const app = new Hono({ strict: false });

  // A body the route did not read (an early refusal: too large, an unknown id, a call that takes
  // none) is read to its end before the answer goes. Answering while the client is still sending
  // lets the Node adapter close the connection under it (its own draining gives up after 500 ms),
  // and the client sees a broken connection instead of the answer. Bodies of unknown or very large
  // declared length are left to the adapter.
  app.use('*', async (c, next) => {
    await next();
    const raw = c.req.raw;
    if (raw.method === 'GET' || raw.method === 'HEAD' || raw.bodyUsed) return;
    const declared = Number(raw.headers.get('content-length') ?? NaN);
    if (declared > 0 && declared <= UNREAD_BODY_DRAIN_BYTES) await raw.arrayBuffer().catch(() => undefined);
  });

  // The local Convai implementation, at the hosted service's paths (not served in front of Convai).
  if (backend.kind === 'local') {
    app.route(
      '/character',
      characterRoutes(keys, characterStore, narrativeStore, knowledgeStore, recordChange, (id) => versionStore.latest(id)?.number ?? null),
    );
    app.route('/character', knowledgeRoutes(keys, characterStore, knowledgeStore, { directory: knowledgeDir, extractor }, recordChange));
    app.route('/character', narrativeRoutes(keys, characterStore, narrativeStore, recordChange));
    app.route('/character', backstoryRoutes(keys, writer));
    app.route(
      '/character',
      interactionRoutes(keys, characterStore, sessionStore, narrativeStore, knowledgeStore, versionStore, writer, synthesizer),
    );
    app.route('/character', chatHistoryRoutes(keys, characterStore, sessionStore));
    app.route('/user', userRoutes(keys, characterStore, recordChange));
    app.route('/tts', ttsRoutes(keys));
    app.route('/voice-samples', voiceSampleRoutes(synthesizer, cacheDir));
    app.route('/pictures', pictureRoutes({ characterStore, cardStore, pictureDir }));
  }

  const access = dashboardAccess(dashboardToken);
  // The dashboard acts as the owner of the first local key.
  const dashboardUserId = users.get(localApiKeys[0] ?? '')?.id ?? null;
  app.route('/dashboard', dashboardRoutes({ backend, access, generator: writer }));
  app.route('/dashboard', localModelRoutes({ access, local, generator: writer }));
  // In front of Convai, the versions and the trash are the dashboard server's own record of what it changed there.
  const hostedTrash = backend.kind === 'convai' ? createHostedTrashStore(db) : null;
  const hosted =
    backend.kind === 'convai' && hostedTrash
      ? hostedHistory({ backend, versionStore, trashStore: hostedTrash, fetchImpl: upstreamFetch, annotationStore })
      : null;
  const trash = trashRoutes({
    access,
    backend,
    userId: dashboardUserId,
    characterStore,
    days: trashDays,
    hosted: hosted && hostedTrash ? { history: hosted, trashStore: hostedTrash } : null,
  });
  // What has been in the trash too long goes at start, and whenever the trash is looked at.
  trash.purge();
  app.route('/dashboard', trash.routes);
  app.route(
    '/dashboard',
    versionRoutes({
      access,
      backend,
      userId: dashboardUserId,
      characterStore,
      versionStore,
      recordChange,
      restore: { db, characterStore, knowledgeStore, narrativeStore },
      hosted,
      thinAfterDays: thinHistoryAfterDays,
    }),
  );
  app.route('/dashboard', annotationRoutes({ access, backend, userId: dashboardUserId, characterStore, annotationStore }));
  app.route(
    '/dashboard',
    insightsRoutes({ access, backend, userId: dashboardUserId, characterStore, insightsStore: createInsightsStore(db) }),
  );
  app.route(
    '/dashboard',
    cardRoutes({
      access,
      backend,
      userId: dashboardUserId,
      stores: { db, characterStore, knowledgeStore, narrativeStore, cardStore },
      recordChange,
      documents: documentFiles({ directory: knowledgeDir, extractor }, knowledgeStore),
      pictureDir,
    }),
  );
  const allowedMethods = methodsByPath(app);

  // The dashboard's entry: the Convai calls it makes, with the server's key, to the local
  // implementation or to the hosted service.
  const dashboardKey = localApiKeys[0];
  app.all('/api/*', async (c) => {
    if (!access.allowed(c)) {
      c.header(AUTH_REQUIRED_HEADER, 'token');
      return errorBody(c, 'ERROR', 'This dashboard needs its access token.', 401);
    }
    const path = convaiPathOf(c);
    if (!path) return errorBody(c, 'ERROR', 'Not found.', 404);
    if (backend.kind === 'local') return forwardToLocal(c, path, dashboardKey, app);
    const refused = await refuseHostedOnly(c, path);
    if (refused) return refused;
    const send = () => forwardToConvai(c, path, backend, upstreamFetch);
    return hosted ? hosted.forward(c, path, send) : send();
  });

  // Pictures and voice samples come from the service behind /api: this server, or Convai's storage
  // (https), or wherever CONVAI_API_URL points.
  const mediaSources = ["'self'", 'data:', 'blob:', 'https:', ...(backend.kind === 'convai' ? [new URL(backend.url).origin] : [])];
  if (distDir !== null) app.route('/', staticApp(distDir, { mediaSources }));

  app.notFound(notFoundOrWrongMethod(allowedMethods));
  app.onError((error, c) => {
    // Never a stack trace to the client; the log keeps it (keys never reach it: they are only hashed).
    console.error(`Unexpected error in ${c.req.method} ${c.req.path}:`, error);
    return errorBody(c, 'ERROR', 'The server could not complete the request.', 500);
  });
  return app;
}
