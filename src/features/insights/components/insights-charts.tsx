import { memo, useCallback, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '@contract/schemas/insights';
import {
  exchangesSummary,
  formatDay,
  formatLongDay,
  labelsSummary,
  plural,
  ratingsSummary,
  rangeFilters,
  sectionsSummary,
  sessionLink,
  sessionsSummary,
  triggersSummary,
} from '../insights-text';
import { BarList, type BarItem } from './bar-list';
import { ChartCard, type ChartRow } from './chart-card';

/**
 * The charts' colours: custom properties set on each chart's box by ChartCard (chartPalette), so that
 * they follow the theme without a redraw. Chromium reads var() in the SVG attributes recharts writes.
 */
const color = {
  bar: 'var(--chart-bar)',
  bad: 'var(--chart-bad)',
  axis: 'var(--chart-axis)',
  axisLine: 'var(--chart-axis-line)',
  grid: 'var(--chart-grid)',
  cursor: 'var(--chart-cursor)',
  surface: 'var(--chart-surface)',
  text: 'var(--chart-text)',
};

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/**
 * An axis label as plain SVG text. Recharts' own measures each label in the DOM to wrap it, at every
 * redraw: most of the time a changed filter took. Long names are cut (the table has them whole).
 */
const tick = (anchor: 'middle' | 'end', dy: string, unit = '') =>
  function Tick({ x, y, payload }: TickProps) {
    const value = payload?.value;
    const text = typeof value === 'string' || typeof value === 'number' ? `${value}${unit}` : '';
    return (
      <text x={x} y={y} dy={dy} dx={anchor === 'end' ? -4 : 0} textAnchor={anchor} fontSize={12} fill={color.axis}>
        {text.length > 18 ? `${text.slice(0, 17)}…` : text}
      </text>
    );
  };
const below = tick('middle', '0.9em');
const beside = tick('end', '0.32em');
const besidePercent = tick('end', '0.32em', '%');

// Props that are objects, made once: recharts compares them by reference in places, and a new one is a new setting.
const columnMargin = { top: 4, right: 24, bottom: 0, left: -16 };
const lineMargin = { top: 8, right: 24, bottom: 0, left: -16 };
const columnRadius: [number, number, number, number] = [2, 2, 0, 0];
const axisLine = { stroke: color.axisLine };
const barCursor = { fill: color.cursor, stroke: 'none' };
const lineCursor = { stroke: color.axisLine };
const tooltipBox = { backgroundColor: color.surface, borderColor: color.grid, borderRadius: 6, color: color.text };
const tooltipLabel = { color: color.text };
const dot = { r: 3, fill: color.surface };
const activeDot = { r: 5, cursor: 'pointer', stroke: color.surface };
const percentOf = (value: unknown) => `${String(value)}%`;
/** Above this many points the line is drawn without a dot on each (the pointed one still gets its own): 90 dots were a tenth of a redraw. */
const mostDots = 31;

// Tick intervals given, not found by measuring every label's width (which recharts does in the DOM, at each change).
/** Every how many categories a tick is labelled: at most about 7 labels under a chart. */
const everyNth = (count: number) => Math.max(0, Math.ceil(count / 7) - 1);

/** What a chart draws: a figure per bar or point, the table's rows (a click on a bar opens its row's link), the figure's name. */
type Drawing = { figures: ReadonlyArray<{ name: string; value: number }>; rows: readonly ChartRow[]; label: string };

/**
 * Whether two drawings are the same picture with the same links. A chart is redrawn only when not:
 * after a change of character or range, the charts whose figures did not change stay as they are.
 */
function sameDrawing(a: Drawing, b: Drawing): boolean {
  if (a.label !== b.label || a.figures.length !== b.figures.length || a.rows.length !== b.rows.length) return false;
  for (let index = 0; index < a.figures.length; index += 1) {
    const one = a.figures[index];
    const other = b.figures[index];
    if (one?.name !== other?.name || one?.value !== other?.value) return false;
  }
  for (let index = 0; index < a.rows.length; index += 1) if (a.rows[index]?.link?.to !== b.rows[index]?.link?.to) return false;
  return true;
}

/** A click anywhere in a chart's column opens the sessions behind that figure. */
function useOpen(rows: readonly ChartRow[]) {
  const navigate = useNavigate();
  return useCallback(
    (state: { activeTooltipIndex?: number | string | null } | null | undefined) => {
      const index = Number(state?.activeTooltipIndex);
      const link = Number.isInteger(index) ? rows[index]?.link : undefined;
      if (link) void navigate(link.to);
    },
    [navigate, rows],
  );
}

/** Bars side by side, one per day. */
const ColumnChart = memo(function ColumnChart({ figures, rows, label }: Drawing) {
  const open = useOpen(rows);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={figures} onClick={open} accessibilityLayer={false} margin={columnMargin}>
        <CartesianGrid vertical={false} stroke={color.grid} />
        <XAxis dataKey="name" tick={below} tickLine={false} axisLine={axisLine} interval={everyNth(figures.length)} />
        <YAxis allowDecimals={false} tick={beside} tickLine={false} axisLine={false} interval={0} />
        <Tooltip cursor={barCursor} contentStyle={tooltipBox} labelStyle={tooltipLabel} isAnimationActive={false} />
        <Bar
          dataKey="value"
          name={label}
          fill={color.bar}
          isAnimationActive={false}
          cursor="pointer"
          radius={columnRadius}
          maxBarSize={48}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}, sameDrawing);

/** The share of rated exchanges rated bad, day by day (days with no rating left out). */
const RatingsChart = memo(function RatingsChart({ figures, rows, label }: Drawing) {
  const open = useOpen(rows);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={figures} onClick={open} accessibilityLayer={false} margin={lineMargin}>
        <CartesianGrid vertical={false} stroke={color.grid} />
        <XAxis dataKey="name" tick={below} tickLine={false} axisLine={axisLine} interval={everyNth(figures.length)} />
        <YAxis domain={[0, 100]} tick={besidePercent} tickLine={false} axisLine={false} interval={0} />
        <Tooltip formatter={percentOf} cursor={lineCursor} contentStyle={tooltipBox} labelStyle={tooltipLabel} isAnimationActive={false} />
        <Line
          dataKey="value"
          name={label}
          stroke={color.bad}
          strokeWidth={2}
          dot={figures.length <= mostDots ? dot : false}
          activeDot={activeDot}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}, sameDrawing);

const badShare = (entry: { bad: number; rated: number }) => Math.round((entry.bad / entry.rated) * 100);

/** A chart's bars from its table's rows: the row's first cell is the bar's figure, `spoken` says it in words. */
const barsOf = (
  rows: readonly ChartRow[],
  spoken: (row: ChartRow, value: number) => string,
  opens?: (index: number) => string,
): BarItem[] =>
  rows.map((row, index) => {
    const value = Number(row.cells[0]);
    return { key: row.key, name: row.name, value, spoken: spoken(row, value), link: row.link, opens: opens?.(index) };
  });

/** Each chart's rows (its table), and the figures of the two drawn by recharts or the bars of the others, from one answer. */
function drawings(insights: Insights) {
  const range = rangeFilters(insights);
  const days = insights.sessions_per_day;
  const buckets = insights.exchanges_per_session.buckets;
  const ratings = insights.ratings_per_day;
  const table = {
    sessions: {
      label: 'Sessions',
      figures: days.map((entry) => ({ name: formatDay(entry.day), value: entry.sessions })),
      rows: days.map((entry) => ({
        key: entry.day,
        name: formatLongDay(entry.day),
        cells: [entry.sessions],
        link: entry.sessions > 0 ? sessionLink(insights, entry.top, { from: entry.day, to: entry.day }) : null,
      })),
    },
    exchanges: {
      rows: buckets.map((bucket) => ({
        key: bucket.label,
        name: bucket.label,
        cells: [bucket.sessions],
        // The session list filters by a least number of exchanges, not a range: the link says so.
        link: bucket.sessions > 0 ? sessionLink(insights, bucket.top, { ...range, minExchanges: bucket.min }) : null,
      })),
    },
    ratings: {
      label: 'Bad',
      figures: ratings.map((entry) => ({ name: formatDay(entry.day), value: badShare(entry) })),
      rows: ratings.map((entry) => ({
        key: entry.day,
        name: formatLongDay(entry.day),
        cells: [`${badShare(entry)}%`, entry.bad, entry.rated, entry.bad_sessions],
        link: entry.bad_sessions > 0 ? sessionLink(insights, entry.top, { from: entry.day, to: entry.day, rating: 'bad' }) : null,
      })),
    },
    labels: {
      rows: insights.labels.map((entry) => ({
        key: entry.label,
        name: entry.label,
        cells: [entry.exchanges, entry.sessions],
        link: sessionLink(insights, entry.top, { ...range, label: entry.label }),
      })),
    },
    triggers: {
      rows: insights.triggers.map((entry) => ({
        key: entry.name,
        name: entry.name || '(no name)',
        cells: [entry.fired, entry.sessions],
        // The session list filters by "has a trigger", not by which.
        link: sessionLink(insights, entry.top, { ...range, trigger: true }),
      })),
    },
    sections: {
      rows: insights.sections.map((entry) => ({
        key: entry.name,
        name: entry.name || '(no name)',
        cells: [entry.sessions],
        link: sessionLink(insights, entry.top, { ...range, section: entry.name }),
      })),
    },
  };
  return {
    ...table,
    bars: {
      exchanges: barsOf(
        table.exchanges.rows,
        (row, value) => `${row.name} ${row.name === '1' ? 'exchange' : 'exchanges'}: ${plural(value, 'session')}`,
        // The session list filters by a least number of exchanges: a bucket's link opens the larger ones too.
        (index) => {
          const min = buckets[index]?.min ?? 1;
          return buckets[index]?.max === null ? '' : `opens the sessions with ${plural(min, 'exchange')} or more`;
        },
      ),
      labels: barsOf(table.labels.rows, (row, value) => `${row.name}: ${plural(value, 'exchange')}`),
      triggers: barsOf(
        table.triggers.rows,
        (row, value) => `${row.name}: fired ${value === 1 ? 'once' : `${value.toLocaleString()} times`}`,
      ),
      sections: barsOf(table.sections.rows, (row, value) => `${row.name}: reached in ${plural(value, 'session')}`),
    },
  };
}

/**
 * The six charts of Insights. Memoised on the answer: while the next one loads, the page re-renders
 * (its status changes) without touching the charts.
 */
export const InsightsCharts = memo(function InsightsCharts({ insights }: { insights: Insights }) {
  const all = insights.character === 'all';
  const drawn = useMemo(() => drawings(insights), [insights]);
  // Nothing rated bad: no link to an empty list (the summary says so).
  const badLink =
    insights.ratings.bad > 0 ? sessionLink(insights, insights.ratings.top, { ...rangeFilters(insights), rating: 'bad' }) : null;

  return (
    <div className="grid items-start gap-4 xl:grid-cols-2">
      <ChartCard
        title="Sessions per day"
        summary={sessionsSummary(insights)}
        columns={['Day', 'Sessions']}
        // With no session at all, a table of zeros would say no more than the summary.
        rows={insights.total_sessions > 0 ? drawn.sessions.rows : []}
        allCharacters={all}
      >
        {insights.total_sessions > 0 && <ColumnChart {...drawn.sessions} />}
      </ChartCard>

      <ChartCard
        title="Share of bad ratings"
        summary={ratingsSummary(insights)}
        columns={['Day', 'Bad', 'Bad exchanges', 'Rated exchanges', 'Sessions with a bad rating']}
        rows={drawn.ratings.rows}
        allCharacters={all}
        footer={
          badLink && (
            <Link to={badLink.to} className="text-brand-700 underline-offset-2 hover:underline">
              {all ? `Sessions with a bad rating (${badLink.characterName}’s)` : 'Sessions with a bad rating'}
            </Link>
          )
        }
      >
        {insights.ratings.rated > 0 && <RatingsChart {...drawn.ratings} />}
      </ChartCard>

      <ChartCard
        title="Exchanges per session"
        summary={exchangesSummary(insights)}
        columns={['Exchanges', 'Sessions']}
        rows={insights.exchanges_per_session.mean !== null ? drawn.exchanges.rows : []}
        allCharacters={all}
        bars={insights.exchanges_per_session.mean !== null && <BarList bars={drawn.bars.exchanges} allCharacters={all} />}
      />

      <ChartCard
        title="Labels given most"
        summary={labelsSummary(insights)}
        columns={['Label', 'Exchanges', 'Sessions']}
        rows={drawn.labels.rows}
        allCharacters={all}
        bars={drawn.labels.rows.length > 0 && <BarList bars={drawn.bars.labels} allCharacters={all} />}
      />

      <ChartCard
        title="Triggers fired"
        summary={triggersSummary(insights)}
        columns={['Trigger', 'Fired', 'Sessions']}
        rows={drawn.triggers.rows}
        allCharacters={all}
        bars={drawn.triggers.rows.length > 0 && <BarList bars={drawn.bars.triggers} allCharacters={all} />}
      />

      <ChartCard
        title="Narrative sections reached"
        summary={sectionsSummary(insights)}
        columns={['Section', 'Sessions that reached it']}
        rows={drawn.sections.rows}
        allCharacters={all}
        bars={drawn.sections.rows.length > 0 && <BarList bars={drawn.bars.sections} allCharacters={all} />}
      />
    </div>
  );
});
