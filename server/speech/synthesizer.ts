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

type Job = { request: Omit<SynthesisRequest, 'id'>; resolve: (reply: SynthesisReply) => void; reject: (error: Error) => void };

/**
 * eSpeak NG in its own process. Requests go to it one at a time (its synthesis is synchronous), so
 * each one's time-out counts its own synthesis, not its wait; a time-out or a crash fails only the
 * request being spoken, and the next starts a new process.
 */
export function espeakSynthesizer(): Synthesizer & { processId(): number | null } {
  let child: ChildProcess | null = null;
  let starting: Promise<ChildProcess> | null = null;
  let nextId = 1;
  const queue: Job[] = [];
  let current: { id: number; process: ChildProcess; job: Job; timer: NodeJS.Timeout } | null = null;

  const finish = (outcome: { reply: SynthesisReply } | { error: Error }) => {
    if (!current) return;
    const { job, timer } = current;
    clearTimeout(timer);
    current = null;
    if ('reply' in outcome) job.resolve(outcome.reply);
    else job.reject(outcome.error);
    void pump();
  };

  const start = () => {
    if (child) return Promise.resolve(child);
    if (starting) return starting;
    const mine: Promise<ChildProcess> = new Promise<ChildProcess>((resolve, reject) => {
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
          starting = null;
          resolve(started);
        } else if (current?.process === started && current.id === message.id) finish({ reply: message });
      });
      // Whatever happens to this process concerns only what belongs to it.
      const gone = (reason: string) => {
        clearTimeout(timer);
        if (child === started) child = null;
        if (starting === mine) starting = null;
        reject(new SpeechError(`The speech synthesizer could not start: ${reason}.`));
        if (current?.process === started) finish({ error: new SpeechError('The speech synthesizer stopped while speaking; try again.') });
      };
      started.on('exit', (code, signal) => gone(signal ?? `exit code ${code}`));
      started.on('error', (error) => gone(error.message));
    });
    starting = mine;
    return mine;
  };

  const pump = async () => {
    if (current || queue.length === 0) return;
    const job = queue.shift()!;
    let process: ChildProcess;
    try {
      process = await start();
    } catch (error) {
      job.reject(error instanceof Error ? error : new SpeechError(String(error)));
      void pump();
      return;
    }
    if (current) {
      // Another pump took the process meanwhile: wait for the next turn.
      queue.unshift(job);
      return;
    }
    const id = nextId++;
    // Generous for a long text on a busy machine; a stuck synthesizer is stopped (and restarted next time).
    const timer = setTimeout(
      () => {
        finish({ error: new SpeechError('The speech synthesizer did not answer in time.') });
        process.kill();
      },
      15_000 + job.request.text.length * 10,
    );
    current = { id, process, job, timer };
    try {
      if (!process.connected) throw new Error('its process has gone');
      process.send({ id, ...job.request });
    } catch {
      finish({ error: new SpeechError('The speech synthesizer stopped before speaking; try again.') });
    }
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
      const reply = await new Promise<SynthesisReply>((resolve, reject) => {
        queue.push({ request, resolve, reject });
        void pump();
      });
      if ('error' in reply) throw new SpeechError(`The text could not be spoken: ${reply.error}`);
      const wav = encodeWav(reply.pcm, reply.sampleRate);
      return { wav, sampleRate: reply.sampleRate, durationMs: (reply.pcm.length / reply.sampleRate) * 1000 };
    },

    /** For tests and diagnostics: the synthesizer's process, when one runs. */
    processId: () => child?.pid ?? null,

    async close() {
      for (const job of queue.splice(0)) job.reject(new SpeechError('The speech synthesizer was closed.'));
      const running = child ?? (await starting?.catch(() => null)) ?? null;
      child = null;
      starting = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill();
      });
    },
  };
}
