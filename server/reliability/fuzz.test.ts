import fc from 'fast-check';
import { describe, expect, it, onTestFinished } from 'vitest';
import { errorKeys } from '../../contract/errors';
import { MAX_BODY_BYTES } from '../convai/request-body';
import { createSessionStore } from '../db/sessions';
import { registerUsers } from '../db/users';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { createLocalModelChoiceStore } from '../db/local-model-choice';
import { localModelSwitch } from '../generate/local-models';
import { offlineGenerator } from '../generate/offline-generator';
import { listen } from '../testing/listen';
import { KEY_A, KEY_B, testApp } from '../testing/test-app';

const KEY_KEEPER = 'fuzz-keeper-key-never-fuzzed';

/**
 * Property-based fuzzing of every endpoint: malformed and truncated JSON and form bodies, wrong
 * types, huge strings and bodies past the limit, deep nesting, unicode edge cases, NUL bytes, SQL
 * metacharacters, unknown and missing fields, every content type. The server must answer each with
 * a 2xx, or a 4xx in the contract's error shape — never a 5xx — and keep what it stored intact.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

const endpoints: Array<{ method: 'GET' | 'POST'; path: string; fields: string[] }> = [
  { method: 'POST', path: '/character/create', fields: ['charName', 'voiceType', 'backstory', 'actions'] },
  {
    method: 'POST',
    path: '/character/update',
    fields: [
      'charID',
      'charName',
      'voiceType',
      'backstory',
      'action',
      'languageCodes',
      'languageCode',
      'model_group_name',
      'temperature',
      'reasoning_effort',
      'memorySettings',
      'docs',
    ],
  },
  { method: 'POST', path: '/character/getSupportedModel', fields: [] },
  { method: 'POST', path: '/character/get', fields: ['charID', 'charName'] },
  { method: 'POST', path: '/character/delete', fields: ['charID'] },
  { method: 'POST', path: '/character/list', fields: [] },
  { method: 'POST', path: '/user/clone_character', fields: ['charID', 'KB'] },
  { method: 'POST', path: '/character/generate-backstory', fields: ['inputText', 'charName'] },
  {
    method: 'POST',
    path: '/character/getResponse',
    fields: [
      'charID',
      'sessionID',
      'userText',
      'voiceResponse',
      'stream',
      'trigger_name',
      'trigger_message',
      'file',
      'actions',
      'classification',
      'objects',
      'characters',
    ],
  },
  { method: 'POST', path: '/character/chatHistory/list', fields: ['charID', 'limit'] },
  { method: 'POST', path: '/character/toggle-is-narrative-driven', fields: ['character_id', 'is_narrative_driven'] },
  {
    method: 'POST',
    path: '/character/narrative/create-section',
    fields: ['character_id', 'section_name', 'objective', 'decisions', 'node_position', 'updated_character_data'],
  },
  {
    method: 'POST',
    path: '/character/narrative/edit-section',
    fields: ['character_id', 'section_id', 'updated_data', 'updated_character_data'],
  },
  { method: 'POST', path: '/character/narrative/get-section', fields: ['character_id', 'section_id'] },
  { method: 'POST', path: '/character/narrative/list-sections', fields: ['character_id'] },
  { method: 'POST', path: '/character/narrative/delete-section', fields: ['character_id', 'section_id'] },
  {
    method: 'POST',
    path: '/character/narrative/create-trigger',
    fields: ['character_id', 'trigger_name', 'trigger_message', 'destination_section', 'node_position'],
  },
  { method: 'POST', path: '/character/narrative/update-trigger', fields: ['character_id', 'trigger_id', 'updated_data'] },
  { method: 'POST', path: '/character/narrative/get-trigger', fields: ['character_id', 'trigger_id'] },
  { method: 'POST', path: '/character/narrative/list-triggers', fields: ['character_id'] },
  { method: 'POST', path: '/character/narrative/delete-trigger', fields: ['character_id', 'trigger_id'] },
  { method: 'POST', path: '/character/chatHistory/details', fields: ['charID', 'sessionID'] },
  { method: 'POST', path: '/character/knowledge-bank/upload', fields: ['file_name', 'file'] },
  { method: 'POST', path: '/character/knowledge-bank/update', fields: ['document_id', 'file_name', 'file'] },
  { method: 'POST', path: '/character/knowledge-bank/list', fields: ['character_id'] },
  { method: 'POST', path: '/character/knowledge-bank/delete', fields: ['document_id'] },
  { method: 'POST', path: '/character/knowledge-bank/passages', fields: ['document_id'] },
  { method: 'POST', path: '/api/character/knowledge-bank/upload', fields: ['file_name', 'file'] },
  { method: 'GET', path: '/tts/get_available_voices', fields: [] },
  { method: 'GET', path: '/tts/get_available_languages', fields: [] },
  { method: 'GET', path: '/voice-samples/MALE.wav', fields: [] },
  { method: 'POST', path: '/api/character/update', fields: ['charID', 'charName', 'backstory', 'languageCodes'] },
  { method: 'POST', path: '/api/character/getResponse', fields: ['charID', 'sessionID', 'userText'] },
  { method: 'POST', path: '/dashboard/sign-in', fields: ['token'] },
  { method: 'POST', path: '/dashboard/local-model', fields: ['baseUrl', 'model'] },
  { method: 'POST', path: '/dashboard/characters/x/versions/1/restore', fields: [] },
  { method: 'POST', path: '/dashboard/characters/x/versions/1/name', fields: ['name'] },
  { method: 'POST', path: '/dashboard/trash/x/restore', fields: [] },
  { method: 'POST', path: '/dashboard/characters/x/sessions/x/exchanges/x', fields: ['rating', 'labels', 'note'] },
  { method: 'POST', path: '/dashboard/characters/x/sessions/x/status', fields: ['status'] },
  { method: 'POST', path: '/dashboard/characters/x/labels', fields: ['scope', 'labels'] },
  { method: 'POST', path: '/dashboard/cards/preview', fields: ['file'] },
  { method: 'POST', path: '/dashboard/cards/import', fields: ['file', 'choices'] },
  { method: 'POST', path: '/dashboard/cards/export', fields: ['character_ids', 'format'] },
];

// Strings that have broken servers before.
const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  "' OR 1=1 --",
  '"; DROP TABLE characters; --',
  '%00',
  '%',
  '%%%',
  '\\',
  '-1',
  'NaN',
  'null',
  'True',
  '__proto__',
  'constructor',
  '{"$ne": null}',
  '\uD800',
  '\uFFFF',
  '\u202E\u0645\u0631\u062D\u0628\u0627',
  '👩‍👩‍👧‍👦',
  'e\u0301',
  '<script>alert(1)</script>',
  'x'.repeat(5_000),
);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  nasty,
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(text, fc.constantFrom('charID', 'charName', '__proto__')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** How the body is sent: well-formed or not, in any encoding, under any content type. */
const bodyKind = fc.constantFrom('json', 'form', 'multipart', 'files', 'truncated-json', 'garbage', 'deep', 'huge', 'empty', 'mislabelled');
const contentType = fc.constantFrom(
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=broken',
  'text/plain',
  'application/xml',
  'application/json; charset=latin1',
  '',
);

function fieldsArbitrary(fields: string[], ids: string[]) {
  const fieldValue = fc.oneof(value, fc.constantFrom(...ids, '-1'));
  return fc.dictionary(fc.oneof(fc.constantFrom(...(fields.length ? fields : ['x'])), text), fieldValue, { maxKeys: 8 });
}

function encode(kind: string, fields: Record<string, unknown>, type: string): { body: BodyInit | null; headers: Record<string, string> } {
  const json = JSON.stringify(fields);
  switch (kind) {
    case 'json':
      return { body: json, headers: { 'Content-Type': 'application/json' } };
    case 'form': {
      const params = new URLSearchParams();
      for (const [name, item] of Object.entries(fields)) params.append(name, typeof item === 'string' ? item : JSON.stringify(item));
      return { body: params.toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
    }
    case 'multipart': {
      const form = new FormData();
      for (const [name, item] of Object.entries(fields)) form.append(name, typeof item === 'string' ? item : JSON.stringify(item));
      return { body: form, headers: {} };
    }
    case 'files': {
      // Every field a file part (as uploads send `file`, and Convai's sample `file_name`), named
      // after the file_name sent when there is one.
      const form = new FormData();
      const fileName = typeof fields.file_name === 'string' && fields.file_name ? fields.file_name : 'notes.txt';
      for (const [name, item] of Object.entries(fields)) {
        form.append(name, new Blob([typeof item === 'string' ? item : JSON.stringify(item)]), fileName);
      }
      return { body: form, headers: {} };
    }
    case 'truncated-json':
      return { body: json.slice(0, Math.max(1, Math.floor(json.length / 2))), headers: { 'Content-Type': 'application/json' } };
    case 'garbage':
      return { body: new Uint8Array([0xff, 0xfe, 0x00, 0x7b, 0x22, 0xc3, 0x28]), headers: type ? { 'Content-Type': type } : {} };
    case 'deep':
      return { body: `${'['.repeat(5_000)}${']'.repeat(5_000)}`, headers: { 'Content-Type': 'application/json' } };
    case 'huge':
      return {
        body: JSON.stringify({ ...fields, backstory: 'x'.repeat(MAX_BODY_BYTES + 10) }),
        headers: { 'Content-Type': 'application/json' },
      };
    case 'empty':
      return { body: null, headers: type ? { 'Content-Type': type } : {} };
    default:
      return { body: json, headers: type ? { 'Content-Type': type } : {} };
  }
}

/** The contract's error shape: a one-key object under one of the documented keys (or the Interaction API's 404). */
function isContractError(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const keys = Object.keys(body);
  if (
    keys.length === 1 &&
    (errorKeys as readonly string[]).includes(keys[0]) &&
    typeof (body as Record<string, unknown>)[keys[0]] === 'string'
  )
    return true;
  const record = body as Record<string, unknown>;
  return (
    keys.length === 2 && typeof record.charID === 'string' && typeof record.text === 'string' && record.text.startsWith('process_failure')
  );
}

type Send = (path: string, init: RequestInit) => Promise<Response>;

describe('fuzzing every endpoint', () => {
  it(`answers ${RUNS.toLocaleString('en-US')} hostile requests without a 5xx, in the contract's error shape, and loses nothing`, async () => {
    await fuzz(RUNS, 'in-process');
  }, 600_000);

  it('does the same through a real socket (the Node adapter, body reading and all)', async () => {
    await fuzz(Math.ceil(RUNS / 10), 'socket');
  }, 600_000);
});

async function fuzz(runs: number, transport: 'in-process' | 'socket') {
  {
    const { db } = openDatabase(':memory:');
    // A third user the fuzzer never holds the key of: whatever it sends, this user's data must
    // come out exactly as it went in.
    // Settings' local models are offered (at an address nothing listens on), so their choice is parsed.
    const localModels = localModelSwitch({
      candidates: ['http://127.0.0.1:9/v1'],
      timeoutMs: 1_000,
      store: createLocalModelChoiceStore(db),
      offline: offlineGenerator({ delayMs: 0 }),
    });
    const app = createApp({ db, localApiKeys: [KEY_A, KEY_B, KEY_KEEPER], distDir: null, localModels });
    const { post, createCharacter, uploadDocument } = testApp({ db, app });
    let send: Send = async (path, init) => app.request(path, init);
    if (transport === 'socket') {
      const server = await listen(app.fetch);
      send = (path, init) => fetch(`${server.url}${path}`, init);
      onTestFinished(() => server.close());
    }
    const kept = [
      await createCharacter({ charName: 'Kept One', actions: 'wave' }, KEY_KEEPER),
      await createCharacter({ charName: 'Kept Two' }, KEY_KEEPER),
    ];
    const sessionStore = createSessionStore(db);
    const keeper = registerUsers(db, [KEY_KEEPER]).get(KEY_KEEPER)!.id;
    const keptSession = sessionStore.start(kept[0], keeper);
    sessionStore.record(keptSession, kept[0], { userText: 'hello', characterText: 'well met' });
    // The kept character has a narrative too, whose ids the fuzzer may use.
    const keptSection = String(
      (
        await post(
          '/character/narrative/create-section',
          { character_id: kept[0], section_name: 'Kept', objective: 'Stay.' },
          { key: KEY_KEEPER },
        )
      ).json.section_id,
    );
    const keptTrigger = String(
      (
        await post(
          '/character/narrative/create-trigger',
          { character_id: kept[0], trigger_name: 'kept', destination_section: keptSection },
          { key: KEY_KEEPER },
        )
      ).json.trigger_id,
    );
    // and a document, connected to it.
    const keptDocument = await uploadDocument('kept.txt', 'The kept lantern burns blue.', KEY_KEEPER);
    await post('/character/update', { charID: kept[0], docs: [{ id: keptDocument.id, status: 'active' }] }, { key: KEY_KEEPER });
    const snapshot = async () => ({
      documents: (await post('/character/knowledge-bank/list', { character_id: kept[0] }, { key: KEY_KEEPER })).json,
      passages: (await post('/character/knowledge-bank/passages', { document_id: keptDocument.id }, { key: KEY_KEEPER })).json,
      sections: (await post('/character/narrative/list-sections', { character_id: kept[0] }, { key: KEY_KEEPER })).json,
      triggers: (await post('/character/narrative/list-triggers', { character_id: kept[0] }, { key: KEY_KEEPER })).json,
      records: await Promise.all(
        kept.map((charID) => post('/character/get', { charID }, { key: KEY_KEEPER }).then((response) => response.json)),
      ),
      list: (await post('/character/list', {}, { key: KEY_KEEPER })).json,
      transcript: (await post('/character/chatHistory/details', { charID: kept[0], sessionID: keptSession }, { key: KEY_KEEPER })).json,
    });
    const before = await snapshot();
    // The fuzzer's own users have characters and a session too, with ids it may use.
    const ids = [
      await createCharacter({ charName: 'Target A' }, KEY_A),
      await createCharacter({ charName: 'Target B' }, KEY_B),
      ...kept,
      keptSection,
      keptTrigger,
      keptDocument.id,
    ];
    const sessionId = sessionStore.start(ids[0], registerUsers(db, [KEY_A]).get(KEY_A)!.id);

    const counts = { total: 0, ok: 0, clientError: 0, serverError: 0, badShape: 0 };
    const byStatus = new Map<number, number>();
    const failures: string[] = [];

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        bodyKind,
        contentType,
        // Mostly valid keys, so the requests get past the door and reach the handlers.
        fc.oneof(
          { weight: 6, arbitrary: fc.constant<string | null>(KEY_A) },
          { weight: 2, arbitrary: fc.constant<string | null>(KEY_B) },
          { weight: 1, arbitrary: fc.constantFrom<string | null>(null, 'wrong-key-000000', '\u0000', 'x'.repeat(500)) },
        ),
        fc.nat(),
        async (endpoint, kind, type, key, seed) => {
          const fields = fc.sample(fieldsArbitrary(endpoint.fields, [...ids, sessionId]), { numRuns: 1, seed })[0];
          // The sign-in and /api calls take no key; the others mostly do.
          const { body, headers } = encode(kind, fields, type);
          if (key !== null && !endpoint.path.startsWith('/api') && !endpoint.path.startsWith('/dashboard')) {
            try {
              new Headers({ 'CONVAI-API-KEY': key });
              headers['CONVAI-API-KEY'] = key;
            } catch {
              // not a valid header value: sent without a key instead
            }
          }
          const response = await send(endpoint.path, { method: endpoint.method, headers, body: endpoint.method === 'GET' ? null : body });
          const raw = await response.text();
          counts.total += 1;
          byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
          if (response.status >= 500) {
            counts.serverError += 1;
            failures.push(`${endpoint.path} ${kind} → ${response.status} ${raw.slice(0, 200)}`);
          } else if (response.status >= 400) {
            counts.clientError += 1;
            let parsed: unknown;
            try {
              parsed = JSON.parse(raw);
            } catch {
              parsed = undefined;
            }
            if (!isContractError(parsed)) {
              counts.badShape += 1;
              failures.push(`${endpoint.path} ${kind} → ${response.status} not in the contract's shape: ${raw.slice(0, 200)}`);
            }
          } else counts.ok += 1;
          return true;
        },
      ),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261125) + (transport === 'socket' ? 1 : 0) },
    );

    console.log(
      `fuzz (${transport}): ${counts.total} requests over ${endpoints.length} endpoints: ${counts.ok} 2xx, ${counts.clientError} 4xx (${counts.badShape} off-shape), ${counts.serverError} 5xx; statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort((a, b) => a[0] - b[0])))}`,
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(counts.total).toBe(runs);

    // Alive and consistent: the server still answers, the database is sound, and what the other
    // user stored is exactly as it was (the fuzzer knew those ids, but not that user's key).
    expect((await post('/character/list', {})).status).toBe(200);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await snapshot()).toEqual(before);
  }
}
