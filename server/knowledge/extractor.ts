import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentKind, ReadResult } from './read-document';
import type { ExtractionAnswer, ExtractionJob } from './extraction-worker';

export type Extractor = {
  /** A document's text, or why it has none; never rejects. */
  extract(kind: DocumentKind, bytes: Uint8Array): Promise<ReadResult>;
  close(): Promise<void>;
};

/** tsx's ESM API (its package names it `tsx/esm/api`; required here, that name would give the CommonJS build). */
const tsxApi = pathToFileURL(
  path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
).href;

type Pending = { job: ExtractionJob; resolve: (result: ReadResult) => void };

/**
 * Reads documents in a worker thread, one at a time: a slow or hostile file (a huge PDF, a DOCX
 * that is a zip bomb) costs that worker, never the thread serving requests. A file that takes
 * longer than `timeoutMs`, or makes the worker run out of memory, fails with that reason, and the
 * next file gets a new worker.
 */
export function workerExtractor({ timeoutMs = 120_000, memoryMb = 768 } = {}): Extractor {
  let worker: Worker | null = null;
  let nextId = 1;
  const queue: Pending[] = [];
  let current: (Pending & { timer: NodeJS.Timeout; worker: Worker }) | null = null;

  const finish = (result: ReadResult) => {
    if (!current) return;
    clearTimeout(current.timer);
    const { resolve } = current;
    current = null;
    resolve(result);
    runNext();
  };

  const start = () => {
    // The worker's source is TypeScript, as the server's is: tsx loads it (Node 20 does not apply
    // `--import tsx` to a worker's own entry).
    const entry = new URL('./extraction-worker.ts', import.meta.url).href;
    const started = new Worker(
      `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
      {
        eval: true,
        resourceLimits: { maxOldGenerationSizeMb: memoryMb },
      },
    );
    // Each event is about the job this worker was given, if it is still the one running.
    started.on('message', (answer: ExtractionAnswer) => {
      if (current?.worker === started && current.job.id === answer.id) finish(answer.result);
    });
    started.on('error', (error) => {
      if (worker === started) worker = null;
      if (current?.worker !== started) return;
      const outOfMemory = /memory/i.test(error.message);
      finish({
        ok: false,
        reason: outOfMemory
          ? 'Reading this file took more memory than the server allows for one document.'
          : `The file could not be read (${error.message.split('\n')[0]}).`,
      });
    });
    started.on('exit', () => {
      if (worker === started) worker = null;
      if (current?.worker !== started) return;
      finish({ ok: false, reason: 'The reader stopped while reading this file.' });
    });
    started.unref();
    return started;
  };

  const runNext = () => {
    if (current) return;
    const pending = queue.shift();
    if (!pending) return;
    worker ??= start();
    const running = worker;
    current = {
      ...pending,
      worker: running,
      timer: setTimeout(() => {
        worker = null;
        void running.terminate();
        finish({ ok: false, reason: `Reading this file took longer than ${Math.round(timeoutMs / 1000)} seconds; it was stopped.` });
      }, timeoutMs),
    };
    current.timer.unref();
    running.postMessage(pending.job);
  };

  return {
    extract(kind, bytes) {
      return new Promise((resolve) => {
        queue.push({ job: { id: nextId++, kind, bytes }, resolve });
        runNext();
      });
    },
    async close() {
      const running = worker;
      worker = null;
      if (running) await running.terminate();
    },
  };
}
