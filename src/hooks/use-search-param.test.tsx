// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserRouter, RouterProvider, useParams, type RouteObject } from 'react-router';
import { useSearchParam } from './use-search-param';

/*
 * The hook writes the window's address (history.replaceState), so these tests use a browser data
 * router over jsdom's own history: a memory router has no address for the hook to write.
 */

function SearchPage({ name = 'q' }: { name?: string }) {
  const [value, setValue] = useSearchParam(name);
  return (
    <>
      <label>
        Search
        <input type="search" value={value} onChange={(event) => setValue(event.target.value)} />
      </label>
      <p>Showing: {value || 'everything'}</p>
    </>
  );
}

function SortPicker() {
  const [sort, setSort] = useSearchParam('sort', 0);
  return (
    <label>
      Sort
      <select value={sort} onChange={(event) => setSort(event.target.value)}>
        <option value="">Newest</option>
        <option value="name">Name</option>
      </select>
    </label>
  );
}

function CharacterPage() {
  return <h1>Character {useParams().id}</h1>;
}

let router: ReturnType<typeof createBrowserRouter> | null = null;

async function renderAt(path: string, routes: RouteObject[]) {
  window.history.replaceState(null, '', path);
  router = createBrowserRouter(routes);
  render(<RouterProvider router={router} />);
  return { router, box: await screen.findByRole('searchbox', { name: 'Search' }) };
}

const box = () => screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search' });
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });
const address = () => `${window.location.pathname}${window.location.search}`;
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
  router?.dispose();
  router = null;
  vi.useRealTimers();
});

describe('typing', () => {
  it('updates the value at once; the address follows once typing pauses', async () => {
    await renderAt('/characters', [{ path: '/characters', element: <SearchPage /> }]);
    vi.useFakeTimers();

    type('a');
    expect(box().value).toBe('a');
    expect(screen.getByText('Showing: a', { exact: true })).toBeDefined();
    expect(address()).toBe('/characters');

    await wait(100);
    type('ad');
    await wait(100);
    type('ada');
    expect(screen.getByText('Showing: ada', { exact: true })).toBeDefined();
    expect(address()).toBe('/characters');

    await wait(300);
    expect(address()).toBe('/characters?q=ada');
    expect(box().value).toBe('ada');
  });

  it('an emptied box takes the parameter out of the address, and other parameters stay', async () => {
    await renderAt('/characters?q=ada&sort=name', [{ path: '/characters', element: <SearchPage /> }]);
    expect(box().value).toBe('ada');
    vi.useFakeTimers();

    type('');
    await wait(300);
    expect(address()).toBe('/characters?sort=name');
    expect(screen.getByText('Showing: everything', { exact: true })).toBeDefined();
  });

  it('with no delay, the address follows at once', async () => {
    window.history.replaceState(null, '', '/characters');
    router = createBrowserRouter([{ path: '/characters', element: <SortPicker /> }]);
    render(<RouterProvider router={router} />);
    const sort = await screen.findByRole('combobox', { name: 'Sort' });

    fireEvent.change(sort, { target: { value: 'name' } });
    expect(address()).toBe('/characters?sort=name');
  });
});

describe('the address is rewritten in place, not navigated', () => {
  it('loaders do not run again, no history entry is added, and the router keeps its history state', async () => {
    const loader = vi.fn(() => null);
    await renderAt('/characters', [{ path: '/characters', loader, element: <SearchPage />, hydrateFallbackElement: <p>Loading…</p> }]);
    const entries = window.history.length;
    const state: unknown = window.history.state;
    expect(loader).toHaveBeenCalledTimes(1);
    vi.useFakeTimers();

    type('ada');
    await wait(300);
    expect(address()).toBe('/characters?q=ada');
    expect(loader).toHaveBeenCalledTimes(1);
    expect(window.history.length).toBe(entries);
    expect(window.history.state).toEqual(state);
  });

  it('a navigation the user started meanwhile is not cancelled by the address catching up', async () => {
    let arrive: (value: null) => void = () => {};
    const { router } = await renderAt('/characters', [
      { path: '/characters', element: <SearchPage /> },
      { path: '/characters/:id', loader: () => new Promise<null>((resolve) => (arrive = resolve)), element: <CharacterPage /> },
    ]);
    vi.useFakeTimers();

    type('ada');
    // Enter on a result, say: a navigation whose page is still loading when the delay ends.
    act(() => void router.navigate('/characters/1'));
    await wait(300);
    expect(address()).toBe('/characters?q=ada');
    vi.useRealTimers();

    act(() => arrive(null));
    expect(await screen.findByRole('heading', { name: 'Character 1' })).toBeDefined();
    expect(address()).toBe('/characters/1');

    // The search is kept in the page's history entry.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(box().value).toBe('ada'));
    expect(address()).toBe('/characters?q=ada');
  });
});

describe('going back and forward', () => {
  it('takes up the value of the entry the router goes to', async () => {
    const { router } = await renderAt('/characters', [{ path: '/characters', element: <SearchPage /> }]);
    vi.useFakeTimers();
    type('ada');
    await wait(300);
    vi.useRealTimers();

    // A link to another search of the same page (a router navigation, a new entry).
    await act(() => router.navigate('/characters?q=robot'));
    expect(box().value).toBe('robot');
    expect(screen.getByText('Showing: robot', { exact: true })).toBeDefined();

    await act(() => router.navigate(-1));
    await waitFor(() => expect(box().value).toBe('ada'));
    expect(screen.getByText('Showing: ada', { exact: true })).toBeDefined();

    await act(() => router.navigate(1));
    await waitFor(() => expect(box().value).toBe('robot'));
    expect(address()).toBe('/characters?q=robot');
  });

  it('a link to the page without a search (the sidebar\'s "Characters") clears the box with the address', async () => {
    const { router } = await renderAt('/characters', [{ path: '/characters', element: <SearchPage /> }]);
    vi.useFakeTimers();
    type('ada');
    await wait(300);
    expect(address()).toBe('/characters?q=ada');
    vi.useRealTimers();

    await act(() => router.navigate('/characters'));
    expect(address()).toBe('/characters');
    expect(box().value).toBe('');
    expect(screen.getByText('Showing: everything', { exact: true })).toBeDefined();
  });

  it('a value typed but not yet written gives way when the user goes back to another value', async () => {
    const { router } = await renderAt('/characters?q=robot', [{ path: '/characters', element: <SearchPage /> }]);
    await act(() => router.navigate('/characters?q=pirate'));
    vi.useFakeTimers();

    type('pirates');
    // jsdom goes back in a task of its own: let it run, but not the hook's delay.
    act(() => void router.navigate(-1));
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(box().value).toBe('robot');
    await wait(300);
    expect(address()).toBe('/characters?q=robot');
    expect(box().value).toBe('robot');
  });
});

describe('a page that changed meanwhile', () => {
  it('does not get the value in its address', async () => {
    const { router } = await renderAt('/sessions/1', [{ path: '/sessions/:id', element: <SearchPage name="find" /> }]);
    vi.useFakeTimers();

    type('storm');
    // The same component stays mounted from one session's page to the next.
    await act(() => router.navigate('/sessions/2'));
    await wait(300);
    expect(address()).toBe('/sessions/2');
  });
});
