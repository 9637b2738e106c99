import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { Link } from 'react-router';
import { languagesOf, type CharacterSummary } from '@contract/character';
import type { Voice } from '@/api/voices';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime, parseApiTimestamp } from '@/lib/dates';
import { CharacterAvatar } from './character-avatar';
import { CharacterRowActions } from './character-row-actions';

const ROW_HEIGHT = 64;
const columns =
  'grid grid-cols-[minmax(0,1fr)_4.5rem] items-center gap-4 px-4 md:grid-cols-[minmax(0,1.6fr)_minmax(0,1fr)_minmax(0,1fr)_7.5rem_4.5rem]';

type Props = {
  characters: CharacterSummary[];
  voices: ReadonlyMap<string, Voice>;
  onClone: (character: CharacterSummary) => void;
  onDelete: (character: CharacterSummary) => void;
};

/**
 * The characters as rows; only the rows in view are in the page, so thousands stay smooth.
 * Memoised: typing in the search box re-renders the page at once, the list only when its
 * (deferred) result changes.
 */
export const CharacterList = memo(function CharacterList({ characters, voices, onClone, onDelete }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: characters.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // Rows are keyed by position (the virtualiser's default), not by character: when a search or a
    // sort changes which characters are in view, the rows already in the page take the new ones'
    // text instead of being torn down and rebuilt, which keeps a keystroke within a frame or two.
  });

  return (
    <div className="flex min-h-0 flex-1 flex-col overflow-hidden rounded-xl bg-surface shadow-sm ring-1 ring-zinc-950/5">
      <div
        aria-hidden
        className={`${columns} border-b border-zinc-200 bg-zinc-50/80 py-2 text-xs font-medium tracking-wide text-zinc-500 uppercase`}
      >
        <span className="pl-14">Name</span>
        <span className="hidden md:block">Voice</span>
        <span className="hidden md:block">Languages</span>
        <span className="hidden md:block">Created</span>
        <span />
      </div>
      <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto" data-testid="character-list-scroller">
        <ul aria-label="Characters" className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const character = characters[row.index];
            return (
              <li
                key={row.key}
                aria-setsize={characters.length}
                aria-posinset={row.index + 1}
                className="absolute inset-x-0 top-0 border-b border-zinc-100"
                style={{ height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
              >
                <CharacterRow character={character} voice={voices.get(character.voice_type ?? '')} onClone={onClone} onDelete={onDelete} />
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
});

const CharacterRow = memo(function CharacterRow({
  character,
  voice,
  onClone,
  onDelete,
}: {
  character: CharacterSummary;
  voice: Voice | undefined;
  onClone: (character: CharacterSummary) => void;
  onDelete: (character: CharacterSummary) => void;
}) {
  const created = parseApiTimestamp(character.timestamp);
  const languages = languagesOf(character);
  return (
    <div className={`${columns} relative h-full hover:bg-zinc-50`}>
      <div className="flex min-w-0 items-center gap-4">
        <CharacterAvatar character={character} />
        <div className="min-w-0">
          <Link
            to={paths.characters.edit(character.character_id)}
            // J and K move between the rows' links (src/app/keyboard.ts).
            data-list-row
            // The link covers the row (::after); its focus ring is drawn on that cover, around the row.
            // (Not :has() on the row: it makes every change in the list restyle the rows.)
            className="block truncate font-medium text-zinc-900 after:absolute after:inset-0 after:content-[''] focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-focus focus-visible:after:ring-inset"
          >
            {character.character_name}
          </Link>
          <p className="truncate text-xs text-zinc-500 md:hidden">
            {voice?.name ?? character.voice_type} · {languages.join(', ')}
          </p>
        </div>
      </div>
      <div className="hidden min-w-0 md:block">
        <p className="truncate text-sm text-zinc-800" title={character.voice_type ?? undefined}>
          {voice?.name ?? character.voice_type}
        </p>
        {voice && <p className="truncate text-xs text-zinc-500">{voice.section}</p>}
      </div>
      <ul aria-label="Languages" className="hidden min-w-0 flex-wrap gap-1 overflow-hidden md:flex md:max-h-12">
        {languages.slice(0, 3).map((code) => (
          <li key={code} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700">
            {code}
          </li>
        ))}
        {languages.length > 3 && <li className="px-1 py-0.5 text-xs text-zinc-500">+{languages.length - 3}</li>}
      </ul>
      <p className="hidden text-sm text-zinc-600 md:block">
        {created ? (
          <time dateTime={created.toISOString()} title={formatDateTime(created)}>
            {formatDate(created)}
          </time>
        ) : (
          '—'
        )}
      </p>
      <div className="relative z-10 flex justify-end">
        <CharacterRowActions character={character} onClone={() => onClone(character)} onDelete={() => onDelete(character)} />
      </div>
    </div>
  );
});
