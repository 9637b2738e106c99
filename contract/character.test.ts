import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { avatarOf, characterListCheck, languagesOf, readCharacterSummary } from './character';
import { characterListSchema, characterSchema } from './schemas/characters';

// Values a record's fields take in the wild, good and bad: text, "NULL", addresses safe and not,
// numbers, booleans, lists of text and of other things, objects.
const anyValue = fc.oneof(
  fc.constantFrom(
    null,
    '',
    'NULL',
    'en-US',
    'Mara',
    'https://cdn.example/a.png',
    '/avatars/a.svg',
    'javascript:alert(1)',
    '//evil.example/x',
    '/',
  ),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.constantFrom('en-US', 'fr-FR', ''), { maxLength: 3 }),
  fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer()), { maxLength: 3 }),
  fc.constant({}),
);
const metahuman = fc.oneof(anyValue, fc.record({ avatar_image: anyValue, avatar_image_square: anyValue }, { requiredKeys: [] }));
const modelDetails = fc.oneof(
  anyValue,
  fc.record({ modelType: anyValue, modelLink: anyValue, modelPlaceholder: anyValue, METAHUMAN: metahuman }, { requiredKeys: [] }),
);
const record = fc.record(
  {
    character_name: fc.oneof(fc.string({ maxLength: 12 }), anyValue),
    character_id: fc.oneof(fc.uuid(), anyValue),
    user_id: anyValue,
    voice_type: anyValue,
    timestamp: anyValue,
    backstory: anyValue,
    listing: anyValue,
    language_code: anyValue,
    language_codes: anyValue,
    model_details: modelDetails,
    unknown_field: anyValue,
  },
  { requiredKeys: [] },
);

/** What the character list shows of a record. */
const shown = (character: Parameters<typeof avatarOf>[0] & Parameters<typeof languagesOf>[0] & Record<string, unknown>) => ({
  name: character.character_name,
  id: character.character_id,
  voice: character.voice_type,
  timestamp: character.timestamp,
  language_code: character.language_code,
  language_codes: character.language_codes,
  languages: languagesOf(character),
  avatar: avatarOf(character),
  model_details: character.model_details,
});

describe('readCharacterSummary agrees with characterSchema', () => {
  it('accepts and refuses the same records, and reads the same values out of them', () => {
    fc.assert(
      fc.property(record, (value) => {
        const light = readCharacterSummary(value);
        const parsed = characterSchema.safeParse(value);
        expect(light !== undefined).toBe(parsed.success);
        if (light && parsed.success) expect(shown(light)).toEqual(shown(parsed.data));
      }),
      { numRuns: 5_000 },
    );
  });

  it('agrees on whole lists too', () => {
    fc.assert(
      fc.property(fc.oneof(fc.record({ characters: fc.array(record, { maxLength: 4 }) }), anyValue), (value) => {
        expect(characterListCheck.safeParse(value).success).toBe(characterListSchema.safeParse(value).success);
      }),
      { numRuns: 2_000 },
    );
  });
});

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

  it('refuses a record without a name or an id', () => {
    expect(characterListCheck.safeParse({ characters: [{ character_id: 'a' }] }).success).toBe(false);
    expect(characterListCheck.safeParse({ characters: [{ character_name: 'x' }] }).success).toBe(false);
  });

  it('reads a field of the wrong type as empty instead of refusing the list', () => {
    const parsed = characterListCheck.safeParse({ characters: [{ character_name: 'x', character_id: 'a', language_codes: 'en-US' }] });
    expect(parsed.success && parsed.data.characters[0]?.language_codes).toBeNull();
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
  it('takes the square picture, then the others, ignoring "NULL" and unsafe addresses', () => {
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
