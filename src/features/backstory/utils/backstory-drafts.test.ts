// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftsKey, MAX_DRAFTS, readDrafts, writeDrafts, type Draft } from './backstory-drafts';

const key = draftsKey('char-1');
const draft = (text: string): Draft => ({
  input: { inputText: 'Lighthouse keeper.', charName: 'Ada' },
  text,
  status: 'done',
  generator: 'offline',
  error: null,
  pieces: 3,
  firstPieceMs: 12,
  durationMs: 340,
});

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('backstory drafts in localStorage', () => {
  it('are kept per character, under a key that names it', () => {
    writeDrafts(key, [draft('One'), draft('Two')]);
    expect(key).toBe('convai-studio:drafts:char-1');
    expect(readDrafts(key)).toEqual([draft('One'), draft('Two')]);
    expect(readDrafts(draftsKey('char-2'))).toEqual([]);
  });

  it(`keep only the newest ${MAX_DRAFTS}`, () => {
    const many = Array.from({ length: MAX_DRAFTS + 3 }, (_, index) => draft(`Take ${index + 1}`));
    writeDrafts(key, many);
    expect(readDrafts(key).map((kept) => kept.text)).toEqual(many.slice(-MAX_DRAFTS).map((kept) => kept.text));
  });

  it('none left removes the key', () => {
    writeDrafts(key, [draft('One')]);
    writeDrafts(key, []);
    expect(localStorage.getItem(key)).toBeNull();
  });

  it.each([
    ['unparsable JSON', '{"version":1,"drafts":['],
    ['another shape', '["One","Two"]'],
    ['another version', JSON.stringify({ version: 2, drafts: [draft('One')] })],
    ['drafts not a list', JSON.stringify({ version: 1, drafts: 'One' })],
    ['null', 'null'],
  ])('ignore %s', (_, raw) => {
    localStorage.setItem(key, raw);
    expect(readDrafts(key)).toEqual([]);
  });

  it('skip a bad entry and keep the others', () => {
    const { text: _text, ...noText } = draft('x');
    localStorage.setItem(
      key,
      JSON.stringify({ version: 1, drafts: [draft('One'), noText, { ...draft('Two'), status: 'streaming' }, draft('Three'), 7] }),
    );
    expect(readDrafts(key).map((kept) => kept.text)).toEqual(['One', 'Three']);
  });

  it('storage that refuses is no drafts, and a write that fails is ignored', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(readDrafts(key)).toEqual([]);
    expect(() => writeDrafts(key, [draft('One')])).not.toThrow();
  });
});
