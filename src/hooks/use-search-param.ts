import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A search parameter of the address, held as local state: the page answers a keystroke at once,
 * and the address follows a moment later (a router navigation on every key would make typing slow).
 * Going back or forward to another value is taken up.
 */
export function useSearchParam(name: string, delayMs = 300): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const inUrl = params.get(name) ?? '';
  const [value, setValue] = useState(inUrl);
  const written = useRef(inUrl);

  useEffect(() => {
    if (value === written.current) return;
    const timer = setTimeout(() => {
      written.current = value;
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [value, name, delayMs, setParams]);

  useEffect(() => {
    if (inUrl === written.current) return;
    written.current = inUrl;
    setValue(inUrl);
  }, [inUrl]);

  return [value, setValue];
}
