import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** Parses an event stream's text the way every SSE client does. */
export function parseEvents(text: string): EventSourceMessage[] {
  const events: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => events.push(event) });
  parser.feed(text);
  return events;
}

/** What the seed's Python sample computes: the `data` of every event, concatenated. */
export function concatenatedData(text: string): string {
  return parseEvents(text)
    .map((event) => event.data)
    .join('');
}
