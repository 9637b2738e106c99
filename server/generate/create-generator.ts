import type { Config } from '../config';
import type { TextGenerator } from './generator';
import { offlineGenerator } from './offline-generator';
import { openAiCompatibleGenerator } from './openai-compatible';

/** The generator the configuration asks for: an LLM when LLM_BASE_URL is set, the offline one otherwise. */
export function createGenerator(config: Pick<Config, 'llm' | 'generatorDelayMs'>): TextGenerator {
  return config.llm ? openAiCompatibleGenerator(config.llm) : offlineGenerator({ delayMs: config.generatorDelayMs });
}
