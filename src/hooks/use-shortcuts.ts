import { useEffect, useRef } from 'react';

export type Shortcut = {
  /**
   * The keys, pressed one after another and written with spaces between them: `'?'`, `'/'`, `'j'`,
   * `'g c'`. `'Mod+k'` is Ctrl+K (Cmd+K on a Mac): the one kind that also works while typing.
   */
  keys: string;
  /** Returns false when it had nothing to do: the key then goes on to whatever else takes it. */
  run: () => boolean | void;
};

/** How long the second key of a sequence (`g` then `c`) may wait for the first. */
export const SEQUENCE_MS = 1_500;

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Whether a key press goes into something that takes text: a field, a select, an editable element. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** A menu takes letters to jump between its items. */
const inMenu = (target: EventTarget | null) => target instanceof Element && target.closest('[role="menu"]') !== null;

/** Whether a modal dialog is open: it owns the keys then (its own Escape, its own fields). */
const dialogOpen = () => document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;

/**
 * A keydown handler for `shortcuts` (read through `current`, so they may change between presses).
 * A plain key never fires while typing in a field, while a dialog is open, or with Ctrl, Alt or
 * Meta held; Shift is allowed (`?` needs it). A `Mod+` key fires anywhere, and only with Ctrl
 * (Cmd on a Mac) held.
 */
export function shortcutHandler(current: () => readonly Shortcut[], { mac = isMac() }: { mac?: boolean } = {}) {
  // The keys of a sequence typed so far, and when the last one came.
  let pending: { keys: string[]; at: number } | null = null;
  return (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.repeat) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const shortcuts = current();

    const mod = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
    if (mod && !event.altKey) {
      const found = shortcuts.find((shortcut) => shortcut.keys.toLowerCase() === `mod+${key}`);
      if (found) {
        pending = null;
        if (found.run() !== false) event.preventDefault();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || inMenu(event.target) || dialogOpen()) {
      pending = null;
      return;
    }
    if (key === 'Shift') return;

    const typed = pending && event.timeStamp - pending.at <= SEQUENCE_MS ? [...pending.keys, key] : [key];
    const attempt = (keys: string[]) => {
      const sequence = keys.join(' ');
      const found = shortcuts.find((shortcut) => shortcut.keys.toLowerCase() === sequence);
      const begun = shortcuts.some((shortcut) => shortcut.keys.toLowerCase().startsWith(`${sequence} `));
      return { found, begun };
    };
    // A key that does not carry the sequence on starts a new one.
    let keys = typed;
    let { found, begun } = attempt(keys);
    if (!found && !begun && keys.length > 1) {
      keys = [key];
      ({ found, begun } = attempt(keys));
    }
    if (found) {
      pending = null;
      if (found.run() !== false) event.preventDefault();
    } else {
      pending = begun ? { keys, at: event.timeStamp } : null;
    }
  };
}

/** Listens for `shortcuts` on the window while `enabled` (rules: see `shortcutHandler`). */
export function useShortcuts(shortcuts: readonly Shortcut[], enabled = true) {
  // The latest shortcuts, read when a key comes: the listener is added once.
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = shortcutHandler(() => latest.current);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
