/**
 * The extraction worker's entry: reads documents one at a time for server/knowledge/extractor.ts,
 * away from the thread that serves requests.
 */
import { parentPort } from 'node:worker_threads';
import { problemOf, readDocument, type DocumentKind, type ReadResult } from './read-document';

export type ExtractionJob = { id: number; kind: DocumentKind; bytes: Uint8Array };
export type ExtractionAnswer = { id: number; result: ReadResult };

parentPort?.on('message', (job: ExtractionJob) => {
  void readDocument(job.kind, job.bytes)
    .catch((error: unknown): ReadResult => ({
      ok: false,
      reason: `The file could not be read (${problemOf(error)}).`,
    }))
    .then((result) => parentPort?.postMessage({ id: job.id, result } satisfies ExtractionAnswer));
});
