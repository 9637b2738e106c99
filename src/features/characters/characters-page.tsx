import { useQuery } from '@tanstack/react-query';
import { ArrowUpRight, Download, Plus, Upload } from 'lucide-react';
import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { characterQueries } from '@/api/characters';
import { statusQueries } from '@/api/status';
import type { CharacterSummary } from '@contract/character';
import { voiceQueries, type Voice } from '@/api/voices';
import { Button, buttonClass } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { QueryStatus } from '@/components/ui/query-status';
import { SearchInput } from '@/components/ui/search-input';
import { paths } from '@/config/paths';
import { useSearchParam } from '@/hooks/use-search-param';
import { CharacterList } from './components/character-list';
import { filterCharacters, indexCharacters, isSortOrder, sortCharacters, sortOptions, type SortOrder } from './filter-characters';
import { openByNameError, useOpenByName } from './hooks/use-open-by-name';

const emptyVoices: ReadonlyMap<string, Voice> = new Map();

// The dialogs load when first opened: the list is the first page most visits see.
const CloneCharacterDialog = lazy(() =>
  import('./components/clone-character-dialog').then((module) => ({ default: module.CloneCharacterDialog })),
);
const DeleteCharacterDialog = lazy(() =>
  import('./components/delete-character-dialog').then((module) => ({ default: module.DeleteCharacterDialog })),
);
const ImportCardsDialog = lazy(() => import('./components/import-cards-dialog').then((module) => ({ default: module.ImportCardsDialog })));
const ExportCardsDialog = lazy(() => import('./components/export-cards-dialog').then((module) => ({ default: module.ExportCardsDialog })));

export function CharactersPage() {
  const [query, setQuery] = useSearchParam('q');
  const [sortParam, setSort] = useSearchParam('sort', 0);
  const sort: SortOrder = isSortOrder(sortParam) ? sortParam : 'newest';
  // Typing stays responsive with thousands of rows: the list catches up in a lower-priority render.
  const deferredQuery = useDeferredValue(query);

  const characters = useQuery(characterQueries.list());
  const voices = useQuery(voiceQueries.voices());
  const voicesByValue = useMemo(
    () => (voices.data ? new Map(voices.data.map((voice) => [voice.value, voice])) : emptyVoices),
    [voices.data],
  );
  const index = useMemo(() => indexCharacters(characters.data ?? []), [characters.data]);
  const ordered = useMemo(() => sortCharacters(index, sort), [index, sort]);
  const visible = useMemo(() => filterCharacters(ordered, deferredQuery), [ordered, deferredQuery]);

  const [cloning, setCloning] = useState<CharacterSummary | null>(null);
  const [deleting, setDeleting] = useState<CharacterSummary | null>(null);
  const [cards, setCards] = useState<'import' | 'export' | null>(null);
  // Cards go in and out through the local server (in front of Convai, not yet).
  const local = useQuery(statusQueries.status()).data?.backend === 'local';
  const openByName = useOpenByName();

  const total = characters.data?.length ?? 0;
  const lookupError = openByNameError(openByName.error, openByName.variables ?? '');

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-4 px-4 py-6 sm:px-6 lg:px-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Characters</h1>
          <p className="mt-1 text-sm text-zinc-500" aria-live="polite">
            {characters.isSuccess &&
              (query
                ? `${visible.length.toLocaleString()} of ${total.toLocaleString()} characters`
                : `${total.toLocaleString()} characters`)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {local && (
            <>
              <Button onClick={() => setCards('import')}>
                <Upload aria-hidden className="size-4" /> Import cards…
              </Button>
              <Button onClick={() => setCards('export')} disabled={total === 0}>
                <Download aria-hidden className="size-4" /> Export…
              </Button>
            </>
          )}
          <Link to={paths.characters.new()} className={buttonClass('primary')}>
            <Plus aria-hidden className="size-4" /> New character
          </Link>
        </div>
      </div>

      <form
        role="search"
        className="flex flex-wrap items-start gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (query.trim()) openByName.mutate(query);
        }}
      >
        <div className="min-w-56 flex-1 space-y-1.5">
          <label htmlFor="character-search" className="sr-only">
            Search characters by name
          </label>
          <SearchInput
            id="character-search"
            data-page-search
            placeholder="Search by name…  (Enter opens an exact name)"
            autoComplete="off"
            value={query}
            aria-describedby={lookupError ? 'character-search-error' : undefined}
            onChange={(event) => {
              // Only when there is something to clear: a reset re-renders the page.
              if (!openByName.isIdle) openByName.reset();
              setQuery(event.target.value);
            }}
          />
          {lookupError && (
            <p id="character-search-error" role="alert" className="text-sm text-red-700">
              {lookupError}
            </p>
          )}
        </div>
        <Button
          type="submit"
          disabled={!query.trim() || openByName.isPending}
          title="Look the name up with the API (finds public characters too)"
        >
          <ArrowUpRight aria-hidden className="size-4" />
          {openByName.isPending ? 'Opening…' : 'Open exact name'}
        </Button>
        <div className="flex items-center gap-2">
          <label htmlFor="character-sort" className="text-sm text-zinc-600">
            Sort
          </label>
          <Select
            id="character-sort"
            value={sort}
            onChange={(event) => setSort(event.target.value === 'newest' ? '' : event.target.value)}
            className="w-40"
          >
            {sortOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </div>
      </form>

      <QueryStatus query={characters} loading="Loading characters" errorTitle="The characters could not be loaded." fill>
        {() =>
          total === 0 ? (
            <EmptyState />
          ) : visible.length === 0 ? (
            <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-12 text-center">
              <p className="font-medium text-zinc-800">No character name contains “{deferredQuery}”.</p>
              <p className="mt-1 text-sm text-zinc-500">Press Enter to look the exact name up, public characters included.</p>
            </div>
          ) : (
            <CharacterList characters={visible} voices={voicesByValue} onClone={setCloning} onDelete={setDeleting} />
          )
        }
      </QueryStatus>

      <Suspense fallback={null}>
        {cloning && <CloneCharacterDialog character={cloning} onClose={() => setCloning(null)} />}
        {deleting && <DeleteCharacterDialog character={deleting} onClose={() => setDeleting(null)} />}
        {cards === 'import' && <ImportCardsDialog onClose={() => setCards(null)} />}
        {cards === 'export' && <ExportCardsDialog initial={[]} onClose={() => setCards(null)} />}
      </Suspense>
    </div>
  );
}

function EmptyState() {
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-16 text-center">
      <p className="text-lg font-medium text-zinc-800">No characters yet</p>
      <p className="mt-1 text-sm text-zinc-500">Create your first character: a name, a voice and a backstory are all it takes.</p>
      <Link to={paths.characters.new()} className={buttonClass('primary', 'md', 'mt-6')}>
        <Plus aria-hidden className="size-4" /> New character
      </Link>
    </div>
  );
}
