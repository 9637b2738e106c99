import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { knowledgeKeys, updateDocument, uploadDocument } from '@/api/knowledge';
import type { KnowledgeDocument } from '@contract/schemas/knowledge';
import { knowledgeUpload } from '@contract/schemas/knowledge';
import { formatBytes } from '@/lib/bytes';

/** One file on its way to the knowledge bank: a new document, or a new version of `documentId`. */
export type Upload = {
  key: number;
  file: File;
  documentId: string | null;
  state: 'uploading' | 'failed';
  /** How much of the file has been sent, from 0 to 1. */
  progress: number;
  error: unknown;
};

/** What useUploads gives: the uploads, and what can be done with them. */
export type Uploads = ReturnType<typeof useUploads>;

/** A file the knowledge bank would refuse for its size: said before anything is sent. */
export function tooLarge(file: File): string | null {
  if (file.size <= knowledgeUpload.maxBytes) return null;
  return `${file.name} is larger than ${formatBytes(knowledgeUpload.maxBytes)}, the most the knowledge bank takes (it is ${formatBytes(file.size)}).`;
}

/**
 * Uploads to the knowledge bank, each file on its own: one refused does not stop the others, and a
 * refused file stays (with the server's reason) until it is sent again or dismissed. A file that
 * arrives is put into every cached list at once (processing), then the lists are asked for again.
 */
export function useUploads() {
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(1);
  const controllers = useRef(new Map<number, AbortController>());

  const change = (key: number, update: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...update } : upload)));
  const remove = (key: number) => setUploads((current) => current.filter((upload) => upload.key !== key));

  const arrived = useCallback(
    (document: KnowledgeDocument) => {
      queryClient.setQueriesData<KnowledgeDocument[]>({ queryKey: knowledgeKeys.lists() }, (docs) => {
        if (!docs) return docs;
        const known = docs.find((each) => each.id === document.id);
        // A new version keeps its connections: only the server knows them, so the status stays as listed.
        return known ? docs.map((each) => (each.id === document.id ? { ...document, status: each.status } : each)) : [...docs, document];
      });
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.passagesOf(document.id) });
    },
    [queryClient],
  );

  const send = useCallback(
    (key: number, file: File, documentId: string | null) => {
      const refusal = tooLarge(file);
      if (refusal) {
        change(key, { state: 'failed', error: new Error(refusal) });
        return;
      }
      const controller = new AbortController();
      controllers.current.set(key, controller);
      const options = { signal: controller.signal, onProgress: (progress: number) => change(key, { progress }) };
      const sent = documentId === null ? uploadDocument(file, options) : updateDocument(documentId, file, options);
      sent.then(
        (document) => {
          controllers.current.delete(key);
          arrived(document);
          remove(key);
        },
        (error: unknown) => {
          controllers.current.delete(key);
          // Cancelled: the user asked for it to go.
          if (error instanceof DOMException && error.name === 'AbortError') remove(key);
          else change(key, { state: 'failed', error });
        },
      );
    },
    [arrived],
  );

  const add = useCallback(
    (files: File[], documentId: string | null) => {
      const added = files.map((file) => ({
        key: nextKey.current++,
        file,
        documentId,
        state: 'uploading' as const,
        progress: 0,
        error: null,
      }));
      setUploads((current) => [
        // A new version replaces whatever was left of an earlier try for that document.
        ...(documentId === null ? current : current.filter((upload) => upload.documentId !== documentId)),
        ...added,
      ]);
      for (const upload of added) send(upload.key, upload.file, documentId);
    },
    [send],
  );

  /** Starts uploading new documents, all at once. */
  const upload = useCallback((files: File[]) => add(files, null), [add]);
  /** Starts uploading a new version of a document. */
  const replace = useCallback((documentId: string, file: File) => add([file], documentId), [add]);

  const cancel = useCallback((key: number) => controllers.current.get(key)?.abort(), []);
  const dismiss = useCallback((key: number) => remove(key), []);
  const retry = useCallback(
    (key: number) => {
      const upload = uploads.find((each) => each.key === key);
      if (!upload) return;
      change(key, { state: 'uploading', progress: 0, error: null });
      send(key, upload.file, upload.documentId);
    },
    [uploads, send],
  );

  // Leaving the dashboard (closing the tab, reloading) would cut the uploads off: the browser asks first.
  const busy = uploads.some((upload) => upload.state === 'uploading');
  useEffect(() => {
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy]);

  return { uploads, upload, replace, cancel, dismiss, retry };
}
