import type { BackstoryRequest, ReplyRequest, TextGenerator } from './generator';

export type SwitchableGenerator = TextGenerator & {
  /** Makes `next` write every backstory and reply asked for from now on. */
  use(next: TextGenerator): void;
  current(): TextGenerator;
};

/**
 * A generator whose writer can be replaced while the server runs (a model chosen in Settings). A
 * request is served whole by the writer in place when it began: a switch never changes a stream
 * half-way.
 */
export function switchableGenerator(initial: TextGenerator): SwitchableGenerator {
  let writer = initial;
  return {
    get info() {
      return writer.info;
    },
    backstory: (request: BackstoryRequest, signal: AbortSignal) => writer.backstory(request, signal),
    reply: (request: ReplyRequest, signal: AbortSignal) => writer.reply(request, signal),
    // The writer's own judge of narrative decisions, if it has one (the offline writer has none).
    get chooseDecision() {
      return writer.chooseDecision;
    },
    get passagesPerReply() {
      return writer.passagesPerReply;
    },
    use(next) {
      writer = next;
    },
    current: () => writer,
  };
}
