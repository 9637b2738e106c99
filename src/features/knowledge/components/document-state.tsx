import { CircleAlert, CircleCheck } from 'lucide-react';
import { processingStateOf } from '@/api/knowledge';
import type { KnowledgeDocument } from '@contract/schemas/knowledge';

const passages = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'passage' : 'passages'}`;

/** Where a document is in its processing: being read, ready (with its passages), or failed and why. */
export function DocumentState({ document }: { document: KnowledgeDocument }) {
  const state = processingStateOf(document);
  if (state === 'processing') {
    return (
      <span className="inline-flex items-center gap-1.5 text-sm text-amber-800" data-testid="document-state">
        <span aria-hidden className="size-3.5 shrink-0 animate-spin rounded-full border-2 border-amber-200 border-t-amber-600" />
        Processing…
      </span>
    );
  }
  if (state === 'failed') {
    return (
      <span className="flex min-w-0 items-start gap-1.5 text-sm text-red-700" data-testid="document-state">
        <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span className="min-w-0 break-words">
          <span className="font-medium">Failed</span>
          {document.processing_error ? `: ${document.processing_error}` : ': the document could not be read.'}
        </span>
      </span>
    );
  }
  return (
    <span className="inline-flex items-start gap-1.5 text-sm text-emerald-800" data-testid="document-state">
      <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>
        <span className="font-medium">Ready</span>
        {typeof document.passage_count === 'number' && (
          // Its own line: "· 1 passage" cut from "Ready" in a narrow column read as a stray line.
          <span className="block text-xs text-zinc-500">{passages(document.passage_count)}</span>
        )}
      </span>
    </span>
  );
}
