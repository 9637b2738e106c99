import type { SessionSummary } from '@contract/schemas/conversation';
import { parseApiTimestamp } from '@/lib/dates';

/** A listed session's start: its DD-MM-YYYY date and HH:MM:SS time are UTC. */
export function sessionStart(session: Pick<SessionSummary, 'date' | 'time'>): Date | null {
  const match = /^(\d{2})-(\d{2})-(\d{4})$/.exec(session.date.trim());
  if (!match) return parseApiTimestamp(`${session.date} ${session.time}`);
  const [, day, month, year] = match;
  return parseApiTimestamp(`${year}-${month}-${day}T${session.time.trim()}`);
}

/** How the API gave it, for a tooltip: "25-09-2024 20:52:57 UTC". */
export const originalStart = (session: Pick<SessionSummary, 'date' | 'time'>) => `${session.date} ${session.time} UTC`;

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export const formatDay = (date: Date) => dayFormat.format(date);
export const formatTime = (date: Date) => timeFormat.format(date);
