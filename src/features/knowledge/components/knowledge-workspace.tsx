import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { statusQueries } from '@/api/status';
import { knowledgeUpload, type KnowledgeDocument } from '@contract/schemas/knowledge';
import { FileDropZone } from '@/components/ui/file-drop-zone';
import { formatBytes } from '@/lib/bytes';
import { parseApiTimestamp } from '@/lib/dates';
import type { Upload, Uploads } from '../hooks/use-uploads';
import { DeleteDocumentDialog } from './delete-document-dialog';
import { DocumentPassagesDialog } from './document-passages-dialog';
import { DocumentTable, type Connection } from './document-table';
import { UploadList } from './upload-row';

/** What the knowledge bank reads, for people. */
const ACCEPTED_KINDS = `Text (.txt, .md, .csv), PDF and Word (.docx) files of up to ${formatBytes(knowledgeUpload.maxBytes)} each.`;

type Props = {
  documents: KnowledgeDocument[] | undefined;
  /** The page's uploads: held by the page, so that they outlive a list that fails to load for a moment. */
  uploads: Uploads;
  /** Shown while the documents load, or when they could not be: the list's own status. */
  status?: ReactNode;
  /** One line over the table: "Mara uses 2 of 5 documents." */
  summary?: ReactNode;
  /** What an empty knowledge bank says. */
  empty: string;
  connection?: Connection;
  usedBy?: (document: KnowledgeDocument) => ReactNode;
};

/** The knowledge bank's work surface, on a character's Knowledge tab and on the knowledge bank page alike. */
export function KnowledgeWorkspace({ documents: listed, uploads, status, summary, empty, connection, usedBy }: Props) {
  // Newest first: a document just uploaded is at the top, where its processing can be watched.
  const documents = useMemo(() => listed && newestFirst(listed), [listed]);
  const [previewing, setPreviewing] = useState<KnowledgeDocument | null>(null);
  // Convai's API does not give a document's text back: in front of it there is nothing to preview.
  const backend = useQuery(statusQueries.status()).data?.backend;
  const [deleting, setDeleting] = useState<KnowledgeDocument | null>(null);
  const newUploads = uploads.uploads.filter((upload) => upload.documentId === null);
  const replacing = new Map<string, Upload>();
  for (const upload of uploads.uploads) if (upload.documentId !== null) replacing.set(upload.documentId, upload);
  const actions = { cancel: uploads.cancel, retry: uploads.retry, dismiss: uploads.dismiss };

  return (
    <div className="mt-6 space-y-4">
      <FileDropZone
        onFiles={uploads.upload}
        label="Upload documents"
        prompt="Drag documents here to upload them, several at once, or"
        hint={ACCEPTED_KINDS}
        accept={knowledgeUpload.extensions.join(',')}
      />
      <UploadList uploads={newUploads} actions={actions} />
      {status ??
        (documents && (
          <section aria-label="Documents" className="space-y-2">
            {summary && <div className="text-sm text-zinc-600">{summary}</div>}
            {documents.length === 0 ? (
              <p className="rounded-xl border border-dashed border-zinc-300 px-6 py-10 text-center text-sm text-zinc-500">{empty}</p>
            ) : (
              <DocumentTable
                documents={documents}
                replacing={replacing}
                uploadActions={actions}
                connection={connection}
                usedBy={usedBy}
                onPreview={backend === 'convai' ? undefined : setPreviewing}
                onReplace={(document, file) => uploads.replace(document.id, file)}
                onDelete={setDeleting}
              />
            )}
          </section>
        ))}
      {/* Keyed: each document's preview starts with an empty search. */}
      {previewing && (
        <DocumentPassagesDialog key={previewing.id} open onOpenChange={(open) => !open && setPreviewing(null)} document={previewing} />
      )}
      <DeleteDocumentDialog document={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}

const uploadedAt = (document: KnowledgeDocument) => parseApiTimestamp(document.timestamp)?.getTime() ?? 0;

/** Documents by upload time, newest first (the API lists them oldest first); the same time, by name. */
export function newestFirst(documents: readonly KnowledgeDocument[]): KnowledgeDocument[] {
  return [...documents].sort((a, b) => uploadedAt(b) - uploadedAt(a) || a.file_name.localeCompare(b.file_name));
}
