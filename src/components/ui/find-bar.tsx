import { ChevronDown, ChevronUp, X } from 'lucide-react';
import { forwardRef } from 'react';
import { Button } from './button';
import { SearchInput } from './search-input';

type Props = {
  /** The field's name: "Find in transcript". */
  label: string;
  query: string;
  onQuery: (query: string) => void;
  /** 0-based position of the current match, and how many there are. */
  position: number;
  total: number;
  onStep: (step: 1 | -1) => void;
  onFocus?: () => void;
  /** The page's own search field, the one `/` goes to. */
  pageSearch?: boolean;
};

/** Find in a text (a transcript, a document): Enter for the next match, Shift+Enter for the previous, Escape to clear. */
export const FindBar = forwardRef<HTMLInputElement, Props>(function FindBar(
  { label, query, onQuery, position, total, onStep, onFocus, pageSearch = false },
  ref,
) {
  return (
    <div role="search" className="flex items-center gap-2">
      <SearchInput
        ref={ref}
        aria-label={label}
        data-page-search={pageSearch || undefined}
        placeholder={`${label}…`}
        boxClassName="w-72 max-w-full"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onFocus={onFocus}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            onQuery('');
          }
        }}
      />
      <span className="min-w-20 text-sm text-zinc-600 tabular-nums" aria-live="polite" data-testid="find-count">
        {query.trim() ? (total === 0 ? 'No matches' : `${position + 1} of ${total.toLocaleString()}`) : ''}
      </span>
      <Button size="icon" variant="ghost" aria-label="Previous match" disabled={total === 0} onClick={() => onStep(-1)}>
        <ChevronUp aria-hidden className="size-4" />
      </Button>
      <Button size="icon" variant="ghost" aria-label="Next match" disabled={total === 0} onClick={() => onStep(1)}>
        <ChevronDown aria-hidden className="size-4" />
      </Button>
      {query && (
        <Button size="icon" variant="ghost" aria-label="Clear the search" onClick={() => onQuery('')}>
          <X aria-hidden className="size-4" />
        </Button>
      )}
    </div>
  );
});
