/**
 * The speech synthesizer's own process: eSpeak NG (GPL-3.0, compiled to WebAssembly) runs here and
 * only here, as a separate program that the server talks to over an IPC channel (see
 * synthesizer.ts). Keeping it apart keeps the server's event loop free while it speaks (synthesis
 * is synchronous) and keeps eSpeak NG a program of its own beside the MIT-licensed server.
 *
 * Messages in: `{ id, text, voice, pitch, rate, range }`; out: `'ready'`, then `{ id, pcm }` (mono
 * 16-bit samples at `sampleRate`) or `{ id, error }`.
 */
import type { SynthesisRequest, SynthesisReply } from './synthesis-protocol';

const send = (message: SynthesisReply | 'ready') => process.send?.(message);

async function main() {
  const { default: init } = await import('@echogarden/espeak-ng-emscripten');
  const module = await init();
  const espeak = new module.eSpeakNGWorker();
  const sampleRate = espeak.get_samplerate();

  process.on('message', (message: SynthesisRequest) => {
    try {
      espeak.set_voice(message.voice);
      espeak.set_pitch(message.pitch);
      espeak.set_rate(message.rate);
      espeak.set_range(message.range);
      const chunks: Int16Array[] = [];
      espeak.synthesize(message.text, (samples) => {
        if (samples?.length) chunks.push(samples.slice());
      });
      const pcm = new Int16Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        pcm.set(chunk, offset);
        offset += chunk.length;
      }
      send({ id: message.id, pcm, sampleRate });
    } catch (error) {
      send({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
  // The server went away: so does this process.
  process.on('disconnect', () => process.exit(0));
  send('ready');
}

main().catch((error: unknown) => {
  console.error('The speech synthesizer could not start:', error);
  process.exit(1);
});
