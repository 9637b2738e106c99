import type { Config } from '../config';
import type { Db } from '../db/connection';
import { createLocalModelChoiceStore } from '../db/local-model-choice';
import type { TextGenerator } from './generator';
import { localModelSwitch, type LocalModelSwitch } from './local-models';
import { offlineGenerator } from './offline-generator';
import { openAiCompatibleGenerator } from './openai-compatible';

/** The generator the configuration asks for: an LLM when LLM_BASE_URL is set, the offline one otherwise. */
export function createGenerator(config: Pick<Config, 'llm' | 'generatorDelayMs'>): TextGenerator {
  return config.llm ? openAiCompatibleGenerator(config.llm) : offlineGenerator({ delayMs: config.generatorDelayMs });
}

/**
 * What writes backstories and replies, and the local models Settings may switch it to (null when
 * the configuration offers none): pass both to createApp.
 */
export function createWriters(
  config: Pick<Config, 'llm' | 'generatorDelayMs' | 'localModels'>,
  db: Db,
): { generator: TextGenerator; localModels: LocalModelSwitch | null } {
  const configured = createGenerator(config);
  if (!config.localModels) return { generator: configured, localModels: null };
  const localModels = localModelSwitch({ ...config.localModels, store: createLocalModelChoiceStore(db), offline: configured });
  return { generator: localModels.generator, localModels };
}
