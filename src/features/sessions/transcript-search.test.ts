import { describe, expect, it } from 'vitest';
import type { Exchange } from '@/api/contract';
import { findInTranscript, highlightParts, indexTranscript } from './transcript-search';

const exchange = (user: string, character: string): Exchange => ({
  timestamp: '2024-09-25 19:54:59.124733',
  interaction: [
    { speaker: 'User', message: user },
    { speaker: 'Character', message: character },
  ],
  is_trigger_input: false,
});

describe('findInTranscript', () => {
  const index = indexTranscript([exchange('Tell me about the fossil', 'The Kelderstone is old.'), exchange('Nice', 'A fossil, yes. FOSSILS everywhere.')]);

  it('finds every message holding the words, in reading order, ignoring case', () => {
    expect(findInTranscript(index, 'fossil')).toEqual([
      { exchange: 0, turn: 0 },
      { exchange: 1, turn: 1 },
    ]);
  });

  it('ignores accents and surrounding spaces, and finds nothing for nothing', () => {
    expect(findInTranscript(indexTranscript([exchange('Café?', 'Non.')]), ' cafe ')).toEqual([{ exchange: 0, turn: 0 }]);
    expect(findInTranscript(index, '  ')).toEqual([]);
  });
});

describe('highlightParts', () => {
  it('marks each occurrence, keeping the original case', () => {
    expect(highlightParts('A fossil, FOSSILS.', 'fossil')).toEqual([
      { text: 'A ', match: false },
      { text: 'fossil', match: true },
      { text: ', ', match: false },
      { text: 'FOSSIL', match: true },
      { text: 'S.', match: false },
    ]);
  });

  it('matches across accents', () => {
    expect(highlightParts('Un café noir', 'cafe').filter((part) => part.match)).toEqual([{ text: 'café', match: true }]);
  });
});
