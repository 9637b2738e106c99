import { afterEach, describe, expect, it } from 'vitest';
import { startLlmStandIn, type StandInBehaviour } from '../testing/llm-stand-in';
import { GeneratorError } from './generator';
import { openAiCompatibleGenerator } from './openai-compatible';

const request = { inputText: 'Lawyer in the New York City. Achiever. Stubborn.', charName: 'Mindy' };
const standIns: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(standIns.splice(0).map((standIn) => standIn.close()));
});

async function setUp(behaviour: StandInBehaviour, options: { timeoutMs?: number; apiKey?: string } = {}) {
  const standIn = await startLlmStandIn(() => behaviour);
  standIns.push(standIn);
  const generator = openAiCompatibleGenerator({
    baseUrl: standIn.baseUrl,
    model: 'stand-in-model',
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? 5_000,
  });
  return { standIn, generator };
}

async function collect(iterable: AsyncIterable<string>) {
  const pieces: string[] = [];
  for await (const piece of iterable) pieces.push(piece);
  return pieces;
}

describe('the OpenAI-compatible generator', () => {
  it('streams the deltas on as pieces, and asks for a backstory of the character', async () => {
    const deltas = ['Mindy', ' Alvarez grew', ' up in Queens.\n\n', 'She never', ' loses.'];
    const { standIn, generator } = await setUp({ kind: 'stream', pieces: deltas }, { apiKey: 'sk-test-123' });
    const pieces = await collect(generator.backstory(request, new AbortController().signal));
    expect(pieces).toEqual(deltas);

    const [sent] = standIn.received;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe('Bearer sk-test-123');
    expect(sent.body).toMatchObject({ model: 'stand-in-model', stream: true });
    const user = sent.body.messages?.find((message) => message.role === 'user')?.content;
    expect(user).toContain('Mindy');
    expect(user).toContain(request.inputText);
    expect(sent.body.messages?.[0].content).toMatch(/backstor/i);
    expect(generator.info).toEqual({ kind: 'openai-compatible', label: 'stand-in-model (OpenAI-compatible)' });
  });

  it('yields each piece as it arrives, before the answer is complete', async () => {
    const { generator } = await setUp({ kind: 'stream', pieces: ['one ', 'two ', 'three'], delayMs: 80 });
    const times: number[] = [];
    for await (const _piece of generator.backstory(request, new AbortController().signal)) times.push(performance.now());
    expect(times[2] - times[0]).toBeGreaterThan(120);
  });

  it.each([
    [401, { error: { message: 'Incorrect API key provided.' } }, /refused the configured LLM_API_KEY: Incorrect API key provided\./, 502],
    [500, { error: { message: 'model crashed' } }, /answered 500: model crashed/, 502],
    [404, { error: 'model "nope" not found' }, /answered 404: model "nope" not found/, 502],
    [429, { error: { message: 'Rate limit reached' } }, /answered 429: Rate limit reached/, 503],
  ])('maps a %i from the service to a GeneratorError', async (status, body, message, mapped) => {
    const { generator } = await setUp({ kind: 'fail', status, body });
    const error = await collect(generator.backstory(request, new AbortController().signal)).catch((caught) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toMatch(message);
    expect(error.status).toBe(mapped);
  });

  it('says so when the service cannot be reached', async () => {
    const generator = openAiCompatibleGenerator({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', apiKey: undefined, timeoutMs: 2_000 });
    const error = await collect(generator.backstory(request, new AbortController().signal)).catch((caught) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toMatch(/Could not reach the language model service/);
    expect(error.status).toBe(503);
  });

  it('keeps the pieces that came before the connection broke, then fails', async () => {
    const { generator } = await setUp({ kind: 'break-after', pieces: ['Mindy ', 'was '] });
    const pieces: string[] = [];
    const error = await (async () => {
      for await (const piece of generator.backstory(request, new AbortController().signal)) pieces.push(piece);
    })().catch((caught) => caught);
    expect(pieces).toEqual(['Mindy ', 'was ']);
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toMatch(/connection to the language model broke/);
  });

  it('gives up on a service that stops sending', async () => {
    const { generator } = await setUp({ kind: 'stall-after', pieces: ['Mindy '] }, { timeoutMs: 1_000 });
    const error = await collect(generator.backstory(request, new AbortController().signal)).catch((caught) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toMatch(/stopped answering for 1 s/);
    expect(error.status).toBe(504);
  });

  it('closes the upstream request when the caller aborts', async () => {
    const pieces = Array.from({ length: 200 }, (_, index) => `word${index} `);
    const { standIn, generator } = await setUp({ kind: 'stream', pieces, delayMs: 10 });
    const abort = new AbortController();
    let seen = 0;
    for await (const _piece of generator.backstory(request, abort.signal)) {
      seen += 1;
      if (seen === 3) abort.abort();
    }
    expect(seen).toBeLessThan(10);
    await expect.poll(() => standIn.closedEarly()).toBe(1);
  });
});

describe('a character’s AI settings reach the model', () => {
  const reply = (settings: { model: string; temperature: number; reasoningEffort: string | null }) => ({
    character: { name: 'Mara', backstory: 'A cartographer.' },
    history: [],
    userText: 'Hello',
    trigger: null,
    sessionId: 'new',
    settings,
  });

  it('the temperature always; the model and its reasoning effort where the service serves that model', async () => {
    const standIn = await startLlmStandIn(() => ({ kind: 'stream', pieces: ['Hello', ' there.'] }), {
      models: ['stand-in-model', 'gpt-5-mini'],
    });
    standIns.push(standIn);
    const generator = openAiCompatibleGenerator({ baseUrl: standIn.baseUrl, model: 'stand-in-model', apiKey: undefined, timeoutMs: 5_000 });

    expect(
      (
        await collect(
          generator.reply(reply({ model: 'gpt-5-mini', temperature: 0.2, reasoningEffort: 'high' }), new AbortController().signal),
        )
      ).join(''),
    ).toBe('Hello there.');
    expect(standIn.received.at(-1)?.body).toMatchObject({ model: 'gpt-5-mini', temperature: 0.2, reasoning_effort: 'high' });

    await collect(
      generator.reply(reply({ model: 'claude-sonnet', temperature: 0.9, reasoningEffort: 'low' }), new AbortController().signal),
    );
    const sent = standIn.received.at(-1)?.body;
    expect(sent).toMatchObject({ model: 'stand-in-model', temperature: 0.9 });
    expect(sent).not.toHaveProperty('reasoning_effort');
  });
});

describe('narrative design with a model', () => {
  const decision = {
    character: { name: 'Ines', backstory: 'A museum guide.' },
    section: { name: 'Hall', objective: 'Offer the tour.' },
    history: [{ user: 'Hello', character: 'Welcome!' }],
    userText: 'Show me around',
    criteria: ['The visitor refuses', 'The visitor accepts the tour'],
  };

  it.each([
    ['2', 1],
    ['Condition 2.', 1],
    ['0', null],
    ['7', null],
    ['none of them', null],
  ])('reads the judgement "%s" as decision %s', async (answer, expected) => {
    const { standIn, generator } = await setUp({ kind: 'stream', pieces: [answer] });
    expect(await generator.chooseDecision(decision, new AbortController().signal)).toBe(expected);
    const sent = standIn.received[0].body;
    expect(sent.temperature).toBe(0);
    expect(sent.messages?.[0].content).toContain('Offer the tour.');
    expect(sent.messages?.[1].content).toContain('2. The visitor accepts the tour');
    expect(sent.messages?.[1].content).toContain('Ines: Welcome!');
  });

  it('tells the reply the section and its objective in the system prompt', async () => {
    const { standIn, generator } = await setUp({ kind: 'stream', pieces: ['This way.'] });
    await collect(
      generator.reply(
        {
          character: { name: 'Ines', backstory: 'A museum guide.' },
          history: [],
          userText: 'And now?',
          trigger: null,
          sessionId: 'new',
          narrative: { sectionName: 'Gallery', objective: 'Show the paintings.' },
        },
        new AbortController().signal,
      ),
    );
    const system = standIn.received[0].body.messages?.[0].content ?? '';
    expect(system).toContain('"Gallery"');
    expect(system).toContain('Show the paintings.');
  });
});
