/** The Interaction API (getResponse) and the Chat History API. */
import { z } from 'zod/mini';
import { limits } from '../limits';
import { actionList, looseBoolean, looseInteger, optionalText, textField } from './fields';
import { replySourcesSchema } from './knowledge';

export const getResponseRequest = z.object({
  charID: textField('charID', 200),
  sessionID: optionalText('sessionID', 100),
  userText: optionalText('userText', limits.userTextMax),
  voiceResponse: z.optional(looseBoolean),
  stream: z.optional(looseBoolean),
  trigger_name: optionalText('trigger_name', 200),
  trigger_message: optionalText('trigger_message', limits.userTextMax),
  file: z.optional(z.unknown()),
  // The Action API: the actions the character may take ("Move To, Pick Up"), and what is around it:
  // objects `{"name", "description"}` and characters `{"name", "bio"}`, each sent as a JSON list, as
  // JSON objects each followed by ";" (older samples), or as lists in a JSON body.
  actions: z.optional(actionList),
  classification: optionalText('classification', 40),
  objects: z.optional(z.union([z.string().check(z.maxLength(limits.userTextMax * 4)), z.array(z.unknown())])),
  characters: z.optional(z.union([z.string().check(z.maxLength(limits.userTextMax * 4)), z.array(z.unknown())])),
});

export const chatHistoryListRequest = z.object({
  charID: textField('charID', 200),
  limit: z.optional(looseInteger),
});

export const chatHistoryDetailsRequest = z.object({
  charID: textField('charID', 200),
  sessionID: textField('sessionID', 100),
});

/** One session in the list: `date` is DD-MM-YYYY and `time` HH:MM:SS, in UTC. */
export const sessionSummarySchema = z.looseObject({
  sessionID: z.string(),
  date: z.string(),
  time: z.string(),
  is_added_to_memory: z.nullish(z.boolean()),
  /** The local server's addition: the character's version the session started with. */
  character_version: z.optional(z.catch(z.nullable(z.number()), null)),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export const sessionListSchema = z.array(sessionSummarySchema);

export const speakerTurnSchema = z.looseObject({ speaker: z.string(), message: z.string() });

/**
 * The local server's addition to an exchange of a narrative-driven session: the section it happened
 * in, and what moved the session there on this turn (a decision's criteria met, or a trigger fired).
 */
export const exchangeNarrativeSchema = z.looseObject({
  section_id: z.string(),
  section_name: z.catch(z.string(), ''),
  moved_from: z.nullish(z.string()),
  moved_by: z.nullish(
    z.looseObject({
      kind: z.string(),
      criteria: z.optional(z.string()),
      trigger_name: z.optional(z.string()),
    }),
  ),
});
export type ExchangeNarrative = z.infer<typeof exchangeNarrativeSchema>;

/** One exchange of a session: the user's turn and the character's, oldest first. */
export const exchangeSchema = z.looseObject({
  timestamp: z.string(),
  interaction: z.array(speakerTurnSchema),
  is_trigger_input: z.nullish(z.boolean()),
  narrative: z.optional(z.catch(z.nullable(exchangeNarrativeSchema), null)),
  /** The local server's addition: the knowledge-bank passages the reply drew on, when it drew on any. */
  sources: z.optional(z.catch(replySourcesSchema, [])),
});
export type Exchange = z.infer<typeof exchangeSchema>;
export const sessionDetailsSchema = z.array(exchangeSchema);
