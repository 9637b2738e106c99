// @vitest-environment jsdom
import { cleanup, fireEvent, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEQUENCE_MS, shortcutHandler, useShortcuts, type Shortcut } from './use-shortcuts';

afterEach(cleanup);

/** Shortcuts whose runs are counted, by their keys. */
function counted(...keys: string[]) {
  const runs = Object.fromEntries(keys.map((key) => [key, vi.fn()]));
  const shortcuts: Shortcut[] = keys.map((key) => ({ keys: key, run: runs[key] }));
  return { shortcuts, runs };
}

const press = (target: Element | Document | Window, key: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(target, { key, ...init });

describe('useShortcuts', () => {
  it('fires a key pressed on the page', () => {
    const { shortcuts, runs } = counted('?', '/');
    renderHook(() => useShortcuts(shortcuts));
    press(document.body, '?', { shiftKey: true });
    press(document.body, '/');
    expect(runs['?']).toHaveBeenCalledTimes(1);
    expect(runs['/']).toHaveBeenCalledTimes(1);
  });

  it('never fires while typing in an input, a textarea, a select or an editable element', () => {
    const { shortcuts, runs } = counted('/', 'g c', 'j');
    renderHook(() => useShortcuts(shortcuts));
    const { container } = render(
      <>
        <input aria-label="Name" />
        <textarea aria-label="Backstory" />
        <select aria-label="Voice">
          <option>A</option>
        </select>
        <div contentEditable suppressContentEditableWarning>
          <span>notes</span>
        </div>
      </>,
    );
    for (const field of container.querySelectorAll('input, textarea, select, div[contenteditable] span')) {
      press(field, '/');
      press(field, 'g');
      press(field, 'c');
      press(field, 'j');
    }
    // jsdom has no isContentEditable: the attribute is what the check falls back on.
    expect(runs['/']).not.toHaveBeenCalled();
    expect(runs['g c']).not.toHaveBeenCalled();
    expect(runs.j).not.toHaveBeenCalled();
  });

  it('goes on g then c, and not on c alone or on c after another key', () => {
    const { shortcuts, runs } = counted('g c', 'g b');
    renderHook(() => useShortcuts(shortcuts));
    press(document.body, 'c');
    expect(runs['g c']).not.toHaveBeenCalled();
    press(document.body, 'x');
    press(document.body, 'c');
    expect(runs['g c']).not.toHaveBeenCalled();
    press(document.body, 'g');
    press(document.body, 'c');
    expect(runs['g c']).toHaveBeenCalledTimes(1);
    expect(runs['g b']).not.toHaveBeenCalled();
    press(document.body, 'g');
    press(document.body, 'b');
    expect(runs['g b']).toHaveBeenCalledTimes(1);
  });

  it('forgets a begun sequence when the field takes the next key', () => {
    const { shortcuts, runs } = counted('g c');
    renderHook(() => useShortcuts(shortcuts));
    const { getByLabelText } = render(<input aria-label="Search" />);
    press(document.body, 'g');
    press(getByLabelText('Search'), 'c');
    press(document.body, 'c');
    expect(runs['g c']).not.toHaveBeenCalled();
  });

  it('never fires a plain key with Ctrl, Alt or Meta held', () => {
    const { shortcuts, runs } = counted('/', 'j', 'g c');
    renderHook(() => useShortcuts(shortcuts));
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      press(document.body, '/', { [modifier]: true });
      press(document.body, 'j', { [modifier]: true });
      press(document.body, 'g');
      press(document.body, 'c', { [modifier]: true });
    }
    expect(runs['/']).not.toHaveBeenCalled();
    expect(runs.j).not.toHaveBeenCalled();
    expect(runs['g c']).not.toHaveBeenCalled();
  });

  it('fires Mod+K with Ctrl held, in a field too, and takes the browser’s use of it', () => {
    const { shortcuts, runs } = counted('Mod+k');
    renderHook(() => useShortcuts(shortcuts));
    const { getByLabelText } = render(<input aria-label="Name" />);
    press(document.body, 'k');
    expect(runs['Mod+k']).not.toHaveBeenCalled();
    const event = new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true });
    getByLabelText('Name').dispatchEvent(event);
    expect(runs['Mod+k']).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
    press(document.body, 'k', { ctrlKey: true, altKey: true });
    expect(runs['Mod+k']).toHaveBeenCalledTimes(1);
  });

  it('leaves a key another handler has taken, and keys while a dialog is open', () => {
    const { shortcuts, runs } = counted('j');
    renderHook(() => useShortcuts(shortcuts));
    const { getByRole, unmount } = render(
      <button type="button" onKeyDown={(event) => event.preventDefault()}>
        Next
      </button>,
    );
    press(getByRole('button'), 'j');
    unmount();
    render(<div role="dialog" aria-label="Labels" />);
    press(document.body, 'j');
    expect(runs.j).not.toHaveBeenCalled();
  });

  it('stops listening when disabled', () => {
    const { shortcuts, runs } = counted('j');
    const { rerender } = renderHook(({ enabled }) => useShortcuts(shortcuts, enabled), { initialProps: { enabled: false } });
    press(document.body, 'j');
    rerender({ enabled: true });
    press(document.body, 'j');
    expect(runs.j).toHaveBeenCalledTimes(1);
  });
});

describe('shortcutHandler', () => {
  const keydown = (key: string, timeStamp: number, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
    Object.defineProperty(event, 'timeStamp', { value: timeStamp });
    return event;
  };

  it('lets the second key of a sequence wait only so long', () => {
    const { shortcuts, runs } = counted('g c');
    const handle = shortcutHandler(() => shortcuts, { mac: false });
    handle(keydown('g', 0));
    handle(keydown('c', SEQUENCE_MS + 1));
    expect(runs['g c']).not.toHaveBeenCalled();
    handle(keydown('g', 10_000));
    handle(keydown('c', 10_000 + SEQUENCE_MS - 1));
    expect(runs['g c']).toHaveBeenCalledTimes(1);
  });

  it('takes Cmd, not Ctrl, for Mod on a Mac', () => {
    const { shortcuts, runs } = counted('Mod+k');
    const handle = shortcutHandler(() => shortcuts, { mac: true });
    handle(keydown('k', 0, { ctrlKey: true }));
    expect(runs['Mod+k']).not.toHaveBeenCalled();
    handle(keydown('k', 0, { metaKey: true }));
    expect(runs['Mod+k']).toHaveBeenCalledTimes(1);
  });
});
