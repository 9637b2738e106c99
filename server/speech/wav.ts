/** WAV (RIFF, PCM) files: written for speech, read to check a file a client sends. */

/** A mono 16-bit PCM WAV file of `samples` at `sampleRate`. */
export function encodeWav(samples: Int16Array, sampleRate: number): Buffer {
  const dataBytes = samples.length * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // the fmt chunk's size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28); // bytes a second
  wav.writeUInt16LE(2, 32); // bytes a frame
  wav.writeUInt16LE(16, 34); // bits a sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  Buffer.from(samples.buffer, samples.byteOffset, dataBytes).copy(wav, 44);
  return wav;
}

export type WavInfo = { sampleRate: number; channels: number; bitsPerSample: number; dataBytes: number; durationMs: number };

/** Reads a WAV file's format, or says why it is not one. Walks the chunks, so extra ones (LIST) are fine. */
export function readWav(bytes: Uint8Array): { ok: true; info: WavInfo } | { ok: false; reason: string } {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < 12 || data.toString('ascii', 0, 4) !== 'RIFF' || data.toString('ascii', 8, 12) !== 'WAVE') {
    return { ok: false, reason: 'it is not a WAV file (no RIFF/WAVE header)' };
  }
  let format: Omit<WavInfo, 'dataBytes' | 'durationMs'> | null = null;
  for (let at = 12; at + 8 <= data.length;) {
    const id = data.toString('ascii', at, at + 4);
    const size = data.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > data.length) return { ok: false, reason: 'its format chunk is cut short' };
      const encoding = data.readUInt16LE(body);
      if (encoding !== 1 && encoding !== 0xfffe) return { ok: false, reason: `its audio is not PCM (format ${encoding})` };
      format = {
        channels: data.readUInt16LE(body + 2),
        sampleRate: data.readUInt32LE(body + 4),
        bitsPerSample: data.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!format) return { ok: false, reason: 'its data comes before its format' };
      if (format.sampleRate === 0 || format.channels === 0 || format.bitsPerSample === 0)
        return { ok: false, reason: 'its format is empty' };
      const dataBytes = Math.min(size, data.length - body);
      const bytesPerSecond = (format.sampleRate * format.channels * format.bitsPerSample) / 8;
      return { ok: true, info: { ...format, dataBytes, durationMs: (dataBytes / bytesPerSecond) * 1000 } };
    }
    at = body + size + (size % 2);
  }
  return { ok: false, reason: format ? 'it has no audio data' : 'it has no format chunk' };
}
