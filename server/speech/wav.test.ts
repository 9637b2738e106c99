import { describe, expect, it } from 'vitest';
import { encodeWav, readWav } from './wav';

describe('encodeWav and readWav', () => {
  it('write a mono 16-bit PCM file that reads back with its rate and length', () => {
    const samples = Int16Array.from({ length: 22_050 }, (_, index) => Math.round(Math.sin(index / 10) * 10_000));
    const wav = encodeWav(samples, 22_050);
    expect(wav.length).toBe(44 + samples.length * 2);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(readWav(wav)).toEqual({
      ok: true,
      info: { sampleRate: 22_050, channels: 1, bitsPerSample: 16, dataBytes: samples.length * 2, durationMs: 1000 },
    });
  });

  it.each([
    ['text', Buffer.from('hello, this is not audio at all')],
    ['a truncated header', encodeWav(new Int16Array(10), 16_000).subarray(0, 20)],
    ['an MP3', Buffer.from([0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0x21, 0, 0])],
  ])('says why %s is not a WAV file', (_label, bytes) => {
    const read = readWav(bytes);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toMatch(/WAV|format|data|cut short/);
  });
});
