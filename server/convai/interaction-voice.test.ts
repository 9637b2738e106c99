import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { espeakSynthesizer } from '../speech/synthesizer';
import { readWav } from '../speech/wav';
import { listen } from '../testing/listen';
import { pythonWithRequests } from '../testing/python';
import { KEY_A, testApp } from '../testing/test-app';

const synthesizer = espeakSynthesizer();
afterAll(() => synthesizer.close());

/** The root mean square of a 16-bit PCM WAV's samples: 0 is silence. */
const loudness = (wav: Buffer) => {
  const samples = new Int16Array(wav.buffer, wav.byteOffset + 44, Math.floor((wav.length - 44) / 2));
  return Math.sqrt(samples.reduce((sum, sample) => sum + (sample / 32768) ** 2, 0) / samples.length);
};

/** Spoken English runs at about 2–4 words a second: the audio's length must fit the reply's. */
const expectLengthFits = (durationMs: number, text: string) => {
  const words = text.split(/\s+/).filter(Boolean).length;
  expect(durationMs, text).toBeGreaterThan((words / 5) * 1000);
  expect(durationMs, text).toBeLessThan((words / 1.2) * 1000 + 1500);
};

describe('getResponse with voiceResponse', () => {
  it('answers the reply spoken as a base64 WAV, with its sample rate, and records the exchange', async () => {
    const db = openDatabase(':memory:').db;
    const app = createApp({ db, localApiKeys: [KEY_A], distDir: null, synthesizer });
    const { post, createCharacter } = testApp({ db, app });
    const charID = await createCharacter({ charName: 'Mara', voiceType: 'FEMALE', backstory: 'A cartographer in the port of Vell.' });

    const answer = await post(
      '/character/getResponse',
      { charID, sessionID: '-1', userText: 'Who are you?', voiceResponse: 'True' },
      { encoding: 'form' },
    );
    expect(answer.status, answer.text).toBe(200);
    const wav = Buffer.from(String(answer.json.audio), 'base64');
    const read = readWav(wav);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(answer.json.sample_rate).toBe(String(read.info.sampleRate));
    expect(read.info).toMatchObject({ channels: 1, bitsPerSample: 16, dataBytes: wav.length - 44 });
    expectLengthFits(read.info.durationMs, String(answer.json.text));
    expect(loudness(wav)).toBeGreaterThan(0.02);

    const details = await post<Array<{ interaction: Array<{ message: string }> }>>('/character/chatHistory/details', {
      charID,
      sessionID: answer.json.sessionID,
    });
    expect(details.json.map((exchange) => exchange.interaction[1].message)).toEqual([answer.json.text]);
  }, 60_000);

  it('answers audio null without voiceResponse', async () => {
    const { post, createCharacter } = testApp();
    const charID = await createCharacter();
    const answer = await post(
      '/character/getResponse',
      { charID, sessionID: '-1', userText: 'Hello', voiceResponse: 'False' },
      { encoding: 'form' },
    );
    expect(answer.json).toMatchObject({ audio: null, sample_rate: null });
  });

  it('runs the documentation’s Python sample unchanged but for URL, key and character, and its .wav plays', async (context) => {
    const python = pythonWithRequests();
    if (!python) return context.skip('no Python 3 with requests on this machine (.ci/run installs one)');
    const db = openDatabase(':memory:').db;
    const server = await listen(createApp({ db, localApiKeys: [KEY_A], distDir: null, synthesizer }).fetch);
    try {
      const { createCharacter } = testApp({ db });
      const charID = await createCharacter({
        charName: 'Corin',
        voiceType: 'MALE',
        backstory: 'A tavern keeper in the hill town of Ashford.',
      });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convai-sample-'));
      const sample = fs
        .readFileSync(path.join(import.meta.dirname, '../testing/convai-samples/get-response.py'), 'utf8')
        .replace('https://api.convai.com', server.url)
        .replace('<your api key>', KEY_A)
        .replace('<your character id>', charID);
      fs.writeFileSync(path.join(dir, 'sample.py'), sample);
      // Asynchronously: the server answering it runs in this process.
      await promisify(execFile)(python, ['sample.py'], { cwd: dir, timeout: 60_000 });
      const wav = fs.readFileSync(path.join(dir, 'audioResponse.wav'));
      const read = readWav(wav);
      expect(read.ok).toBe(true);
      if (read.ok) {
        expect(read.info.dataBytes).toBe(wav.length - 44);
        // The answer to "What is your name?" is a short sentence: still well over a blip of sound.
        expect(read.info.durationMs).toBeGreaterThan(400);
      }
      expect(loudness(wav)).toBeGreaterThan(0.02);
      fs.rmSync(dir, { recursive: true, force: true });
    } finally {
      await server.close();
    }
  }, 90_000);
});
