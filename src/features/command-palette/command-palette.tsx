import * as DialogPrimitive from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import { Command } from 'cmdk';
import { ArrowRight, FileText, Keyboard, Plus, Sparkles, SunMoon, User } from 'lucide-react';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { characterQueries } from '@/api/characters';
import { globalShortcuts } from '@/config/shortcuts';
import { paths } from '@/config/paths';
import { isDark, setThemeChoice, themeChoice } from '@/lib/theme';
import { Keys } from './keys';
import { paletteResults, type PaletteEntry } from './palette-results';

/** A page of the app the palette can open (the app's navigation). */
export type PalettePage = { label: string; to: string };

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  pages: readonly PalettePage[];
  onShowShortcuts: () => void;
};

const characterPages = [
  { key: 'edit', label: 'Edit', to: paths.characters.edit },
  { key: 'sessions', label: 'Sessions', to: (id: string) => paths.characters.sessions(id) },
  { key: 'chat', label: 'Test chat', to: paths.characters.chat },
  { key: 'narrative', label: 'Narrative', to: paths.characters.narrative },
  { key: 'knowledge', label: 'Knowledge', to: paths.characters.knowledge },
  { key: 'history', label: 'History', to: (id: string) => paths.characters.history(id) },
];

/** What choosing an entry does: open a page, do something, or open another dialog once the palette has closed. */
type Choice = { to: string } | { run: () => void } | { afterClose: () => void };
type Action = PaletteEntry & { icon: ReactNode } & Choice;

/**
 * The command palette (Ctrl+K, ⌘K on a Mac): type to jump to a character, a page (a character's
 * sessions, history… too) or an action. A modal dialog holding a labelled combobox and its listbox;
 * Escape closes it and the focus goes back where it was, unless the palette opened another page.
 */
export function CommandPalette({ open, onOpenChange, pages, onShowShortcuts }: Props) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Set when an entry is chosen: whether the focus should stay where the new page puts it, and what
  // to do once the palette has closed (another dialog opens only then).
  const leftPage = useRef(false);
  const afterClose = useRef<(() => void) | null>(null);
  // What had the focus when the palette opened: Radix gives it back only to a Trigger of its own.
  const opener = useRef<HTMLElement | null>(null);

  const choose = (choice: Choice) => {
    if ('to' in choice) {
      leftPage.current = new URL(choice.to, window.location.origin).pathname !== pathname;
      void navigate(choice.to);
    } else if ('run' in choice) choice.run();
    else afterClose.current = choice.afterClose;
    onOpenChange(false);
  };

  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <DialogPrimitive.Content
          aria-describedby={undefined}
          className="fixed top-[12vh] left-1/2 z-50 w-[calc(100vw-2rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-xl bg-surface shadow-xl ring-1 ring-zinc-950/5 focus:outline-none"
          onOpenAutoFocus={() => {
            opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            leftPage.current = false;
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            // A new page puts the focus on its heading; the focus goes back only on the same page.
            if (!leftPage.current && opener.current?.isConnected) opener.current.focus();
            opener.current = null;
            const next = afterClose.current;
            afterClose.current = null;
            // Once the focus is back, so that the next dialog returns it there too.
            if (next) setTimeout(next, 0);
          }}
        >
          <DialogPrimitive.Title className="sr-only">Command palette</DialogPrimitive.Title>
          {/* Inside the dialog's content, so each opening starts with an empty search. */}
          <PaletteSearch pages={pages} onShowShortcuts={onShowShortcuts} onChoose={choose} />
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

function PaletteSearch({
  pages,
  onShowShortcuts,
  onChoose,
}: Pick<Props, 'pages' | 'onShowShortcuts'> & { onChoose: (choice: Choice) => void }) {
  const characters = useQuery(characterQueries.list());
  const [search, setSearch] = useState('');

  // Read as the palette opens: the theme's labels say what choosing them would do.
  const [dark] = useState(isDark);
  const [followsSystem] = useState(() => themeChoice() === 'system');
  const actions = useMemo<Action[]>(() => {
    const themeWords = 'theme appearance colours colors dark light mode';
    return [
      {
        id: 'action:new',
        label: 'New character',
        keywords: 'create add',
        icon: <Plus aria-hidden className="size-4" />,
        to: paths.characters.new(),
      },
      {
        id: 'action:backstory',
        label: 'Generate a backstory',
        keywords: 'write story',
        icon: <Sparkles aria-hidden className="size-4" />,
        to: paths.backstory(),
      },
      {
        id: 'action:theme',
        label: dark ? 'Switch to the light theme' : 'Switch to the dark theme',
        keywords: themeWords,
        icon: <SunMoon aria-hidden className="size-4" />,
        run: () => setThemeChoice(dark ? 'light' : 'dark'),
      },
      ...(followsSystem
        ? []
        : [
            {
              id: 'action:theme-system',
              label: "Follow the system's theme",
              keywords: `${themeWords} system`,
              icon: <SunMoon aria-hidden className="size-4" />,
              run: () => setThemeChoice('system'),
            },
          ]),
      {
        id: 'action:shortcuts',
        label: 'Show keyboard shortcuts',
        keywords: 'keys keyboard help',
        icon: <Keyboard aria-hidden className="size-4" />,
        afterClose: onShowShortcuts,
      },
    ];
  }, [dark, followsSystem, onShowShortcuts]);

  const pageEntries = useMemo(() => pages.map((page) => ({ id: `page:${page.to}`, label: page.label, to: page.to })), [pages]);
  const summaries = useMemo(
    () => (characters.data ?? []).map((character) => ({ id: character.character_id, name: character.character_name })),
    [characters.data],
  );
  // In the order listed; cmdk selects the first as the query changes, so Enter opens the closest answer.
  const results = paletteResults(search, { characters: summaries, characterPages, pages: pageEntries, actions });

  const choose = (id: string) => {
    const [kind, ...rest] = id.split(':');
    if (kind === 'character') return onChoose({ to: paths.characters.edit(rest.join(':')) });
    if (kind === 'character-page') {
      const page = characterPages.find((candidate) => candidate.key === rest.at(-1));
      return page && onChoose({ to: page.to(rest.slice(0, -1).join(':')) });
    }
    if (kind === 'page') return onChoose({ to: rest.join(':') });
    const action = actions.find((candidate) => candidate.id === id);
    if (action) onChoose(action);
  };

  return (
    <Command label="Jump to a character, a page or an action" shouldFilter={false} loop>
      <div className="flex items-center gap-2 border-b border-zinc-200 px-4">
        <ArrowRight aria-hidden className="size-4 shrink-0 text-zinc-400" />
        <Command.Input
          value={search}
          onValueChange={setSearch}
          placeholder="Jump to a character, a page or an action…"
          className="h-12 w-full bg-transparent text-sm text-zinc-900 placeholder:text-zinc-500 focus:outline-none"
        />
      </div>
      <Command.List label="Results" className="max-h-[min(60vh,26rem)] overflow-y-auto p-2">
        <Command.Empty className="px-3 py-6 text-center text-sm text-zinc-500">
          {characters.isPending ? 'Loading characters…' : `Nothing is called “${search.trim()}”.`}
        </Command.Empty>
        <Group heading="Characters">
          {results.characters.map((entry) => (
            <Item key={entry.id} value={entry.id} onSelect={choose} icon={<User aria-hidden className="size-4" />}>
              {entry.label}
            </Item>
          ))}
        </Group>
        <Group heading="Pages">
          {results.pages.map((entry) => (
            <Item key={entry.id} value={entry.id} onSelect={choose} icon={<FileText aria-hidden className="size-4" />}>
              {entry.label}
            </Item>
          ))}
          {results.characterPages.map((entry) => (
            <Item key={entry.id} value={entry.id} onSelect={choose} icon={<FileText aria-hidden className="size-4" />}>
              {entry.label}
              <span className="text-zinc-500"> · {entry.detail}</span>
            </Item>
          ))}
        </Group>
        <Group heading="Actions">
          {results.actions.map((entry) => (
            <Item key={entry.id} value={entry.id} onSelect={choose} icon={entry.icon}>
              {entry.label}
            </Item>
          ))}
        </Group>
      </Command.List>
      <p className="flex items-center justify-between gap-4 border-t border-zinc-200 px-4 py-2 text-xs text-zinc-500">
        <span>↑ ↓ to move, Enter to open, Esc to close</span>
        <Keys keys={globalShortcuts.palette.keys} className="shrink-0" />
      </p>
    </Command>
  );
}

function Group({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <Command.Group
      heading={heading}
      className="[&:not(:has([cmdk-item]))]:hidden [&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-zinc-500"
    >
      {children}
    </Command.Group>
  );
}

function Item({
  value,
  onSelect,
  icon,
  children,
}: {
  value: string;
  onSelect: (value: string) => void;
  icon: ReactNode;
  children: ReactNode;
}) {
  return (
    <Command.Item
      value={value}
      onSelect={onSelect}
      className="flex cursor-pointer items-center gap-3 rounded-md px-3 py-2 text-sm text-zinc-800 data-[selected=true]:bg-brand-50 data-[selected=true]:text-brand-900"
    >
      <span className="text-zinc-400">{icon}</span>
      <span className="min-w-0 truncate">{children}</span>
    </Command.Item>
  );
}
