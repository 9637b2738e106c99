import { describe, expect, it } from 'vitest';
import { readSessionListSearch, sessionListParams, writeSessionListSearch } from './session-list-search';

const write = (search: Parameters<typeof writeSessionListSearch>[1], from = '') =>
  writeSessionListSearch(new URLSearchParams(from), search).toString();

describe('the session list’s address', () => {
  it('writes each filter under the name the list reads, in the list’s order', () => {
    expect(
      write({ label: 'lore error', from: '2026-11-01', to: '2026-11-30', rating: 'bad', trigger: true, section: 'Vault', minExchanges: 4 }),
    ).toBe('from=2026-11-01&to=2026-11-30&rating=bad&label=lore+error&trigger=1&section=Vault&min=4');
    expect(Object.values(sessionListParams)).toEqual([
      'from',
      'to',
      'rating',
      'label',
      'trigger',
      'section',
      'min',
      'status',
      'sort',
      'order',
    ]);
  });

  it('leaves "any" out, removes what it turns to "any", and keeps parameters it does not name', () => {
    expect(write({ trigger: false, minExchanges: null, label: '', section: undefined })).toBe('');
    expect(write({ minExchanges: 0 })).toBe('');
    expect(write({ label: '', trigger: false }, 'limit=50&label=flat&trigger=1&to=2026-11-02')).toBe('limit=50&to=2026-11-02');
  });

  it('reads back what it writes', () => {
    const search = {
      from: '2026-11-01',
      to: '2026-11-30',
      rating: 'good',
      label: 'flat',
      trigger: true,
      section: 'Vault',
      minExchanges: 8,
    };
    expect(readSessionListSearch(writeSessionListSearch(new URLSearchParams(), search))).toEqual({
      ...search,
      status: '',
      sort: '',
      order: '',
    });
    expect(readSessionListSearch(new URLSearchParams('trigger=yes&min=many'))).toMatchObject({ trigger: false, minExchanges: null });
  });
});
