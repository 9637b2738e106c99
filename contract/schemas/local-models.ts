/**
 * The dashboard's own calls about local model servers (Ollama, LM Studio): what Settings offers
 * (`GET /dashboard/local-models`), choosing one of their models (`POST /dashboard/local-model`) and
 * going back to the offline writer (`DELETE /dashboard/local-model`).
 */
import { z } from 'zod/mini';
import { textField } from './fields';

/** A model of a local server, as Settings sends it: the server by its base URL (one the server offered). */
export const localModelChoice = z.object({
  baseUrl: textField('baseUrl', 500),
  model: textField('model', 200),
});
export type LocalModelChoice = z.infer<typeof localModelChoice>;

export const localServerStates = ['ready', 'unreachable', 'unexpected'] as const;

/** One of the addresses the server looks at, and what it found there. */
export const localServer = z.object({
  baseUrl: z.string(),
  /** The program usually at this address, by its port ("Ollama", "LM Studio"); null for another. */
  name: z.nullable(z.string()),
  /** ready: it listed its models; unreachable: nothing answered; unexpected: it answered, not with a model list. */
  state: z.enum(localServerStates),
  models: z.array(z.string()),
  /** Why it is not ready, in words. */
  problem: z.nullable(z.string()),
});
export type LocalServer = z.infer<typeof localServer>;

/** Settings' offer: nothing when LLM_BASE_URL chooses the model or Convai writes; else the servers found. */
export const localModelsAnswer = z.union([
  z.object({ offered: z.literal(false) }),
  z.object({ offered: z.literal(true), inUse: z.nullable(localModelChoice), servers: z.array(localServer) }),
]);
export type LocalModelsAnswer = z.infer<typeof localModelsAnswer>;

/** After a choice (or going back to the offline writer): what is in use, and the generator that now writes. */
export const localModelChange = z.object({
  inUse: z.nullable(localModelChoice),
  generator: z.object({ kind: z.string(), label: z.string() }),
});
export type LocalModelChange = z.infer<typeof localModelChange>;
