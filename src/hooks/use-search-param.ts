import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A search parameter of the address, held as local state: the page answers a keystroke at once,
 * and the address follows (after `delayMs`) so a reload or a shared link keeps it.
 *
 * The address is rewritten in place (history.replaceState, keeping the router's own history
 * state), not through a router navigation: one navigation per keystroke made typing slow, and a
 * late one could cancel a navigation the user had started meanwhile (pressing Enter to open a
 * result). Going back or forward to another value is taken up from the router.
 */
export function useSearchParam(name: string, delayMs = 300): [string, (value: string) => void] {
  const [params] = useSearchParams();
  const inRouter = params.get(name) ?? '';
  const [value, setValue] = useState(inRouter);
  const written = useRef(inRouter);

  useEffect(() => {
    if (value === written.current) return;
    const path = window.location.pathname;
    const write = () => {
      // Only while still on the page the value belongs to.
      if (window.location.pathname !== path) return;
      written.current = value;
      const url = new URL(window.location.href);
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
      window.history.replaceState(window.history.state, '', url);
    };
    if (delayMs === 0) return write();
    const timer = setTimeout(write, delayMs);
    return () => clearTimeout(timer);
  }, [value, name, delayMs]);

  useEffect(() => {
    if (inRouter === written.current) return;
    written.current = inRouter;
    setValue(inRouter);
  }, [inRouter]);

  return [value, setValue];
}
