import { describe, expect, it } from 'vitest';
import { changedFields, characterFormSchema, emptyCharacterForm } from './character-form-schema';

const before = { name: 'Mara', voiceType: 'FEMALE', languageCodes: ['en-US'], actions: ['wave'], backstory: 'Old story.' };

describe('changedFields', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedFields(before, characterFormSchema.parse(before))).toEqual({});
  });

  it('sends only the changed fields, with the API names', () => {
    const after = characterFormSchema.parse({ ...before, backstory: 'New story.', actions: ['wave', 'bow'] });
    expect(changedFields(before, after)).toEqual({ backstory: 'New story.', action: 'wave, bow' });
  });

  it('sends languages as a list, in order', () => {
    const after = characterFormSchema.parse({ ...before, languageCodes: ['fr-FR', 'en-US'] });
    expect(changedFields(before, after)).toEqual({ languageCodes: ['fr-FR', 'en-US'] });
  });
});

describe('characterFormSchema', () => {
  it('names each missing field in words', () => {
    const result = characterFormSchema.safeParse(emptyCharacterForm);
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({ name: 'Name is required.', voiceType: 'Choose a voice.', backstory: 'Backstory is required.' });
  });

  it('refuses a backstory over the limit', () => {
    const result = characterFormSchema.safeParse({ ...before, backstory: 'x'.repeat(20_001) });
    expect(result.error?.issues[0].message).toBe('Backstory must be at most 20,000 characters.');
  });
});
