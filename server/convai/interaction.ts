import { Hono } from 'hono';
import { interactionErrors } from '../../contract/errors';
import { getResponseRequest } from '../../contract/schemas/conversation';
import type { CharacterRow, CharacterStore } from '../db/characters';
import type { KnowledgeStore } from '../db/knowledge';
import type { VersionStore } from '../db/versions';
import type { NarrativeStore, TriggerRow } from '../db/narrative';
import { findPassages } from '../knowledge/find-passages';
import { newSessionId, type ExchangeNarrative, type ExchangeSource, type SessionStore } from '../db/sessions';
import { GeneratorError, type ReplyRequest, type TextGenerator } from '../generate/generator';
import { chooseActions, type ActionContext } from '../generate/offline/choose-actions';
import { errorBody } from '../http/error-body';
import { SpeechError, type Synthesizer } from '../speech/synthesizer';
import { readWav } from '../speech/wav';
import { readActionContext } from './action-context';
import { convaiPost, type KeyRing } from './endpoint';
import { eventStreamResponse } from './event-stream';
import { DEFAULT_TEMPERATURE } from '../../contract/models';
import { DEFAULT_MODEL } from './model-catalogue';
import { narrativeTurn, offlineJudge } from '../narrative/follow-narrative';

/** How many earlier exchanges a reply sees. */
const CONTEXT_EXCHANGES = 12;

/** The character's settings as the generator takes them. */
const settingsOf = (character: CharacterRow): ReplyRequest['settings'] => ({
  model: character.model_group_name ?? DEFAULT_MODEL,
  temperature: character.temperature ?? DEFAULT_TEMPERATURE,
  reasoningEffort: character.reasoning_effort,
});

/** The bytes of a `file` field (multipart), or null when it is not a file. */
async function fileBytes(file: unknown): Promise<Uint8Array | null> {
  if (file instanceof Blob) return new Uint8Array(await file.arrayBuffer());
  return null;
}

/**
 * The Interaction API, mounted at /character: a player's turn in, the character's reply out (whole,
 * or streamed as Server-Sent Events with `stream`), spoken with `voiceResponse`, with the actions
 * the character takes when the call offers some (the Action API), and recorded once, whole.
 */
export function interactionRoutes(
  keys: KeyRing,
  characterStore: CharacterStore,
  sessionStore: SessionStore,
  narrativeStore: NarrativeStore,
  knowledgeStore: KnowledgeStore,
  versionStore: VersionStore,
  generator: TextGenerator,
  synthesizer: Synthesizer,
) {
  const routes = new Hono();

  routes.post(
    '/getResponse',
    convaiPost(
      keys,
      { authKey: 'ERROR', errorKey: 'ERROR', schema: getResponseRequest, invalid: (problem) => problem },
      async (c, input, user) => {
        const text = input.userText?.trim() ?? '';
        const hasFile = input.file !== undefined && input.file !== '';
        const hasTrigger = Boolean(input.trigger_name || input.trigger_message);
        // Exactly one input: typed text, an audio file, or (the local server's addition) a trigger.
        if ([text !== '', hasFile, hasTrigger].filter(Boolean).length !== 1) {
          return errorBody(c, 'ERROR', interactionErrors.oneInput, 400);
        }
        if (hasFile) {
          const bytes = await fileBytes(input.file);
          if (!bytes)
            return errorBody(c, 'ERROR', 'file must be an audio file (a mono WAV), sent as a file part of a multipart body.', 400);
          const wav = readWav(bytes);
          if (!wav.ok) return errorBody(c, 'ERROR', `The audio file could not be read: ${wav.reason}.`, 400);
          return errorBody(c, 'ERROR', 'The local server does not transcribe speech: send the words as userText.', 400);
        }
        const actionContext = readActionContext(input);
        if (typeof actionContext === 'string') return errorBody(c, 'ERROR', actionContext, 400);

        const character = characterStore.readable(input.charID, user.id);
        const processFailure = (reason: string, status: 404 | 502 | 503 | 504) =>
          c.json({ charID: input.charID, text: `process_failure, error: ${reason}` }, status);
        if (!character) return processFailure('character not found', 404);

        // "-1" (or nothing, or an id that is not this user's session with this character) starts a new one.
        const requested = input.sessionID && input.sessionID !== '-1' ? sessionStore.session(input.sessionID) : undefined;
        const existing = requested?.character_id === character.id && requested.user_id === user.id ? requested : undefined;
        const sessionID = existing?.id ?? newSessionId();

        // A trigger by name must be one of the character's, once it has a narrative (a typo would
        // otherwise pass for an event); a message alone fires the trigger that carries it, if any.
        let fired: TriggerRow | undefined;
        if (input.trigger_name) {
          fired = narrativeStore.triggerNamed(character.id, input.trigger_name);
          if (!fired && (character.is_narrative_driven === 1 || narrativeStore.triggerCount(character.id) > 0)) {
            return errorBody(c, 'ERROR', `Unknown trigger_name '${input.trigger_name}': this character has no trigger of that name.`, 400);
          }
        } else if (input.trigger_message) fired = narrativeStore.triggerWithMessage(character.id, input.trigger_message);
        const trigger = hasTrigger
          ? {
              name: fired?.name ?? (input.trigger_name || input.trigger_message || ''),
              message: input.trigger_message || fired?.message || input.trigger_name || '',
            }
          : null;
        const userTurn = trigger ? trigger.message : text;
        const history = existing
          ? sessionStore
              .recent(existing.id, CONTEXT_EXCHANGES)
              .map((exchange) => ({ user: exchange.user_text, character: exchange.character_text }))
          : [];

        // A narrative-driven conversation follows the graph: this turn may move it to another section,
        // whose objective the reply pursues.
        let narrative: ExchangeNarrative | null = null;
        if (character.is_narrative_driven === 1) {
          const signal = c.req.raw.signal;
          try {
            narrative = await narrativeTurn({
              store: narrativeStore,
              character,
              session: existing,
              trigger: fired,
              userText: userTurn,
              history,
              // The model judges when the writer is one; the offline judge otherwise, and when the model fails
              // to answer (a flaky judge does not stop the conversation).
              judge: async (request) => {
                if (!generator.chooseDecision) return offlineJudge(request);
                try {
                  return await generator.chooseDecision(request, signal);
                } catch (error) {
                  if (!(error instanceof GeneratorError) || signal.aborted) throw error;
                  console.warn(`Narrative decision judged offline: the model did not answer (${error.message}).`);
                  return offlineJudge(request);
                }
              },
            });
          } catch (error) {
            if (error instanceof GeneratorError) return processFailure(error.message, error.status);
            throw error;
          }
        }
        const section = narrative ? narrativeStore.section(character.id, narrative.sectionId) : undefined;

        // What the character's documents say about the player's words (a trigger's message is not looked up).
        const found = trigger ? [] : findPassages(knowledgeStore, character.id, userTurn, generator.passagesPerReply ?? 3);
        const sources: ExchangeSource[] = found.map((passage) => ({
          document_id: passage.document_id,
          file_name: passage.file_name,
          passage_id: passage.id,
          text: passage.text,
        }));
        const sourceFields = sources.length > 0 ? { sources } : {};

        // The session is made with its first exchange: a reply that fails leaves nothing behind.
        const record = (reply: string) => {
          if (!existing && !sessionStore.session(sessionID)) {
            sessionStore.start(character.id, user.id, {
              id: sessionID,
              characterVersion: versionStore.latest(character.id)?.number ?? null,
            });
          }
          sessionStore.record(sessionID, character.id, { userText: userTurn, characterText: reply, trigger, narrative, sources });
        };
        const actionFields = (reply: string) =>
          actionContext ? { userQuery: userTurn, response: reply, actionSequence: actionSequenceOf(userTurn, actionContext) } : {};

        // The client going away stops the reply.
        const abort = new AbortController();
        const clientGone = () => abort.abort();
        c.req.raw.signal.addEventListener('abort', clientGone, { once: true });
        const request: ReplyRequest = {
          character: { name: character.name, backstory: character.backstory },
          history,
          userText: userTurn,
          trigger,
          sessionId: existing?.id ?? 'new',
          settings: settingsOf(character),
          streamed: Boolean(input.stream),
          ...(section && narrative
            ? {
                narrative: {
                  sectionName: section.name,
                  objective: section.objective,
                  // Moved, the session's first turn, or back at the start after its section was deleted.
                  entered: narrative.movedFrom !== null || history.length === 0 || (existing !== undefined && !existing.current_section_id),
                },
              }
            : {}),
          ...(found.length > 0 ? { knowledge: found.map((passage) => ({ fileName: passage.file_name, text: passage.text })) } : {}),
        };
        const pieces = generator.reply(request, abort.signal)[Symbol.asyncIterator]();

        // The first piece is awaited before answering: a generator that fails at once gets the
        // documented process_failure answer with a status, not a stream that opens and dies.
        let first: IteratorResult<string>;
        try {
          first = await pieces.next();
        } catch (error) {
          c.req.raw.signal.removeEventListener('abort', clientGone);
          if (error instanceof GeneratorError) return processFailure(error.message, error.status);
          throw error;
        }
        const { id: charID, voice_type: voiceType } = character;
        const answer = (fields: Record<string, unknown>) => ({ charID, sessionID, audio: null, sample_rate: null, ...fields });

        if (!input.stream) {
          let reply = first.done ? '' : first.value;
          try {
            for (let next = first; !next.done;) {
              next = await pieces.next();
              if (!next.done) reply += next.value;
            }
          } catch (error) {
            if (error instanceof GeneratorError) return processFailure(error.message, error.status);
            throw error;
          } finally {
            c.req.raw.signal.removeEventListener('abort', clientGone);
          }
          // A client that went away gets no answer, and a reply it did not wait for is not kept.
          if (abort.signal.aborted) return processFailure('the client went away before the reply was finished', 503);
          reply = reply.trim();
          // Spoken before anything is recorded: an answer that cannot be given whole is not kept.
          let spoken: { audio: string; sample_rate: string } | null = null;
          if (input.voiceResponse) {
            try {
              const speech = await synthesizer.speak(reply, voiceType);
              spoken = { audio: speech.wav.toString('base64'), sample_rate: String(speech.sampleRate) };
            } catch (error) {
              if (error instanceof SpeechError) return processFailure(error.message, 503);
              throw error;
            }
          }
          record(reply);
          return c.json(answer({ text: reply, ...spoken, ...actionFields(reply), ...sourceFields }));
        }

        // Streamed: each event's data is the answer with `text` holding the next piece; a last
        // event brings the audio and the actions when they were asked for.
        let said = first.done ? '' : first.value;
        let recorded = false;
        async function* events(): AsyncGenerator<string> {
          try {
            for (;;) {
              const next = await pieces.next();
              if (next.done) break;
              said += next.value;
              yield JSON.stringify(answer({ text: next.value }));
            }
            record(said.trim());
            recorded = true;
            // A client that went away as the reply ended gets nothing more (and nothing is spoken).
            if (abort.signal.aborted) return;
            const closing: Record<string, unknown> = { ...actionFields(said.trim()), ...sourceFields };
            if (input.voiceResponse) {
              try {
                const speech = await synthesizer.speak(said, voiceType);
                Object.assign(closing, { audio: speech.wav.toString('base64'), sample_rate: String(speech.sampleRate) });
              } catch (error) {
                // The reply was given (and kept); only its audio is missing: the last event says so
                // with audio null rather than failing a turn that a retry would record again.
                if (!(error instanceof SpeechError)) throw error;
                console.error(`A streamed reply could not be spoken: ${error.message}`);
                Object.assign(closing, { audio: null, sample_rate: null });
              }
            }
            if (Object.keys(closing).length > 0) yield JSON.stringify(answer({ text: '', ...closing }));
          } finally {
            // A player who stopped listening heard what was said so far: that is the exchange.
            if (!recorded && abort.signal.aborted && said.trim()) record(said.trim());
            // The generator is done with too (its own clean-up runs: a model's connection closes).
            await pieces.return?.();
          }
        }
        return eventStreamResponse(first.done ? null : JSON.stringify(answer({ text: first.value })), events(), abort, {
          onEnd: (how, error) => {
            c.req.raw.signal.removeEventListener('abort', clientGone);
            if (how === 'failed') console.error('A streamed reply failed part-way:', (error as Error)?.message ?? error);
          },
        });
      },
    ),
  );

  return routes;
}

/** The Action API's `actionSequence`: the chosen actions, one a line. */
const actionSequenceOf = (userText: string, context: ActionContext) => chooseActions(userText, context).join('\n');
