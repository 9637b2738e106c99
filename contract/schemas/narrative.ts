/**
 * Narrative design: a character's graph of sections (an objective each, decisions leading on) and
 * triggers (fired by the game, each leading to a section). Request bodies as the local server
 * validates them, and the records both the server answers with and the app reads.
 */
import { z } from 'zod/mini';
import { limits } from '../limits';
import { jsonOrText, looseBoolean, looseNumber, plainText, textField } from './fields';

const characterId = textField('character_id', 200);

/** A node's place on the graph: any JSON value (in a form body, its JSON text), stored and returned as given. */
export const nodePositionField = jsonOrText(
  z
    .unknown()
    .check(
      z.refine(
        (value: unknown) => jsonLength(value) <= limits.nodePositionMax,
        `node_position must be at most ${limits.nodePositionMax.toLocaleString('en-US')} characters of JSON.`,
      ),
    ),
);

/** The length of a value's JSON text; a value nested too deeply to write out counts as too long. */
function jsonLength(value: unknown): number {
  try {
    return (JSON.stringify(value) ?? '').length;
  } catch {
    return Infinity;
  }
}

/** A section id that may be absent: null or "" (a form body cannot send null) means none. */
export const optionalSectionId = (label: string) =>
  z.pipe(
    z.pipe(
      z.transform((value: unknown) => value ?? ''),
      plainText(label, 200),
    ),
    z.transform((value: string) => value || null),
  );

export const decisionInput = z.strictObject({
  // Empty criteria are kept: the dashboard lists them as a check to fix, not a refusal.
  criteria: plainText('criteria', limits.criteriaMax),
  next_section_id: textField('next_section_id', 200),
  priority: z.optional(z.nullable(looseNumber)),
});
export type DecisionInput = z.output<typeof decisionInput>;

/** A section's decisions: a list (null clears them), in a form body as its JSON text. */
export const decisionsField = jsonOrText(
  z.pipe(
    z.transform((value: unknown) => value ?? []),
    z.array(decisionInput).check(z.maxLength(limits.decisionsMax, `At most ${limits.decisionsMax} decisions a section.`)),
  ),
);

/** The record's fields a client may echo back in its changes; they are not changes, and are set aside. */
const echoed = {
  character_id: z.optional(z.unknown()),
  section_id: z.optional(z.unknown()),
  parents: z.optional(z.unknown()),
  triggers: z.optional(z.unknown()),
  updated_character_data: z.optional(z.unknown()),
  bt_constants: z.optional(z.unknown()),
  behavior_tree_code: z.optional(z.unknown()),
};

/** What edit-section may change. Strict: a field it does not know is refused by name, never dropped. */
export const sectionChanges = z.pipe(
  z.strictObject({
    section_name: z.optional(textField('section_name', limits.sectionNameMax)),
    objective: z.optional(plainText('objective', limits.objectiveMax)),
    decisions: z.optional(decisionsField),
    node_position: z.optional(nodePositionField),
    ...echoed,
  }),
  z.transform(({ section_name, objective, decisions, node_position }) => ({ section_name, objective, decisions, node_position })),
);
export type SectionChanges = z.output<typeof sectionChanges>;

export const toggleNarrativeDrivenRequest = z.object({
  character_id: characterId,
  is_narrative_driven: looseBoolean,
});

export const createSectionRequest = z.object({
  character_id: characterId,
  section_name: textField('section_name', limits.sectionNameMax),
  objective: z._default(z.optional(plainText('objective', limits.objectiveMax)), ''),
  decisions: z.optional(decisionsField),
  node_position: z.optional(nodePositionField),
  // Sent by Convai's clients as {}, "" and "", and unused.
  updated_character_data: z.optional(z.unknown()),
  behavior_tree_code: z.optional(z.unknown()),
  bt_constants: z.optional(z.unknown()),
});

/** The changes arrive under `updated_data` (the samples) or `updated_character_data` (the docs' table). */
export const editSectionRequest = z.object({
  character_id: characterId,
  section_id: textField('section_id', 200),
  updated_data: z.optional(jsonOrText(sectionChanges)),
  updated_character_data: z.optional(jsonOrText(sectionChanges)),
});

export const sectionRequest = z.object({ character_id: characterId, section_id: textField('section_id', 200) });
export const characterNarrativeRequest = z.object({ character_id: characterId });

export const createTriggerRequest = z.object({
  character_id: characterId,
  trigger_name: textField('trigger_name', limits.triggerNameMax),
  trigger_message: z._default(z.optional(plainText('trigger_message', limits.triggerMessageMax)), ''),
  destination_section: z.optional(optionalSectionId('destination_section')),
  node_position: z.optional(nodePositionField),
});

export const triggerChanges = z.pipe(
  z.strictObject({
    trigger_name: z.optional(textField('trigger_name', limits.triggerNameMax)),
    trigger_message: z.optional(plainText('trigger_message', limits.triggerMessageMax)),
    destination_section: z.optional(optionalSectionId('destination_section')),
    node_position: z.optional(nodePositionField),
    character_id: z.optional(z.unknown()),
    trigger_id: z.optional(z.unknown()),
  }),
  z.transform(({ trigger_name, trigger_message, destination_section, node_position }) => ({
    trigger_name,
    trigger_message,
    destination_section,
    node_position,
  })),
);
export type TriggerChanges = z.output<typeof triggerChanges>;

export const updateTriggerRequest = z.object({
  character_id: characterId,
  trigger_id: textField('trigger_id', 200),
  updated_data: jsonOrText(triggerChanges),
});

export const triggerRequest = z.object({ character_id: characterId, trigger_id: textField('trigger_id', 200) });

/** What the app sends: the request shapes before the server's coercions. */
export type DecisionFields = { criteria: string; next_section_id: string; priority?: number | null };
export type SectionFields = { section_name: string; objective: string; decisions: DecisionFields[]; node_position: unknown };
export type CreateSectionInput = { character_id: string } & Pick<SectionFields, 'section_name' | 'objective'> & Partial<SectionFields>;
export type EditSectionInput = { character_id: string; section_id: string; updated_data: Partial<SectionFields> };
export type TriggerFields = { trigger_name: string; trigger_message: string; destination_section: string | null; node_position: unknown };
export type CreateTriggerInput = { character_id: string; trigger_name: string } & Partial<TriggerFields>;
export type UpdateTriggerInput = { character_id: string; trigger_id: string; updated_data: Partial<TriggerFields> };

export const decisionSchema = z.looseObject({
  criteria: z.catch(z.string(), ''),
  next_section_id: z.string(),
  priority: z.optional(z.nullable(z.number())),
});
export type Decision = z.infer<typeof decisionSchema>;

/** A section as get-section answers it and list-sections lists it. `parents` and `triggers` are ids leading here. */
export const sectionSchema = z.looseObject({
  character_id: z.string(),
  section_id: z.string(),
  section_name: z.catch(z.string(), ''),
  objective: z.catch(z.string(), ''),
  decisions: z.nullable(z.array(decisionSchema)),
  parents: z.nullable(z.array(z.string())),
  triggers: z.nullable(z.array(z.string())),
  updated_character_data: z.optional(z.unknown()),
  bt_constants: z.optional(z.unknown()),
  behavior_tree_code: z.optional(z.unknown()),
  node_position: z.optional(z.unknown()),
});
export type Section = z.infer<typeof sectionSchema>;
export const sectionListSchema = z.array(sectionSchema);

export const triggerSchema = z.looseObject({
  character_id: z.string(),
  trigger_id: z.string(),
  trigger_name: z.string(),
  trigger_message: z.catch(z.string(), ''),
  destination_section: z.nullable(z.string()),
  node_position: z.optional(z.unknown()),
});
export type Trigger = z.infer<typeof triggerSchema>;
export const triggerListSchema = z.array(triggerSchema);

export const sectionIdResponseSchema = z.object({ section_id: z.string() });
export const editSectionResponseSchema = z.looseObject({
  status: z.string(),
  section_id: z.string(),
  updated_data: z.optional(z.unknown()),
});
/** toggle, delete-section, update-trigger and delete-trigger: `{"STATUS": "Successful"}`, the trigger calls with a message. */
export const narrativeStatusSchema = z.looseObject({ STATUS: z.string(), message: z.optional(z.string()) });
