import { useVirtualizer } from '@tanstack/react-virtual';
import { Link2, Zap } from 'lucide-react';
import { memo, useEffect, useRef } from 'react';
import type { ExchangeAnnotation, ExchangeAnnotationInput } from '@contract/schemas/annotations';
import type { Exchange } from '@contract/schemas/conversation';
import type { ReplySource } from '@contract/schemas/knowledge';
import { CopyButton } from '@/components/ui/copy-button';
import { cn } from '@/lib/cn';
import { parseApiTimestamp } from '@/lib/dates';
import { movedFromName } from '../section-names';
import { formatTime } from '../session-time';
import { highlightParts } from '@/lib/text';
import { turnsOf, type Match } from '../transcript-search';
import { ExchangeReview } from './exchange-review';
import { ReplySources } from './reply-sources';
import { SectionNote } from './section-note';

type Props = {
  exchanges: Exchange[];
  characterName: string;
  /** The sections' names by id, for where a move came from. */
  sectionNames: ReadonlyMap<string, string>;
  query: string;
  current: Match | null;
  /** 0-based exchange to bring into view and mark (from a permalink). */
  focused: number | null;
  /**
   * Copies a link to an exchange; without it (two transcripts in one page), exchanges have no
   * anchor of their own and no Link button.
   */
  onPermalink?: (exchange: number) => void;
  /** Opens a reply's source (the document at that passage); without it, sources are listed only. */
  onOpenSource?: (source: ReplySource) => void;
  /** The review of each exchange, by position; without it, the transcript is read only. */
  review?: TranscriptReview;
};

export type TranscriptReview = {
  /** Each exchange's key (exchange-keys.ts), by position. */
  keys: readonly string[];
  annotations: ReadonlyMap<string, ExchangeAnnotation>;
  onChange: (exchange: string, input: ExchangeAnnotationInput) => void;
  /** Opens the labels of the exchange at this position (0-based). */
  onEditLabels: (index: number) => void;
  /** Opens the note of the exchange at `index` each time `token` changes (the review queue's N key). */
  noteRequest?: { index: number; token: number };
};

/**
 * The conversation, exchange by exchange; only those in view are in the page, so long sessions stay
 * smooth. Memoised: typing in the find box re-renders it only when the (deferred) query is in.
 */
export const TranscriptView = memo(function TranscriptView({
  exchanges,
  characterName,
  sectionNames,
  query,
  current,
  focused,
  onPermalink,
  onOpenSource,
  review,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser keeps its state outside React, so the compiler would leave this component as written; the app is not compiled
  const virtualizer = useVirtualizer({
    count: exchanges.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 150,
    overscan: 4,
  });

  useEffect(() => {
    if (current) virtualizer.scrollToIndex(current.exchange, { align: 'center' });
  }, [current, virtualizer]);
  useEffect(() => {
    if (focused !== null && focused < exchanges.length) virtualizer.scrollToIndex(focused, { align: 'start' });
  }, [focused, exchanges.length, virtualizer]);

  const movedFromOf = (index: number) => {
    const narrative = exchanges[index].narrative;
    return narrative ? movedFromName(narrative, exchanges[index - 1]?.narrative, sectionNames) : null;
  };

  return (
    <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto bg-zinc-50" data-testid="transcript-scroller">
      <ol aria-label="Transcript" className="relative mx-auto w-full max-w-4xl" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={exchanges.length}
            aria-posinset={row.index + 1}
            className="absolute inset-x-0 top-0 px-4 sm:px-6"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            <ExchangeView
              number={row.index + 1}
              exchange={exchanges[row.index]}
              movedFrom={movedFromOf(row.index)}
              characterName={characterName}
              query={query}
              currentTurn={current?.exchange === row.index ? current.turn : null}
              focused={focused === row.index}
              onPermalink={onPermalink}
              onOpenSource={onOpenSource}
              review={review}
              annotation={review ? review.annotations.get(review.keys[row.index] ?? '') : undefined}
            />
          </li>
        ))}
      </ol>
    </div>
  );
});

type ExchangeProps = {
  number: number;
  exchange: Exchange;
  /** The name of the section a move on this exchange came from; null when not known. */
  movedFrom: string | null;
  characterName: string;
  query: string;
  currentTurn: 0 | 1 | null;
  focused: boolean;
  onPermalink?: (exchange: number) => void;
  onOpenSource?: (source: ReplySource) => void;
  review?: TranscriptReview;
  annotation: ExchangeAnnotation | undefined;
};

const ExchangeView = memo(function ExchangeView({
  number,
  exchange,
  movedFrom,
  characterName,
  query,
  currentTurn,
  focused,
  onPermalink,
  onOpenSource,
  review,
  annotation,
}: ExchangeProps) {
  const [user, character] = turnsOf(exchange);
  const time = parseApiTimestamp(exchange.timestamp);
  return (
    <article
      id={onPermalink ? `exchange-${number}` : undefined}
      aria-label={`Exchange ${number}`}
      className={cn(
        'group/exchange space-y-2 border-b border-zinc-200/70 py-4',
        focused && 'rounded-lg bg-brand-50/70 ring-2 ring-brand-300',
      )}
    >
      <div className="flex items-center gap-2 text-xs text-zinc-500">
        <span className="font-medium text-zinc-500">#{number}</span>
        {time && (
          <time dateTime={time.toISOString()} title={`${exchange.timestamp} UTC`} className="tabular-nums">
            {formatTime(time)}
          </time>
        )}
        {onPermalink && (
          <button
            type="button"
            onClick={() => onPermalink(number)}
            className="ml-auto inline-flex items-center gap-1 rounded px-1.5 py-0.5 opacity-0 group-hover/exchange:opacity-100 hover:bg-zinc-200 hover:text-zinc-700 focus-visible:opacity-100"
            aria-label={`Copy a link to exchange ${number}`}
          >
            <Link2 aria-hidden className="size-3.5" /> Link
          </button>
        )}
      </div>
      {exchange.narrative && (
        <div className={cn('flex', exchange.narrative.moved_by ? 'justify-center' : 'justify-start')}>
          <SectionNote narrative={exchange.narrative} fromName={movedFrom} />
        </div>
      )}
      {exchange.is_trigger_input ? (
        <div className="flex justify-center">
          <p
            className="inline-flex max-w-full items-center gap-1.5 rounded-full bg-amber-50 px-3 py-1 text-xs text-amber-900 ring-1 ring-amber-200"
            data-testid="trigger-event"
          >
            <Zap aria-hidden className="size-3.5 shrink-0" />
            <span className="font-medium">Trigger</span>
            <span className="min-w-0 break-words">
              <Highlighted text={user} query={query} current={currentTurn === 0} />
            </span>
          </p>
        </div>
      ) : (
        <Message side="player" speaker="Player" text={user} query={query} current={currentTurn === 0} />
      )}
      <Message side="character" speaker={characterName} text={character} query={query} current={currentTurn === 1} />
      {exchange.sources && exchange.sources.length > 0 && (
        <ReplySources sources={exchange.sources} onOpen={onOpenSource} className="max-w-[75%] pl-1" />
      )}
      {review && (
        <ExchangeReview
          number={number}
          annotation={annotation}
          onChange={(input) => review.onChange(review.keys[number - 1] ?? '', input)}
          onEditLabels={() => review.onEditLabels(number - 1)}
          noteRequest={review.noteRequest?.index === number - 1 ? review.noteRequest.token : 0}
        />
      )}
    </article>
  );
});

function Message({
  side,
  speaker,
  text,
  query,
  current,
}: {
  side: 'player' | 'character';
  speaker: string;
  text: string;
  query: string;
  current: boolean;
}) {
  const player = side === 'player';
  return (
    <div className={cn('group/message flex items-start gap-2', player ? 'flex-row-reverse' : 'flex-row')}>
      <div
        className={cn(
          'max-w-[75%] min-w-0 rounded-2xl px-3.5 py-2 text-sm shadow-sm',
          player ? 'rounded-tr-sm bg-brand-600 text-white' : 'rounded-tl-sm bg-surface text-zinc-800 ring-1 ring-zinc-200',
        )}
      >
        <p className={cn('mb-0.5 text-xs font-medium', player ? 'text-white/80' : 'text-zinc-500')}>{speaker}</p>
        <p className="break-words whitespace-pre-wrap" data-speaker={side}>
          <Highlighted text={text} query={query} current={current} />
        </p>
      </div>
      <CopyButton
        text={text}
        what="message"
        variant="icon"
        className="mt-1 p-1 text-zinc-400 opacity-0 group-hover/message:opacity-100 hover:bg-zinc-200 hover:text-zinc-700 focus-visible:opacity-100"
      />
    </div>
  );
}

function Highlighted({ text, query, current }: { text: string; query: string; current: boolean }) {
  if (!query.trim()) return <>{text}</>;
  const parts = highlightParts(text, query);
  // The current match is the message's first: a word found twice in one message is one place to look.
  const first = parts.findIndex((part) => part.match);
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark
            key={index}
            data-current={(current && index === first) || undefined}
            className={cn(
              'rounded-sm px-0.5 text-zinc-900',
              current && index === first ? 'bg-orange-400 ring-2 ring-orange-500' : 'bg-amber-200',
            )}
          >
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
