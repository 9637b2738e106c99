import { describe, expect, it } from 'vitest';
import { voiceListCheck } from './voices';

describe('voiceListCheck', () => {
  const voice = { voice_value: 'MALE', lang_codes: ['en-US'], gender: 'male', sample_link: 'https://example.com/a.mp3', extra: 1 };

  it('takes sections of one-key entries, keeping fields it does not know', () => {
    const parsed = voiceListCheck.safeParse({ 'Convai Voices': [{ Ava: voice }, { Bo: { ...voice, sample_link: null } }], Other: [] });
    expect(parsed).toEqual({
      success: true,
      data: { 'Convai Voices': [{ Ava: voice }, { Bo: { ...voice, sample_link: null } }], Other: [] },
    });
  });

  it('reads unreadable languages and gender as none', () => {
    const parsed = voiceListCheck.safeParse({ S: [{ Ava: { voice_value: 'x', lang_codes: 'en-US', gender: 3 } }] });
    expect(parsed).toEqual({ success: true, data: { S: [{ Ava: { voice_value: 'x', lang_codes: [], gender: '' } }] } });
  });

  it('refuses what is not a voice list', () => {
    for (const value of [
      null,
      [],
      'x',
      { S: {} },
      { S: [[]] },
      { S: [{ Ava: { lang_codes: [] } }] },
      { S: [{ Ava: { ...voice, sample_link: 5 } }] },
      { S: [{ Ava: { ...voice, deployment_env: 'prod' } }] },
    ]) {
      expect(voiceListCheck.safeParse(value).success, JSON.stringify(value)).toBe(false);
    }
  });
});
