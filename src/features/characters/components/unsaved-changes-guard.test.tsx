// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useState, type RefObject } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Link } from 'react-router';
import { renderWithRouter } from '@/testing/render';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

/** An editor in miniature: changing the name from what was saved is an unsaved change. */
function EditorPage({ allowLeave }: { allowLeave: RefObject<boolean> }) {
  const [name, setName] = useState('Ada');
  return (
    <>
      <h1>Editor</h1>
      <label>
        Name
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <Link to="/characters">Characters</Link>
      <Link to="/characters/c1?tab=voice">Voice tab</Link>
      <UnsavedChangesGuard dirty={name !== 'Ada'} allowLeave={allowLeave} />
    </>
  );
}

function renderEditor() {
  const allowLeave = { current: false };
  const view = renderWithRouter(
    [
      { path: '/characters', element: <h1>Character list</h1> },
      { path: '/characters/c1', element: <EditorPage allowLeave={allowLeave} /> },
    ],
    '/characters/c1',
  );
  return { ...view, allowLeave };
}

const makeChange = () => fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Ada Lovelace' } });
const leave = () => fireEvent.click(screen.getByRole('link', { name: 'Characters' }));
const question = () => screen.queryByRole('alertdialog', { name: 'Discard unsaved changes?' });
// `hidden`: while the question is open, the page under it is hidden from assistive technology.
const onEditor = () => screen.queryByRole('heading', { name: 'Editor', hidden: true }) !== null;
const onList = () => screen.queryByRole('heading', { name: 'Character list', hidden: true }) !== null;

afterEach(() => {
  cleanup();
});

describe('leaving inside the app', () => {
  it('with unsaved changes, asks; "Keep editing" stays with the changes', async () => {
    const { router } = renderEditor();
    makeChange();

    leave();
    expect(await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' })).toBeDefined();
    expect(onEditor()).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(question()).toBeNull();
    expect(onEditor()).toBe(true);
    expect(router.state.location.pathname).toBe('/characters/c1');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' }).value).toBe('Ada Lovelace');

    // Asked again the next time.
    leave();
    expect(await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' })).toBeDefined();
  });

  it('with unsaved changes, "Discard changes" leaves', async () => {
    renderEditor();
    makeChange();

    leave();
    await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('heading', { name: 'Character list' })).toBeDefined();
    expect(question()).toBeNull();
  });

  it('Escape answers "Keep editing"', async () => {
    renderEditor();
    makeChange();

    leave();
    const dialog = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(question()).toBeNull();
    expect(onEditor()).toBe(true);
  });

  it('going back asks too', async () => {
    const { router } = renderEditor();
    await act(() => router.navigate('/characters'));
    await act(() => router.navigate('/characters/c1'));
    makeChange();

    await act(() => router.navigate(-1));
    expect(await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' })).toBeDefined();
    expect(onEditor()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('heading', { name: 'Character list' })).toBeDefined();
  });

  it('without unsaved changes, leaves without asking', async () => {
    renderEditor();

    leave();
    expect(await screen.findByRole('heading', { name: 'Character list' })).toBeDefined();
    expect(question()).toBeNull();
  });

  it('a change undone is no longer guarded', async () => {
    renderEditor();
    makeChange();
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Ada' } });

    leave();
    expect(await screen.findByRole('heading', { name: 'Character list' })).toBeDefined();
    expect(question()).toBeNull();
  });

  it('when leaving is allowed (after a save or a delete), leaves without asking', async () => {
    const { allowLeave } = renderEditor();
    makeChange();
    allowLeave.current = true;

    leave();
    expect(await screen.findByRole('heading', { name: 'Character list' })).toBeDefined();
    expect(question()).toBeNull();
  });

  it('a change of the address’s search on the same page is not asked about', async () => {
    const { router } = renderEditor();
    makeChange();

    fireEvent.click(screen.getByRole('link', { name: 'Voice tab' }));
    await act(() => Promise.resolve());
    expect(router.state.location.search).toBe('?tab=voice');
    expect(question()).toBeNull();
    expect(onList()).toBe(false);
  });
});

describe('reloading or closing the tab', () => {
  // jsdom cannot construct a BeforeUnloadEvent; a cancelable Event of that type is what listeners get.
  const unload = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event;
  };

  it('with unsaved changes, the browser is asked to confirm', () => {
    renderEditor();
    makeChange();
    expect(unload().defaultPrevented).toBe(true);
  });

  it('without unsaved changes, nothing stops it', () => {
    renderEditor();
    expect(unload().defaultPrevented).toBe(false);
  });

  it('when leaving is allowed, nothing stops it', () => {
    const { allowLeave } = renderEditor();
    makeChange();
    allowLeave.current = true;
    expect(unload().defaultPrevented).toBe(false);
  });

  it('once the page is left, nothing stops it', () => {
    const { unmount } = renderEditor();
    makeChange();
    unmount();
    expect(unload().defaultPrevented).toBe(false);
  });
});
