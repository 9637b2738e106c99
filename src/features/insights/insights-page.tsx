import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { characterQueries } from '@/api/characters';
import { ApiError } from '@/api/client';
import { insightsQueries } from '@/api/insights';
import { DateRangeFields } from '@/components/ui/date-range-fields';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { QueryStatus } from '@/components/ui/query-status';
import { InsightsCharts } from './components/insights-charts';

// A 400 stays one (in front of Convai, or a range the server refuses): trying again cannot help.
const isRefusal = (error: unknown) => error instanceof ApiError && error.status === 400;

/** How the characters are doing over time: one character or all, over a range of days, both kept in the address. */
export function InsightsPage() {
  const [params, setParams] = useSearchParams();
  const character = params.get('character') || 'all';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  // Days counted where the browser is, as the session list counts them.
  const [tzOffset] = useState(() => -new Date().getTimezoneOffset());
  const insights = useQuery(insightsQueries.detail({ character, from, to, tzOffset }));
  const characters = useQuery(characterQueries.list());

  const set = (name: 'character' | 'from' | 'to', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value && !(name === 'character' && value === 'all')) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  // The range shown: the address's, or the one the server chose (the 90 days up to the newest session).
  const shownFrom = from || insights.data?.from || '';
  const shownTo = to || insights.data?.to || '';

  return (
    <div className="min-h-0 flex-1 overflow-y-auto bg-zinc-50 px-4 py-6 sm:px-6 lg:px-8">
      <h1 className="text-xl font-semibold tracking-tight">Insights</h1>
      <p className="mt-1 max-w-3xl text-sm text-zinc-500">
        How conversations with your characters went, day by day. Open a chart’s table to read its numbers; a bar, a point or a row’s link
        opens the sessions behind it.
      </p>

      <div role="group" aria-label="What to show" className="mt-4 flex flex-wrap items-end gap-3">
        <Field label="Character">
          {({ id }) => (
            <Select id={id} value={character} onChange={(event) => set('character', event.target.value)} className="w-56">
              <option value="all">All characters</option>
              {characters.data?.map((item) => (
                <option key={item.character_id} value={item.character_id}>
                  {item.character_name}
                </option>
              ))}
              {/* A character not (yet) in the list keeps its place, so the picker never shows another one. */}
              {character !== 'all' && !characters.data?.some((item) => item.character_id === character) && (
                <option value={character}>{insights.data?.characters[0]?.name ?? 'This character'}</option>
              )}
            </Select>
          )}
        </Field>
        <DateRangeFields from={shownFrom} to={shownTo} onChange={set} inputClassName="w-40" />
      </div>

      <div className="mt-6">
        <QueryStatus
          query={insights}
          loading="Counting sessions"
          errorTitle={(error) => (isRefusal(error) ? 'Insights are not available.' : 'Insights could not be loaded.')}
          canRetry={(error) => !isRefusal(error)}
          fill
        >
          {(data) => <InsightsCharts insights={data} />}
        </QueryStatus>
      </div>
    </div>
  );
}
