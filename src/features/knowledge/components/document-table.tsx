import { Eye, FileText, RefreshCw, Trash2 } from 'lucide-react';
import { useRef, type ReactNode } from 'react';
import { processingStateOf } from '@/api/knowledge';
import type { KnowledgeDocument } from '@contract/schemas/knowledge';
import { knowledgeUpload } from '@contract/schemas/knowledge';
import { Button } from '@/components/ui/button';
import { switchControl } from '@/components/ui/switch';
import { formatBytes } from '@/lib/bytes';
import { parseApiTimestamp, formatDateTime } from '@/lib/dates';
import type { Upload } from '../hooks/use-uploads';
import { DocumentState } from './document-state';
import { UploadProgress, type UploadActions } from './upload-row';

/** The switch column of one character's Knowledge tab: which documents it uses. */
export type Connection = {
  characterName: string;
  /** Documents whose switch was just moved and is being saved, with the state it was moved to. */
  saving: ReadonlyMap<string, boolean>;
  onChange: (document: KnowledgeDocument, active: boolean) => void;
};

type Props = {
  documents: KnowledgeDocument[];
  /** New versions on their way, by document. */
  replacing: ReadonlyMap<string, Upload>;
  uploadActions: UploadActions;
  connection?: Connection;
  /** The "Used by" column (the knowledge bank page): what to show for a document. */
  usedBy?: (document: KnowledgeDocument) => ReactNode;
  /** Left out where the text cannot be shown (Convai's API does not give it back). */
  onPreview?: (document: KnowledgeDocument) => void;
  onReplace: (document: KnowledgeDocument, file: File) => void;
  onDelete: (document: KnowledgeDocument) => void;
};

/** The account's documents: each one's size and state, and what can be done with it. */
export function DocumentTable({ documents, replacing, uploadActions, connection, usedBy, onPreview, onReplace, onDelete }: Props) {
  return (
    <div className="overflow-x-auto rounded-xl bg-surface shadow-sm ring-1 ring-zinc-950/5">
      <table className="w-full min-w-[40rem] table-fixed text-sm">
        <caption className="sr-only">Documents</caption>
        <thead className="bg-zinc-50 text-left text-xs font-medium tracking-wide text-zinc-500 uppercase shadow-[inset_0_-1px_0] shadow-zinc-200">
          <tr>
            {connection && (
              <th scope="col" className="w-20 px-4 py-2">
                Uses
              </th>
            )}
            <th scope="col" className="px-4 py-2">
              Document
            </th>
            <th scope="col" className="w-20 px-4 py-2 xl:w-24">
              Size
            </th>
            <th scope="col" className="w-44 px-4 py-2 xl:w-60">
              State
            </th>
            {usedBy && (
              <th scope="col" className="w-40 px-4 py-2 xl:w-60">
                Used by
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <DocumentRow
              key={document.id}
              document={document}
              replacing={replacing.get(document.id)}
              uploadActions={uploadActions}
              connection={connection}
              usedBy={usedBy}
              onPreview={onPreview}
              onReplace={onReplace}
              onDelete={onDelete}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type RowProps = Omit<Props, 'documents' | 'replacing'> & { document: KnowledgeDocument; replacing: Upload | undefined };

function DocumentRow({ document, replacing, uploadActions, connection, usedBy, onPreview, onReplace, onDelete }: RowProps) {
  const name = document.file_name;
  const state = processingStateOf(document);
  const active = connection?.saving.get(document.id) ?? document.status === 'active';
  const uploaded = parseApiTimestamp(document.timestamp);
  const replaceInput = useRef<HTMLInputElement>(null);
  // A failed document cannot be connected (the service refuses it); one connected before can still be let go.
  const cannotConnect = state === 'failed' && !active;
  return (
    <tr className="border-b border-zinc-100 align-top last:border-b-0" data-testid="document-row" data-document={name}>
      {connection && (
        <td className="px-4 py-3">
          <input
            type="checkbox"
            role="switch"
            aria-label={name}
            title={cannotConnect ? 'This document could not be read: replace it with a readable version first.' : undefined}
            checked={active}
            disabled={cannotConnect || connection.saving.has(document.id)}
            onChange={(event) => connection.onChange(document, event.target.checked)}
            className={switchControl}
          />
        </td>
      )}
      <td className="px-4 py-3">
        <div className="flex items-start gap-2">
          <FileText aria-hidden className="mt-0.5 size-4 shrink-0 text-zinc-400" />
          <div className="min-w-0 flex-1">
            <p className="truncate font-medium text-zinc-900" title={name}>
              {name}
            </p>
            {uploaded && <p className="truncate text-xs text-zinc-500">Uploaded {formatDateTime(uploaded)}</p>}
            <div className="mt-1.5 -ml-2 flex flex-wrap gap-x-1">
              {onPreview && (
                <Button size="xs" variant="ghost" aria-label={`Preview ${name}`} onClick={() => onPreview(document)}>
                  <Eye aria-hidden className="size-3.5" /> Preview
                </Button>
              )}
              <Button
                size="xs"
                variant="ghost"
                aria-label={`Replace ${name}`}
                disabled={replacing?.state === 'uploading'}
                onClick={() => replaceInput.current?.click()}
              >
                <RefreshCw aria-hidden className="size-3.5" /> Replace
              </Button>
              <Button
                size="xs"
                variant="ghost"
                aria-label={`Delete ${name}`}
                className="text-red-700 hover:bg-red-50"
                onClick={() => onDelete(document)}
              >
                <Trash2 aria-hidden className="size-3.5" /> Delete
              </Button>
              <input
                ref={replaceInput}
                type="file"
                accept={knowledgeUpload.extensions.join(',')}
                className="hidden"
                aria-label={`New version of ${name}`}
                tabIndex={-1}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) onReplace(document, file);
                }}
              />
            </div>
          </div>
        </div>
      </td>
      <td className="px-4 py-3 whitespace-nowrap text-zinc-700 tabular-nums">{formatBytes(document.file_size) ?? '—'}</td>
      <td className="px-4 py-3">
        {replacing ? (
          <div className="space-y-1">
            <p className="truncate text-xs text-zinc-600" title={replacing.file.name}>
              New version: {replacing.file.name}
            </p>
            <UploadProgress upload={replacing} actions={uploadActions} compact />
          </div>
        ) : (
          <DocumentState document={document} />
        )}
      </td>
      {usedBy && <td className="px-4 py-3">{usedBy(document)}</td>}
    </tr>
  );
}
