import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../contract/languages';
import type { VoiceEntry } from '../../contract/voices';
import { KEY_A, testApp } from '../testing/test-app';

const get = (app: ReturnType<typeof testApp>['app'], path: string, key: string | null = KEY_A) =>
  app.request(`http://localhost:3000${path}`, { headers: key ? { 'CONVAI-API-KEY': key } : {} });

describe('GET /tts/get_available_voices', () => {
  it('answers sections of one-key voice entries in the documented shape', async () => {
    const { app } = testApp();
    const response = await get(app, '/tts/get_available_voices');
    expect(response.status).toBe(200);
    const sections = (await response.json()) as Record<string, Array<Record<string, VoiceEntry>>>;
    expect(Object.keys(sections).length).toBeGreaterThanOrEqual(3);
    const values = new Set<string>();
    const genders = new Set<string>();
    const languages = new Set<string>();
    for (const entries of Object.values(sections)) {
      for (const entry of entries) {
        expect(Object.keys(entry)).toHaveLength(1);
        const voice = Object.values(entry)[0];
        expect(voice).toEqual({
          voice_value: expect.any(String),
          lang_codes: expect.any(Array),
          gender: expect.stringMatching(/^(MALE|FEMALE)$/),
          deployment_env: expect.any(Array),
          sample_link: expect.any(String),
        });
        expect(values.has(voice.voice_value)).toBe(false);
        values.add(voice.voice_value);
        genders.add(voice.gender);
        for (const code of voice.lang_codes) languages.add(code);
        // Sample links are absolute URLs, as the hosted list gives them, or "NULL".
        if (voice.sample_link !== 'NULL') expect(voice.sample_link).toMatch(/^http:\/\/localhost:3000\/voice-samples\/.+\.wav$/);
      }
    }
    const convai = sections['Convai Voices'].map((entry) => Object.values(entry)[0].voice_value);
    expect(convai).toEqual(expect.arrayContaining(['MALE', 'FEMALE']));
    expect(genders).toEqual(new Set(['MALE', 'FEMALE']));
    expect(languages.size).toBeGreaterThanOrEqual(8);
  });

  it('needs a valid key: a missing one is a 400, as the Voice List API documents, a wrong one a 401', async () => {
    const { app } = testApp();
    const missing = await get(app, '/tts/get_available_voices', null);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ ERROR: 'api_key not found.' });
    const wrong = await get(app, '/tts/get_available_voices', 'wrong-key-123');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ ERROR: 'Invalid API key provided.' });
  });
});

describe('GET /tts/get_available_languages', () => {
  it('answers the documented codes as one-key entries', async () => {
    const { app } = testApp();
    const response = await get(app, '/tts/get_available_languages');
    expect(response.status).toBe(200);
    const list = (await response.json()) as Array<Record<string, { lang_code: string; lang_name: string }>>;
    expect(list.map((entry) => Object.keys(entry)[0])).toEqual(languageCodes);
    expect(list[0]).toEqual({ 'en-US': { lang_code: 'en-US', lang_name: 'English' } });
    for (const entry of list) {
      const [code, value] = Object.entries(entry)[0];
      expect(value.lang_code).toBe(code);
      expect(value.lang_name.length).toBeGreaterThan(1);
    }
    expect(languageCodes).toHaveLength(24);
  });
});

describe('a missing key on the lists', () => {
  it.each([
    ['GET', '/tts/get_available_languages', 'ERROR'],
    ['GET', '/tts/get_available_voices', 'ERROR'],
    ['POST', '/character/list', 'API_ERROR'],
  ])('%s %s answers 400, as documented', async (method, path, key) => {
    const { app } = testApp();
    const response = await app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: method === 'POST' ? '{}' : undefined,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ [key]: 'api_key not found.' });
  });
});

describe('GET /voice-samples/<voice>.wav', () => {
  it('every voice of the catalogue has a sample on this server, spoken and kept', async () => {
    const { app } = testApp();
    const response = await get(app, '/tts/get_available_voices');
    const sections = (await response.json()) as Record<string, Array<Record<string, VoiceEntry>>>;
    const links = Object.values(sections).flatMap((entries) =>
      entries.flatMap((entry) => Object.values(entry).map((voice) => voice.sample_link)),
    );
    expect(links.length).toBeGreaterThan(30);
    for (const link of links) expect(link).toMatch(/^http:\/\/localhost:3000\/voice-samples\/.+\.wav$/);

    const first = await app.request(new URL(links[0] ?? '').pathname);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('audio/wav');
    const wav = Buffer.from(await first.arrayBuffer());
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.length).toBeGreaterThan(20_000);
  }, 60_000);

  it('answers 404 for a voice it does not have', async () => {
    const { app } = testApp();
    const response = await app.request('/voice-samples/NOT-A-VOICE.wav');
    expect(response.status).toBe(404);
  });
});
