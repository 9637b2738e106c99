import { useMutation, useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import type { CardFileFormat } from '@contract/schemas/cards';
import { exportCards } from '@/api/cards';
import { characterQueries } from '@/api/characters';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SearchInput } from '@/components/ui/search-input';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { saveFile } from '@/lib/download';
import { plural, searchable } from '@/lib/text';

const formatOptions: ReadonlyArray<{ value: CardFileFormat; label: string }> = [
  { value: 'png', label: 'PNG card' },
  { value: 'json', label: 'JSON' },
  { value: 'charx', label: 'CHARX' },
];
const formatHelp: Record<CardFileFormat, string> = {
  png: 'A picture with the card inside (V3, with a V2 copy for older tools): what most character tools import.',
  json: 'The V3 card as a JSON file, without the picture.',
  charx: 'A CHARX archive: the V3 card with its picture and assets.',
};

const ROW_HEIGHT = 36;

/**
 * Exports characters as Character Cards (V3) that other tools read, with everything this dashboard
 * knows of them kept under `data.extensions.convai`, so that importing one here restores it whole.
 * One character downloads its card; several download one zip.
 */
export function ExportCardsDialog({ initial, onClose }: { initial: string[]; onClose: () => void }) {
  const characters = useQuery(characterQueries.list());
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(initial));
  const [format, setFormat] = useState<CardFileFormat>('png');
  const [query, setQuery] = useState('');
  const all = useMemo(() => characters.data ?? [], [characters.data]);
  const shown = useMemo(() => {
    const needle = searchable(query.trim());
    return needle ? all.filter((character) => searchable(character.character_name).includes(needle)) : all;
  }, [all, query]);
  const exporting = useMutation({
    mutationFn: () => exportCards([...selected], format),
    onSuccess: (file) => {
      saveFile(file.blob, file.fileName);
      toast.success(`Exported ${plural(selected.size, 'character')} as ${file.fileName}.`);
      onClose();
    },
  });

  // The list's box as state, not a ref: the dialog mounts in a portal, and the virtualiser must see
  // the box once it is there (with a ref it measured nothing, and showed no rows until the next render).
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser keeps its state outside React, so the compiler would leave this component as written; the app is not compiled
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allShownSelected = shown.length > 0 && shown.every((character) => selected.has(character.character_id));

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && !exporting.isPending && onClose()}
      wide
      title="Export character cards"
      description="Cards other character tools read. Voice, languages, actions, settings, narrative and knowledge travel inside each card, so importing it here brings the whole character back."
    >
      <div className="space-y-4">
        <div className="space-y-1.5">
          <SegmentedControl
            label="Format"
            name="card-format"
            options={formatOptions}
            value={format}
            onChange={setFormat}
            className="w-fit"
          />
          <p className="text-sm text-zinc-500">{formatHelp[format]}</p>
        </div>

        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="export-search" className="sr-only">
            Filter characters
          </label>
          <SearchInput
            id="export-search"
            placeholder="Filter characters…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className="min-w-48 flex-1"
          />
          <Button
            size="sm"
            disabled={shown.length === 0}
            onClick={() =>
              setSelected((current) => {
                const next = new Set(current);
                for (const character of shown) {
                  if (allShownSelected) next.delete(character.character_id);
                  else next.add(character.character_id);
                }
                return next;
              })
            }
          >
            {allShownSelected ? 'Clear these' : query.trim() ? `Select these ${shown.length.toLocaleString()}` : 'Select all'}
          </Button>
        </div>

        <div ref={setScrollElement} className="h-64 overflow-y-auto rounded-lg ring-1 ring-zinc-950/10">
          {characters.isPending ? (
            <p className="p-3 text-sm text-zinc-500">Loading the characters…</p>
          ) : characters.isError ? (
            <ErrorAlert className="m-3" title="The characters could not be loaded." error={characters.error} />
          ) : shown.length === 0 ? (
            <p className="p-3 text-sm text-zinc-500">No character name contains “{query}”.</p>
          ) : (
            <ul aria-label="Characters to export" className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((row) => {
                const character = shown[row.index];
                return (
                  <li
                    key={character.character_id}
                    aria-setsize={shown.length}
                    aria-posinset={row.index + 1}
                    className="absolute inset-x-0 top-0"
                    style={{ height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
                  >
                    <label className="flex h-full cursor-pointer items-center gap-2.5 px-3 text-sm hover:bg-zinc-50">
                      <input
                        type="checkbox"
                        className="size-4 accent-brand-600"
                        checked={selected.has(character.character_id)}
                        onChange={(event) => toggle(character.character_id, event.target.checked)}
                      />
                      <span className="truncate">{character.character_name}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
        </div>

        {exporting.isError && <ErrorAlert title="Nothing was exported." error={exporting.error} />}
        <div className="flex flex-wrap items-center justify-end gap-2">
          <p className="mr-auto text-sm text-zinc-600" aria-live="polite">
            {selected.size === 0 ? 'No character selected.' : `${plural(selected.size, 'character')} selected.`}
          </p>
          <Button disabled={exporting.isPending} onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" disabled={selected.size === 0 || exporting.isPending} onClick={() => exporting.mutate()}>
            {exporting.isPending
              ? 'Exporting…'
              : selected.size > 1
                ? `Export ${plural(selected.size, 'character')} as a zip`
                : 'Export the card'}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
