import { useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Quote } from 'lucide-react';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '@/api/client';
import { knowledgeQueries, processingStateOf } from '@/api/knowledge';
import type { DocumentPassages, Passage, ReplySource } from '@contract/schemas/knowledge';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FindBar } from '@/components/ui/find-bar';
import { QueryStatus } from '@/components/ui/query-status';
import { cn } from '@/lib/cn';
import { highlightParts } from '@/lib/text';
import { findInPassages } from '../passage-search';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  document: { id: string; file_name: string };
  /** The passage a reply used: marked, and brought into view when the text arrives. */
  source?: ReplySource;
};

/**
 * A document's extracted text, passage by passage, with find in it; opened from a reply's sources,
 * the passage the reply used is marked and scrolled to. Convai's hosted service does not give a
 * document's text back: its message is shown instead (with the passage the reply quoted, if any).
 */
export function DocumentPassagesDialog({ open, onOpenChange, document, source }: Props) {
  const passages = useQuery({ ...knowledgeQueries.passages(document.id), enabled: open });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={document.file_name}
      description={
        source
          ? 'The text read from this document. The passage the reply used is marked.'
          : 'The text read from this document, passage by passage: what characters connected to it can draw on.'
      }
      wide
    >
      {passages.isError && passages.error instanceof ApiError && passages.error.status === 400 ? (
        <Unavailable error={passages.error} source={source} />
      ) : (
        <QueryStatus query={passages} loading="Loading the document’s text" errorTitle="The document’s text could not be loaded.">
          {(data) => <PassageList data={data} source={source} />}
        </QueryStatus>
      )}
      <div className="mt-4 flex justify-end">
        <Button onClick={() => onOpenChange(false)}>Close</Button>
      </div>
    </Dialog>
  );
}

/** The text cannot be had (hosted mode, or the document is gone): why, and what the reply quoted. */
function Unavailable({ error, source }: { error: unknown; source?: ReplySource }) {
  return (
    <div className="space-y-4">
      <ErrorAlert title="The document’s text cannot be shown here." error={error} />
      {source && <QuotedPassage text={source.text} label="The passage the reply used" />}
    </div>
  );
}

function QuotedPassage({ text, label }: { text: string; label: string }) {
  return (
    <figure className="rounded-lg bg-amber-50 p-3 ring-1 ring-amber-200">
      <figcaption className="mb-1 inline-flex items-center gap-1 text-xs font-medium text-amber-900">
        <Quote aria-hidden className="size-3.5" /> {label}
      </figcaption>
      <blockquote className="text-sm whitespace-pre-wrap text-zinc-800">{text}</blockquote>
    </figure>
  );
}

function PassageList({ data, source }: { data: DocumentPassages; source?: ReplySource }) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const matches = useMemo(() => findInPassages(data.passages, deferredQuery), [data.passages, deferredQuery]);
  const [step, setStep] = useState({ query: '', position: 0 });
  const position =
    step.query === deferredQuery && matches.length > 0 ? ((step.position % matches.length) + matches.length) % matches.length : 0;
  const current = matches.length > 0 ? matches[position] : null;

  const used = source ? data.passages.findIndex((passage) => passage.passage_id === source.passage_id) : -1;
  // Only the passages in view are in the page: a large document has thousands.
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser keeps its state outside React, so the compiler would leave this component as written; the app is not compiled
  const virtualizer = useVirtualizer({
    count: data.passages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 140,
    overscan: 4,
    getItemKey: (index) => data.passages[index]?.passage_id ?? index,
  });

  // The passage the reply used, once, when the text arrives; then each match found.
  useEffect(() => {
    if (used >= 0) virtualizer.scrollToIndex(used, { align: 'center' });
  }, [used, virtualizer]);
  useEffect(() => {
    if (current !== null) virtualizer.scrollToIndex(current, { align: 'auto' });
  }, [current, virtualizer]);

  const state = processingStateOf(data.document);
  if (data.passages.length === 0) {
    return (
      <div className="space-y-4">
        <p className="text-sm text-zinc-600">
          {state === 'processing'
            ? 'The document is still being processed: its text appears here once it is ready.'
            : state === 'failed'
              ? `The document could not be read${data.document.processing_error ? `: ${data.document.processing_error}` : '.'}`
              : 'No text was found in this document.'}
        </p>
        {source && <QuotedPassage text={source.text} label="The passage the reply used" />}
      </div>
    );
  }

  return (
    <div className="space-y-3">
      <FindBar
        label="Find in the document"
        query={query}
        onQuery={(value) => {
          setQuery(value);
          setStep({ query: value, position: 0 });
        }}
        position={position}
        total={matches.length}
        onStep={(by) => setStep({ query: deferredQuery, position: position + by })}
      />
      {source && used < 0 && (
        <div className="space-y-2">
          <p className="text-sm text-zinc-600">The document has changed since this reply: the passage it used is no longer in it.</p>
          <QuotedPassage text={source.text} label="The passage the reply used" />
        </div>
      )}
      <div ref={scrollRef} className="max-h-[60vh] overflow-y-auto rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200">
        <ol aria-label="Passages" className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const passage = data.passages[item.index];
            return (
              passage && (
                <PassageItem
                  key={item.key}
                  index={item.index}
                  start={item.start}
                  total={data.passages.length}
                  passage={passage}
                  used={item.index === used}
                  current={item.index === current}
                  query={deferredQuery}
                  register={virtualizer.measureElement}
                />
              )
            );
          })}
        </ol>
      </div>
    </div>
  );
}

function PassageItem({
  passage,
  index,
  start,
  total,
  used,
  current,
  query,
  register,
}: {
  passage: Passage;
  index: number;
  /** Where the virtualiser places it. */
  start: number;
  total: number;
  used: boolean;
  current: boolean;
  query: string;
  register: (element: HTMLLIElement | null) => void;
}) {
  const number = index + 1;
  return (
    // Measured by the virtualiser (its height varies with its text); the gap below is part of it.
    <li
      ref={register}
      data-index={index}
      aria-setsize={total}
      aria-posinset={number}
      className="absolute inset-x-0 top-0 pb-2"
      style={{ transform: `translateY(${start}px)` }}
    >
      <div
        aria-current={used ? 'true' : undefined}
        aria-label={used ? `Passage ${number}, used in the reply` : `Passage ${number}`}
        data-testid="passage"
        className={cn(
          'rounded-md px-3 py-2 text-sm leading-relaxed whitespace-pre-wrap text-zinc-800',
          used ? 'bg-amber-50 ring-2 ring-amber-400' : 'bg-surface ring-1 ring-zinc-200',
          current && !used && 'ring-2 ring-brand-400',
        )}
      >
        <p className="mb-1 flex items-center gap-2 text-xs text-zinc-500">
          <span className="font-medium">Passage {number}</span>
          {used && <span className="rounded-full bg-amber-200 px-2 py-0.5 font-medium text-amber-900">Used in the reply</span>}
        </p>
        {highlightParts(passage.text, query).map((part, index) =>
          part.match ? (
            <mark key={index} className={cn('rounded-sm px-0.5 text-zinc-900', current ? 'bg-orange-400' : 'bg-amber-200')}>
              {part.text}
            </mark>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </div>
    </li>
  );
}

/** A reply's source opened: the document at the passage it used. Lent by the app to the sessions pages. */
export function SourcePassageDialog({ source, onClose }: { source: ReplySource; onClose: () => void }) {
  return (
    <DocumentPassagesDialog
      open
      onOpenChange={(open) => !open && onClose()}
      document={{ id: source.document_id, file_name: source.file_name }}
      source={source}
    />
  );
}
