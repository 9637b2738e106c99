/**
 * The local server's catalogue of language models, answered by `POST /character/getSupportedModel`
 * and checked by `/character/update` (`model_group_name`, `reasoning_effort`). Modelled on the kinds
 * of models Convai offers: fast chat models without reasoning, and reasoning models with levels.
 * Locally every one of them is answered by the same generator (offline, or LLM_MODEL when set).
 */

/** A model; only one that supports reasoning control carries a `reasoning` block. */
export type ModelEntry = {
  model_group_name: string;
  display_name: string;
  reasoning?: { levels: string[]; supports_auto: boolean; default: string | null };
};

const plain = (model_group_name: string, display_name: string): ModelEntry => ({ model_group_name, display_name });

const reasoning = (model_group_name: string, display_name: string, levels: string[], fallback: string): ModelEntry => ({
  model_group_name,
  display_name,
  reasoning: { levels, supports_auto: true, default: fallback },
});

// Levels are ordered from least to most reasoning; OpenAI's lowest is "none", Gemini's "minimal".
export const modelCatalogue: readonly ModelEntry[] = [
  plain('gpt-4o-mini', 'GPT-4o mini'),
  plain('gpt-4.1', 'GPT-4.1'),
  plain('gpt-4.1-mini', 'GPT-4.1 mini'),
  reasoning('gpt-5-mini', 'GPT-5 mini', ['none', 'low', 'medium', 'high'], 'medium'),
  reasoning('gpt-5', 'GPT-5', ['none', 'low', 'medium', 'high'], 'medium'),
  plain('claude-haiku', 'Claude Haiku'),
  reasoning('claude-sonnet', 'Claude Sonnet', ['low', 'medium', 'high'], 'medium'),
  plain('gemini-2.0-flash', 'Gemini 2.0 Flash'),
  reasoning('gemini-2.5-flash', 'Gemini 2.5 Flash', ['minimal', 'low', 'medium', 'high'], 'low'),
  plain('llama3-70b', 'Llama 3 70B'),
];

/** What a character gets until someone chooses. */
export const DEFAULT_MODEL = 'gpt-4o-mini';

export const modelByName = (name: string) => modelCatalogue.find((model) => model.model_group_name === name);
