import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
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
 * The uploads of one dashboard (one QueryClient), outside any page: a file keeps uploading, and a
 * refused one keeps its reason, when the designer goes from a character's Knowledge tab to the
 * knowledge bank page or elsewhere and back.
 */
class UploadStore {
  uploads: Upload[] = [];
  private nextKey = 1;
  private readonly listeners = new Set<() => void>();
  private readonly controllers = new Map<number, AbortController>();

  constructor(private readonly queryClient: QueryClient) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(uploads: Upload[]) {
    const wasBusy = this.busy();
    this.uploads = uploads;
    // Leaving the dashboard (closing the tab, reloading) would cut the uploads off: the browser asks first.
    if (this.busy() !== wasBusy) {
      if (this.busy()) window.addEventListener('beforeunload', warnBeforeUnload);
      else window.removeEventListener('beforeunload', warnBeforeUnload);
    }
    for (const listener of this.listeners) listener();
  }

  private busy() {
    return this.uploads.some((upload) => upload.state === 'uploading');
  }

  private change(key: number, update: Partial<Upload>) {
    this.set(this.uploads.map((upload) => (upload.key === key ? { ...upload, ...update } : upload)));
  }

  private remove(key: number) {
    this.set(this.uploads.filter((upload) => upload.key !== key));
  }

  /** A document arrived: into every cached list at once (processing), then the lists are asked for again. */
  private arrived(document: KnowledgeDocument) {
    this.queryClient.setQueriesData<KnowledgeDocument[]>({ queryKey: knowledgeKeys.lists() }, (docs) => {
      if (!docs) return docs;
      const known = docs.find((each) => each.id === document.id);
      // A new version keeps its connections: only the server knows them, so the status stays as listed.
      return known ? docs.map((each) => (each.id === document.id ? { ...document, status: each.status } : each)) : [...docs, document];
    });
    void this.queryClient.invalidateQueries({ queryKey: knowledgeKeys.lists() });
    void this.queryClient.invalidateQueries({ queryKey: knowledgeKeys.passagesOf(document.id) });
  }

  private send(key: number, file: File, documentId: string | null) {
    const refusal = tooLarge(file);
    if (refusal) {
      this.change(key, { state: 'failed', error: new Error(refusal) });
      return;
    }
    const controller = new AbortController();
    this.controllers.set(key, controller);
    const options = { signal: controller.signal, onProgress: (progress: number) => this.change(key, { progress }) };
    const sent = documentId === null ? uploadDocument(file, options) : updateDocument(documentId, file, options);
    sent.then(
      (document) => {
        this.controllers.delete(key);
        this.arrived(document);
        this.remove(key);
      },
      (error: unknown) => {
        this.controllers.delete(key);
        // Cancelled: the user asked for it to go.
        if (error instanceof DOMException && error.name === 'AbortError') this.remove(key);
        else this.change(key, { state: 'failed', error });
      },
    );
  }

  add(files: File[], documentId: string | null) {
    const added = files.map((file) => ({
      key: this.nextKey++,
      file,
      documentId,
      state: 'uploading' as const,
      progress: 0,
      error: null,
    }));
    this.set([
      // A new version replaces whatever was left of an earlier try for that document.
      ...(documentId === null ? this.uploads : this.uploads.filter((upload) => upload.documentId !== documentId)),
      ...added,
    ]);
    for (const upload of added) this.send(upload.key, upload.file, documentId);
  }

  cancel(key: number) {
    this.controllers.get(key)?.abort();
  }

  dismiss(key: number) {
    this.remove(key);
  }

  retry(key: number) {
    const upload = this.uploads.find((each) => each.key === key);
    if (!upload || upload.state !== 'failed') return;
    this.change(key, { state: 'uploading', progress: 0, error: null });
    this.send(key, upload.file, upload.documentId);
  }
}

const warnBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();

const stores = new WeakMap<QueryClient, UploadStore>();
const storeOf = (queryClient: QueryClient) => {
  let store = stores.get(queryClient);
  if (!store) {
    store = new UploadStore(queryClient);
    stores.set(queryClient, store);
  }
  return store;
};

/**
 * Uploads to the knowledge bank, each file on its own: one refused does not stop the others, and a
 * refused file stays (with the server's reason) until it is sent again or dismissed. The uploads
 * outlive the page that started them (see UploadStore).
 */
export function useUploads() {
  const store = storeOf(useQueryClient());
  const uploads = useSyncExternalStore(store.subscribe, () => store.uploads);
  const actions = useMemo(
    () => ({
      /** Starts uploading new documents, all at once. */
      upload: (files: File[]) => store.add(files, null),
      /** Starts uploading a new version of a document. */
      replace: (documentId: string, file: File) => store.add([file], documentId),
      cancel: (key: number) => store.cancel(key),
      dismiss: (key: number) => store.dismiss(key),
      retry: (key: number) => store.retry(key),
    }),
    [store],
  );
  return { uploads, ...actions };
}
