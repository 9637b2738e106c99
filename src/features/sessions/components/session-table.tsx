import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown, Brain, Flag, Route, ThumbsDown, ThumbsUp, Zap } from 'lucide-react';
import { memo, type ReactNode, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import type { SessionReviewSummary } from '@contract/schemas/annotations';
import type { Exchange, SessionSummary } from '@contract/schemas/conversation';
import { paths } from '@/config/paths';
import { type SessionRow as Row, type SessionSort, type SortKey } from '../session-filters';
import { formatDuration, sessionFacts } from '../session-facts';
import { formatDay, formatTime, originalStart, sessionStart } from '../session-time';

const ROW_HEIGHT = 45;

// Fixed widths: the rows in the page change as it scrolls, and must not move the columns. `sorts`:
// the orders a column's header offers (the Review column two: by status, by bad ratings).
const columns: Array<{ label: string; short?: string; width: string; sorts: Array<{ key: SortKey; label: string }> }> = [
  { label: 'Date', width: 'w-[19%]', sorts: [{ key: 'date', label: 'Date' }] },
  { label: 'Time', width: 'w-[14%]', sorts: [] },
  { label: 'Exchanges', width: 'w-[15%]', sorts: [{ key: 'exchanges', label: 'Exchanges' }] },
  { label: 'Markers', width: 'w-[17%]', sorts: [] },
  {
    label: 'Review',
    width: 'w-[27%]',
    sorts: [
      { key: 'status', label: 'Review' },
      { key: 'bad', label: 'Bad ratings' },
    ],
  },
  { label: 'Session ID', short: 'ID', width: 'w-[8%]', sorts: [] },
];

const sortNames: Record<SortKey, { asc: string; desc: string }> = {
  date: { asc: 'oldest first', desc: 'newest first' },
  exchanges: { asc: 'fewest exchanges first', desc: 'most exchanges first' },
  status: { asc: 'unreviewed first', desc: 'reviewed first' },
  bad: { asc: 'fewest bad ratings first', desc: 'most bad ratings first' },
};

type Props = {
  charID: string;
  /** The sessions shown, in the order shown, with their transcripts and reviews as far as known. */
  rows: Row[];
  /** Whether the reviews are known: when not, the Review column stays empty rather than saying "Not reviewed". */
  reviewsKnown: boolean;
  sort: SessionSort;
  /** A header's button picks its column's order; pressed again, it turns it round. */
  onSort: (key: SortKey) => void;
};

/**
 * A character's sessions, newest first unless sorted otherwise. The table scrolls in its own box and
 * holds only the rows in view (with a spacer row above and below), so a character with thousands of
 * sessions opens at once.
 */
export function SessionTable({ charID, rows: items, reviewsKnown, sort, onSort }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser keeps its state outside React, so the compiler would leave this component as written; the app is not compiled
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const rows = virtualizer.getVirtualItems();
  const before = rows[0]?.start ?? 0;
  const after = rows.length > 0 ? virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0) : 0;

  return (
    <div
      ref={scrollRef}
      className="max-h-[max(24rem,calc(100vh-24rem))] overflow-y-auto rounded-xl bg-surface shadow-sm ring-1 ring-zinc-950/5"
      data-testid="session-table-scroller"
    >
      <table className="w-full table-fixed text-sm" aria-rowcount={items.length + 1}>
        <caption className="sr-only">Sessions, {sortNames[sort.key][sort.order]}</caption>
        <colgroup>
          {columns.map((column) => (
            <col key={column.label} className={column.width} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10 bg-zinc-50 text-left text-xs font-medium tracking-wide text-zinc-500 uppercase shadow-[inset_0_-1px_0] shadow-zinc-200">
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const sorted = column.sorts.some((option) => option.key === sort.key);
              return (
                <th
                  key={column.label}
                  scope="col"
                  className="px-4 py-2"
                  aria-sort={sorted ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {column.sorts.length > 0 ? (
                    <span className="flex min-w-0 flex-wrap items-center gap-x-4">
                      {column.sorts.map((option) => (
                        <SortButton key={option.key} active={sort.key === option.key} order={sort.order} onClick={() => onSort(option.key)}>
                          {option.label}
                        </SortButton>
                      ))}
                    </span>
                  ) : column.short ? (
                    <>
                      <span aria-hidden>{column.short}</span>
                      <span className="sr-only">{column.label}</span>
                    </>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <Spacer height={before} />}
          {rows.map((row) => (
            <SessionRow
              key={row.key}
              index={row.index}
              measure={virtualizer.measureElement}
              charID={charID}
              session={items[row.index].session}
              exchanges={items[row.index].exchanges}
              review={reviewsKnown ? (items[row.index].review ?? 'none') : undefined}
            />
          ))}
          {after > 0 && <Spacer height={after} />}
        </tbody>
      </table>
    </div>
  );
}

/** A header's sort button: its arrow says the order when the list is sorted by it. */
function SortButton({
  active,
  order,
  onClick,
  children,
}: {
  active: boolean;
  order: SessionSort['order'];
  onClick: () => void;
  children: ReactNode;
}) {
  const Arrow = !active ? ArrowUpDown : order === 'asc' ? ArrowUp : ArrowDown;
  return (
    <button
      type="button"
      onClick={onClick}
      className={`-mx-1 inline-flex max-w-full min-w-0 items-center gap-1 rounded px-1 tracking-wide uppercase hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-focus ${active ? 'text-zinc-900' : ''}`}
    >
      {/* A narrow window cuts the name short rather than running it into the next column. */}
      <span className="truncate">{children}</span>
      <Arrow aria-hidden className={`size-3 shrink-0 ${active ? '' : 'text-zinc-400'}`} />
    </button>
  );
}

/** Stands for the rows out of view, so the scrollbar is the whole list's. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden>
      <td colSpan={columns.length} className="p-0" style={{ height }} />
    </tr>
  );
}

type RowProps = {
  index: number;
  measure: (element: Element | null) => void;
  charID: string;
  session: SessionSummary;
  exchanges: Exchange[] | undefined;
  /** 'none': never reviewed; undefined: not known. */
  review: SessionReviewSummary | 'none' | undefined;
};

const SessionRow = memo(function SessionRow({ index, measure, charID, session, exchanges, review }: RowProps) {
  const start = sessionStart(session);
  const facts = useMemo(() => (exchanges ? sessionFacts(exchanges) : null), [exchanges]);
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      className="relative border-b border-zinc-100 last:border-b-0 hover:bg-zinc-50"
    >
      <td className="truncate px-4 py-3 font-medium text-zinc-900">
        <Link
          to={paths.characters.session(charID, session.sessionID)}
          data-list-row
          className="after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:bg-brand-50/50 focus-visible:after:ring-2 focus-visible:after:ring-focus focus-visible:after:ring-inset"
          title={originalStart(session)}
        >
          {start ? formatDay(start) : session.date}
        </Link>
      </td>
      <td className="truncate px-4 py-3 text-zinc-700 tabular-nums" title={originalStart(session)}>
        {start ? formatTime(start) : session.time}
      </td>
      <td className="px-4 py-3 text-zinc-700 tabular-nums">
        {exchanges ? exchanges.length.toLocaleString() : <span className="text-zinc-500">—</span>}
        {facts?.durationMs !== null && facts?.durationMs !== undefined && (
          <span className="block text-xs text-zinc-500">{formatDuration(facts.durationMs)}</span>
        )}
      </td>
      <td className="px-4 py-3">
        <span className="flex flex-wrap gap-1.5">
          {session.is_added_to_memory && (
            <span className="inline-flex items-center gap-1 rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-800">
              <Brain aria-hidden className="size-3" /> In memory
            </span>
          )}
          {facts && facts.triggers > 0 && (
            <span className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">
              <Zap aria-hidden className="size-3" /> {facts.triggers === 1 ? '1 trigger' : `${facts.triggers} triggers`}
            </span>
          )}
          {facts && facts.sections.length > 0 && (
            <span
              className="inline-flex items-center gap-1 rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-800"
              title={`Sections reached: ${facts.sections.join(', ')}`}
            >
              <Route aria-hidden className="size-3" />
              {facts.sections.length === 1 ? '1 section' : `${facts.sections.length} sections`}
              <span className="sr-only">: {facts.sections.join(', ')}</span>
            </span>
          )}
        </span>
      </td>
      <td className="px-4 py-3">
        <ReviewCell review={review} />
      </td>
      <td className="truncate px-4 py-3 text-right font-mono text-xs text-zinc-500">{session.sessionID.slice(0, 8)}</td>
    </tr>
  );
});

/** A session's review at a glance: its status, its ratings, and how many labels and notes. */
function ReviewCell({ review }: { review: SessionReviewSummary | 'none' | undefined }) {
  if (review === undefined) return <span className="text-zinc-500">—</span>;
  if (review === 'none') return <span className="text-xs text-zinc-500">Not reviewed</span>;
  const marks = [
    review.labels.length > 0 ? `${review.labels.length} ${review.labels.length === 1 ? 'label' : 'labels'}` : null,
    review.notes > 0 ? `${review.notes} ${review.notes === 1 ? 'note' : 'notes'}` : null,
  ].filter(Boolean);
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
      {review.status === 'reviewed' && (
        <span className="rounded-full bg-emerald-100 px-2 py-0.5 font-medium text-emerald-800">Reviewed</span>
      )}
      {review.status === 'flagged' && (
        <span className="inline-flex items-center gap-1 rounded-full bg-red-100 px-2 py-0.5 font-medium text-red-800">
          <Flag aria-hidden className="size-3" /> Flagged
        </span>
      )}
      {review.good > 0 && (
        <span className="inline-flex items-center gap-0.5 text-emerald-700" title={`${review.good} rated good`}>
          <ThumbsUp aria-hidden className="size-3" />
          <span className="sr-only">Good:</span> {review.good}
        </span>
      )}
      {review.bad > 0 && (
        <span className="inline-flex items-center gap-0.5 text-red-700" title={`${review.bad} rated bad`}>
          <ThumbsDown aria-hidden className="size-3" />
          <span className="sr-only">Bad:</span> {review.bad}
        </span>
      )}
      {marks.length > 0 && <span className="text-zinc-500">{marks.join(' · ')}</span>}
    </span>
  );
}
