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
  /** The character's AI settings, for a model that can take them. */
  settings?: ReplySettings;
  /** The answer goes out as it is written: the offline generator then speaks at its pace. */
  streamed?: boolean;
  /**
   * Set when the character is narrative-driven: the section the conversation is in (after this
   * turn's move, if any), whose objective the character pursues.
   */
  narrative?: {
    sectionName: string;
    objective: string;
    /** This turn brought the conversation into the section (a move, or the session's first turn). */
    entered?: boolean;
  };
  /**
   * Passages of the character's knowledge-bank documents that answer what the player said, best
   * first (as many as the writer's `passagesPerReply`); the reply draws on them when they answer.
   */
  knowledge?: Array<{ fileName: string; text: string }>;
};

/** A narrative-driven turn to judge: which of the current section's decisions the player's words meet. */
export type DecisionRequest = {
  character: { name: string; backstory: string };
  /** The section the conversation is in. */
  section: { name: string; objective: string };
  /** The session's earlier exchanges, oldest first (the last few only). */
  history: Array<{ user: string; character: string }>;
  userText: string;
  /** Each decision's criteria, in the order they are tried. */
  criteria: string[];
};

/** A character's choice of model, its temperature (0–1) and reasoning effort. */
export type ReplySettings = { model: string; temperature: number; reasoningEffort: string | null };

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
  /**
   * The character's answer to the player's turn, in consecutive pieces as they are written (their
   * concatenation is the answer). Stops when `signal` aborts. Throws GeneratorError.
   */
  reply(request: ReplyRequest, signal: AbortSignal): AsyncIterable<string>;
  /**
   * A model's judgement of a narrative decision: the index of the first criteria the player's words
   * meet, or null for none. Left out, the offline judge decides (server/narrative/meets-criteria.ts).
   * Throws GeneratorError.
   */
  readonly chooseDecision?: (request: DecisionRequest, signal: AbortSignal) => Promise<number | null>;
  /**
   * How many knowledge-bank passages a reply is given, all of which it may draw on (they are
   * recorded as the reply's sources). Left out: 3.
   */
  readonly passagesPerReply?: number;
}

/** A whole answer from its pieces. */
export async function wholeText(pieces: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const piece of pieces) text += piece;
  return text;
}

/** Resolves after `ms`, or at once when the signal aborts (the caller then checks the signal). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return signal.aborted ? Promise.resolve() : takeTurn(signal);
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** How many waiting streams go on in one turn of the event loop. */
const STREAMS_PER_TURN = 4;
const waiting: Array<() => void> = [];
let turnScheduled = false;

/**
 * A zero pause: the stream waits its turn behind the other streams that paused, a few streams per
 * turn of the event loop, so that between turns the server reads new requests and answers them.
 * Without it, hundreds of streams flowing at full speed would hold every new request back until
 * they had all gone round once (a new stream waits for its first piece, not for the others' rest).
 */
function takeTurn(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // A stream whose client has gone need not wait for its turn to stop.
    const leave = () => {
      const at = waiting.indexOf(go);
      if (at >= 0) waiting.splice(at, 1);
      resolve();
    };
    const go = () => {
      signal.removeEventListener('abort', leave);
      resolve();
    };
    signal.addEventListener('abort', leave, { once: true });
    waiting.push(go);
    if (!turnScheduled) {
      turnScheduled = true;
      setImmediate(nextTurn);
    }
  });
}

function nextTurn() {
  turnScheduled = false;
  for (let count = 0; count < STREAMS_PER_TURN && waiting.length > 0; count += 1) waiting.shift()?.();
  if (waiting.length > 0) {
    turnScheduled = true;
    setImmediate(nextTurn);
  }
}
