import { describe, expect, it } from 'vitest';
import { avatarOf, characterListCheck, characterSchema, errorMessageOf, languagesOf, voiceListCheck } from './contract';

describe('characterListCheck', () => {
  it('takes records with only the fields the list needs, and the hosted service’s extra ones', () => {
    const parsed = characterListCheck.safeParse({
      characters: [
        { character_name: 'Raymond', character_id: 'a' },
        {
          character_name: 'Mindy',
          character_id: 'b',
          voice_type: null,
          language_codes: ['en-US'],
          model_details: { modelPlaceholder: 'NULL' },
          unknown_field: 3,
        },
      ],
    });
    expect(parsed.success).toBe(true);
  });

  it('refuses a record without a name or with a wrong type', () => {
    expect(characterListCheck.safeParse({ characters: [{ character_id: 'a' }] }).success).toBe(false);
    expect(
      characterListCheck.safeParse({ characters: [{ character_name: 'x', character_id: 'a', language_codes: 'en-US' }] }).success,
    ).toBe(false);
  });
});

describe('characterSchema', () => {
  it('reads odd values leniently: "NULL" languages, missing arrays', () => {
    const parsed = characterSchema.parse({ character_name: 'A', character_id: 'b', language_code: 'NULL', character_actions: 'x' });
    expect(parsed.language_code).toBeNull();
    expect(parsed.character_actions).toBeNull();
    expect(languagesOf(parsed)).toEqual([]);
  });
});

describe('avatarOf', () => {
  it('takes the square picture, then the others, ignoring "NULL" and odd URLs', () => {
    expect(
      avatarOf({
        model_details: { modelPlaceholder: 'https://x/p.png', METAHUMAN: { avatar_image_square: 'NULL', avatar_image: '/a.svg' } },
      }),
    ).toBe('/a.svg');
    expect(avatarOf({ model_details: { modelPlaceholder: 'javascript:alert(1)' } })).toBeNull();
    expect(avatarOf({ model_details: { modelPlaceholder: '//evil.example/x.png' } })).toBeNull();
    expect(avatarOf({ model_details: null })).toBeNull();
  });
});

describe('errorMessageOf', () => {
  it.each([
    [{ ERROR: 'a' }, 'a'],
    [{ API_ERROR: 'b' }, 'b'],
    [{ INTERNAL_ERROR: 'c' }, 'c'],
    [{ detail: 'd' }, 'd'],
    [{ detail: [{ msg: 'field required' }] }, 'field required'],
    [{ error: 'e' }, 'e'],
    [{ charID: 'x', text: 'process_failure, error: boom' }, 'process_failure, error: boom'],
    [{ text: 'hello' }, null],
    ['plain text', null],
  ])('%o → %s', (body, message) => {
    expect(errorMessageOf(body)).toBe(message);
  });
});

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
