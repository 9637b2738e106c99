/**
 * Every keyboard shortcut of the app, in one place: the handlers bind these keys and the `?`
 * dialog lists them. Keys as `useShortcuts` reads them (src/hooks/use-shortcuts.ts): one after
 * another with spaces between, `Mod+` for Ctrl (Cmd on a Mac).
 */
export type ShortcutInfo = { keys: string; label: string };

export const globalShortcuts = {
  palette: { keys: 'Mod+k', label: 'Open the command palette: jump to a character, a page or an action' },
  help: { keys: '?', label: 'Show the keyboard shortcuts' },
  search: { keys: '/', label: "Go to the page's search field" },
  characters: { keys: 'g c', label: 'Go to Characters' },
  backstory: { keys: 'g b', label: 'Go to the Backstory generator' },
} satisfies Record<string, ShortcutInfo>;

export const listShortcuts = {
  next: { keys: 'j', label: 'Next row of a list (characters, sessions), or next match of a transcript search' },
  previous: { keys: 'k', label: 'Previous row of a list, or previous match of a transcript search' },
} satisfies Record<string, ShortcutInfo>;

/** The review queue's keys (a transcript opened with ?queue=1), when no search has matches. */
export const reviewShortcuts = {
  next: { keys: 'j', label: 'Next exchange' },
  previous: { keys: 'k', label: 'Previous exchange' },
  rateGood: { keys: '1', label: 'Rate the exchange good' },
  rateBad: { keys: '2', label: 'Rate the exchange bad' },
  labels: { keys: 'l', label: "Open the exchange's labels" },
  note: { keys: 'n', label: "Open the exchange's note" },
  finish: { keys: 'f', label: 'Finish the session and open the next one to review' },
} satisfies Record<string, ShortcutInfo>;

/** The shortcuts as the `?` dialog lists them, in groups. */
export const shortcutGroups: ReadonlyArray<{ title: string; shortcuts: readonly ShortcutInfo[] }> = [
  { title: 'Anywhere', shortcuts: Object.values(globalShortcuts) },
  { title: 'Lists and transcripts', shortcuts: Object.values(listShortcuts) },
  { title: 'Review queue', shortcuts: Object.values(reviewShortcuts) },
  {
    title: 'In a dialog or a field',
    shortcuts: [
      { keys: 'Escape', label: 'Close the dialog; in a search field, clear it' },
      { keys: 'Enter', label: 'In a find field: next match (Shift+Enter: previous)' },
    ],
  },
];
