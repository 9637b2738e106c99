/**
 * Re-cuts a stream of text pieces so that no piece begins with a line break: such breaks move to
 * the end of the piece before (which is therefore held back until the next one arrives).
 *
 * Why: a piece that begins with a line break is an SSE event whose first `data:` line is empty,
 * and @microsoft/fetch-event-source (the dashboard's client, and a common one) drops leading empty
 * data lines, losing paragraph breaks. Line breaks at the very start of the text are dropped.
 */
export async function* lineBreakSafe(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  let held: string | null = null;
  try {
    for await (const piece of pieces) {
      const lead = /^[\r\n]+/.exec(piece)?.[0] ?? '';
      const rest = piece.slice(lead.length);
      if (held !== null) held += lead;
      if (rest) {
        if (held) yield held;
        held = rest;
      }
    }
  } catch (error) {
    // What arrived before a failure still goes out, then the failure.
    if (held) yield held;
    throw error;
  }
  if (held) yield held;
}
