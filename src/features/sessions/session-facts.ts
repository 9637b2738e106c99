import type { Exchange } from '@contract/schemas/conversation';
import { parseApiTimestamp } from '@/lib/dates';

/** What a session's transcript says at a glance: how long it lasted, the triggers fired, the narrative sections it reached. */
export type SessionFacts = { durationMs: number | null; triggers: number; sections: string[] };

export function sessionFacts(exchanges: readonly Exchange[]): SessionFacts {
  const first = exchanges.length > 0 ? parseApiTimestamp(exchanges[0].timestamp) : null;
  const last = exchanges.length > 0 ? parseApiTimestamp(exchanges[exchanges.length - 1].timestamp) : null;
  const sections: string[] = [];
  for (const exchange of exchanges) {
    const name = exchange.narrative?.section_name;
    if (name && !sections.includes(name)) sections.push(name);
  }
  return {
    durationMs: first && last ? Math.max(0, last.getTime() - first.getTime()) : null,
    triggers: exchanges.filter((exchange) => exchange.is_trigger_input).length,
    sections,
  };
}

/** "under a minute", "4 min", "1 h 5 min": a session's length from its first exchange to its last. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
