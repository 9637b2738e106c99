import { Link, useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '@contract/schemas/insights';
import {
  exchangesSummary,
  formatDay,
  formatLongDay,
  labelsSummary,
  ratingsSummary,
  rangeFilters,
  sectionsSummary,
  sessionLink,
  sessionsSummary,
  triggersSummary,
} from '../insights-text';
import { ChartCard, type ChartRow } from './chart-card';

const BAR = '#4f46e5';
const BAD = '#dc2626';

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
      <text x={x} y={y} dy={dy} dx={anchor === 'end' ? -4 : 0} textAnchor={anchor} fontSize={12} fill="#52525b">
        {text.length > 18 ? `${text.slice(0, 17)}…` : text}
      </text>
    );
  };
const below = tick('middle', '0.9em');
const beside = tick('end', '0.32em');
const besidePercent = tick('end', '0.32em', '%');

// Tick intervals given, not found by measuring every label's width (which recharts does in the DOM, at each change).
/** Every how many categories a tick is labelled: at most about 7 labels under a chart. */
const everyNth = (count: number) => Math.max(0, Math.ceil(count / 7) - 1);

/** A click anywhere in a chart's column opens the sessions behind that figure. */
function useOpen(rows: readonly ChartRow[]) {
  const navigate = useNavigate();
  return (state: { activeTooltipIndex?: number | string | null } | null | undefined) => {
    const index = Number(state?.activeTooltipIndex);
    const link = Number.isInteger(index) ? rows[index]?.link : undefined;
    if (link) void navigate(link.to);
  };
}

/** Bars side by side, one per item (days, buckets). */
function ColumnChart({ data, dataKey, rows, label }: { data: object[]; dataKey: string; rows: readonly ChartRow[]; label: string }) {
  const open = useOpen(rows);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} onClick={open} accessibilityLayer={false} margin={{ top: 4, right: 24, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke="#e4e4e7" />
        <XAxis dataKey="name" tick={below} tickLine={false} interval={everyNth(data.length)} />
        <YAxis allowDecimals={false} tick={beside} tickLine={false} axisLine={false} interval={0} />
        <Tooltip cursor={{ fill: '#eef2ff' }} />
        <Bar dataKey={dataKey} name={label} fill={BAR} isAnimationActive={false} cursor="pointer" radius={[2, 2, 0, 0]} maxBarSize={48} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Bars one above the other, most first (labels, triggers, sections: names too long to stand under a column). */
function RowChart({ data, dataKey, rows, label }: { data: object[]; dataKey: string; rows: readonly ChartRow[]; label: string }) {
  const open = useOpen(rows);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" onClick={open} accessibilityLayer={false} margin={{ top: 0, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid horizontal={false} stroke="#e4e4e7" />
        <XAxis type="number" allowDecimals={false} tick={below} tickLine={false} interval={0} />
        <YAxis type="category" dataKey="name" width={150} tick={beside} tickLine={false} axisLine={false} interval={0} />
        <Tooltip cursor={{ fill: '#eef2ff' }} />
        <Bar dataKey={dataKey} name={label} fill={BAR} isAnimationActive={false} cursor="pointer" radius={[0, 2, 2, 0]} maxBarSize={28} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The six charts of Insights. */
export function InsightsCharts({ insights }: { insights: Insights }) {
  const all = insights.character === 'all';
  const range = rangeFilters(insights);

  const dayRows: ChartRow[] = insights.sessions_per_day.map((entry) => ({
    key: entry.day,
    name: formatLongDay(entry.day),
    cells: [entry.sessions],
    link: entry.sessions > 0 ? sessionLink(insights, entry.top, { from: entry.day, to: entry.day }) : null,
  }));
  const bucketRows: ChartRow[] = insights.exchanges_per_session.buckets.map((bucket) => ({
    key: bucket.label,
    name: bucket.label,
    cells: [bucket.sessions],
    // The session list filters by a least number of exchanges, not a range: the link says so.
    link: bucket.sessions > 0 ? sessionLink(insights, bucket.top, { ...range, min: String(bucket.min) }) : null,
  }));
  const ratingRows: ChartRow[] = insights.ratings_per_day.map((entry) => ({
    key: entry.day,
    name: formatLongDay(entry.day),
    cells: [`${Math.round((entry.bad / entry.rated) * 100)}%`, entry.bad, entry.rated, entry.bad_sessions],
    link: entry.bad_sessions > 0 ? sessionLink(insights, entry.top, { from: entry.day, to: entry.day, rating: 'bad' }) : null,
  }));
  const labelRows: ChartRow[] = insights.labels.map((entry) => ({
    key: entry.label,
    name: entry.label,
    cells: [entry.exchanges, entry.sessions],
    link: sessionLink(insights, entry.top, { ...range, label: entry.label }),
  }));
  const triggerRows: ChartRow[] = insights.triggers.map((entry) => ({
    key: entry.name,
    name: entry.name || '(no name)',
    cells: [entry.fired, entry.sessions],
    // The session list filters by "has a trigger", not by which.
    link: sessionLink(insights, entry.top, { ...range, trigger: '1' }),
  }));
  const sectionRows: ChartRow[] = insights.sections.map((entry) => ({
    key: entry.name,
    name: entry.name || '(no name)',
    cells: [entry.sessions],
    link: sessionLink(insights, entry.top, { ...range, section: entry.name }),
  }));

  const badLink = sessionLink(insights, insights.ratings.top, { ...range, rating: 'bad' });

  return (
    <div className="grid items-start gap-4 xl:grid-cols-2">
      <ChartCard
        title="Sessions per day"
        summary={sessionsSummary(insights)}
        columns={['Day', 'Sessions']}
        rows={dayRows}
        allCharacters={all}
      >
        {insights.total_sessions > 0 && (
          <ColumnChart
            data={insights.sessions_per_day.map((entry) => ({ name: formatDay(entry.day), sessions: entry.sessions }))}
            dataKey="sessions"
            label="Sessions"
            rows={dayRows}
          />
        )}
      </ChartCard>

      <ChartCard
        title="Share of bad ratings"
        summary={ratingsSummary(insights)}
        columns={['Day', 'Bad', 'Bad exchanges', 'Rated exchanges', 'Sessions with a bad rating']}
        rows={ratingRows}
        allCharacters={all}
        footer={
          badLink && (
            <Link to={badLink.to} className="text-brand-700 underline-offset-2 hover:underline">
              {all ? `Sessions with a bad rating (${badLink.characterName}’s)` : 'Sessions with a bad rating'}
            </Link>
          )
        }
      >
        {insights.ratings.rated > 0 && <RatingsChart insights={insights} rows={ratingRows} />}
      </ChartCard>

      <ChartCard
        title="Exchanges per session"
        summary={exchangesSummary(insights)}
        columns={['Exchanges', 'Sessions']}
        rows={bucketRows}
        allCharacters={all}
      >
        {insights.exchanges_per_session.mean !== null && (
          <ColumnChart
            data={insights.exchanges_per_session.buckets.map((bucket) => ({ name: bucket.label, sessions: bucket.sessions }))}
            dataKey="sessions"
            label="Sessions"
            rows={bucketRows}
          />
        )}
      </ChartCard>

      <ChartCard
        title="Labels given most"
        summary={labelsSummary(insights)}
        columns={['Label', 'Exchanges', 'Sessions']}
        rows={labelRows}
        allCharacters={all}
      >
        {labelRows.length > 0 && (
          <RowChart
            data={insights.labels.map((entry) => ({ name: entry.label, exchanges: entry.exchanges }))}
            dataKey="exchanges"
            label="Exchanges"
            rows={labelRows}
          />
        )}
      </ChartCard>

      <ChartCard
        title="Triggers fired"
        summary={triggersSummary(insights)}
        columns={['Trigger', 'Fired', 'Sessions']}
        rows={triggerRows}
        allCharacters={all}
      >
        {triggerRows.length > 0 && (
          <RowChart
            data={insights.triggers.map((entry) => ({ name: entry.name, fired: entry.fired }))}
            dataKey="fired"
            label="Fired"
            rows={triggerRows}
          />
        )}
      </ChartCard>

      <ChartCard
        title="Narrative sections reached"
        summary={sectionsSummary(insights)}
        columns={['Section', 'Sessions that reached it']}
        rows={sectionRows}
        allCharacters={all}
      >
        {sectionRows.length > 0 && (
          <RowChart
            data={insights.sections.map((entry) => ({ name: entry.name, sessions: entry.sessions }))}
            dataKey="sessions"
            label="Sessions"
            rows={sectionRows}
          />
        )}
      </ChartCard>
    </div>
  );
}

/** The share of rated exchanges rated bad, day by day (days with no rating left out). */
function RatingsChart({ insights, rows }: { insights: Insights; rows: readonly ChartRow[] }) {
  const open = useOpen(rows);
  const data = insights.ratings_per_day.map((entry) => ({ name: formatDay(entry.day), bad: Math.round((entry.bad / entry.rated) * 100) }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} onClick={open} accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke="#e4e4e7" />
        <XAxis dataKey="name" tick={below} tickLine={false} interval={everyNth(data.length)} />
        <YAxis domain={[0, 100]} tick={besidePercent} tickLine={false} axisLine={false} interval={0} />
        <Tooltip formatter={(value) => `${String(value)}%`} />
        <Line
          dataKey="bad"
          name="Bad"
          stroke={BAD}
          strokeWidth={2}
          dot={{ r: 3 }}
          activeDot={{ r: 5, cursor: 'pointer' }}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
