import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/**
 * A search parameter of the address, held as local state: the page answers a keystroke at once,
 * and the address follows (after `delayMs`) so a reload or a shared link keeps it.
 *
 * The address is rewritten in place (history.replaceState, keeping the router's own history
 * state), not through a router navigation: one navigation per keystroke made typing slow, and a
 * late one could cancel a navigation the user had started meanwhile (pressing Enter to open a
 * result). Every router navigation (back, forward, a link to this page with or without a search)
 * brings the value of the address it goes to.
 */
export function useSearchParam(name: string, delayMs = 300): [string, (value: string) => void] {
  const [params] = useSearchParams();
  const { key } = useLocation();
  const inRouter = params.get(name) ?? '';
  const [value, setValue] = useState(inRouter);

  // Taken up during render, so the page never shows the old value at the new address.
  const [navigation, setNavigation] = useState(key);
  if (navigation !== key) {
    setNavigation(key);
    setValue(inRouter);
  }

  useEffect(() => {
    const inAddress = () => new URL(window.location.href).searchParams.get(name) ?? '';
    if (value === inAddress()) return;
    const path = window.location.pathname;
    const write = () => {
      // Only while still on the page the value belongs to.
      if (window.location.pathname !== path || value === inAddress()) return;
      const url = new URL(window.location.href);
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
      window.history.replaceState(window.history.state, '', url);
    };
    if (delayMs === 0) return write();
    const timer = setTimeout(write, delayMs);
    return () => clearTimeout(timer);
  }, [value, name, delayMs]);

  return [value, setValue];
}
