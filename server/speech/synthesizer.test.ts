import { afterAll, describe, expect, it } from 'vitest';
import { espeakSynthesizer } from './synthesizer';
import { readWav } from './wav';

const synthesizer = espeakSynthesizer();
afterAll(() => synthesizer.close());

/** The root mean square of a 16-bit WAV's samples, 0 (silence) to 1. */
function loudness(wav: Buffer): number {
  const samples = new Int16Array(wav.buffer, wav.byteOffset + 44, (wav.length - 44) / 2);
  const sum = samples.reduce((total, sample) => total + (sample / 32768) ** 2, 0);
  return Math.sqrt(sum / samples.length);
}

/** The median pitch of voiced stretches, in Hz, by autocorrelation over 40 ms frames. */
function medianPitch(wav: Buffer, sampleRate: number): number {
  const samples = new Int16Array(wav.buffer, wav.byteOffset + 44, (wav.length - 44) / 2);
  const frame = Math.round(sampleRate * 0.04);
  const pitches: number[] = [];
  for (let start = 0; start + frame * 2 < samples.length; start += frame) {
    let energy = 0;
    for (let i = 0; i < frame; i += 1) energy += samples[start + i] ** 2;
    if (energy / frame < 1e6) continue;
    let best = 0;
    let bestLag = 0;
    for (let lag = Math.round(sampleRate / 400); lag <= Math.round(sampleRate / 60); lag += 1) {
      let sum = 0;
      for (let i = 0; i < frame; i += 1) sum += samples[start + i] * samples[start + i + lag];
      if (sum > best) [best, bestLag] = [sum, lag];
    }
    if (bestLag) pitches.push(sampleRate / bestLag);
  }
  pitches.sort((a, b) => a - b);
  return pitches[Math.floor(pitches.length / 2)] ?? 0;
}

describe('espeakSynthesizer', () => {
  it('speaks a reply as a WAV file that is not silence, as long as the words take', async () => {
    const speech = await synthesizer.speak('Hello, traveller. The road north is closed until the storm passes.', 'MALE');
    const read = readWav(speech.wav);
    expect(read.ok && read.info).toMatchObject({ channels: 1, bitsPerSample: 16, sampleRate: speech.sampleRate });
    expect(speech.durationMs).toBeGreaterThan(2_000);
    expect(speech.durationMs).toBeLessThan(10_000);
    expect(loudness(speech.wav)).toBeGreaterThan(0.02);
  }, 60_000);

  it('gives a female voice a higher pitch than a male one', async () => {
    const line = 'The lighthouse keeper lit the lamp at dusk, as she had for forty years.';
    const [male, female] = await Promise.all([synthesizer.speak(line, 'MALE'), synthesizer.speak(line, 'FEMALE')]);
    expect(medianPitch(female.wav, female.sampleRate)).toBeGreaterThan(medianPitch(male.wav, male.sampleRate) * 1.3);
  }, 60_000);

  it('reads French, Japanese kana and Chinese in their own languages', async () => {
    for (const [text, voice] of [
      ['Bonjour, voyageur. Voici comment sonne ma voix.', 'fr-FR-DeniseNeural'],
      ['こんにちは、たびびとさん。', 'ja-JP-NanamiNeural'],
      ['你好，旅行者。', 'cmn-CN-Wavenet-A'],
    ]) {
      const speech = await synthesizer.speak(text, voice);
      expect(speech.durationMs, text).toBeGreaterThan(500);
      expect(loudness(speech.wav), text).toBeGreaterThan(0.02);
    }
  }, 60_000);

  it('starts again after its process dies', async () => {
    await synthesizer.close();
    const speech = await synthesizer.speak('Still here.', 'FEMALE');
    expect(speech.durationMs).toBeGreaterThan(300);
  }, 60_000);
});

describe('espeakSynthesizer under trouble', () => {
  it('answers requests made at once, in turn, from one process', async () => {
    const own = espeakSynthesizer();
    try {
      const lines = ['One.', 'Two, two.', 'Three, three, three.'];
      const spoken = await Promise.all(lines.map((line) => own.speak(line, 'MALE')));
      expect(spoken.map((speech) => speech.durationMs > 200)).toEqual([true, true, true]);
      // Longer lines take longer to say: each answer is its own request's.
      expect(spoken[2].durationMs).toBeGreaterThan(spoken[0].durationMs);
    } finally {
      await own.close();
    }
  }, 60_000);

  it('fails only the request being spoken when its process dies, and speaks the next in a new one', async () => {
    const own = espeakSynthesizer();
    try {
      await own.speak('Warm up.', 'MALE');
      const first = own.processId();
      const long = own.speak('A long line that is being spoken when the process goes away. '.repeat(40), 'MALE');
      const next = own.speak('The next line.', 'FEMALE');
      process.kill(first!, 'SIGKILL');
      await expect(long).rejects.toThrow(/stopped while speaking/);
      const speech = await next;
      expect(speech.durationMs).toBeGreaterThan(300);
      expect(own.processId()).not.toBe(first);
    } finally {
      await own.close();
    }
  }, 60_000);

  it('close() while the process is still starting stops it', async () => {
    const own = espeakSynthesizer();
    const spoken = own.speak('Never said.', 'MALE');
    await own.close();
    await expect(spoken).rejects.toThrow(/closed|stopped|start/);
    expect(own.processId()).toBeNull();
  }, 60_000);
});
