import { Link } from 'react-router';
import type { SessionLink } from '../insights-text';

/**
 * A bar: the name shown, its figure, what a screen reader hears (name and figure in words), where it
 * leads, and what its title adds when the link opens more than the bar counts.
 */
export type BarItem = { key: string; name: string; value: number; spoken: string; link: SessionLink | null; opens?: string };

type Props = {
  bars: readonly BarItem[];
  /** Every character shown: each bar says, on hover, whose sessions it opens. */
  allCharacters: boolean;
};

// One grid for every row, so the names, bars and figures line up whether a row is a link or not.
const row = 'grid grid-cols-[minmax(0,9rem)_minmax(0,1fr)_3.5rem] items-center gap-3 rounded-md px-2 py-1 text-sm';

/**
 * Bars one above the other, scaled to the largest, as plain HTML: each a link to the sessions behind
 * it, named by its figure in words. Four recharts charts cost most of a filter change's redraw, each
 * for its own store and effects whatever its size; these are a list of links.
 */
export function BarList({ bars, allCharacters }: Props) {
  const largest = bars.reduce((most, bar) => Math.max(most, bar.value), 0);
  return (
    <div className="mt-3">
      <ul data-bars className="-mx-2 max-h-72 overflow-y-auto">
        {bars.map((bar) => {
          const share = largest > 0 ? (bar.value / largest) * 100 : 0;
          const whose = allCharacters && bar.link ? `opens ${bar.link.characterName}’s sessions` : '';
          const title = [bar.spoken, bar.link ? bar.opens : '', whose].filter(Boolean).join('; ');
          const content = (
            <>
              <span className="truncate text-zinc-700 group-hover:text-zinc-900">{bar.name}</span>
              <span className="flex h-4 items-center">
                {/* brand-500 is the same in both themes: 4.5:1 on the white card, 3.9:1 on the dark one. */}
                {bar.value > 0 && <span className="h-full rounded-sm bg-brand-500" style={{ width: `max(3px, ${share}%)` }} />}
              </span>
              <span className="text-right text-zinc-900 tabular-nums">{bar.value.toLocaleString()}</span>
            </>
          );
          return (
            <li key={bar.key}>
              {bar.link ? (
                // The focus ring drawn inside the row: the list scrolls, and would cut one drawn outside.
                <Link
                  to={bar.link.to}
                  aria-label={bar.spoken}
                  title={title}
                  className={`group ${row} hover:bg-brand-50 focus-visible:bg-brand-50 focus-visible:-outline-offset-2 focus-visible:outline-focus`}
                >
                  {content}
                </Link>
              ) : (
                // No sessions to open: the figure (zero) is read as words.
                <div role="img" aria-label={bar.spoken} title={bar.spoken} className={row}>
                  {content}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {allCharacters && <p className="mt-1 text-xs text-zinc-500">Each bar opens the sessions of the character with the most of them.</p>}
    </div>
  );
}
