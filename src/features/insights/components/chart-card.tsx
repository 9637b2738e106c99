import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { SessionLink } from '../insights-text';

/** A figure of the chart: its name (linked to the sessions behind it), its other cells, and where it leads. */
export type ChartRow = { key: string; name: string; cells: ReadonlyArray<string | number>; link: SessionLink | null };

type Props = {
  title: string;
  /** One sentence saying what the chart shows, for every reader. */
  summary: string;
  /** The table's column headings: the name's first, then the cells'. */
  columns: readonly string[];
  rows: readonly ChartRow[];
  /** Every character shown: each link says whose sessions it opens. */
  allCharacters: boolean;
  /** Under the chart: a link to everything it counts. */
  footer?: ReactNode;
  /** A recharts drawing, for the eyes and the mouse (the table says the same); left out when there is nothing to draw: the summary says so. */
  children?: ReactNode;
  /** Or bars that are links themselves, read by screen readers as they are (see BarList). */
  bars?: ReactNode;
};

/**
 * The charts' colours, read by insights-charts.tsx as var(--chart-…): the palette's greys, which the dark
 * theme remaps, and the bar, line and pointer colours chosen per theme for contrast on the card (bars
 * 6.3:1 on white, 5.9:1 on the dark card).
 */
const chartPalette = [
  '[--chart-axis:var(--color-zinc-600)] [--chart-axis-line:var(--color-zinc-400)] [--chart-grid:var(--color-zinc-200)]',
  '[--chart-text:var(--color-zinc-900)] [--chart-surface:var(--color-surface,#fff)]',
  '[--chart-bar:#4f46e5] [--chart-bad:#dc2626] [--chart-cursor:#eef2ff]',
  '[.dark_&]:[--chart-bar:#818cf8] [.dark_&]:[--chart-bad:#f87171] [.dark_&]:[--chart-cursor:#26264a]',
].join(' ');

/**
 * A chart with its heading and summary, and its figures in a table whose names link to the sessions
 * behind them: the keyboard's and the screen reader's way into what a click on a bar does.
 */
export function ChartCard({ title, summary, columns, rows, allCharacters, footer, children, bars }: Props) {
  const id = useId();
  // The table is written when opened: a range of 90 days is 90 rows per chart, redrawn at every change otherwise.
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby={`${id}-title`} className="flex min-w-0 flex-col rounded-xl bg-surface p-4 shadow-sm ring-1 ring-zinc-950/5">
      <h2 id={`${id}-title`} className="text-sm font-semibold text-zinc-900">
        {title}
      </h2>
      <p className="mt-1 text-sm text-zinc-600" data-testid="chart-summary">
        {summary}
      </p>
      {/* The table below says the same to screen readers; the drawing is for the eyes and the mouse. */}
      {children && (
        <div aria-hidden className={`mt-3 h-56 min-w-0 ${chartPalette}`}>
          {children}
        </div>
      )}
      {bars}
      {footer && <p className="mt-2 text-sm">{footer}</p>}
      {rows.length > 0 && (
        <details className="mt-3 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary className="cursor-pointer text-zinc-600 hover:text-zinc-900">Table and links: {title.toLowerCase()}</summary>
          {open && (
            <div className="mt-2 max-h-72 overflow-y-auto">
              <table className="w-full text-left">
                <caption className="sr-only">
                  {title}
                  {allCharacters ? ': each link opens the sessions of the character with the most of them' : ''}
                </caption>
                <thead className="text-xs text-zinc-500">
                  <tr>
                    {columns.map((column) => (
                      <th key={column} scope="col" className="py-1 pr-3 font-medium">
                        {column}
                      </th>
                    ))}
                    {allCharacters && (
                      <th scope="col" className="py-1 font-medium">
                        Opens the sessions of
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-100">
                  {rows.map((row) => (
                    <tr key={row.key}>
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {row.link ? (
                          <Link to={row.link.to} className="text-brand-700 underline-offset-2 hover:underline">
                            {row.name}
                          </Link>
                        ) : (
                          row.name
                        )}
                      </th>
                      {row.cells.map((cell, index) => (
                        <td key={index} className="py-1 pr-3 tabular-nums">
                          {typeof cell === 'number' ? cell.toLocaleString() : cell}
                        </td>
                      ))}
                      {allCharacters && <td className="py-1 text-zinc-600">{row.link?.characterName ?? '—'}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
      )}
    </section>
  );
}
