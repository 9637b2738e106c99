import { BookOpen } from 'lucide-react';
import { Suspense, useState, type ComponentType } from 'react';
import type { ReplySource } from '@contract/schemas/knowledge';
import { cn } from '@/lib/cn';
import { excerpt } from '@/lib/text';

/** Opens a reply's source: the document at the passage used, lent by the app (the knowledge bank's view, loaded when asked for). */
export type SourceViewer = ComponentType<{ source: ReplySource; onClose: () => void }>;

type Props = {
  sources: readonly ReplySource[];
  /** Opens one (the page holds the open source: one dialog for all replies); without it, the passages are listed only. */
  onOpen?: (source: ReplySource) => void;
  className?: string;
};

/** The knowledge-bank passages a reply drew on, each opening its document at that passage. */
export function ReplySources({ sources, onOpen, className }: Props) {
  if (sources.length === 0) return null;
  return (
    <div className={cn('text-xs', className)} data-testid="reply-sources">
      <p className="mb-1 inline-flex items-center gap-1 font-medium text-zinc-500">
        <BookOpen aria-hidden className="size-3.5" /> Sources
      </p>
      <ul aria-label="Sources" className="space-y-1">
        {sources.map((source) => {
          const content = (
            <>
              <span className="font-medium text-zinc-800">{source.file_name}</span>{' '}
              <span className="text-zinc-600">“{excerpt(source.text)}”</span>
            </>
          );
          return (
            <li key={`${source.document_id}-${source.passage_id}`}>
              {onOpen ? (
                <button
                  type="button"
                  onClick={() => onOpen(source)}
                  className="block w-fit max-w-full rounded-md bg-surface px-2 py-1 text-left ring-1 ring-zinc-200 hover:bg-brand-50 hover:ring-brand-200"
                >
                  {content}
                </button>
              ) : (
                <p className="w-fit max-w-full rounded-md bg-surface px-2 py-1 ring-1 ring-zinc-200">{content}</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** One viewer for a page's sources: which source is open, and the dialog showing it. */
export function useSourceViewer(viewer: SourceViewer | undefined) {
  const [open, setOpen] = useState<ReplySource | null>(null);
  const Viewer = viewer;
  const dialog =
    open && Viewer ? (
      <Suspense fallback={null}>
        <Viewer key={`${open.document_id}-${open.passage_id}`} source={open} onClose={() => setOpen(null)} />
      </Suspense>
    ) : null;
  return { openSource: setOpen, dialog };
}
