/**
 * `GET /voice-samples/<voice>.wav`: each catalogue voice saying a line in its own language, made by
 * the local synthesizer on first request and kept (in memory, and on disk when a folder is given,
 * so a restart does not make them again). Unauthenticated, like the hosted service's sample links.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { catalogueVoices } from '../convai/voice-catalogue';
import { errorBody } from '../http/error-body';
import { SpeechError, type Synthesizer } from './synthesizer';
import { sampleLines, voiceProfile } from './voice-profiles';

/** The line a voice says as its sample. */
export const sampleLineOf = (voiceValue: string) => sampleLines[voiceProfile(voiceValue).language] ?? sampleLines['en-us'];

export function voiceSampleRoutes(synthesizer: Synthesizer, cacheDir: string | null) {
  const routes = new Hono();
  const made = new Map<string, Promise<Buffer>>();

  const sample = (voiceValue: string): Promise<Buffer> => {
    let wav = made.get(voiceValue);
    if (!wav) {
      const file = cacheDir ? path.join(cacheDir, `${Buffer.from(voiceValue).toString('hex')}.wav`) : null;
      wav = (async () => {
        if (file && fs.existsSync(file)) return fs.readFileSync(file);
        const speech = await synthesizer.speak(sampleLineOf(voiceValue), voiceValue);
        if (file) {
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, speech.wav);
        }
        return speech.wav;
      })();
      made.set(voiceValue, wav);
      // A failure is not kept: the next request tries again.
      wav.catch(() => made.delete(voiceValue));
    }
    return wav;
  };

  routes.get('/:file', async (c) => {
    const voiceValue = /^(.+)\.wav$/.exec(c.req.param('file'))?.[1];
    if (!voiceValue || !catalogueVoices.has(voiceValue)) return errorBody(c, 'ERROR', 'There is no voice sample here.', 404);
    try {
      const wav = await sample(voiceValue);
      return c.body(new Uint8Array(wav), 200, { 'Content-Type': 'audio/wav', 'Cache-Control': 'public, max-age=86400' });
    } catch (error) {
      if (error instanceof SpeechError) return errorBody(c, 'ERROR', error.message, 503);
      throw error;
    }
  });

  return routes;
}
