import { describe, expect, it } from 'vitest';
import { findInPassages } from './passage-search';

const passages = ['The Harbour Bell of Saltmere', 'was cast in 1742', 'by Ottilie Brandt, in the harbour yard.'].map((text, index) => ({
  passage_id: index + 1,
  text,
}));

describe('findInPassages', () => {
  it('finds the passages holding the query, ignoring case, accents and surrounding spaces', () => {
    expect(findInPassages(passages, ' HARBOUR ')).toEqual([0, 2]);
    expect(findInPassages(passages, 'ottilie brandt')).toEqual([2]);
    expect(findInPassages([{ passage_id: 1, text: 'Un café noir' }], 'cafe')).toEqual([0]);
  });

  it('finds nothing for nothing', () => {
    expect(findInPassages(passages, '   ')).toEqual([]);
    expect(findInPassages(passages, 'lighthouse')).toEqual([]);
  });
});
