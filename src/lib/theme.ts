/**
 * The colour theme: the user's choice (remembered in this browser) or the system's. The choice is
 * applied as the `dark` class on <html>, which switches src/index.css to the dark palette.
 * public/theme.js applies the saved choice before the first paint, with the same storage key.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

const storageKey = 'theme';
const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');
const listeners = new Set<() => void>();

export function themeChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(storageKey);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Whether the page is dark now. */
export function isDark(): boolean {
  return document.documentElement.classList.contains('dark');
}

function apply() {
  const choice = themeChoice();
  const dark = choice === 'dark' || (choice === 'system' && systemDark().matches);
  document.documentElement.classList.toggle('dark', dark);
  for (const listener of listeners) listener();
}

export function setThemeChoice(choice: ThemeChoice) {
  try {
    if (choice === 'system') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, choice);
  } catch {
    // Not remembered, but applied for this page.
  }
  apply();
}

/** Follows the system's theme while the choice is "system", and another tab's choice. Call once. */
export function watchTheme() {
  systemDark().addEventListener('change', apply);
  window.addEventListener('storage', (event) => {
    if (event.key === storageKey || event.key === null) apply();
  });
  apply();
}

/** Calls back when the theme changes (for what draws its own colours, such as charts). */
export function subscribeToTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
