import { describe, expect, it } from 'vitest';
import { changedFields, characterFormSchema, emptyCharacterForm } from './character-form-schema';

const before = {
  name: 'Mara',
  voiceType: 'FEMALE',
  languageCodes: ['en-US'],
  actions: ['wave'],
  backstory: 'Old story.',
  model: 'gpt-4o-mini',
  temperature: 0.7,
  reasoningEffort: '',
  memory: false,
};

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

describe('changedFields for AI settings and memory', () => {
  it('sends each changed setting under the update’s own name', () => {
    const after = characterFormSchema.parse({ ...before, model: 'gpt-5', temperature: 0.2, reasoningEffort: 'high', memory: true });
    expect(changedFields(before, after)).toEqual({
      model_group_name: 'gpt-5',
      temperature: 0.2,
      reasoning_effort: 'high',
      memorySettings: { enabled: true },
    });
  });

  it('sends an emptied reasoning effort as "" (back to the model’s default)', () => {
    const after = characterFormSchema.parse({ ...before, reasoningEffort: '' });
    expect(changedFields({ ...before, reasoningEffort: 'low' }, after)).toEqual({ reasoning_effort: '' });
  });

  it('refuses a temperature outside 0–1', () => {
    expect(characterFormSchema.safeParse({ ...before, temperature: 1.2 }).error?.issues[0].message).toBe(
      'Temperature must be between 0 and 1.',
    );
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
