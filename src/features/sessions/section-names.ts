import type { Exchange, ExchangeNarrative } from '@contract/schemas/conversation';

/**
 * The sections' names a session knows: the graph's (when it was loaded), overridden by the names
 * its exchanges were recorded with (what a section was called then, and a section since deleted).
 */
export function sectionNames(exchanges: readonly Exchange[], graph?: ReadonlyArray<{ section_id: string; section_name: string }>) {
  const names = new Map<string, string>(graph?.map((section) => [section.section_id, section.section_name]));
  for (const exchange of exchanges) if (exchange.narrative) names.set(exchange.narrative.section_id, exchange.narrative.section_name);
  return names;
}

/** Whether a move's starting section is one no exchange of the session was recorded in (its name is the graph's to give). */
export const needsGraphName = (exchanges: readonly Exchange[]) => {
  const recorded = new Set(exchanges.flatMap((exchange) => (exchange.narrative ? [exchange.narrative.section_id] : [])));
  return exchanges.some(
    (exchange) => exchange.narrative?.moved_by && exchange.narrative.moved_from && !recorded.has(exchange.narrative.moved_from),
  );
};

/**
 * The name of the section an exchange moved the session out of: the recorded `moved_from` (a
 * session's first exchange moves out of a section no exchange was in), else the exchange before's
 * section (records without it); null when there was no move, or where it came from is not known.
 */
export function movedFromName(
  narrative: ExchangeNarrative,
  previous: ExchangeNarrative | null | undefined,
  names: ReadonlyMap<string, string>,
): string | null {
  if (!narrative.moved_by) return null;
  if (narrative.moved_from) return names.get(narrative.moved_from) ?? null;
  return previous ? previous.section_name : null;
}
