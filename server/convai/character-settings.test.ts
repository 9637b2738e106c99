import { describe, expect, it } from 'vitest';
import type { Character } from '../../contract/schemas/characters';
import { testApp, type Encoding } from '../testing/test-app';

const encodings: Encoding[] = ['json', 'form', 'multipart'];

async function withCharacter() {
  const app = testApp();
  const charID = await app.createCharacter({ charName: 'Mara', backstory: 'A cartographer.' });
  const record = async () => (await app.post<Character>('/character/get', { charID })).json;
  return { ...app, charID, record };
}

describe('/character/update applies every setting it is sent', () => {
  it.each(encodings)('AI settings round-trip update → get (%s body)', async (encoding) => {
    const { post, charID, record } = await withCharacter();
    const body = { charID, model_group_name: 'gpt-5-mini', temperature: '0.35', reasoning_effort: 'high' };
    const updated = await post('/character/update', body, { encoding });
    expect(updated.status, updated.text).toBe(200);
    expect(updated.json).toEqual({ STATUS: 'SUCCESS' });
    expect((await record()).personalised_prompt_config).toEqual({ MODEL: 'gpt-5-mini', TEMPERATURE: 0.35, REASONING_EFFORT: 'high' });
  });

  it.each(encodings)('memorySettings turns long-term memory on and off (%s body)', async (encoding) => {
    const { post, charID, record } = await withCharacter();
    // Form bodies carry the object as its JSON text, as Convai's Unreal SDK sends it in JSON.
    const on = encoding === 'json' ? { enabled: true } : JSON.stringify({ enabled: true });
    expect((await post('/character/update', { charID, memorySettings: on }, { encoding })).status).toBe(200);
    expect((await record()).memory_settings).toEqual({ enabled: true });
    expect((await post('/character/update', { charID, memorySettings: { enabled: 'False' } })).status).toBe(200);
    expect((await record()).memory_settings).toEqual({ enabled: false });
  });

  it('languageCode makes a language the primary one, keeping the others', async () => {
    const { post, charID, record } = await withCharacter();
    await post('/character/update', { charID, languageCodes: ['en-US', 'de-DE'] });
    expect((await post('/character/update', { charID, languageCode: 'fr-FR' })).status).toBe(200);
    const after = await record();
    expect(after.language_code).toBe('fr-FR');
    expect(after.language_codes).toEqual(['fr-FR', 'en-US', 'de-DE']);
    await post('/character/update', { charID, languageCode: 'de-DE' });
    expect((await record()).language_codes).toEqual(['de-DE', 'fr-FR', 'en-US']);
  });

  it('an empty reasoning_effort clears it; "auto" is taken where the model supports it', async () => {
    const { post, charID, record } = await withCharacter();
    await post('/character/update', { charID, model_group_name: 'gpt-5', reasoning_effort: 'auto' });
    expect((await record()).personalised_prompt_config?.REASONING_EFFORT).toBe('auto');
    await post('/character/update', { charID, reasoning_effort: '' });
    expect((await record()).personalised_prompt_config?.REASONING_EFFORT).toBeNull();
  });

  it('a new model without the old reasoning level goes back to its own default', async () => {
    const { post, charID, record } = await withCharacter();
    await post('/character/update', { charID, model_group_name: 'gemini-2.5-flash', reasoning_effort: 'minimal' });
    expect((await post('/character/update', { charID, model_group_name: 'gpt-5-mini' })).status).toBe(200);
    expect((await record()).personalised_prompt_config).toMatchObject({ MODEL: 'gpt-5-mini', REASONING_EFFORT: null });
  });

  it('a clone keeps the settings and the memory switch', async () => {
    const { post, charID, record } = await withCharacter();
    await post('/character/update', { charID, model_group_name: 'claude-sonnet', temperature: 0.2, memorySettings: { enabled: true } });
    const clone = await post<{ charID: string }>('/user/clone_character', { charID });
    const copied = (await post<Character>('/character/get', { charID: clone.json.charID })).json;
    const original = await record();
    expect(copied.personalised_prompt_config).toEqual(original.personalised_prompt_config);
    expect(copied.memory_settings).toEqual({ enabled: true });
  });
});

describe('/character/update refuses what it cannot apply, and changes nothing', () => {
  it.each([
    ['a temperature above 1', { temperature: 1.5 }, /temperature must be between 0 and 1/],
    ['a negative temperature', { temperature: '-0.1' }, /temperature must be between 0 and 1/],
    ['a temperature that is not a number', { temperature: 'warm' }, /temperature/],
    ['an unknown model', { model_group_name: 'gpt-9000' }, /model_group_name: unknown model 'gpt-9000'\. Supported models: .*gpt-4o-mini/],
    [
      'a reasoning level the model lacks',
      { model_group_name: 'gpt-5-mini', reasoning_effort: 'minimal' },
      /^Invalid reasoning_effort 'minimal' for model 'gpt-5-mini'\. Supported values: none, low, medium, high, auto\.$/,
    ],
    [
      'reasoning for a model without it',
      { reasoning_effort: 'low' },
      /^Invalid reasoning_effort 'low' for model 'gpt-4o-mini'\. Supported values: none\.$/,
    ],
    ['memorySettings that is not an object', { memorySettings: 'yes please' }, /memorySettings/],
    ['memorySettings with a field it does not know', { memorySettings: { enabled: true, depth: 3 } }, /depth/],
    ['an unknown language code', { languageCode: 'xx-XX' }, /Unknown language code: xx-XX/],
    [
      'a knowledge-bank document the account does not have',
      { docs: [{ id: 'd1', status: 'active' }] },
      /docs: no document 'd1' in this account's knowledge bank/,
    ],
    ['a field update does not know', { charName: 'Changed', voiceStyle: 'whisper' }, /Unknown field: voiceStyle/],
  ])('%s → 400 with the reason', async (_label, fields, message) => {
    const { post, charID, record } = await withCharacter();
    const before = await record();
    const response = await post('/character/update', { charID, backstory: 'A different story.', ...fields });
    expect(response.status).toBe(400);
    expect(Object.keys(response.json)).toEqual(['ERROR']);
    expect(String(response.json.ERROR)).toMatch(message);
    expect(await record()).toEqual(before);
  });
});

describe('POST /character/getSupportedModel', () => {
  it('lists the models with their reasoning levels, and update takes exactly those', async () => {
    const { post, charID, record } = await withCharacter();
    const listed = await post<
      Array<{
        model_group_name: string;
        display_name: string;
        reasoning?: { levels: string[]; supports_auto: boolean; default: string | null };
      }>
    >('/character/getSupportedModel/');
    expect(listed.status).toBe(200);
    expect(listed.json.length).toBeGreaterThanOrEqual(5);
    for (const model of listed.json) expect(model.display_name.length).toBeGreaterThan(1);
    const withReasoning = listed.json.find((model) => model.reasoning);
    const without = listed.json.find((model) => !model.reasoning);
    expect(withReasoning?.reasoning?.levels.length).toBeGreaterThan(1);
    expect(without).toBeDefined();

    const level = withReasoning!.reasoning!.levels.at(-1)!;
    expect(
      (await post('/character/update', { charID, model_group_name: withReasoning!.model_group_name, reasoning_effort: level })).status,
    ).toBe(200);
    expect((await record()).personalised_prompt_config).toMatchObject({ MODEL: withReasoning!.model_group_name, REASONING_EFFORT: level });
    expect((await post('/character/update', { charID, model_group_name: without!.model_group_name, reasoning_effort: level })).status).toBe(
      400,
    );
  });
});
