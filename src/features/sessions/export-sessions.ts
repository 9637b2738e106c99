import type { Rating, ReviewStatus, SessionReview } from '@contract/schemas/annotations';
import type { Exchange, SessionSummary } from '@contract/schemas/conversation';
import { exchangeKeysOf } from './exchange-keys';
import { turnsOf } from './transcript-search';

/** How many earlier exchanges of the session a fine-tuning example carries before the one rated good. */
export const fineTuneContext = 10;

export const exportFormats = [
  { value: 'json', label: 'JSON', extension: 'json', mime: 'application/json', description: '' },
  { value: 'jsonl', label: 'JSON Lines', extension: 'jsonl', mime: 'application/x-ndjson', description: '' },
  { value: 'csv', label: 'CSV (spreadsheet)', extension: 'csv', mime: 'text/csv', description: '' },
  { value: 'markdown', label: 'Markdown', extension: 'md', mime: 'text/markdown', description: '' },
  {
    value: 'finetune',
    label: 'Fine-tuning JSONL (exchanges rated good)',
    extension: 'jsonl',
    mime: 'application/x-ndjson',
    description: `Chat format: the backstory as system message, up to ${fineTuneContext} earlier exchanges of the session as context, then the good reply. Trigger events are left out.`,
  },
] as const;

export type ExportFormat = (typeof exportFormats)[number]['value'];

/** `review`: the session's review (status and annotated exchanges); none counts as unreviewed and unannotated. */
export type ExportedSession = { session: SessionSummary; exchanges: Exchange[]; review?: SessionReview };
export type ExportInput = {
  /** `backstory`: the fine-tuning export's system message (a line naming the character when empty). */
  character: { id: string; name: string; backstory?: string };
  sessions: ExportedSession[];
};

/** An exchange's review as exported: null when the exchange has none. */
export type ExportedReview = { rating: Rating | null; labels: string[]; note: string } | null;

/** Each exchange's review, in the order of the exchanges (matched by exchange key). */
function reviewsOf({ exchanges, review }: ExportedSession): ExportedReview[] {
  const byKey = new Map((review?.exchanges ?? []).map((annotation) => [annotation.exchange, annotation]));
  return exchangeKeysOf(exchanges).map((key) => {
    const annotation = byKey.get(key);
    return annotation ? { rating: annotation.rating, labels: annotation.labels, note: annotation.note } : null;
  });
}

const statusOf = (entry: ExportedSession): ReviewStatus => entry.review?.status ?? 'unreviewed';

/**
 * The file's text: sessions in the order given, exchanges oldest first, as the API returned them,
 * with their reviews. The fine-tuning format answers '' when no exchange is rated good.
 */
export function exportSessions(input: ExportInput, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        {
          character: { id: input.character.id, name: input.character.name },
          exported_at: new Date().toISOString(),
          sessions: input.sessions.map((entry) => {
            const reviews = reviewsOf(entry);
            return {
              ...entry.session,
              review_status: statusOf(entry),
              exchanges: entry.exchanges.map((exchange, index) => ({ ...exchange, review: reviews[index] })),
            };
          }),
        },
        null,
        2,
      )}\n`;
    case 'jsonl':
      return input.sessions
        .flatMap((entry) => {
          const reviews = reviewsOf(entry);
          return entry.exchanges.map((exchange, index) => {
            const [user, character] = turnsOf(exchange);
            return JSON.stringify({
              character_id: input.character.id,
              session_id: entry.session.sessionID,
              review_status: statusOf(entry),
              exchange: index + 1,
              timestamp: exchange.timestamp,
              user,
              character,
              is_trigger_input: Boolean(exchange.is_trigger_input),
              review: reviews[index],
            });
          });
        })
        .map((line) => `${line}\n`)
        .join('');
    case 'csv': {
      const rows = [
        [
          'character',
          'session_id',
          'session_date',
          'session_time',
          'exchange',
          'timestamp',
          'speaker',
          'message',
          'is_trigger_input',
          'review_status',
          'rating',
          'labels',
          'note',
        ],
      ];
      for (const entry of input.sessions) {
        const { session, exchanges } = entry;
        const reviews = reviewsOf(entry);
        exchanges.forEach((exchange, index) => {
          const review = reviews[index];
          // The review is repeated on each turn of its exchange, so a filter on a column keeps both turns.
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
              statusOf(entry),
              review?.rating ?? '',
              review?.labels.join('; ') ?? '',
              review?.note ?? '',
            ]);
          }
        });
      }
      return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
    }
    case 'markdown': {
      const lines = [`# Conversations with ${markdownText(input.character.name)}`, ''];
      for (const entry of input.sessions) {
        const { session, exchanges } = entry;
        const reviews = reviewsOf(entry);
        lines.push(
          `## Session ${session.date} ${session.time} UTC`,
          '',
          `Session ID: \`${session.sessionID}\`${session.is_added_to_memory ? ' · added to memory' : ''} · ${exchanges.length} exchanges · review: ${statusOf(entry)}`,
          '',
        );
        exchanges.forEach((exchange, index) => {
          const [user, character] = turnsOf(exchange);
          const time = exchange.timestamp.slice(11, 19);
          lines.push(
            exchange.is_trigger_input ? `> _Trigger_ (${time}): ${markdownText(user)}` : `**Player** (${time}): ${markdownText(user)}`,
            '',
          );
          lines.push(`**${markdownText(input.character.name)}**: ${markdownText(character)}`, '');
          const review = reviews[index];
          if (review) lines.push(`_Review_: ${reviewLine(review)}`, '');
        });
      }
      return lines.join('\n');
    }
    case 'finetune':
      return fineTuneLines(input);
  }
}

/** "bad · labels: lore error, too long · note: …", in Markdown. */
function reviewLine(review: NonNullable<ExportedReview>): string {
  const parts: string[] = [];
  if (review.rating) parts.push(review.rating);
  if (review.labels.length > 0) parts.push(`labels: ${review.labels.map(markdownText).join(', ')}`);
  if (review.note.trim()) parts.push(`note: ${markdownText(review.note.trim())}`);
  return parts.join(' · ');
}

type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

/**
 * One line per exchange rated good, in the chat fine-tuning format (`{"messages": [...]}`) most
 * providers accept: the backstory as the system message, then up to `context` earlier exchanges of
 * the same session as alternating user / assistant messages (the good reply answers the
 * conversation as the player had it, so the earlier replies stay as they were, rated or not), then
 * the player's text and the good reply. Trigger exchanges are no player's text: they are left out,
 * as context and as examples (their replies would otherwise follow no user message).
 */
export function fineTuneLines(input: ExportInput, context: number = fineTuneContext): string {
  const system: ChatMessage = {
    role: 'system',
    content: input.character.backstory?.trim() || `You are ${input.character.name}, a character in a game. Stay in character.`,
  };
  const lines: string[] = [];
  for (const entry of input.sessions) {
    const reviews = reviewsOf(entry);
    const earlier: Array<[string, string]> = [];
    entry.exchanges.forEach((exchange, index) => {
      if (exchange.is_trigger_input) return;
      const [user, reply] = turnsOf(exchange);
      if (!user.trim() || !reply.trim()) return;
      if (reviews[index]?.rating === 'good') {
        const messages: ChatMessage[] = [system];
        for (const [said, answered] of context > 0 ? earlier.slice(-context) : [])
          messages.push({ role: 'user', content: said }, { role: 'assistant', content: answered });
        messages.push({ role: 'user', content: user }, { role: 'assistant', content: reply });
        lines.push(`${JSON.stringify({ messages })}\n`);
      }
      earlier.push([user, reply]);
    });
  }
  return lines.join('');
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
  return `${slug(characterName)}-${slug(label)}${format === 'finetune' ? '-fine-tune' : ''}.${extension}`;
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
