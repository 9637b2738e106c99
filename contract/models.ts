/** What the contract says of models, without zod: used by the server's catalogue and the editor alike. */

/** A character's temperature until someone changes it. */
export const DEFAULT_TEMPERATURE = 0.7;

type WithReasoning = { reasoning?: { levels: string[]; supports_auto: boolean } | null };

/** The values `reasoning_effort` may take for a model: its levels, and "auto" where it supports it. */
export const reasoningValues = (model: WithReasoning | undefined) =>
  model?.reasoning ? [...model.reasoning.levels, ...(model.reasoning.supports_auto ? ['auto'] : [])] : [];
