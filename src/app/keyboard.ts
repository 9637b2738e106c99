import { createElement, lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { globalShortcuts, listShortcuts } from '@/config/shortcuts';
import { useShortcuts } from '@/hooks/use-shortcuts';
import { navigation } from './navigation';

// Each loads when first opened.
const CommandPalette = lazy(() =>
  import('@/features/command-palette/command-palette').then((module) => ({ default: module.CommandPalette })),
);
const ShortcutsDialog = lazy(() =>
  import('@/features/command-palette/shortcuts-dialog').then((module) => ({ default: module.ShortcutsDialog })),
);

const APP_NAME = 'Character Studio';

/** The focus to the next or previous row of the page's list (links marked `data-list-row`); false when it has none. */
function moveInList(step: 1 | -1): boolean {
  const rows = [...document.querySelectorAll<HTMLElement>('main [data-list-row]')];
  if (rows.length === 0) return false;
  const at = rows.findIndex((row) => row === document.activeElement);
  const next = rows[at === -1 ? 0 : Math.max(0, Math.min(rows.length - 1, at + step))];
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return true;
}

/** The focus to the page's search field (the one marked `data-page-search`); false when it has none. */
function focusPageSearch(): boolean {
  const field = document.querySelector<HTMLInputElement>('main [data-page-search]');
  if (!field) return false;
  field.focus();
  field.select();
  return true;
}

/**
 * After a move to another page (not the first load), the focus goes to the new page's heading (or
 * to <main>), so that keyboard and screen-reader users start at the page rather than at the link
 * they left. The window's title follows the page's heading.
 */
function usePageFocusAndTitle() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // The heading may come a little after the page (its code, its data, a dialog handing the focus back).
    const before = document.activeElement;
    let tries = 0;
    const timer = setInterval(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading && ++tries < 40) return;
      clearInterval(timer);
      // Not when the focus was put somewhere meanwhile (a field the page focused, a button tabbed to).
      const active = document.activeElement;
      if (active && active !== document.body && active !== before) return;
      if (heading && !heading.hasAttribute('tabindex')) {
        heading.tabIndex = -1;
        // Not a control: no focus ring around it (the class main already has).
        heading.classList.add('focus:outline-none');
      }
      (heading ?? document.querySelector<HTMLElement>('main'))?.focus({ preventScroll: true });
    }, 50);
    return () => clearInterval(timer);
  }, [pathname]);

  useEffect(() => {
    const main = document.querySelector('main');
    if (!main) return;
    const update = () => {
      const heading = main.querySelector('h1')?.textContent?.trim();
      // A character's pages say whose they are (the name in their breadcrumb).
      const context = main.querySelector('[data-page-context]')?.textContent?.trim();
      const parts = [heading, context !== heading ? context : undefined, APP_NAME].filter(Boolean);
      const title = parts.join(' · ');
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, []);
}

/** The app's keyboard: the shortcuts of src/config/shortcuts.ts, the command palette, the shortcuts dialog, focus on a new page. */
export function Keyboard() {
  const navigate = useNavigate();
  const [palette, setPalette] = useState(false);
  const [help, setHelp] = useState(false);
  // Mounted from their first opening on, so that closing hands the focus back.
  const [opened, setOpened] = useState({ palette: false, help: false });
  usePageFocusAndTitle();

  const openHelp = useCallback(() => {
    setOpened((current) => ({ ...current, help: true }));
    setHelp(true);
  }, []);
  useShortcuts([
    {
      keys: globalShortcuts.palette.keys,
      run: () => {
        setOpened((current) => ({ ...current, palette: true }));
        setHelp(false);
        setPalette((open) => !open);
      },
    },
    { keys: globalShortcuts.help.keys, run: openHelp },
    { keys: globalShortcuts.search.keys, run: focusPageSearch },
    { keys: globalShortcuts.characters.keys, run: () => void navigate(paths.characters.list()) },
    { keys: globalShortcuts.backstory.keys, run: () => void navigate(paths.backstory()) },
    { keys: listShortcuts.next.keys, run: () => moveInList(1) },
    { keys: listShortcuts.previous.keys, run: () => moveInList(-1) },
  ]);

  // Written without JSX: a JSX runtime imported here (and no class helper) would split the runtime
  // off the first page's shared chunk into a file of its own, 300 bytes more to load on every first page.
  return createElement(
    Suspense,
    { fallback: null },
    opened.palette &&
      createElement(CommandPalette, { open: palette, onOpenChange: setPalette, pages: navigation, onShowShortcuts: openHelp }),
    opened.help && createElement(ShortcutsDialog, { open: help, onOpenChange: setHelp }),
  );
}
