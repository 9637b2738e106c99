import { afterEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../contract/schemas/conversation';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { GeneratorError, pause, type TextGenerator } from '../generate/generator';
import { offlineGenerator } from '../generate/offline-generator';
import { encodeWav } from '../speech/wav';
import { SpeechError, type Synthesizer } from '../speech/synthesizer';
import { listen, readChunks } from '../testing/listen';
import { parseEvents } from '../testing/sse';
import { stubGenerator } from '../testing/stub-generator';
import { KEY_A, testApp } from '../testing/test-app';

const servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A synthesizer stand-in: one second of a tone whatever the text (the real one is tested in speech/). */
const toneSynthesizer: Synthesizer = {
  speak: () => {
    const samples = Int16Array.from({ length: 16_000 }, (_, index) => Math.round(Math.sin(index / 8) * 8_000));
    return Promise.resolve({ wav: encodeWav(samples, 16_000), sampleRate: 16_000, durationMs: 1_000 });
  },
  close: () => Promise.resolve(),
};

async function serve(generator: TextGenerator = offlineGenerator({ delayMs: 0 }), synthesizer: Synthesizer = toneSynthesizer) {
  const db = openDatabase(':memory:').db;
  const app = createApp({ db, localApiKeys: [KEY_A], distDir: null, generator, synthesizer });
  const server = await listen(app.fetch);
  servers.push(server);
  const helpers = testApp({ db, app });
  const charID = await helpers.createCharacter({
    charName: 'Mara',
    backstory: 'Mara charts the coast of Vell. She was born in a lighthouse.',
  });
  const getResponse = (fields: Record<string, string>, signal?: AbortSignal) =>
    fetch(`${server.url}/character/getResponse`, {
      method: 'POST',
      headers: { 'CONVAI-API-KEY': KEY_A },
      body: new URLSearchParams({ charID, sessionID: '-1', ...fields }),
      signal,
    });
  const transcript = async (sessionID: string) =>
    (await helpers.post<Exchange[]>('/character/chatHistory/details', { charID, sessionID })).json;
  const sessions = async () => (await helpers.post<unknown[]>('/character/chatHistory/list', { charID, limit: '-1' })).json;
  return { charID, getResponse, transcript, sessions };
}

type Event = { charID: string; sessionID: string; text: string; audio: string | null; sample_rate: string | null; actionSequence?: string };

describe('getResponse with stream', () => {
  it('streams the reply as events whose texts concatenate to the recorded reply', async () => {
    const { charID, getResponse, transcript } = await serve();
    const response = await getResponse({ userText: 'Where were you born?', stream: 'True', voiceResponse: 'False' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = parseEvents((await readChunks(response)).text).map((event) => JSON.parse(event.data) as Event);
    expect(events.length).toBeGreaterThan(2);
    for (const event of events) expect(event).toMatchObject({ charID, sessionID: events[0].sessionID, audio: null });
    const text = events.map((event) => event.text).join('');
    const recorded = await transcript(events[0].sessionID);
    expect(recorded).toHaveLength(1);
    expect(recorded[0].interaction[1].message).toBe(text.trim());
  });

  it('ends with an event that carries the spoken reply when voiceResponse is set', async () => {
    const { getResponse } = await serve();
    const response = await getResponse({ userText: 'Hello', stream: 'True', voiceResponse: 'True' });
    const events = parseEvents((await readChunks(response)).text).map((event) => JSON.parse(event.data) as Event);
    const last = events.at(-1)!;
    expect(last.text).toBe('');
    expect(last.sample_rate).toBe('16000');
    expect(Buffer.from(last.audio ?? '', 'base64').toString('ascii', 0, 4)).toBe('RIFF');
    expect(events.slice(0, -1).every((event) => event.audio === null)).toBe(true);
  });

  it('records what was said when the client goes away, and stops generating', async () => {
    const state = { produced: 0, stopped: false };
    const endless = stubGenerator({
      async *reply(_request, signal) {
        for (let index = 0; !signal.aborted; index += 1) {
          state.produced += 1;
          yield `word${index} `;
          await pause(5, signal);
        }
        state.stopped = true;
      },
    });
    const { getResponse, transcript } = await serve(endless);
    const abort = new AbortController();
    const response = await getResponse({ userText: 'Talk to me', stream: 'True' }, abort.signal);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    while (parseEvents(received).length < 5) received += (await reader.read()).value ?? '';
    const sessionID = (JSON.parse(parseEvents(received)[0].data) as Event).sessionID;
    abort.abort();
    await expect.poll(() => state.stopped, { timeout: 10_000 }).toBe(true);
    const produced = state.produced;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.produced).toBe(produced);
    const recorded = await transcript(sessionID);
    expect(recorded).toHaveLength(1);
    const said = recorded[0].interaction[1].message;
    expect(said).toMatch(/^word0 word1 word2 word3 word4\b/);
    expect(said.split(' ').length).toBeLessThanOrEqual(produced);
  });
});

describe('getResponse when something goes wrong part-way', () => {
  it('a reply that cannot be spoken at its end is kept once, and its last event says so with audio null', async () => {
    const mute: Synthesizer = { speak: () => Promise.reject(new SpeechError('no voice today')), close: () => Promise.resolve() };
    const { getResponse, transcript } = await serve(offlineGenerator({ delayMs: 0 }), mute);
    const response = await getResponse({ userText: 'Hello', stream: 'True', voiceResponse: 'True' });
    const text = (await readChunks(response)).text;
    expect(text).not.toContain('event: error');
    const events = parseEvents(text).map((event) => JSON.parse(event.data) as Event);
    expect(events.at(-1)).toMatchObject({ text: '', audio: null, sample_rate: null });
    const recorded = await transcript(events[0].sessionID);
    expect(recorded).toHaveLength(1);
    expect(recorded[0].interaction[1].message).toBe(
      events
        .map((event) => event.text)
        .join('')
        .trim(),
    );
  });

  it('a streamed reply whose generator fails part-way ends with an error event, and nothing is kept', async () => {
    const failing = stubGenerator({
      async *reply() {
        yield 'I was born ';
        yield 'in a lighthouse';
        throw new GeneratorError('The language model failed: overloaded');
      },
    });
    const { getResponse, sessions } = await serve(failing);
    const response = await getResponse({ userText: 'Where were you born?', stream: 'True' });
    const text = (await readChunks(response)).text;
    expect(text.endsWith('event: error\n\n')).toBe(true);
    expect(await sessions()).toEqual([]);
  });

  it('a whole reply the client stopped waiting for is not kept', async () => {
    const state = { stopped: false };
    const slow = stubGenerator({
      async *reply(_request, signal) {
        for (let index = 0; !signal.aborted; index += 1) {
          yield `word${index} `;
          await pause(5, signal);
        }
        state.stopped = true;
      },
    });
    const { getResponse, sessions } = await serve(slow);
    const abort = new AbortController();
    const answer = getResponse({ userText: 'Talk to me', voiceResponse: 'False' }, abort.signal).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    abort.abort();
    await answer;
    await expect.poll(() => state.stopped, { timeout: 10_000 }).toBe(true);
    expect(await sessions()).toEqual([]);
  });
});

describe('getResponse with the Action API', () => {
  const actionFields = {
    actions: 'Move To, Pick Up, Wave',
    classification: 'multistep',
    characters: JSON.stringify([{ name: 'User', bio: 'The player.' }]),
  };

  it.each([
    [
      'a JSON list',
      JSON.stringify([
        { name: 'Door', description: 'The tavern door.' },
        { name: 'Box#1', description: 'A box.' },
      ]),
    ],
    ['objects each followed by ";"', '{"name": "Door", "description": "The tavern door."};{"name": "Box#1", "description": "A box."};'],
  ])('answers userQuery, response and the actions chosen (objects as %s)', async (_label, objects) => {
    const { getResponse } = await serve();
    const response = await getResponse({ userText: 'follow me to the door', voiceResponse: 'false', ...actionFields, objects });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Record<string, string>;
    expect(answer.userQuery).toBe('follow me to the door');
    expect(answer.response).toBe(answer.text);
    expect(answer.actionSequence).toBe('Move To Door');
  });

  it('refuses objects it cannot read, saying why', async () => {
    const { getResponse } = await serve();
    const response = await getResponse({ userText: 'hello', ...actionFields, objects: 'a door, a box' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ERROR: expect.stringMatching(/^objects must be a JSON list/) });
  });
});

describe('getResponse with an audio file', () => {
  const post = async (file: Blob) => {
    const { charID } = await serve();
    const { url } = servers.at(-1) as unknown as { url: string };
    const form = new FormData();
    form.append('charID', charID);
    form.append('sessionID', '-1');
    form.append('file', file, 'speech.wav');
    return fetch(`${url}/character/getResponse`, { method: 'POST', headers: { 'CONVAI-API-KEY': KEY_A }, body: form });
  };

  it('refuses a file that is not a WAV, saying so', async () => {
    const response = await post(new Blob(['this is not audio']));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ERROR: expect.stringMatching(/^The audio file could not be read: it is not a WAV file/) });
  });

  it('says plainly that it does not transcribe a WAV', async () => {
    const response = await post(new Blob([new Uint8Array(encodeWav(new Int16Array(1600), 16_000))]));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ERROR: expect.stringMatching(/does not transcribe speech/) });
  });
});
