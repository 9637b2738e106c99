import { describe, expect, it } from 'vitest';
import { flattenVoices } from './voices';

describe('flattenVoices', () => {
  it('flattens sections and one-key entries, and keeps only web addresses as samples', () => {
    const voices = flattenVoices({
      'Convai Voices': [
        { 'Male Voice': { voice_value: 'MALE', lang_codes: ['en-US'], gender: 'MALE', sample_link: 'https://example.com/m.wav' } },
        { 'Female Voice': { voice_value: 'FEMALE', lang_codes: ['en-US'], gender: 'female', sample_link: 'NULL' } },
      ],
      Other: [{ Odd: { voice_value: 'ODD', lang_codes: [], gender: 'MALE', sample_link: 'javascript:alert(1)' } }],
    });
    expect(voices).toEqual([
      {
        name: 'Male Voice',
        section: 'Convai Voices',
        value: 'MALE',
        gender: 'MALE',
        languages: ['en-US'],
        sample: 'https://example.com/m.wav',
      },
      { name: 'Female Voice', section: 'Convai Voices', value: 'FEMALE', gender: 'FEMALE', languages: ['en-US'], sample: null },
      { name: 'Odd', section: 'Other', value: 'ODD', gender: 'MALE', languages: [], sample: null },
    ]);
  });
});
