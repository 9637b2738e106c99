import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * One click handler for a container of plain `<a href>` links to pages of the app: a plain click
 * navigates inside the app; a click with a modifier, a middle click or a link with a target is
 * left to the browser (new tab, new window). Long lists of results use this instead of a router
 * `Link` per row, which costs several hooks each on every render.
 */
export function useLinkClicks() {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const anchor = (event.target as Element).closest('a');
    if (!anchor || !event.currentTarget.contains(anchor) || anchor.target || anchor.hasAttribute('download')) return;
    const href = anchor.getAttribute('href');
    if (!href?.startsWith('/')) return;
    event.preventDefault();
    void navigate(href);
  };
}
