import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';
import {
  editSectionResponseSchema,
  narrativeStatusSchema,
  sectionIdResponseSchema,
  sectionListSchema,
  sectionSchema,
  triggerListSchema,
  triggerSchema,
  type CreateSectionInput,
  type CreateTriggerInput,
  type EditSectionInput,
  type UpdateTriggerInput,
} from '@contract/schemas/narrative';

// Imported by the narrative page and test chat only (both lazy), so the schemas load with them.

export const narrativeKeys = {
  all: ['narrative'] as const,
  ofCharacter: (charID: string) => [...narrativeKeys.all, charID] as const,
  sections: (charID: string) => [...narrativeKeys.ofCharacter(charID), 'sections'] as const,
  triggers: (charID: string) => [...narrativeKeys.ofCharacter(charID), 'triggers'] as const,
};

/** Turns the narrative on or off: a narrative-driven character's conversations follow its graph. */
export const toggleNarrativeDriven = (input: { character_id: string; is_narrative_driven: boolean }) =>
  apiRequest('/character/toggle-is-narrative-driven', { body: input, schema: narrativeStatusSchema });

export const listSections = (character_id: string, signal?: AbortSignal) =>
  apiRequest('/character/narrative/list-sections', { body: { character_id }, schema: sectionListSchema, signal });

export const getSection = (character_id: string, section_id: string, signal?: AbortSignal) =>
  apiRequest('/character/narrative/get-section', { body: { character_id, section_id }, schema: sectionSchema, signal });

export const createSection = (input: CreateSectionInput) =>
  apiRequest('/character/narrative/create-section', {
    // Convai's clients send these three as empty values; the service does not use them.
    body: { updated_character_data: {}, behavior_tree_code: '', bt_constants: '', ...input },
    schema: sectionIdResponseSchema,
  }).then((body) => body.section_id);

/** Changes a section: any of its name, objective, decisions (the whole list) and node position. */
export const editSection = (input: EditSectionInput) =>
  apiRequest('/character/narrative/edit-section', { body: input, schema: editSectionResponseSchema });

export const deleteSection = (character_id: string, section_id: string) =>
  apiRequest('/character/narrative/delete-section', { body: { character_id, section_id }, schema: narrativeStatusSchema });

export const listTriggers = (character_id: string, signal?: AbortSignal) =>
  apiRequest('/character/narrative/list-triggers', { body: { character_id }, schema: triggerListSchema, signal });

export const getTrigger = (character_id: string, trigger_id: string, signal?: AbortSignal) =>
  apiRequest('/character/narrative/get-trigger', { body: { character_id, trigger_id }, schema: triggerSchema, signal });

export const createTrigger = (input: CreateTriggerInput) =>
  apiRequest('/character/narrative/create-trigger', { body: input, schema: triggerSchema });

export const updateTrigger = (input: UpdateTriggerInput) =>
  apiRequest('/character/narrative/update-trigger', { body: input, schema: narrativeStatusSchema });

export const deleteTrigger = (character_id: string, trigger_id: string) =>
  apiRequest('/character/narrative/delete-trigger', { body: { character_id, trigger_id }, schema: narrativeStatusSchema });

export const narrativeQueries = {
  sections: (charID: string) =>
    queryOptions({ queryKey: narrativeKeys.sections(charID), queryFn: ({ signal }) => listSections(charID, signal) }),
  triggers: (charID: string) =>
    queryOptions({ queryKey: narrativeKeys.triggers(charID), queryFn: ({ signal }) => listTriggers(charID, signal) }),
};
