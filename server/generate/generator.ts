/** What the app is told about the generator that answered (never a key or a URL with secrets). */
export type GeneratorInfo = {
  kind: 'offline' | 'openai-compatible';
  /** Shown to the user: "Offline generator", "llama3.1 (OpenAI-compatible)". */
  label: string;
};

export type BackstoryRequest = { inputText: string; charName: string };

/** A player's turn in a conversation, and what the character needs to answer it in character. */
export type ReplyRequest = {
  character: { name: string; backstory: string };
  /** The session's earlier exchanges, oldest first (the last few only). */
  history: Array<{ user: string; character: string }>;
  /** What the player said; for a trigger, the trigger's message. */
  userText: string;
  /** Set when the turn is a narrative-design trigger rather than typed text. */
  trigger: { name: string; message: string } | null;
  /** Varies the offline answers between sessions. */
  sessionId: string;
};

/** A failure of the generator itself (the language model refused, timed out, went away). */
export class GeneratorError extends Error {
  constructor(
    message: string,
    /** The HTTP status to answer with when nothing has been streamed yet. */
    readonly status: 502 | 503 | 504 = 502,
  ) {
    super(message);
    this.name = 'GeneratorError';
  }
}

/**
 * Text generation behind one interface, chosen by configuration: the offline composer, or an
 * OpenAI-compatible chat-completions service.
 */
export interface TextGenerator {
  readonly info: GeneratorInfo;
  /**
   * Yields consecutive pieces of a backstory as they are produced; their concatenation is the text.
   * No piece begins with a line break (see line-break-safe.ts: such a piece would lose it in common
   * SSE clients). Stops producing (and releases what it holds) when `signal` aborts. Throws
   * GeneratorError.
   */
  backstory(request: BackstoryRequest, signal: AbortSignal): AsyncIterable<string>;
  /** The character's answer to the player's turn. Throws GeneratorError. */
  reply(request: ReplyRequest, signal: AbortSignal): Promise<string>;
}

/** Resolves after `ms`, or at once when the signal aborts (the caller then checks the signal). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    // A zero pause still yields to the event loop, so other requests are served between pieces.
    const timer = ms > 0 ? setTimeout(done, ms) : setImmediate(done);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      if (ms > 0) clearTimeout(timer as NodeJS.Timeout);
      else clearImmediate(timer as NodeJS.Immediate);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
