import { z } from 'zod';
import { languagesOf } from '@contract/character';
import { limits } from '@contract/limits';
import { DEFAULT_TEMPERATURE } from '@contract/models';
import { textField } from '@contract/schemas/fields';
import type { Character, UpdateCharacterInput } from '@contract/schemas/characters';

/** The editor's fields; the contract's text rules, with labels a designer reads. */
export const characterFormSchema = z.object({
  name: textField('Name', limits.nameMax),
  voiceType: z.string().min(1, 'Choose a voice.'),
  languageCodes: z
    .array(z.string())
    .min(1, 'Choose at least one language.')
    .max(limits.languagesMax, `At most ${limits.languagesMax} languages.`),
  actions: z.array(z.string()).max(limits.actionsMax, `At most ${limits.actionsMax} actions.`),
  backstory: textField('Backstory', limits.backstoryMax),
  /** The model's code (model_group_name); empty: the service's default. */
  model: z.string(),
  temperature: z
    .number('Temperature must be a number.')
    .min(0, 'Temperature must be between 0 and 1.')
    .max(1, 'Temperature must be between 0 and 1.'),
  /** Empty: the model's own default level. */
  reasoningEffort: z.string(),
  memory: z.boolean(),
});

export type CharacterFormInput = z.input<typeof characterFormSchema>;
export type CharacterFormValues = z.output<typeof characterFormSchema>;

export const DEFAULT_LANGUAGE = 'en-US';

export const emptyCharacterForm: CharacterFormInput = {
  name: '',
  voiceType: '',
  languageCodes: [DEFAULT_LANGUAGE],
  actions: [],
  backstory: '',
  model: '',
  temperature: DEFAULT_TEMPERATURE,
  reasoningEffort: '',
  memory: false,
};

export function formValuesOf(character: Character): CharacterFormInput {
  return {
    name: character.character_name,
    voiceType: character.voice_type,
    languageCodes: languagesOf(character).length > 0 ? languagesOf(character) : [DEFAULT_LANGUAGE],
    actions: character.character_actions ?? [],
    backstory: character.backstory ?? '',
    model: character.personalised_prompt_config?.MODEL ?? '',
    temperature: character.personalised_prompt_config?.TEMPERATURE ?? DEFAULT_TEMPERATURE,
    reasoningEffort: character.personalised_prompt_config?.REASONING_EFFORT ?? '',
    memory: character.memory_settings?.enabled ?? false,
  };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** The update body holding only what changed (the API names actions `action`, a comma-separated list). */
export function changedFields(before: CharacterFormInput, after: CharacterFormValues): Omit<UpdateCharacterInput, 'charID'> {
  const changes: Omit<UpdateCharacterInput, 'charID'> = {};
  if (after.name !== before.name.trim()) changes.charName = after.name;
  if (after.voiceType !== before.voiceType) changes.voiceType = after.voiceType;
  if (after.backstory !== before.backstory.trim()) changes.backstory = after.backstory;
  if (!sameList(after.actions, before.actions)) changes.action = after.actions.join(', ');
  if (!sameList(after.languageCodes, before.languageCodes)) changes.languageCodes = after.languageCodes;
  Object.assign(changes, changedSettings(before, after));
  return changes;
}

/** The AI settings and memory among the changes, in the update's own names. */
export function changedSettings(
  before: Pick<CharacterFormInput, 'model' | 'temperature' | 'reasoningEffort' | 'memory'>,
  after: Pick<CharacterFormValues, 'model' | 'temperature' | 'reasoningEffort' | 'memory'>,
): Pick<UpdateCharacterInput, 'model_group_name' | 'temperature' | 'reasoning_effort' | 'memorySettings'> {
  const changes: Pick<UpdateCharacterInput, 'model_group_name' | 'temperature' | 'reasoning_effort' | 'memorySettings'> = {};
  if (after.model && after.model !== before.model) changes.model_group_name = after.model;
  if (after.temperature !== before.temperature) changes.temperature = after.temperature;
  if (after.reasoningEffort !== before.reasoningEffort) changes.reasoning_effort = after.reasoningEffort;
  if (after.memory !== before.memory) changes.memorySettings = { enabled: after.memory };
  return changes;
}
