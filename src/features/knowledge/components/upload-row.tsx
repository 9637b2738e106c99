import { CircleAlert, FileText, RotateCcw, X } from 'lucide-react';
import { ApiError } from '@/api/client';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatBytes } from '@/lib/bytes';
import { getErrorMessage } from '@/lib/errors';
import type { Upload } from '../hooks/use-uploads';

export type UploadActions = {
  cancel: (key: number) => void;
  retry: (key: number) => void;
  dismiss: (key: number) => void;
};

/** How an upload is going, in words: how much is sent, or that the server is reading it. */
export function uploadStatus(upload: Upload): string {
  if (upload.progress >= 1) return 'Sent; waiting for the server…';
  return `${Math.round(upload.progress * 100)}% sent`;
}

/** Whether sending the same file again could go otherwise: the connection or the server failed, not the file. */
const worthRetrying = (error: unknown) =>
  error instanceof ApiError && (error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500);

/**
 * One file being uploaded: its progress and a way to cancel; refused, the server's reason beside
 * it, with "Try again" where trying again can help (the file is kept) and "Dismiss".
 */
export function UploadProgress({ upload, actions, compact = false }: { upload: Upload; actions: UploadActions; compact?: boolean }) {
  const name = upload.file.name;
  if (upload.state === 'failed') {
    return (
      <div className="flex min-w-0 flex-1 flex-wrap items-start gap-x-3 gap-y-1">
        <p className="flex min-w-0 flex-1 basis-60 items-start gap-1.5 text-sm text-red-700" role="alert">
          <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span className="min-w-0 break-words">{getErrorMessage(upload.error)}</span>
        </p>
        <div className="flex shrink-0 gap-1">
          {worthRetrying(upload.error) && (
            <Button size="sm" onClick={() => actions.retry(upload.key)} aria-label={`Try uploading ${name} again`}>
              <RotateCcw aria-hidden className="size-3.5" /> Try again
            </Button>
          )}
          <Button size="sm" variant="ghost" onClick={() => actions.dismiss(upload.key)} aria-label={`Dismiss ${name}`}>
            Dismiss
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="flex min-w-0 flex-1 items-center gap-3">
      <div className="min-w-0 flex-1">
        <ProgressBar value={upload.progress} label={`Uploading ${name}`} />
        {!compact && <p className="mt-1 text-xs text-zinc-500 tabular-nums">{uploadStatus(upload)}</p>}
      </div>
      <Button size="sm" variant="ghost" onClick={() => actions.cancel(upload.key)} aria-label={`Cancel uploading ${name}`}>
        <X aria-hidden className="size-3.5" /> Cancel
      </Button>
    </div>
  );
}

/** New documents on their way: each file's own progress, or the reason it was refused. */
export function UploadList({ uploads, actions }: { uploads: Upload[]; actions: UploadActions }) {
  if (uploads.length === 0) return null;
  return (
    <ul aria-label="Uploads" className="divide-y divide-zinc-100 rounded-xl bg-surface ring-1 ring-zinc-200">
      {uploads.map((upload) => (
        <li key={upload.key} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3" data-testid="upload">
          <div className="flex w-56 min-w-0 items-center gap-2">
            <FileText aria-hidden className="size-4 shrink-0 text-zinc-400" />
            <div className="min-w-0">
              <p className="truncate text-sm font-medium text-zinc-800" title={upload.file.name}>
                {upload.file.name}
              </p>
              <p className="text-xs text-zinc-500">{formatBytes(upload.file.size)}</p>
            </div>
          </div>
          <UploadProgress upload={upload} actions={actions} />
        </li>
      ))}
    </ul>
  );
}
