import { pause, type BackstoryRequest, type ReplyRequest, type TextGenerator } from './generator';
import { draftBackstory } from './offline/write-backstory';
import { writeReply } from './offline/write-reply';

/**
 * Cuts a text into pieces of one to four words, each piece carrying the spaces and line breaks that
 * follow it, so the pieces concatenate back to the text exactly. The lengths vary as an LLM's do.
 */
export function wordGroups(text: string): string[] {
  const tokens = text.match(/\S+\s*/g) ?? [];
  const leading = text.match(/^\s+/)?.[0] ?? '';
  const pieces: string[] = [];
  let index = 0;
  let size = 0;
  while (index < tokens.length) {
    size = (size * 7 + 3) % 4; // 3, 0, 3, 0… → cycles through varied group sizes deterministically
    const count = 1 + ((index + size) % 4);
    pieces.push(tokens.slice(index, index + count).join(''));
    index += count;
  }
  if (leading) pieces.unshift(leading);
  return pieces;
}

/**
 * The default generator: writes a backstory locally and streams it at a reading pace. Every request
 * is a new take; `seed` makes the texts repeatable (tests compare them with `composeBackstory`).
 */
export function offlineGenerator(options: { delayMs: number; seed?: string }): TextGenerator {
  return {
    info: { kind: 'offline', label: 'Offline generator' },
    // A reply says what one passage says (server/generate/offline/write-reply.ts).
    passagesPerReply: 1,
    async *backstory(request: BackstoryRequest, signal: AbortSignal) {
      // The first words go out once the plan is made, before the rest of the text is written: the
      // opening sentence is always the text's beginning. (Its first word group is the text's first
      // piece whenever the sentence has more words than a group, which every opening has.)
      const draft = draftBackstory(request, { seed: options.seed });
      const opening = (draft.opening.match(/\S+/g) ?? []).length > 4 ? wordGroups(draft.opening)[0] : undefined;
      if (opening !== undefined) {
        yield opening;
        await pause(options.delayMs, signal);
        if (signal.aborted) return;
      }
      const pieces = wordGroups(draft.finish());
      if (opening !== undefined && pieces[0] !== opening) throw new Error('The backstory does not begin with its opening words.');
      for (let index = opening === undefined ? 0 : 1; index < pieces.length; index += 1) {
        if (signal.aborted) return;
        yield pieces[index];
        // Without a delay, a stream still lets other requests in every few pieces (a pause per
        // piece would spend more time in the event loop than in the text).
        if (options.delayMs > 0 || index % 16 === 0) await pause(options.delayMs, signal);
      }
    },
    async *reply(request: ReplyRequest, signal: AbortSignal) {
      // Written whole, then said a few words at a time: at a speaking pace when it is streamed.
      const pieces = wordGroups(writeReply(request));
      const delayMs = request.streamed ? options.delayMs : 0;
      for (let index = 0; index < pieces.length; index += 1) {
        if (signal.aborted) return;
        yield pieces[index];
        if (index < pieces.length - 1 && (delayMs > 0 || index % 16 === 15)) await pause(delayMs, signal);
      }
    },
  };
}
