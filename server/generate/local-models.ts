import { isPlainObject } from '../../contract/check';
import type { LocalModelChoice, LocalServer } from '../../contract/schemas/local-models';
import type { LocalModelChoiceStore } from '../db/local-model-choice';
import { networkErrorReason } from '../lib/network-error';
import { GeneratorError, type TextGenerator } from './generator';
import { openAiCompatibleGenerator } from './openai-compatible';
import { switchableGenerator } from './switchable-generator';

/** How long a look at one server may take: a server on this machine answers in milliseconds, or refuses at once. */
export const PROBE_TIMEOUT_MS = 2_000;
/** More than any real list: a model list is a few kilobytes. */
const MAX_LIST_BYTES = 1_000_000;
const MAX_MODELS = 500;
/** A longer id could not be chosen (the choice's limit, contract/schemas/local-models.ts). */
const MAX_MODEL_ID = 200;

/**
 * Model names are ASCII (llama3.1:8b, org/model-GGUF): the name goes into a header
 * (X-Backstory-Generator). No space at either end, which the choice would lose (it is trimmed).
 */
const printable = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/;

/** The usual ports of the two local servers people run; any other address is named by its host and port. */
const knownPorts: Record<string, string> = { '11434': 'Ollama', '1234': 'LM Studio' };

/** The program usually at `baseUrl` ("Ollama", "LM Studio"), or null. */
export function knownServer(baseUrl: string): string | null {
  return knownPorts[new URL(baseUrl).port] ?? null;
}

/** What the server at `baseUrl` is called: "Ollama", "LM Studio", or "192.168.1.20:8080". */
export function serverName(baseUrl: string): string {
  return knownServer(baseUrl) ?? new URL(baseUrl).host;
}

/**
 * Asks the server at `baseUrl` for its models (GET /models, OpenAI's `{data: [{id}]}`, which Ollama
 * and LM Studio answer under /v1). Never throws: what went wrong is in the answer.
 */
export async function probeLocalServer(
  baseUrl: string,
  options: { timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<LocalServer> {
  const { timeoutMs = PROBE_TIMEOUT_MS, fetchImpl = fetch } = options;
  const name = knownServer(baseUrl);
  const found = (state: LocalServer['state'], problem: string | null, models: string[] = []): LocalServer => ({
    baseUrl,
    name,
    state,
    models,
    problem,
  });
  let response: Response;
  try {
    response = await fetchImpl(`${baseUrl}/models`, {
      headers: { Accept: 'application/json' },
      // The address is the one configured: a redirect elsewhere is not followed.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : networkErrorReason(error);
    return found('unreachable', `Nothing answers (${reason}).`);
  }
  try {
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return found('unexpected', `It answered ${response.status} when asked for its models.`);
    }
    if (Number(response.headers.get('content-length') ?? 0) > MAX_LIST_BYTES) {
      await response.body?.cancel().catch(() => {});
      return found('unexpected', 'Its list of models is too large to be one.');
    }
    const text = await response.text();
    const body: unknown = text.length > MAX_LIST_BYTES ? null : JSON.parse(text);
    const list: unknown[] | null = isPlainObject(body) && Array.isArray(body.data) ? body.data : null;
    if (!list) return found('unexpected', 'It answered, but not with an OpenAI-compatible list of models.');
    const ids = list
      .map((model) => (isPlainObject(model) ? model.id : undefined))
      .filter((id): id is string => typeof id === 'string' && printable.test(id) && id.length <= MAX_MODEL_ID);
    return found('ready', null, [...new Set(ids)].slice(0, MAX_MODELS));
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      return found('unreachable', `It stopped answering within ${timeoutMs / 1000} s.`);
    return found('unexpected', 'It answered, but not with an OpenAI-compatible list of models.');
  }
}

/**
 * A model of a local server as the writer of backstories and replies: the OpenAI-compatible
 * generator, named after the model and the server, whose failures say where the model was chosen.
 */
export function localModelGenerator(choice: LocalModelChoice, options: { timeoutMs: number; fetchImpl?: typeof fetch }): TextGenerator {
  const model = openAiCompatibleGenerator(
    { baseUrl: choice.baseUrl, model: choice.model, apiKey: undefined, timeoutMs: options.timeoutMs },
    options.fetchImpl,
  );
  const label = `${choice.model} on ${serverName(choice.baseUrl)}`;
  const advised = (error: unknown) =>
    error instanceof GeneratorError
      ? new GeneratorError(`${error.message} (${label} was chosen in Settings, which can go back to the offline writer.)`, error.status)
      : error;
  async function* withAdvice(pieces: AsyncIterable<string>): AsyncGenerator<string> {
    try {
      yield* pieces;
    } catch (error) {
      throw advised(error);
    }
  }
  return {
    info: { kind: 'openai-compatible', label },
    backstory: (request, signal) => withAdvice(model.backstory(request, signal)),
    reply: (request, signal) => withAdvice(model.reply(request, signal)),
    chooseDecision: (request, signal) =>
      model.chooseDecision(request, signal).catch((error: unknown) => {
        throw advised(error);
      }),
  };
}

export type LocalModelOutcome = { ok: true } | { ok: false; status: 400 | 503; message: string };

/**
 * The local models Settings offers, and the writer they switch: `offline` writes until a model is
 * chosen, and again after going back. The choice is kept in `store`, so it holds after a restart;
 * only the configured `candidates` can be chosen (never an address from the browser).
 */
export function localModelSwitch(options: {
  candidates: string[];
  /** How long a chosen model may take to start answering, or to send its next piece (LLM_TIMEOUT_MS). */
  timeoutMs: number;
  probeTimeoutMs?: number;
  store: LocalModelChoiceStore;
  offline: TextGenerator;
  fetchImpl?: typeof fetch;
}) {
  const { candidates, store, offline, fetchImpl } = options;
  const probe = (baseUrl: string) => probeLocalServer(baseUrl, { timeoutMs: options.probeTimeoutMs, fetchImpl });
  const writerOf = (choice: LocalModelChoice) => localModelGenerator(choice, { timeoutMs: options.timeoutMs, fetchImpl });
  const generator = switchableGenerator(offline);

  // The choice survives restarts; one of an address no longer configured (LOCAL_LLM_URLS changed) is not used.
  let inUse = store.get();
  if (inUse && !candidates.includes(inUse.baseUrl)) inUse = null;
  if (inUse) generator.use(writerOf(inUse));

  return {
    /** Writes backstories and replies: the chosen local model, or the offline writer. */
    generator,
    inUse: () => inUse,
    /** Every configured address, and what answers there now. */
    servers: () => Promise.all(candidates.map(probe)),

    /** Makes a model of one of the candidates write from now on, once its server says it has it. */
    async choose(choice: LocalModelChoice): Promise<LocalModelOutcome> {
      if (!candidates.includes(choice.baseUrl)) {
        return { ok: false, status: 400, message: 'That is not one of the local model servers this dashboard looks at (LOCAL_LLM_URLS).' };
      }
      const server = await probe(choice.baseUrl);
      const name = serverName(choice.baseUrl);
      if (server.state !== 'ready') return { ok: false, status: 503, message: `${name}: ${server.problem ?? 'not ready.'}` };
      if (!server.models.includes(choice.model)) {
        return { ok: false, status: 400, message: `${name} has no model named “${choice.model}” (any more).` };
      }
      store.set(choice);
      inUse = { baseUrl: choice.baseUrl, model: choice.model };
      generator.use(writerOf(inUse));
      console.log(`Backstories and replies: now by ${generator.info.label} (chosen in Settings).`);
      return { ok: true };
    },

    /** The offline writer again. */
    useOffline() {
      store.clear();
      if (inUse) console.log(`Backstories and replies: now by the ${offline.info.label} (chosen in Settings).`);
      inUse = null;
      generator.use(offline);
    },
  };
}

export type LocalModelSwitch = ReturnType<typeof localModelSwitch>;
