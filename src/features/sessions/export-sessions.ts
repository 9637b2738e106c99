import type { Exchange, SessionSummary } from '@contract/schemas/conversation';
import { turnsOf } from './transcript-search';

export const exportFormats = [
  { value: 'json', label: 'JSON', extension: 'json', mime: 'application/json' },
  { value: 'jsonl', label: 'JSON Lines', extension: 'jsonl', mime: 'application/x-ndjson' },
  { value: 'csv', label: 'CSV (spreadsheet)', extension: 'csv', mime: 'text/csv' },
  { value: 'markdown', label: 'Markdown', extension: 'md', mime: 'text/markdown' },
] as const;

export type ExportFormat = (typeof exportFormats)[number]['value'];

export type ExportedSession = { session: SessionSummary; exchanges: Exchange[] };
export type ExportInput = { character: { id: string; name: string }; sessions: ExportedSession[] };

/** The file's text: sessions in the order given, exchanges oldest first, as the API returned them. */
export function exportSessions(input: ExportInput, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        {
          character: input.character,
          exported_at: new Date().toISOString(),
          sessions: input.sessions.map(({ session, exchanges }) => ({ ...session, exchanges })),
        },
        null,
        2,
      )}\n`;
    case 'jsonl':
      return input.sessions
        .flatMap(({ session, exchanges }) =>
          exchanges.map((exchange, index) => {
            const [user, character] = turnsOf(exchange);
            return JSON.stringify({
              character_id: input.character.id,
              session_id: session.sessionID,
              exchange: index + 1,
              timestamp: exchange.timestamp,
              user,
              character,
              is_trigger_input: Boolean(exchange.is_trigger_input),
            });
          }),
        )
        .map((line) => `${line}\n`)
        .join('');
    case 'csv': {
      const rows = [
        ['character', 'session_id', 'session_date', 'session_time', 'exchange', 'timestamp', 'speaker', 'message', 'is_trigger_input'],
      ];
      for (const { session, exchanges } of input.sessions) {
        exchanges.forEach((exchange, index) => {
          for (const turn of exchange.interaction) {
            rows.push([
              input.character.name,
              session.sessionID,
              session.date,
              session.time,
              String(index + 1),
              exchange.timestamp,
              turn.speaker,
              turn.message,
              String(Boolean(exchange.is_trigger_input)),
            ]);
          }
        });
      }
      return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
    }
    case 'markdown': {
      const lines = [`# Conversations with ${markdownText(input.character.name)}`, ''];
      for (const { session, exchanges } of input.sessions) {
        lines.push(
          `## Session ${session.date} ${session.time} UTC`,
          '',
          `Session ID: \`${session.sessionID}\`${session.is_added_to_memory ? ' · added to memory' : ''} · ${exchanges.length} exchanges`,
          '',
        );
        for (const exchange of exchanges) {
          const [user, character] = turnsOf(exchange);
          const time = exchange.timestamp.slice(11, 19);
          lines.push(
            exchange.is_trigger_input ? `> _Trigger_ (${time}): ${markdownText(user)}` : `**Player** (${time}): ${markdownText(user)}`,
            '',
          );
          lines.push(`**${markdownText(input.character.name)}**: ${markdownText(character)}`, '');
        }
      }
      return lines.join('\n');
    }
  }
}

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * gets a leading apostrophe, so an exported player message cannot execute anything.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Text that stays text in Markdown: markup characters escaped, line breaks kept. */
function markdownText(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-!|<>])/g, '\\$1').replace(/\r?\n/g, '  \n');
}

/** A file name safe on every system: "mara-quill-2024-09-25-2052.md". */
export function exportFileName(characterName: string, label: string, format: ExportFormat): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .slice(0, 60) || 'character';
  const extension = exportFormats.find((option) => option.value === format)!.extension;
  return `${slug(characterName)}-${slug(label)}.${extension}`;
}

/** Hands the browser a file to save. */
export function downloadFile(name: string, mime: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
