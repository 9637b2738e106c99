import { Hono } from 'hono';
import { getResponseRequest } from '../../contract/schemas/conversation';
import { interactionErrors } from '../../contract/errors';
import type { CharacterStore } from '../db/characters';
import type { SessionStore } from '../db/sessions';
import { GeneratorError, type TextGenerator } from '../generate/generator';
import { errorBody } from '../http/error-body';
import { SpeechError, type Speech, type Synthesizer } from '../speech/synthesizer';
import { convaiPost, type KeyRing } from './endpoint';

/** How many earlier exchanges a reply sees. */
const CONTEXT_EXCHANGES = 12;

/** The Interaction API, mounted at /character: a player's turn in, the character's reply out, recorded. */
export function interactionRoutes(
  keys: KeyRing,
  characterStore: CharacterStore,
  sessionStore: SessionStore,
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
          return errorBody(c, 'ERROR', 'The local server does not transcribe audio: send the words as userText.', 400);
        }

        const character = characterStore.readable(input.charID, user.id);
        const processFailure = (reason: string, status: 404 | 502 | 503 | 504) =>
          c.json({ charID: input.charID, text: `process_failure, error: ${reason}` }, status);
        if (!character) return processFailure('character not found', 404);

        // "-1" (or nothing, or an id that is not this user's session with this character) starts a new one.
        const requested = input.sessionID && input.sessionID !== '-1' ? sessionStore.session(input.sessionID) : undefined;
        const existing = requested?.character_id === character.id && requested.user_id === user.id ? requested : undefined;
        const trigger = hasTrigger
          ? { name: input.trigger_name || input.trigger_message || '', message: input.trigger_message || input.trigger_name || '' }
          : null;
        const userTurn = trigger ? trigger.message : text;

        let reply: string;
        try {
          reply = await generator.reply(
            {
              character: { name: character.name, backstory: character.backstory },
              history: existing
                ? sessionStore
                    .recent(existing.id, CONTEXT_EXCHANGES)
                    .map((exchange) => ({ user: exchange.user_text, character: exchange.character_text }))
                : [],
              userText: userTurn,
              trigger,
              sessionId: existing?.id ?? 'new',
            },
            c.req.raw.signal,
          );
        } catch (error) {
          if (error instanceof GeneratorError) return processFailure(error.message, error.status);
          throw error;
        }

        // The reply spoken in the character's voice, before anything is recorded: an answer that
        // cannot be given whole is not kept.
        let speech: Speech | null = null;
        if (input.voiceResponse) {
          try {
            speech = await synthesizer.speak(reply, character.voice_type);
          } catch (error) {
            if (error instanceof SpeechError) return processFailure(error.message, 503);
            throw error;
          }
        }

        const sessionID = existing?.id ?? sessionStore.start(character.id, user.id);
        sessionStore.record(sessionID, character.id, { userText: userTurn, characterText: reply, trigger });
        return c.json({
          charID: character.id,
          text: reply,
          sessionID,
          audio: speech ? speech.wav.toString('base64') : null,
          sample_rate: speech ? String(speech.sampleRate) : null,
        });
      },
    ),
  );

  return routes;
}
