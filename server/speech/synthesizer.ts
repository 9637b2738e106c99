/**
 * Speech for the local server: text in a voice of the catalogue → a WAV file. eSpeak NG runs in a
 * process of its own (espeak-process.ts), started on first use, restarted if it dies; requests wait
 * their turn there (it speaks one at a time).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { SynthesisReply, SynthesisRequest } from './synthesis-protocol';
import { readingLanguage, voiceProfile } from './voice-profiles';
import { encodeWav } from './wav';

export type Speech = { wav: Buffer; sampleRate: number; durationMs: number };

/** What the server needs of a synthesizer (tests give a stand-in). */
export interface Synthesizer {
  /** `text` spoken in the voice named `voiceType` (a catalogue value, or any other name). Throws SpeechError. */
  speak(text: string, voiceType: string): Promise<Speech>;
  close(): Promise<void>;
}

export class SpeechError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpeechError';
  }
}

/** Longest text spoken at once; a longer reply is spoken up to here. */
export const MAX_SPOKEN_CHARACTERS = 4_000;

const START_TIMEOUT_MS = 30_000;

type Pending = { resolve: (reply: SynthesisReply) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

export function espeakSynthesizer(): Synthesizer {
  let child: ChildProcess | null = null;
  let ready: Promise<ChildProcess> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (reason: string) => {
    for (const [id, request] of pending) {
      clearTimeout(request.timer);
      request.reject(new SpeechError(reason));
      pending.delete(id);
    }
  };

  const start = () => {
    ready ??= new Promise<ChildProcess>((resolve, reject) => {
      const started = fork(path.join(import.meta.dirname, 'espeak-process.ts'), [], {
        execArgv: ['--import', 'tsx'],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      const timer = setTimeout(() => {
        started.kill();
        reject(new SpeechError('The speech synthesizer did not start in time.'));
      }, START_TIMEOUT_MS);
      started.on('message', (message: SynthesisReply | 'ready') => {
        if (message === 'ready') {
          clearTimeout(timer);
          child = started;
          resolve(started);
          return;
        }
        const request = pending.get(message.id);
        if (!request) return;
        pending.delete(message.id);
        clearTimeout(request.timer);
        request.resolve(message);
      });
      started.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (child === started) child = null;
        ready = null;
        reject(new SpeechError(`The speech synthesizer stopped (${signal ?? `exit code ${code}`}).`));
        failAll('The speech synthesizer stopped while speaking; try again.');
      });
      started.on('error', (error) => {
        clearTimeout(timer);
        ready = null;
        reject(new SpeechError(`The speech synthesizer could not start: ${error.message}`));
      });
    });
    return ready;
  };

  return {
    async speak(text, voiceType) {
      const spoken = text.trim().slice(0, MAX_SPOKEN_CHARACTERS);
      if (!spoken) throw new SpeechError('There is nothing to say.');
      const profile = voiceProfile(voiceType);
      const request: Omit<SynthesisRequest, 'id'> = {
        text: spoken,
        voice: `${readingLanguage(spoken, profile.language)}+${profile.variant}`,
        pitch: profile.pitch,
        rate: profile.rate,
        range: profile.range,
      };
      const process = await start();
      const id = nextId++;
      const reply = await new Promise<SynthesisReply>((resolve, reject) => {
        // Generous: a long text on a busy machine; a stuck synthesizer is restarted.
        const timer = setTimeout(
          () => {
            pending.delete(id);
            reject(new SpeechError('The speech synthesizer did not answer in time.'));
            process.kill();
          },
          15_000 + spoken.length * 10,
        );
        pending.set(id, { resolve, reject, timer });
        process.send({ id, ...request });
      });
      if ('error' in reply) throw new SpeechError(`The text could not be spoken: ${reply.error}`);
      const wav = encodeWav(reply.pcm, reply.sampleRate);
      return { wav, sampleRate: reply.sampleRate, durationMs: (reply.pcm.length / reply.sampleRate) * 1000 };
    },

    async close() {
      const running = child;
      ready = null;
      child = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill();
      });
    },
  };
}
