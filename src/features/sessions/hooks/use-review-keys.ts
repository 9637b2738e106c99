import { useEffect, useRef } from 'react';
import { reviewShortcuts } from '@/config/shortcuts';

export type ReviewKeyActions = Record<keyof typeof reviewShortcuts, () => void>;

/** Whether a key press belongs to something else: typing in a field, a dialog, or a key held with a modifier. */
function belongsElsewhere(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return true;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (!target) return false;
  if (target.isContentEditable || target.closest('input, textarea, select, [role="dialog"], [role="alertdialog"], [role="menu"]'))
    return true;
  // A dialog open anywhere takes the keys, whatever holds the focus.
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
}

/**
 * The review queue's keys (listed in src/config/shortcuts.ts): J and K move to the next and previous exchange, 1 and 2 rate it good
 * and bad, L opens its labels, N its note, F finishes the session. Never while typing in a field
 * or while a dialog is open. Off when `enabled` is false.
 */
export function useReviewKeys(enabled: boolean, actions: ReviewKeyActions) {
  // The latest actions, read when a key comes: the listener is added once.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (belongsElsewhere(event)) return;
      const key = event.key.toLowerCase();
      const name = (Object.keys(reviewShortcuts) as Array<keyof ReviewKeyActions>).find((action) => reviewShortcuts[action].keys === key);
      const action = name && latest.current[name];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
