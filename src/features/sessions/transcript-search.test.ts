import { describe, expect, it } from 'vitest';
import type { Exchange } from '@contract/schemas/conversation';
import { findInTranscript, indexTranscript } from './transcript-search';

const exchange = (user: string, character: string): Exchange => ({
  timestamp: '2024-09-25 19:54:59.124733',
  interaction: [
    { speaker: 'User', message: user },
    { speaker: 'Character', message: character },
  ],
  is_trigger_input: false,
});

describe('findInTranscript', () => {
  const index = indexTranscript([
    exchange('Tell me about the fossil', 'The Kelderstone is old.'),
    exchange('Nice', 'A fossil, yes. FOSSILS everywhere.'),
  ]);

  it('finds every message holding the words, in reading order, ignoring case', () => {
    expect(findInTranscript(index, 'fossil').toArray()).toEqual([
      { exchange: 0, turn: 0 },
      { exchange: 1, turn: 1 },
    ]);
  });

  it('ignores accents and surrounding spaces, and finds nothing for nothing', () => {
    expect(findInTranscript(indexTranscript([exchange('Café?', 'Non.')]), ' cafe ').toArray()).toEqual([{ exchange: 0, turn: 0 }]);
    expect(findInTranscript(index, '  ').toArray()).toEqual([]);
  });
});

describe('findInTranscript while typing', () => {
  it('gives the same answers as a fresh search when a query is extended, shortened or changed', () => {
    const messages = ['The harbour at dawn', 'harbours and havens', 'A hard bargain', 'Dawn breaks', 'Nothing here', 'HARBOUR MASTER'];
    const exchanges = messages.map((message, position) => exchange(message, messages[(position + 2) % messages.length]));
    const index = indexTranscript(exchanges);
    const fresh = (query: string) => findInTranscript(indexTranscript(exchanges.slice()), query).toArray();
    for (const query of ['h', 'ha', 'har', 'harb', 'harbour', 'harbours', 'har', 'a', 'da', 'dawn', 'n', '']) {
      expect(findInTranscript(index, query).toArray(), query).toEqual(fresh(query));
    }
  });
});

describe('Matches.firstFrom', () => {
  it('finds the first match at or after an exchange', () => {
    const index = indexTranscript(['a', 'b', 'a', 'b', 'a'].map((word) => exchange(word, 'x')));
    const matches = findInTranscript(index, 'a');
    expect([0, 1, 2, 3, 4, 5].map((at) => matches.firstFrom(at))).toEqual([0, 1, 1, 2, 2, -1]);
  });
});
