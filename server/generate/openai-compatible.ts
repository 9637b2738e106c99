import { createParser } from 'eventsource-parser';
import type { LlmConfig } from '../config';
import { GeneratorError, type BackstoryRequest, type DecisionRequest, type ReplyRequest, type TextGenerator } from './generator';
import { networkErrorReason } from '../lib/network-error';
import { lineBreakSafe } from './line-break-safe';

const BACKSTORY_PROMPT = [
  'You write backstories for non-player characters in games, as in the examples of Convai, a platform for conversational game characters.',
  'Write in the third person, in plain prose: three or four paragraphs separated by blank lines, about 250 to 350 words in all.',
  'Cover where the character comes from, what shaped them, what they do now and how they speak, and something they want or hide.',
  'Use concrete, specific details. No title, no headings, no lists, no preamble: begin with the story itself.',
].join(' ');

/** How long the service's model list is trusted before it is asked again. */
const MODEL_LIST_TTL_MS = 10 * 60_000;

type CompletionOptions = { model?: string; temperature?: number; reasoning_effort?: string };

type ChatChunk = { choices?: Array<{ delta?: { content?: string | null }; finish_reason?: string | null }>; error?: { message?: string } };

/** A generator backed by an OpenAI-compatible chat-completions endpoint, streaming its deltas on. */
export function openAiCompatibleGenerator(
  config: LlmConfig,
  fetchImpl: typeof fetch = fetch,
): TextGenerator & Required<Pick<TextGenerator, 'chooseDecision'>> {
  const endpoint = `${config.baseUrl}/chat/completions`;

  /** The models the service says it serves (its /models list), asked once in a while. */
  let served: { names: Promise<Set<string>>; at: number } | null = null;
  const servedModels = () => {
    if (!served || Date.now() - served.at > MODEL_LIST_TTL_MS) {
      const names = fetchImpl(`${config.baseUrl}/models`, {
        headers: config.apiKey ? { Authorization: `Bearer ${config.apiKey}` } : {},
        signal: AbortSignal.timeout(5_000),
      })
        .then(async (response) => {
          const body = (await response.json()) as { data?: Array<{ id?: unknown }> };
          return new Set((body.data ?? []).map((model) => model.id).filter((id): id is string => typeof id === 'string'));
        })
        .catch(() => new Set<string>());
      served = { names, at: Date.now() };
    }
    return served.names;
  };

  /**
   * What a character's settings change in the request: the temperature always; the model (and its
   * reasoning effort) where the service serves a model of that name, else the configured LLM_MODEL.
   */
  const modelOptions = async (settings: ReplyRequest['settings']): Promise<CompletionOptions> => {
    if (!settings) return {};
    const own = (await servedModels()).has(settings.model);
    return {
      temperature: settings.temperature,
      ...(own ? { model: settings.model } : {}),
      ...(own && settings.reasoningEffort ? { reasoning_effort: settings.reasoningEffort } : {}),
    };
  };

  async function* complete(
    messages: Array<{ role: string; content: string }>,
    signal: AbortSignal,
    options: CompletionOptions = {},
  ): AsyncGenerator<string> {
    // The time-out bounds each wait: for the answer to start, then for each next piece of it.
    const connection = new AbortController();
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        connection.abort();
      }, config.timeoutMs);
    };
    const stop = () => connection.abort();
    signal.addEventListener('abort', stop, { once: true });
    const timeoutError = () => new GeneratorError(`The language model stopped answering for ${config.timeoutMs / 1000} s.`, 504);

    let response: Response;
    arm();
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'text/event-stream',
          ...(config.apiKey ? { Authorization: `Bearer ${config.apiKey}` } : {}),
        },
        body: JSON.stringify({ model: config.model, temperature: 0.9, ...options, messages, stream: true }),
        signal: connection.signal,
      });
    } catch (error) {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      if (signal.aborted) return;
      if (timedOut) throw timeoutError();
      throw new GeneratorError(`Could not reach the language model service (${networkErrorReason(error)}).`, 503);
    }
    if (!response.ok || !response.body) {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      if (!response.body) throw new GeneratorError('The language model service sent an empty answer.');
      throw new GeneratorError(await describeFailure(response), response.status === 429 ? 503 : 502);
    }

    const queue: string[] = [];
    let failure: string | null = null;
    let finished = false;
    const parser = createParser({
      onEvent(event) {
        if (event.data.trim() === '[DONE]') {
          finished = true;
          return;
        }
        let chunk: ChatChunk;
        try {
          chunk = JSON.parse(event.data) as ChatChunk;
        } catch {
          failure = 'The language model service sent a piece that is not JSON.';
          return;
        }
        if (chunk.error) failure = `The language model failed: ${chunk.error.message ?? 'unknown error'}`;
        const content = chunk.choices?.[0]?.delta?.content;
        if (content) queue.push(content);
      },
    });

    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      while (!finished) {
        let next: ReadableStreamReadResult<string>;
        arm();
        try {
          next = await reader.read();
        } catch (error) {
          if (signal.aborted) return;
          if (timedOut) throw timeoutError();
          throw new GeneratorError(`The connection to the language model broke: ${(error as Error).message}`);
        }
        if (next.done) break;
        parser.feed(next.value);
        while (queue.length > 0) yield queue.shift()!;
        if (failure) throw new GeneratorError(failure);
      }
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      // Stops the upstream generation too when our client has gone.
      await reader.cancel().catch(() => {});
    }
  }

  return {
    info: { kind: 'openai-compatible', label: `${config.model} (OpenAI-compatible)` },
    backstory(request: BackstoryRequest, signal: AbortSignal) {
      // A model's deltas may begin with line breaks ("\n\nShe…"): re-cut them.
      return lineBreakSafe(
        complete(
          [
            { role: 'system', content: BACKSTORY_PROMPT },
            { role: 'user', content: `Character name: ${request.charName}\nDescription: ${request.inputText}` },
          ],
          signal,
        ),
      );
    },
    async *reply(request: ReplyRequest, signal: AbortSignal) {
      const options = await modelOptions(request.settings);
      let said = false;
      for await (const piece of complete(replyMessages(request), signal, options)) {
        // The answer starts at its first word.
        const text = said ? piece : piece.trimStart();
        if (!text) continue;
        said = true;
        yield text;
      }
      if (!said && !signal.aborted) throw new GeneratorError('The language model gave an empty answer.');
    },
    async chooseDecision(request: DecisionRequest, signal: AbortSignal) {
      if (request.criteria.length === 0) return null;
      let answer = '';
      for await (const piece of complete(decisionMessages(request), signal, { temperature: 0 })) answer += piece;
      // The first number in the answer; anything else (0, out of range, no number) is no decision met.
      const chosen = Number(/\d+/.exec(answer)?.[0] ?? 0);
      return chosen >= 1 && chosen <= request.criteria.length ? chosen - 1 : null;
    },
  };
}

/** What the model is asked to judge a narrative decision: numbered criteria, the answer a number. */
function decisionMessages(request: DecisionRequest) {
  const system = [
    `You judge a conversation in a video game between a player and ${request.character.name}, a character.`,
    `The conversation is in the part of the story called "${request.section.name}"${request.section.objective ? `, where the character's objective is: ${request.section.objective}` : ''}.`,
    "Decide which of the numbered conditions the player's latest words meet. A condition is met only when the player's words clearly satisfy it, in the context of the conversation.",
    'Answer with the number of the first condition met, or 0 when none is met. Answer with the number only.',
  ].join(' ');
  const context = request.history
    .map((exchange) => `Player: ${exchange.user}\n${request.character.name}: ${exchange.character}`)
    .join('\n');
  const conditions = request.criteria.map((criteria, index) => `${index + 1}. ${criteria || '(no condition written)'}`).join('\n');
  return [
    { role: 'system', content: system },
    {
      role: 'user',
      content: `${context ? `The conversation so far:\n${context}\n\n` : ''}The player now says: ${JSON.stringify(request.userText)}\n\nConditions:\n${conditions}`,
    },
  ];
}

/** The conversation as chat messages: the character's backstory as grounding, then the session's turns. */
function replyMessages(request: ReplyRequest) {
  const { character } = request;
  const system = [
    `You are ${character.name}, a character in a video game, talking with a player. Stay in character at all times.`,
    'Answer as the character would speak aloud: one to three sentences, no stage directions, no lists, never mention being an AI model.',
    `Your backstory:\n${character.backstory}`,
    ...(request.narrative
      ? [
          `The conversation is now in the part of the story called "${request.narrative.sectionName}". Your objective here: ${request.narrative.objective || 'none stated; follow the player.'}\nPursue it naturally, in character, without naming it as an objective.`,
        ]
      : []),
    ...(request.knowledge?.length
      ? [
          `What you know from your documents (use it when it answers the player, in your own voice; never mention documents or passages):\n${request.knowledge
            .map((passage, index) => `[${index + 1}] (${passage.fileName}) ${passage.text}`)
            .join('\n')}`,
        ]
      : []),
  ].join('\n\n');
  const turn = (text: string, trigger: ReplyRequest['trigger']) => (trigger ? `[Event: ${trigger.message || trigger.name}]` : text);
  return [
    { role: 'system', content: system },
    ...request.history.flatMap((exchange) => [
      { role: 'user', content: exchange.user },
      { role: 'assistant', content: exchange.character },
    ]),
    { role: 'user', content: turn(request.userText, request.trigger) },
  ];
}

async function describeFailure(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  let detail = '';
  try {
    const body = JSON.parse(text) as { error?: { message?: string } | string; message?: string };
    detail = typeof body.error === 'string' ? body.error : (body.error?.message ?? body.message ?? '');
  } catch {
    detail = text.slice(0, 200);
  }
  const reason = response.status === 401 || response.status === 403 ? 'refused the configured LLM_API_KEY' : `answered ${response.status}`;
  return `The language model service ${reason}${detail ? `: ${detail}` : '.'}`;
}
